"""An aside's "still in F hands" speaks of the day of writing, and "on 1 May this year" is that
year's day (misses of blind sets 246 to 252). Each test runs several phrasings written for it,
never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

EL_FASHER, EN_NAHUD = 379555, 378699


@pytest.mark.parametrize("text", [
    "The RSF has besieged El Fasher, the last state capital in the region still in army hands, "
    "since May.",
    "The RSF has besieged El Fasher, the last big city there still under army control, since "
    "May.",
    "The RSF has besieged El Fasher, the last city still held by the army, since May.",
])
def test_an_asides_still_in_hands_is_of_the_day_of_writing(ex, text):
    got = claims(ex, text, dt.date(2024, 6, 30))
    assert (EL_FASHER, "saf", "held", dt.date(2024, 6, 30), "day") in got


@pytest.mark.parametrize(("text", "date"), [
    ("On 1 May this year they overran En Nahud.", dt.date(2025, 5, 1)),
    ("On May 1 this year the RSF overran En Nahud.", dt.date(2025, 5, 1)),
    ("On 1 May last year the RSF overran En Nahud.", dt.date(2024, 5, 1)),
])
def test_a_day_of_this_or_last_year_is_that_years_day(ex, text, date):
    got = claims(ex, "The RSF swept through West Kordofan. " + text, dt.date(2025, 5, 10))
    assert (EN_NAHUD, "rsf", "captured", date, "day") in got
