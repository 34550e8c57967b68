"""``geo gazetteer import``: GeoNames dumps streamed into the local store, bad input refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gazetteer import DumpFormatError, Gazetteer
from gazetteer.dump import import_dump
from gazetteer.local import LocalStore
from geo.cli import main


def geonames_row(gid: int, name: str, alternates: str, lat: float, lon: float, fclass: str,
                 fcode: str, cc: str = "SY", population: int = 0) -> str:
    cols = [str(gid), name, name, alternates, str(lat), str(lon), fclass, fcode, cc, "", "07",
            "", "", "", str(population), "", "250", "Asia/Damascus", "2024-01-01"]
    assert len(cols) == 19
    return "\t".join(cols)


@pytest.fixture()
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "SY.txt"
    path.write_text("\n".join([
        geonames_row(990000001, "Tall Zuhur", "Tel Zohour,Tall az Zuhur", 35.41, 40.05, "P",
                     "PPL", population=2000),
        geonames_row(990000002, "Jabal Bishri", "", 35.3, 39.3, "T", "MT"),
        "this row is broken",
        geonames_row(170794, "Deir ez-Zor", "Dayr Ezzor Test Name", 35.33588, 40.14084, "P",
                     "PPLA", population=271800),
    ]) + "\n", encoding="utf-8")
    return path


def test_import_counts_rows_and_the_place_resolves(dump: Path, tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "local.sqlite")
    report = import_dump(dump, store)
    assert (report.imported, report.skipped, report.bad) == (2, 1, 1)
    gaz = Gazetteer(local_db=store.path)
    place = gaz.resolve("Tel Zohour")
    assert place is not None and place.geonameid == 990000001 and place.country_code == "SY"
    # A row for a place the embedded data has adds its names to that place.
    assert gaz.resolve("Dayr Ezzor Test Name").geonameid == 170794
    assert gaz.get(990000001) == place


def test_alternate_names_file_adds_names(tmp_path: Path) -> None:
    path = tmp_path / "alternateNamesV2.txt"
    path.write_text("1\t172955\ten\tRaqqa Test City\t\t\t\t\t\t\n"
                    "2\t172955\tlink\thttps://example.org/raqqa\t\t\t\t\t\t\n", encoding="utf-8")
    store = LocalStore(tmp_path / "local.sqlite")
    report = import_dump(path, store)
    assert (report.imported, report.skipped) == (1, 1)
    assert Gazetteer(local_db=store.path).resolve("Raqqa Test City").geonameid == 172955


def test_a_file_that_is_not_a_dump_is_refused_and_nothing_changes(dump: Path,
                                                                  tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "local.sqlite")
    import_dump(dump, store)
    other = tmp_path / "notes.csv"
    other.write_text("name,lat,lon\nRaqqa,35.9,39.0\n" * 80, encoding="utf-8")
    with pytest.raises(DumpFormatError, match=r"notes\.csv: not a GeoNames dump"):
        import_dump(other, store)
    with sqlite3.connect(store.path) as con:
        assert con.execute("SELECT count(*) FROM places").fetchone()[0] == 2


def test_cli_import_reports_and_refuses(dump: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.sqlite"
    assert main(["gazetteer", "import", str(dump), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "2 places imported" in out and "1 bad rows" in out
    assert main(["gazetteer", "import", str(tmp_path / "missing.txt"), "--db", str(db)]) == 2
    assert "missing.txt: no such file" in capsys.readouterr().err
