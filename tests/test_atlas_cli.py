"""The atlas commands: ingest, status, history, changes, export, and their one-line errors."""

from __future__ import annotations

import json

import pytest

from geo.cli import main


@pytest.fixture(scope="module")
def db(seed_article, tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "geo.db"
    assert main(["ingest", str(seed_article), "--db", str(path), "--no-progress"]) == 0
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("place", "on", "controller"),
    [
        ("Mayadeen", "2017-10-15", "syrian-government"),
        ("Mayadeen", "2017-10-01", "isis"),
        ("Boukamal", "2017-10-15", "isis"),
    ],
)
def test_status_json_names_the_controller_and_its_evidence(db, capsys, place, on, controller):
    code, out, _ = run(capsys, "status", place, "--on", on, "--json", "--db", str(db))
    doc = json.loads(out)
    assert code == 0 and doc["controller"] == controller
    assert set(doc) >= {"state", "since", "confidence", "stale", "contesting", "evidence"}
    assert doc["evidence"] and all(
        {"sentence", "source", "date", "url"} <= set(e) and e["sentence"] for e in doc["evidence"]
    )


def test_raqqa_is_contested_with_isis_holding_and_sdf_fighting(db, capsys):
    code, out, _ = run(capsys, "status", "Raqqa", "--on", "2017-10-15", "--json", "--db", str(db))
    doc = json.loads(out)
    assert code == 0 and (doc["controller"], doc["state"]) == ("isis", "contested")
    assert "sdf" in doc["contesting"]


def test_human_output_is_a_table_with_the_sentences(db, capsys):
    code, out, _ = run(capsys, "status", "Mayadeen", "--on", "2017-10-15", "--db", str(db))
    assert code == 0 and "syrian-government" in out and "Mayadeen" in out
    code, out, _ = run(capsys, "history", "Raqqa", "--db", str(db))
    assert code == 0 and "2014" in out and "isis" in out


def test_changes_as_json_lines(db, capsys):
    code, out, _ = run(
        capsys, "changes", "--from", "2017-10-01", "--to", "2017-10-31", "--json", "--db", str(db)
    )
    changes = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert {(c["place"]["geonameid"], c["before"], c["after"]) for c in changes} >= {
        (173480, "isis", "syrian-government")
    }


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv", "parquet"])
def test_export_writes_each_format(db, capsys, tmp_path, fmt):
    out_file = tmp_path / f"atlas.{fmt}"
    code, out, _ = run(
        capsys,
        "export",
        "--format",
        fmt,
        "--on",
        "2017-10-15",
        "-o",
        str(out_file),
        "--db",
        str(db),
    )
    assert code == 0 and out_file.stat().st_size > 0 and str(out_file) in out


def test_errors_are_one_line_and_leave_files_alone(db, capsys, tmp_path):
    missing = tmp_path / "nope.db"
    code, _, err = run(capsys, "status", "Raqqa", "--db", str(missing))
    assert code == 1 and str(missing) in err and err.count("\n") == 1
    assert not missing.exists()

    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a database\n")
    code, _, err = run(capsys, "status", "Raqqa", "--db", str(notes))
    assert code == 2 and "not a geo store" in err and err.count("\n") == 1
    assert notes.read_text() == "my notes, not a database\n"

    code, _, err = run(capsys, "status", "Raqqa", "--on", "yesterday", "--db", str(db))
    assert code == 2 and "bad date" in err and "Traceback" not in err

    code, _, err = run(capsys, "status", "Atlantis on the Euphrates", "--db", str(db))
    assert code == 1 and "unknown place" in err


def test_ingest_reports_a_bad_file_and_keeps_the_good_ones(seed_article, capsys, tmp_path):
    db = tmp_path / "geo.db"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = run(
        capsys, "ingest", str(empty), str(seed_article), "--db", str(db), "--no-progress"
    )
    assert code == 2 and str(empty) in err and "Traceback" not in err
    assert "1 new" in out
    code, out, _ = run(
        capsys, "status", "Mayadeen", "--on", "2017-10-15", "--json", "--db", str(db)
    )
    assert json.loads(out)["controller"] == "syrian-government"
