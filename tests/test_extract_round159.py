"""Round 159: a date set off by a comma at the head of a clause coordinated by "and" ("..., and
in May, Iraqi forces retook Rutba") dates that clause, as one with no comma after it does.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims

RUTBA, QAIM = 98677, 92138
DAY = dt.date(2016, 9, 2)


def test_a_date_opening_a_coordinated_clause_dates_it(ex):
    text = ("Government troops cleared Ramadi in February, and in May, Iraqi forces retook Rutba, "
            "a desert town near the Jordanian border.")
    assert (RUTBA, "iraqi-government", "captured", dt.date(2016, 5, 1), "month") in claims(
        ex, text, DAY)


def test_a_day_opening_a_coordinated_clause_dates_it(ex):
    text = ("The army entered Rutba in May, and on 3 November, Iraqi troops took al-Qaim "
            "from Islamic State.")
    got = claims(ex, text, dt.date(2017, 11, 5))
    assert (QAIM, "iraqi-government", "captured", dt.date(2017, 11, 3), "day") in got


def test_without_the_comma_it_still_dates_it(ex):
    text = "Ramadi was cleared in February, and in May Iraqi forces retook Rutba."
    assert (RUTBA, "iraqi-government", "captured", dt.date(2016, 5, 1), "month") in claims(
        ex, text, DAY)
