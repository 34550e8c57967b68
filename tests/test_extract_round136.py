"""Round 136: an apposition opening with "one of the" states a fact of its own, whatever the mood
of the clause around it ("Its loss would expose Kostiantynivka, one of the last large towns
still under Ukrainian control"). Phrasings written for these tests, never a shared or held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import default_extractor

KOSTIANTYNIVKA, EL_OBEID = 705104, 379003


def moods(text: str, fact: tuple) -> set[str]:
    return {c.modality for c in default_extractor().extract(text, published=dt.date(2025, 8, 1))
            if (c.place.geonameid, c.force, c.event) == fact}


@pytest.mark.parametrize(("text", "fact"), [
    ("Its loss would expose Kostiantynivka, one of the last large towns in Donetsk still under "
     "Ukrainian control.", (KOSTIANTYNIVKA, "ukraine", "held")),
    ("The RSF may try to push towards El Obeid, one of the last cities in Kordofan still under "
     "army control.", (EL_OBEID, "saf", "held")),
])
def test_an_apposition_opening_with_one_of_the_is_told(text, fact):
    assert moods(text, fact) == {"asserted"}


def test_the_clause_around_it_keeps_its_own_mood():
    text = ("The RSF may try to push towards El Obeid, one of the last cities in Kordofan still "
            "under army control.")
    assert moods(text, (EL_OBEID, "rsf", "contested")) == {"expected"}
