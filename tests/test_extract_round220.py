"""Round 220: "the next year", "the following year", "the year after" and "the year before"
count from the date told before them, as "the next day" does, not from the day of writing
("seized Mosul in June 2014 and lost Tikrit the following year"; "for the next year and a
half" is no year after publication). Phrasings written for these tests, never a shared or
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

TIKRIT, SINJAR, EL_FASHER, WAD_MADANI = 90150, 448149, 379555, 364103


@pytest.mark.parametrize("text, published, fact", [
    ("IS seized Mosul in June 2014 and lost Tikrit the following year.", dt.date(2017, 8, 20),
     (TIKRIT, "isis", "lost", dt.date(2015, 1, 1), "year")),
    ("The Peshmerga lost Sinjar in August 2014 and retook it the next year.",
     dt.date(2017, 8, 20), (SINJAR, "peshmerga", "captured", dt.date(2015, 1, 1), "year")),
    ("The RSF lost Wad Madani in January 2025, having taken the city the year before.",
     dt.date(2025, 6, 1), (WAD_MADANI, "rsf", "captured", dt.date(2024, 1, 1), "year")),
])
def test_a_year_counted_from_the_date_before(ex, text, published, fact):
    assert fact in claims(ex, text, published)


def test_the_next_year_with_no_date_before_is_no_year_to_come(ex):
    got = claims(ex, "For the next year and a half the RSF shelled El Fasher almost daily.",
                 dt.date(2025, 11, 1))
    assert all(c[3] is None or c[3] <= dt.date(2025, 11, 1) for c in got if c[0] == EL_FASHER)
