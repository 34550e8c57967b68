"""Round 98: the year a span's start names ("since April 2023") is not the year of a month the
same sentence names without one. Each test runs phrasings written for it, never a held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

SINGA, WAD_MADANI = 366847, 364103


@pytest.mark.parametrize(("text", "place", "force"), [
    ("The RSF, which has been fighting the army since April 2023, stormed Singa in late June, "
     "forcing thousands to flee.", SINGA, "rsf"),
    ("The paramilitaries, at war with the army since April 2023, overran Singa in June.", SINGA,
     "rsf"),
    ("The RSF has held much of Gezira since December 2023, and in January the army retook Wad "
     "Madani.", WAD_MADANI, "saf"),
])
def test_a_month_after_a_since_date_is_the_last_such_month_before_the_story(ex, text, place,
                                                                            force):
    published = dt.date(2025, 1, 20) if place == WAD_MADANI else dt.date(2024, 11, 23)
    got = claims(ex, text, published)
    month = dt.date(2025, 1, 1) if place == WAD_MADANI else dt.date(2024, 6, 1)
    assert (place, force, "captured", month, "month") in got, got


def test_a_month_after_a_full_date_still_takes_its_year(ex):
    got = claims(ex, "The RSF entered Wad Madani on 18 December 2023 and in January it took "
                     "Singa.", dt.date(2024, 11, 23))
    assert (SINGA, "rsf", "captured", dt.date(2024, 1, 1), "month") in got, got
