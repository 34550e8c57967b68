"""The map file itself: where it goes, that it is self-contained, that article text is escaped."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from render_samples import HOSTILE_SENTENCE, page_payload, sample_histories

from geo.errors import InputError
from geo.forces import Force, ForceRegistry, Lexicon
from geo.render import render_map

TODAY = dt.date(2017, 10, 20)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    path = render_map(sample_histories(), tmp_path_factory.mktemp("map") / "m.html", today=TODAY)
    return path.read_text(encoding="utf-8")


def test_default_path_is_in_maps(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert render_map({}, today=TODAY) == tmp_path.joinpath("maps", "control-map.html").relative_to(
        tmp_path
    )
    dated = render_map({}, on=dt.date(2017, 10, 15), today=TODAY)
    assert dated.name == "control-map-2017-10-15.html" and dated.exists()
    assert render_map({}, tmp_path, today=TODAY) == tmp_path / "control-map.html"


def test_nothing_is_linked_from_outside(page):
    assert not re.search(r"<script[^>]+\bsrc=", page)
    assert not re.search(r"<link[^>]+\bhref=", page)
    assert not re.search(r"url\((?!data:|#)", page), "every stylesheet image is a data URI"
    assert not re.search(r"//[\w.-]*(cdn|unpkg|jsdelivr|jquery|bootstrap)", page, re.I)
    assert '"1.9.3"' in page, "Leaflet itself is inlined"


def test_article_text_is_never_markup(page):
    assert "<script>window.pwned" not in page
    assert "<b>bold</b>" not in page
    claims = page_payload(page)["claims"]
    assert [c[0] for c in claims if "pwned" in c[0]] == [HOSTILE_SENTENCE]


def test_payload_has_every_place_and_date_range(page):
    data = page_payload(page)
    assert len(data["places"]) == len(sample_histories())
    assert (data["first"], data["on"]) == ("2014-01-01", "2017-10-17")
    assert data["last"] == TODAY.isoformat()  # up to today, within the stale horizon
    assert not data["fixed"]


def test_a_dated_map_has_no_slider(tmp_path):
    html = render_map(sample_histories(), tmp_path / "d.html", on=dt.date(2017, 8, 1),
                      today=TODAY).read_text(encoding="utf-8")
    assert page_payload(html)["on"] == "2017-08-01" and page_payload(html)["fixed"]
    assert ".slider(" not in html and ".legend(" in html


def test_unwritable_path_is_a_clear_error_and_keeps_the_old_map(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(InputError, match="cannot write the map"):
        render_map({}, blocker / "m.html", today=TODAY)
    assert blocker.read_text() == "not a folder"


def test_force_names_and_colours_from_a_lexicon_are_escaped(tmp_path):
    hostile = Force("isis", '<img src=x onerror="window.pwned=3">', 'red;background:url(x)')
    forces = ForceRegistry((Lexicon("x", "x", ("SY",), (hostile,)),))
    html = render_map(sample_histories(), tmp_path / "f.html", forces=forces,
                      today=TODAY).read_text(encoding="utf-8")
    assert "<img src=x" not in html
    # The layer label, HTML-escaped, then JSON-escaped in the layer control's script.
    assert "\\u0026lt;img src=x onerror=\\u0026quot;window.pwned=3\\u0026quot;\\u0026gt;" in html
    assert "background:url(x)" not in html


def test_a_place_without_coordinates_is_left_out(tmp_path):
    histories = sample_histories()
    first = next(iter(histories.values()))[0]
    nowhere = replace(first.place, name="Nowhere", geonameid=1, latitude=float("nan"))
    histories[1] = [replace(first, place=nowhere)]
    html = render_map(histories, tmp_path / "n.html", today=TODAY).read_text(encoding="utf-8")
    names = [p[1] for p in page_payload(html)["places"]]
    assert len(names) == len(histories) - 1 and "Nowhere" not in names
