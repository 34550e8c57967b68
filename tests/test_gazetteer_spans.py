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
