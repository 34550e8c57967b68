"""The README's Quick start is what CI runs and what a new user types: keep it true."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def quick_start_lines() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.split(r"^#+ *Quick ?start *$", text, maxsplit=1, flags=re.M)[1]
    block = section.split("```", 2)[1]
    lines = [ln.strip() for ln in block.splitlines()[1:]]
    return [ln for ln in lines if ln and not ln.startswith("#")]


def test_quick_start_has_exactly_install_and_run_then_test() -> None:
    lines = quick_start_lines()
    assert len(lines) == 2
    assert lines[0].startswith("pip install . ") and "geo map" in lines[0]
    assert lines[1].startswith("pip install -e '.[test]'") and "pytest" in lines[1]


def test_ci_runs_the_readme_test_line() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "Quick ?start" in ci and "sed -n 2p" in ci


def test_quick_start_main_job_builds_the_example_map(tmp_path: Path) -> None:
    """Line 1 without its pip step, run in a fresh folder on the shipped examples."""
    command = quick_start_lines()[0].split("&&", 1)[1].strip()
    examples = sorted(str(p) for p in (ROOT / "examples").glob("*.md"))
    assert examples, "the project ships example articles"
    command = command.replace("examples/*.md", " ".join(examples))
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    done = subprocess.run(
        command, shell=True, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=600
    )
    assert done.returncode == 0, done.stderr
    printed = done.stdout.strip().splitlines()[-1]
    assert (tmp_path / printed).is_file()
    html = (tmp_path / printed).read_text(encoding="utf-8")
    assert "Raqqa" in html or "Ar Raqqah" in html

    from geo import Atlas

    with Atlas(tmp_path / "geo.db") as atlas:
        assert atlas.status("Raqqa", on="2017-10-21").controller == "sdf"
        assert atlas.status("Palmyra", on="2017-03-03").controller == "syrian-government"
        assert atlas.status("Tabqa", on="2017-06-07").controller == "sdf"
        assert atlas.status("Boukamal", on="2017-10-21").controller == "isis"
