"""Every command documents itself with an example; --help never shows a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from geo.cli import COMMANDS


def _geo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_top_level_help_lists_every_command() -> None:
    out = _geo("--help")
    assert out.returncode == 0, out.stderr
    for name in COMMANDS:
        assert name in out.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_has_an_example(name: str) -> None:
    out = _geo(name, "--help")
    assert out.returncode == 0, out.stderr
    assert "example:" in out.stdout
    assert f"geo {name}" in out.stdout.split("example:", 1)[1]


def test_unknown_command_is_a_usage_error_without_traceback() -> None:
    out = _geo("no-such-command")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
