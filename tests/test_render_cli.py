"""``geo map`` on a real SQLite claims store."""

from __future__ import annotations

import pytest
from render_samples import PLACES, page_payload, store_samples

from geo.cli import main


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "geo.db"
    store_samples(path)
    return path


def _payload(path) -> dict:
    return page_payload(path.read_text(encoding="utf-8"))


def test_map_writes_to_maps_and_prints_the_path(store, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["map", "--db", str(store)]) == 0
    out = capsys.readouterr().out.strip()
    assert out == "maps/control-map.html"
    data = _payload(tmp_path / out)
    assert sorted(p[1] for p in data["places"]) == sorted(PLACES)
    assert not data["fixed"]


def test_map_on_one_day_into_a_folder(store, tmp_path, capsys):
    assert main(["map", "--db", str(store), "--on", "2017-10-15", "-o", f"{tmp_path}/new/"]) == 0
    path = tmp_path / "new" / "control-map-2017-10-15.html"
    assert capsys.readouterr().out.strip() == str(path)
    assert _payload(path)["on"] == "2017-10-15" and _payload(path)["fixed"]


def test_empty_store_gives_a_map_not_an_error(tmp_path, capsys):
    from geo.atlas import Atlas

    Atlas(tmp_path / "empty.db").close()
    assert main(["map", "--db", str(tmp_path / "empty.db"), "-o", str(tmp_path / "e.html")]) == 0
    assert _payload(tmp_path / "e.html")["places"] == []


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--on", "2017-13-01"], 2, "bad date '2017-13-01'"),
        (["--db", "nowhere.db"], 1, "nowhere.db: no such store"),
    ],
)
def test_user_errors_are_one_line(store, tmp_path, monkeypatch, capsys, args, code, message):
    monkeypatch.chdir(tmp_path)
    argv = ["map", *args] if "--db" in args else ["map", "--db", str(store), *args]
    assert main(argv) == code
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "maps").exists()
