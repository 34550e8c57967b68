"""Round 204: a date told in passing, in a relative clause closed before a day with no year
("Maarat al-Numan, a town that the army had seized in January 2020, was taken by the rebels on
November 30"), gives that day no year: it is the latest before publication, as if the clause
were not there. Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

MAARAT, TAL_RIFAAT = 167611, 163476


@pytest.mark.parametrize("text, place, force, day", [
    ("Maarat al-Numan, a town of olive presses that the army had seized in January 2020, was "
     "taken by the rebels on November 30.", MAARAT, "syrian-opposition", dt.date(2024, 11, 30)),
    ("Tal Rifaat, which the YPG had occupied in February 2016 with Russian air support, was "
     "retaken by the SNA on 1 December.", TAL_RIFAAT, "syrian-opposition", dt.date(2024, 12, 1)),
])
def test_a_relative_clauses_year_is_not_the_days(ex, text, place, force, day):
    found = claims(ex, text, dt.date(2024, 12, 20))
    assert (place, force, "captured", day) in {c[:4] for c in found}


def test_a_year_of_the_main_clause_still_dates_the_day(ex):
    text = "In January 2020 the army took Maarat al-Numan, and on February 8 it seized Saraqib."
    found = claims(ex, text, dt.date(2024, 12, 20))
    assert (164816, "syrian-government", "captured", dt.date(2020, 2, 8)) in {c[:4] for c in found}
