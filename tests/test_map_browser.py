"""The map in a real headless chromium with the network cut off (Debian's /usr/bin/chromium)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from render_samples import HOSTILE_SENTENCE, PLACES, sample_histories, store_samples

from geo.atlas import Atlas
from geo.forces import load_forces
from geo.render import render_map

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).parent / "artifacts"
TODAY = dt.date(2017, 10, 20)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A map opened offline: every request that is not the file itself is refused and kept."""

    def __init__(self, browser, path: Path) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.geoControl && window.geoControl.ready", timeout=20_000)

    def _route(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def state(self, place: str) -> dict:
        return self.js("id => geoControl.placeState(id)", PLACES[place].geonameid)

    def slide_to(self, iso: str) -> None:
        """Move the slider as a user does: set its value, fire its input event."""
        self.page.locator(".geo-range").evaluate(
            "(r, iso) => { r.value = String(Date.parse(iso) / 864e5);"
            " r.dispatchEvent(new Event('input', {bubbles: true})); }",
            iso,
        )
        self.page.wait_for_function(
            "iso => geoControl.day === Date.parse(iso) / 864e5", arg=iso, timeout=5_000
        )

    def click_place(self, place: str, north: float = 0.0) -> None:
        """Click a place's marker, or the map ``north`` degrees above it."""
        self.js("() => { geoControl.map.closePopup(); }")
        self.page.wait_for_selector(".leaflet-popup", state="detached", timeout=5_000)
        ref = PLACES[place]
        point = self.js(
            "ll => { const p = geoControl.map.latLngToContainerPoint(ll);"
            " const r = geoControl.map.getContainer().getBoundingClientRect();"
            " return [p.x + r.left, p.y + r.top]; }",
            [ref.latitude + north, ref.longitude],
        )
        self.page.mouse.click(*point)
        self.page.wait_for_selector(".leaflet-popup-content .geo-popup", timeout=5_000)


@pytest.fixture(scope="module")
def sample_page(browser, tmp_path_factory):
    path = render_map(sample_histories(), tmp_path_factory.mktemp("b") / "m.html", today=TODAY)
    page = Page(browser, path)
    yield page
    page.page.close()


def test_offline_without_errors_one_marker_per_place(sample_page):
    count = sample_page.js(
        "() => { let n = 0; geoControl.map.eachLayer(l => { if (l.geoPlace && l.setRadius) n++; });"
        " return n; }"
    )
    assert count == len(PLACES)
    ARTIFACTS.mkdir(exist_ok=True)
    sample_page.page.screenshot(path=ARTIFACTS / "map.png")
    assert sample_page.requests == []
    assert sample_page.errors == []


def test_one_layer_per_force_in_the_layer_control(sample_page):
    labels = sample_page.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    labels = [t.strip() for t in labels]
    forces = load_forces()
    controllers = {iv.controller for ivs in sample_histories().values() for iv in ivs} - {None}
    for f in controllers:
        assert labels.count(forces.get(f).name) == 1
    assert len(labels) == len(controllers) + 2  # and the areas and the no-holder layers


def test_the_slider_changes_a_markers_state(sample_page):
    assert sample_page.state("Raqqa") == {
        "state": "held", "controller": "sdf", "stale": False, "layerVisible": True}
    sample_page.slide_to("2017-08-01")
    assert sample_page.state("Raqqa")["state"] == "contested"
    assert sample_page.state("Raqqa")["controller"] == "isis"
    assert sample_page.state("Deir ez-Zor")["state"] == "besieged"
    sample_page.slide_to("2017-07-15")
    assert sample_page.state("Qamishli")["state"] == "none"  # first report 2017-08-01
    sample_page.slide_to("2017-10-17")
    assert sample_page.state("Mosul")["stale"] is True  # last evidence 2017-07-10
    assert sample_page.page.locator(".geo-legend-date").inner_text() == "Control on 17 Oct 2017"


def test_hiding_a_force_layer_hides_its_markers(sample_page):
    label = sample_page.page.locator(".leaflet-control-layers-overlays label", has_text="Iraqi")
    label.locator("input").uncheck()
    assert sample_page.state("Mosul")["layerVisible"] is False
    label.locator("input").check()
    assert sample_page.state("Mosul")["layerVisible"] is True


def test_popup_shows_evidence_as_text(sample_page):
    sample_page.click_place("Qamishli")
    popup = sample_page.page.locator(".leaflet-popup-content")
    text = popup.inner_text()
    assert "Syrian Democratic Forces" in text and "Since" in text and "80%" in text
    assert HOSTILE_SENTENCE in text and "since Aug 2017" in text  # the start the claim tells
    assert popup.locator("script, b").count() == 0
    assert popup.locator("a").count() == 0  # a javascript: URL is not made a link
    assert sample_page.js("() => window.pwned") is None
    sample_page.page.screenshot(path=ARTIFACTS / "map-popup.png")


def test_popup_links_the_source(sample_page):
    sample_page.click_place("Tabqa")
    links = sample_page.page.locator(".leaflet-popup-content a")
    assert links.count() == 2
    assert links.first.get_attribute("href") == "https://example.org/news/1"
    assert links.first.get_attribute("rel") == "noopener noreferrer"


def test_popup_counts_the_claims_the_map_does_not_carry(sample_page):
    sample_page.click_place("Tabqa")
    text = sample_page.page.locator(".leaflet-popup-content").inner_text()
    assert "Evidence (5)" in text  # two claims drawn, three left in the store
    assert "and 3 older claims" in text


def test_area_popup_gives_km2_per_force(sample_page):
    sample_page.slide_to("2017-10-17")
    sample_page.click_place("Mosul", north=0.25)  # inside Mosul's cell, off its marker
    text = sample_page.page.locator(".leaflet-popup-content").inner_text()
    assert "Approximate control areas" in text and "On 17 Oct 2017" in text
    assert "Iraqi government\t7,804 km²" in text or "Iraqi government 7,804 km²" in text
    assert "around Mosul" in text


def test_empty_map_says_no_claims_yet(browser, tmp_path):
    page = Page(browser, render_map({}, tmp_path / "empty.html", today=TODAY))
    assert "No claims yet" in page.page.locator(".geo-empty-note").inner_text()
    assert page.requests == [] and page.errors == []
    page.page.close()


def test_the_map_agrees_with_atlas_status(browser, tmp_path):
    store_samples(tmp_path / "geo.db")
    with Atlas(tmp_path / "geo.db") as atlas:
        page = Page(browser, atlas.map(tmp_path / "atlas.html"))
        for day in ("2014-07-01", "2015-06-01", "2017-08-01", "2017-10-15", "2017-10-17"):
            page.slide_to(day)
            for gid in atlas.histories():
                st = atlas.status(gid, on=day)
                shown = page.js("id => geoControl.placeState(id)", gid)
                expected = (st.controller, st.state or "none", st.stale if st.state else False)
                assert (shown["controller"], shown["state"], shown["stale"]) == expected, (
                    f"{st.place.name} on {day}"
                )
        assert page.requests == [] and page.errors == []
        page.page.close()


def test_seed_article_end_to_end(browser, seed_article, tmp_path, monkeypatch, capsys):
    """geo ingest, then geo map, then the page: Mayadeen changes hands on 14 Oct 2017."""
    from geo.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(seed_article)]) == 0
    assert main(["map"]) == 0
    out = tmp_path / capsys.readouterr().out.strip().splitlines()[-1]
    assert out == tmp_path / "maps" / "control-map.html"
    with Atlas("geo.db") as atlas:
        mayadeen = atlas.resolve("Mayadeen").geonameid
        places = len(atlas.histories())
    page = Page(browser, out)
    assert page.js("() => geoControl.places.length") == places
    page.slide_to("2017-10-15")
    assert page.js("id => geoControl.placeState(id)", mayadeen)["controller"] == "syrian-government"
    page.slide_to("2017-10-01")
    assert page.js("id => geoControl.placeState(id)", mayadeen)["controller"] == "isis"
    assert page.requests == [] and page.errors == []
    page.page.close()
