"""Date families the date-only misses of blind sets 176 to 217 pointed at: each test runs
several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

KHERSON, KHARTOUM_NORTH = 706448, 379251


@pytest.mark.parametrize(("text", "date"), [
    ("A year ago this month, Ukrainian soldiers walked into the centre of Kherson.",
     dt.date(2022, 11, 1)),
    ("Two years ago this month, Ukrainian troops entered Kherson.", dt.date(2021, 11, 1)),
])
def test_years_ago_this_month_is_that_years_month(ex, text, date):
    assert (KHERSON, "ukraine", "captured", date, "month") in claims(ex, text,
                                                                     dt.date(2023, 11, 21))


@pytest.mark.parametrize("text", [
    "The army retook Wad Madani in January, and it has recaptured Khartoum North in recent weeks.",
    "In recent weeks the army has recaptured Khartoum North.",
])
def test_recent_weeks_are_the_time_of_writing_not_a_month_named_before(ex, text):
    got = claims(ex, text, dt.date(2025, 3, 21))
    assert (KHARTOUM_NORTH, "saf", "captured", dt.date(2025, 3, 21), "day") in got
