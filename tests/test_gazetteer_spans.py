"""Span detection: where a place name begins and ends in running text."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def found(gaz: Gazetteer, text: str) -> dict[str, tuple[str, str]]:
    return {m.surface: (m.place.country_code, m.place.kind) for m in gaz.find(text)}


# A title or an acronym that opens a name the gazetteer knows is that name's first word.
@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Wildfires near Prince George in British Columbia.", "Prince George", "CA"),
    ("The ferry to Prince Rupert was cancelled.", "Prince Rupert", "CA"),
    ("Officials in General Santos said.", "General Santos", "PH"),
    ("Cases rose in Prince Albert, Saskatchewan.", "Prince Albert", "CA"),
    ("Cases rose in Saint Petersburg last week.", "Saint Petersburg", "RU"),
    ("Outbreaks hit the DR Congo and Uganda.", "DR Congo", "CD"),
    ("Cases in D.R. Congo rose.", "D.R. Congo", "CD"),
])
def test_a_title_or_acronym_opens_a_known_name(gaz: Gazetteer, text: str, surface: str,
                                                country: str) -> None:
    assert found(gaz, text).get(surface, ("",))[0] == country


def test_a_province_opened_by_a_title(gaz: Gazetteer) -> None:
    text = "The case was found in the province of Prince Edward Island."
    assert found(gaz, text)["Prince Edward Island"] == ("CA", "admin1")


# A title before a person's name still breaks the run: no place, not the bare name either.
@pytest.mark.parametrize("text", [
    "Prince Charles visited on Monday.",
    "Queen Victoria ruled the empire.",
    "King Edward abdicated.",
    "General Motors closed a plant.",
    "The UN Security Council met.",
    "He spoke in the U.S. Jon Prinsell said.",
])
def test_a_title_before_a_person_is_no_place(gaz: Gazetteer, text: str) -> None:
    names = found(gaz, text)
    assert not any(" " in s for s in names), names


# A possessive between two words may be inside the name ("King's Lynn"); otherwise it ends
# the name before it and the next name stands alone ("Turkey's Erdogan", "China's Wuhan").
@pytest.mark.parametrize(("text", "surface", "place"), [
    ("The People's Republic of China reported cases.", "People's Republic of China", "CN"),
    ("The outbreak reached King's Lynn in Norfolk.", "King's Lynn", "GB"),
    ("Flooding hit Bishop's Stortford and Harlow.", "Bishop's Stortford", "GB"),
    ("Farms in Queen Anne's County, Maryland, were tested.", "Queen Anne's County", "US"),
])
def test_a_possessive_inside_a_name(gaz: Gazetteer, text: str, surface: str,
                                    place: str) -> None:
    assert found(gaz, text).get(surface, ("",))[0] == place


@pytest.mark.parametrize(("text", "names"), [
    ("China's Wuhan reported cases.", {"China", "Wuhan"}),
    ("Turkey's Erdogan said Ankara would respond.", {"Turkey", "Ankara"}),
    ("The UK's Health Minister spoke in London.", {"UK", "London"}),
])
def test_a_possessive_between_names_ends_the_first(gaz: Gazetteer, text: str,
                                                   names: set[str]) -> None:
    assert set(found(gaz, text)) == names


# An acronym glued after a name may end it ("Washington DC"); a US state or district
# abbreviation after a comma qualifies the town before it, in AP or postal style.
@pytest.mark.parametrize(("text", "surface", "admin1"), [
    ("Officials in Washington DC said.", "Washington DC", "US.DC"),
    ("Officials in Washington D.C. said.", "Washington D.C.", "US.DC"),
    ("A hospital in Washington, D.C. admitted him.", "Washington", "US.DC"),
    ("Officials in Washington, DC said.", "Washington", "US.DC"),
    ("Officials in Portland, ME said.", "Portland", "US.ME"),
    ("Flooding hit Alexandria, VA on Monday.", "Alexandria", "US.VA"),
    ("Cases rose in Springfield, MA.", "Springfield", "US.MA"),
])
def test_a_district_or_state_code_after_a_town(gaz: Gazetteer, text: str, surface: str,
                                               admin1: str) -> None:
    assert {m.surface: m.place.admin1 for m in gaz.find(text)}.get(surface) == admin1


def test_washington_alone_is_still_the_state_beside_a_kind_word(gaz: Gazetteer) -> None:
    assert found(gaz, "Farms in Washington state were tested.")["Washington"][1] == "admin1"


# A title written with a full stop opens a place's name with the run after it ("St. Louis");
# otherwise that run is a person's name, up to a connector after which places may follow.
@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Cases in St. Louis rose.", "St. Louis", "US"),
    ("Flooding hit St. Paul and Minneapolis.", "St. Paul", "US"),
    ("Cases in St. Petersburg rose.", "St. Petersburg", "RU"),
    ("Cases in St. John's rose.", "St. John's", None),
])
def test_a_dotted_title_opens_a_name(gaz: Gazetteer, text: str, surface: str,
                                     country: str | None) -> None:
    names = found(gaz, text)
    assert surface in names and (country is None or names[surface][0] == country), names


@pytest.mark.parametrize(("text", "names"), [
    ("Dr. Smith arrived on Monday.", set()),
    ("Mr. Jordan spoke to reporters.", set()),
    ("Sen. John McCain visited Kabul.", {"Kabul"}),
    ("Dr. Kevin Reilly of the California Department of Health said.", {"California"}),
])
def test_the_run_after_a_dotted_title_is_a_person(gaz: Gazetteer, text: str,
                                                  names: set[str]) -> None:
    assert {s.removeprefix("the ") for s in found(gaz, text)} == names


def test_a_possessive_before_another_name_is_not_part_of_the_first(gaz: Gazetteer) -> None:
    assert "St. Peter's" not in found(gaz, "Crowds gathered in St. Peter's Square.")


# An Arabic article capitalised and hyphenated inside a name ("An-", "As-", "At-") is the
# article, not the English word it spells, and the name runs on across it.
@pytest.mark.parametrize(("text", "surface", "gid"), [
    ("Government forces entered Ma’arrat An-Nu’man in Idlib, Syria, on Tuesday.",
     "Ma’arrat An-Nu’man", 167611),
    ("Troops entered Ma'arrat An-Nu'man in Syria.", "Ma'arrat An-Nu'man", 167611),
    ("Troops advanced from Jisr As-Shughur in Idlib, Syria.", "Jisr As-Shughur", 169023),
])
def test_a_capitalised_article_inside_a_name(gaz: Gazetteer, text: str, surface: str,
                                             gid: int) -> None:
    found = {m.surface: m.place.geonameid for m in gaz.find(text)}
    assert surface in found, found
    assert found[surface] == gid


def test_an_english_word_before_a_hyphen_still_breaks_a_run(gaz: Gazetteer) -> None:
    # "As" opening a run is the conjunction as often as the article: the name after it stands
    # alone ("As-Suwayda" is found as "Suwayda").
    found = {m.surface for m in gaz.find("As-Suwayda was calm, residents of Syria said.")}
    assert "Suwayda" in found


# An Arabic article written apart before a name, assimilated to its first letters ("An
# Nahud", "As Suki"), opens the name the gazetteer knows with it; the English "As" or "At"
# before another name ("As Russia") stays out.
@pytest.mark.parametrize(("text", "surface", "gid"), [
    ("The RSF took An Nahud in May, residents of Sudan said.", "An Nahud", 378699),
    ("The RSF took Mellit in April and An Nahud in May.", "An Nahud", 378699),
    ("The army retook Dinder and As Suki in Sudan.", "As Suki", 378271),
])
def test_an_assimilated_article_opens_the_name(gaz: Gazetteer, text: str, surface: str,
                                               gid: int) -> None:
    found = {m.surface: m.place.geonameid for m in gaz.find(text)}
    assert found.get(surface) == gid, found


def test_an_english_word_before_another_name_is_no_article(gaz: Gazetteer) -> None:
    found = {m.surface for m in gaz.find("As Russia advanced, Kyiv fell silent.")}
    assert "Russia" in found and "As Russia" not in found, found
