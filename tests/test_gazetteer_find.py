"""Toponyms in running text: detection, what is not a place, document-level context."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gazetteer import Gazetteer, Mention
from gazetteer.regions import band_point


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def seed_mentions(gaz: Gazetteer, seed_article) -> tuple[str, list[Mention]]:
    text = seed_article.read_text(encoding="utf-8")
    return text, gaz.find(text)


def surfaces(ms: list[Mention]) -> set[str]:
    return {m.surface for m in ms}


def test_offsets_give_the_surface(seed_mentions) -> None:
    text, ms = seed_mentions
    assert ms
    assert all(text[m.start: m.end] == m.surface for m in ms)
    assert [m.start for m in ms] == sorted(m.start for m in ms)


def test_seed_article_towns_are_found(seed_mentions) -> None:
    _, ms = seed_mentions
    by_surface = {m.surface: m.place for m in ms}
    expected = {"Raqqa": 172955, "Mayadeen": 173480, "Deir el-Zour": 170794, "Boukamal": 174448}
    for surface, gid in expected.items():
        assert by_surface[surface].geonameid == gid, surface


def test_seed_article_non_places_are_not_tagged(seed_mentions) -> None:
    _, ms = seed_mentions
    found = " | ".join(sorted(surfaces(ms)))
    for word in ("Saturday", "Read", "Islamic", "State", "Igor", "Konashenkov", "Said",
                 "Syrian", "Russian", "Kurdish", "Mustafa", "Bali", "Daesh"):
        assert word not in surfaces(ms), f"{word} tagged in: {found}"


def test_countries_and_directional_regions_have_their_kind(seed_mentions) -> None:
    _, ms = seed_mentions
    kinds = {m.surface: m.place.kind for m in ms}
    assert kinds["Syria"] == "country" and kinds["Iraq"] == "country"
    assert kinds["northern Syria"] == "region" and kinds["eastern Syria"] == "region"
    east = next(m.place for m in ms if m.surface == "eastern Syria")
    syria = next(m.place for m in ms if m.surface == "Syria")
    assert east.longitude > syria.longitude and east.country_code == "SY"


@pytest.mark.parametrize("text", [
    "Clashes in northern Iraq and Northern Syria.",
    "İstanbul news: clashes in northern Iraq and Northern Syria.",  # "İ" lengthens in lower case
    "ŞANLIURFA — shelling in northern Iraq and Northern Syria.",
])
def test_directional_regions_keep_their_offsets(gaz: Gazetteer, text: str) -> None:
    regions = [m for m in gaz.find(text) if m.place.kind == "region"]
    assert [m.surface for m in regions] == ["northern Iraq", "Northern Syria"]
    assert all(text[m.start: m.end] == m.surface for m in regions)


def test_direction_bands_are_stored_as_computed(gaz: Gazetteer) -> None:
    idx = gaz.index
    rows = [idx.row_of(gaz.resolve(n).geonameid) for n in ("Syria", "Chile", "Indonesia")]
    for row in rows:
        for band in gaz.lexicon.directions.values():
            assert idx.band_point(row, band) == band_point(idx.place(row), band)


def test_find_never_clips_outlines() -> None:
    # Directional regions of countries come from the index: shapely is not even imported.
    code = ("import sys; from gazetteer import Gazetteer; "
            "ms = Gazetteer().find('Clashes in northern Syria and eastern Chile.'); "
            "assert [m.place.kind for m in ms] == ['region', 'region'], ms; "
            "print('shapely' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("text, surface", [
    ("Government troops entered al-Mayadeen on Saturday.", "al-Mayadeen"),
    ("Fighting continued in Deir al-Zor and Abu Kamal.", "Abu Kamal"),
    ("Fighting continued in Deir al-Zor and Abu Kamal.", "Deir al-Zor"),
    ("The army seized the town of Khan Sheikhoun after a week.", "Khan Sheikhoun"),
    ("Rebels shelled Maarat al-Numan overnight.", "Maarat al-Numan"),
])
def test_spellings_in_running_text(gaz: Gazetteer, text: str, surface: str) -> None:
    ms = {m.surface: m.place for m in gaz.find(text)}
    assert surface in ms and ms[surface].country_code == "SY"


def test_demonyms_are_context_not_mentions(gaz: Gazetteer) -> None:
    ms = gaz.find("Syrian and Russian jets struck Palmyra.")
    assert surfaces(ms) == {"Palmyra"}
    assert ms[0].place.country_code == "SY"


def test_context_palmyra_near_homs_is_tadmur(gaz: Gazetteer) -> None:
    ms = gaz.find("Syrian troops advanced on Palmyra from Homs.")
    palmyra = next(m.place for m in ms if m.surface == "Palmyra")
    assert palmyra.geonameid == 163808


def test_context_tripoli_next_to_beirut_is_in_lebanon(gaz: Gazetteer) -> None:
    ms = gaz.find("Clashes spread from Beirut to Tripoli on Sunday.")
    tripoli = next(m.place for m in ms if m.surface == "Tripoli")
    assert tripoli.country_code == "LB"


def test_tripoli_alone_is_the_libyan_capital(gaz: Gazetteer) -> None:
    ms = gaz.find("Fighting resumed in Tripoli on Sunday.")
    assert ms and ms[0].place.country_code == "LY"


def test_province_word_gives_the_division(gaz: Gazetteer) -> None:
    ms = gaz.find("Airstrikes hit Deir ez-Zor province and the city of Deir ez-Zor.")
    kinds = [m.place.kind for m in ms if m.surface == "Deir ez-Zor"]
    assert kinds == ["admin1", "city"]


def test_person_names_are_not_places(gaz: Gazetteer) -> None:
    ms = gaz.find("Maj. Gen. Igor Konashenkov said Mustafa Bali had met Omar Alloush.")
    assert ms == []
    assert gaz.find("Photo: Erik de Castro / Reuters") == []


def test_acronyms(gaz: Gazetteer) -> None:
    ms = gaz.find("Al-Manar TV said US officials met U.S. and UK envoys.")
    assert [(m.surface, m.place.country_code) for m in ms] == [
        ("US", "US"), ("U.S.", "US"), ("UK", "GB")]


@pytest.mark.parametrize("text", ["It cost US$460 million.", "LET US PRAY FOR RAIN",
                                  "Prices rose in IT and TV firms."])
def test_acronyms_that_are_not_countries(gaz: Gazetteer, text: str) -> None:
    assert gaz.find(text) == []


def test_empty_and_placeless_texts(gaz: Gazetteer) -> None:
    assert gaz.find("") == []
    assert gaz.find("the quick brown fox jumps over the lazy dog") == []


def test_state_abbreviation_after_a_town_chooses_its_division(gaz: Gazetteer) -> None:
    ms = gaz.find("Floods hit Alexandria, La., and Portland, Ore., on Monday.")
    places = {m.surface: m.place for m in ms}
    assert places["Alexandria"].admin1 == "US.LA"
    assert places["Portland"].admin1 == "US.OR"
    assert "Ore" not in places and "La" not in places
    assert gaz.find("Floods hit Alexandria on Monday.")[0].place.country_code == "EG"


def test_a_surname_seen_with_a_given_name_stays_a_person(gaz: Gazetteer) -> None:
    text = "The farm is run by Bill Dunn in Texas. Dunn said the herd was safe."
    assert surfaces(gaz.find(text)) == {"Texas"}


def test_contractions_are_not_places(gaz: Gazetteer) -> None:
    assert surfaces(gaz.find("We're staying in Texas. Don't go.")) == {"Texas"}


def test_arabic_script_text(gaz: Gazetteer) -> None:
    ms = gaz.find("سيطرت القوات على دير الزور يوم السبت")
    assert [(m.surface, m.place.geonameid) for m in ms] == [("دير الزور", 170794)]
