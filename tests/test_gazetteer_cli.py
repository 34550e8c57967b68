"""``geo resolve`` and ``geo gazetteer`` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from geo.cli import main


def test_resolve_json_gives_best_and_candidates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "Deir el-Zour", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["query"] == "Deir el-Zour"
    assert out["best"]["geonameid"] == 170794
    first = out["candidates"][0]
    assert first["matched_by"] == "folded" and 0 <= first["score"] <= 1
    assert "why" in first and first["name"] == out["best"]["name"]


def test_resolve_country_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "Tripoli", "--country", "LB", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["best"]["country_code"] == "LB"


def test_resolve_plain_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "Raqqa"]) == 0
    assert "Ar Raqqah" in capsys.readouterr().out


def test_unknown_name_exits_1_with_suggestions() -> None:
    r = subprocess.run([sys.executable, "-m", "geo.cli", "resolve", "Raqqaxyzwv"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert r.stderr.startswith("geo: error: no place named 'Raqqaxyzwv'")
    assert "closest:" in r.stderr and "Traceback" not in r.stderr


def test_unknown_name_json_has_null_best(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "Qxzvbnmwpt", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["best"] is None and out["candidates"] == []


def test_demonym_exits_1_saying_what_it_is() -> None:
    r = subprocess.run([sys.executable, "-m", "geo.cli", "resolve", "Syrian"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert r.stderr.strip() == "geo: error: 'Syrian' is a demonym of Syria, not a place"


def test_demonym_json_names_its_country(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "Iraqi", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["best"] is None and out["demonym_of"] == "IQ" and out["suggestions"] == []
