"""Round 192: a season with its year and no article ("in spring 2024", "since summer 2022")
dates a claim to the year, as "in the spring of 2024" does. Phrasings written for these tests,
never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

OCHERETYNE = 698759


@pytest.mark.parametrize("season", ["spring", "summer", "the spring of", "late spring"])
def test_a_season_with_its_year_dates_the_year(ex, season):
    text = f"Ocheretyne was taken by Russian forces in {season} 2024."
    got = claims(ex, text, dt.date(2024, 11, 20))
    assert (OCHERETYNE, "russia", "captured", dt.date(2024, 1, 1), "year") in got
