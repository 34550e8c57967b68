"""Round 98: the year a span's start names ("since April 2023") is not the year of a month the
same sentence names without one; "a division and its capital" names the division's seat, no
force's hold. Each test runs phrasings written for it, never a held-out text."""

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


AD_DAMAZIN, MOSUL = 380174, 99072


@pytest.mark.parametrize("text", [
    "The army is likely to turn next to Al-Jazirah state and its capital Wad Madani.",
    "The RSF's advance threatens the road to Blue Nile state and its capital Ad-Damazin.",
])
def test_a_division_and_its_capital_is_the_division_s_seat_no_one_s_hold(ex, text):
    got = claims(ex, text, dt.date(2024, 11, 17))
    assert not {c for c in got if c[0] in (WAD_MADANI, AD_DAMAZIN) and c[2] == "held"}, got


def test_a_town_and_its_owner_s_capital_in_apposition_is_still_held(ex):
    got = claims(ex, "Iraqi forces fight ISIS. The militants will defend Mosul, its capital in "
                     "Iraq.", dt.date(2016, 6, 21))
    assert (MOSUL, "isis", "held", dt.date(2016, 6, 21), "day") in got, got
