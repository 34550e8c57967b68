"""Round 117: a town set off by an apposition of its own before "and" ("El Fasher, capital of
North Darfur, and Ed Daein are still held by the army") is coordinated with the town after it.
Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

EL_FASHER, ED_DAEIN = 379555, 380148
DAY = dt.date(2023, 11, 5)


@pytest.mark.parametrize("text", [
    "El Fasher, capital of North Darfur, and Ed Daein in East Darfur are still held by the army.",
    "El Fasher, the capital of North Darfur, and Ed Daein remain under army control.",
    "El Fasher, the largest city in Darfur, and Ed Daein were still held by the army.",
])
def test_an_apposed_town_shares_the_verb_of_the_list(ex, text):
    got = facts(ex, text, DAY)
    assert {(EL_FASHER, "saf", "held"), (ED_DAEIN, "saf", "held")} <= got, got


NYALA = 369004


@pytest.mark.parametrize("text", [
    "Nyala fell to the RSF on Sunday, the army said, and Ed Daein is still held by the army.",
    "Nyala fell to the RSF on Sunday, according to witnesses, and Ed Daein is still held by the "
    "army.",
])
def test_a_clause_set_off_is_no_apposition(ex, text):
    got = facts(ex, text, DAY)
    assert (ED_DAEIN, "saf", "held") in got, got
    assert (NYALA, "saf", "held") not in got, got
