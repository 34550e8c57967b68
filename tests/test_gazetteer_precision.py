"""Families of precision and recall cases for ``find`` and ``resolve``: what is not a place
(people, firms, phrases, gibberish), short texts with no context, kinds, actor countries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def found(gaz: Gazetteer, text: str) -> dict[str, tuple[str, str]]:
    return {m.surface: (m.place.kind, m.place.country_code) for m in gaz.find(text)}


@pytest.mark.parametrize("name", ["Qqqxxzz Nowhere", "Nowhere", "Asdfgh Qwerty", "Blorp",
                                  "Kherzonovo Blah"])
def test_gibberish_resolves_to_nothing(gaz: Gazetteer, name: str) -> None:
    assert gaz.resolve(name) is None


@pytest.mark.parametrize("typo, name", [("Mogadshu", "Mogadishu"), ("Kathmadu", "Kathmandu")])
def test_real_typos_still_resolve_by_fuzzy_match(gaz: Gazetteer, typo: str, name: str) -> None:
    best = gaz.candidates(typo, limit=1)
    assert best and best[0].matched_by == "fuzzy"
    assert best[0].place == gaz.resolve(name)


@pytest.mark.parametrize("typo, name", [("Damscus", "Damascus"), ("Islamabd", "Islamabad")])
def test_a_dropped_vowel_in_a_town_of_arabic_script_is_its_vowelless_spelling(
        gaz: Gazetteer, typo: str, name: str) -> None:
    # A vowel left out is what the vowelless key of folding.toml forgives, before any typo.
    best = gaz.candidates(typo, limit=1)
    assert best and best[0].matched_by == "vowelless"
    assert best[0].place == gaz.resolve(name)


def test_cli_gibberish_exits_1_without_traceback() -> None:
    run = subprocess.run([sys.executable, "-m", "geo.cli", "resolve", "Qqqxxzz Nowhere"],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "no place named" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("text", [
    "Castro spoke to reporters on Monday.",         # a surname English text knows
    "Wagner fighters advanced on Monday.",          # a firm's name
    "Volodymyr said the talks had failed.",         # given names alone
    "Bashar said the talks had failed.",
    "Igor said the talks had failed.",
    "Troops entered the Old City on Monday.",       # phrases of common words
    "Residents of the New Town fled.",
])
def test_people_firms_and_phrases_are_not_places(gaz: Gazetteer, text: str) -> None:
    assert found(gaz, text) == {}


@pytest.mark.parametrize("text, surface, cc", [
    ("Mayadeen", "Mayadeen", "SY"),                 # transliterations, no context at all
    ("Boukamal fell.", "Boukamal", "SY"),
    ("Troops entered Qamishli.", "Qamishli", "SY"),
    ("Hasakeh was shelled.", "Hasakeh", "SY"),
    ("Sunni Arab Raqqa was captured.", "Raqqa", "SY"),  # adjectives of people before a place
    ("Kurdish Qamishli was calm.", "Qamishli", "SY"),
    ("Shiite Najaf was calm.", "Najaf", "IQ"),
    ("Rebels reached the town of Hit, west of Ramadi.", "Hit", "IQ"),  # a kind word
    ("Floods in Mosul.", "Mosul", "IQ"),
    ("Shelling hit Avdiivka.", "Avdiivka", "UA"),
    ("Drones struck a depot in Vladimir.", "Vladimir", "RU"),  # a given name as a location
    ("Rations were donated by Britain.", "Britain", "GB"),  # a common word, a country's name
])
def test_towns_are_kept(gaz: Gazetteer, text: str, surface: str, cc: str) -> None:
    assert found(gaz, text).get(surface, ("", ""))[1] == cc, found(gaz, text)


@pytest.mark.parametrize("text, surface", [
    ("Shelling in Raqqa province. Raqqa itself was quiet.", "Raqqa"),
    ("Kherson region was shelled. Kherson was hit by drones.", "Kherson"),
    ("In Aleppo governorate, Aleppo was calm.", "Aleppo"),
])
def test_a_bare_name_shared_with_its_division_is_the_town(gaz: Gazetteer, text: str,
                                                          surface: str) -> None:
    kinds = [m.place.kind for m in gaz.find(text) if m.surface == surface]
    assert kinds == ["admin1", "city"]


@pytest.mark.parametrize("text", ["Fighting in Sennar state.", "Fighting in Kherson oblast.",
                                  "Fighting in the province of Raqqa."])
def test_a_kind_word_gives_the_division(gaz: Gazetteer, text: str) -> None:
    assert [m.place.kind for m in gaz.find(text)] == ["admin1"]


@pytest.mark.parametrize("text", [
    "Russia claimed Lyman, a town in eastern Ukraine.",
    "Russia said its troops left Lyman, in Ukraine's east.",
])
def test_a_country_named_as_actor_is_weaker_than_one_named_as_location(
        gaz: Gazetteer, text: str) -> None:
    assert found(gaz, text)["Lyman"] == ("city", "UA")


def test_a_place_is_not_its_own_context(gaz: Gazetteer) -> None:
    # "Mexico" beside "Mexico City" is still the country, not the city near itself.
    got = found(gaz, "Flu began in Mexico and spread from Mexico City.")
    assert got["Mexico"] == ("country", "MX") and got["Mexico City"] == ("city", "MX")


@pytest.mark.parametrize("text, places", [
    ("Outbreaks spread to Central Africa - Nigeria and Chad.",
     {"Central Africa", "Nigeria", "Chad"}),
    ("Troops massed on the Sudan-Chad border.", {"Sudan", "Chad"}),
])
def test_places_joined_by_a_dash_are_both_places(gaz: Gazetteer, text: str,
                                                 places: set[str]) -> None:
    assert set(found(gaz, text)) == places


@pytest.mark.parametrize("text", ["Hassan Nasrallah spoke on television.",
                                  "Ali Khamenei spoke on television."])
def test_a_given_name_opening_a_sentence_still_makes_a_person(gaz: Gazetteer,
                                                               text: str) -> None:
    assert found(gaz, text) == {}


@pytest.mark.parametrize("text, cc", [
    ("Al-Manar TV said US officials met.", "US"), ("He returned to the US on leave.", "US"),
    ("Fighting in the UAE and the DRC.", "AE"),
])
def test_codes_news_writes_as_country_names(gaz: Gazetteer, text: str, cc: str) -> None:
    assert cc in {c for _, c in found(gaz, text).values()}


@pytest.mark.parametrize("text, surface, cc", [
    ("Cholera reached Port-au-Prince on Monday.", "Port-au-Prince", "HT"),
    ("Fans gathered in Saint-Etienne.", "Saint-Etienne", "FR"),
])
def test_a_title_hyphenated_into_a_name_is_part_of_it(gaz: Gazetteer, text: str, surface: str,
                                                      cc: str) -> None:
    assert found(gaz, text)[surface][1] == cc
