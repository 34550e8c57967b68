"""Families the misses of blind set 228 (long reads) pointed at: a country owning the force
after "by", towns that followed a capture told in the same sentence, and a town that fell the
next day after a retaking. Each test runs several phrasings written for it, never a held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

RAMADI, FALLUJAH, SINGA, BALAKLIIA, SHEVCHENKOVE = 98717, 99454, 366847, 712926, 694137


@pytest.mark.parametrize(("text", "place", "force"), [
    ("Ramadi was recaptured by Iraq's counterterrorism service in late December.", RAMADI,
     "iraqi-government"),
    ("Singa was retaken by Sudan's army on Saturday.", SINGA, "saf"),
    ("Ramadi was retaken by Iraq’s Counter Terrorism Service after a long siege.", RAMADI,
     "iraqi-government"),
])
def test_a_country_owning_the_force_after_by_names_it(ex, text, place, force):
    assert (place, force, "captured") in facts(ex, text, dt.date(2024, 11, 20))


@pytest.mark.parametrize("text", [
    "Ramadi was recaptured by the counterterrorism service in December 2015, and Fallujah "
    "followed in June 2016.",
    "Iraqi forces retook Ramadi in December 2015, and Fallujah followed in June 2016.",
    "Ramadi, lost in May 2015, was retaken by Iraqi troops in December 2015; Fallujah followed "
    "in June 2016.",
])
def test_a_town_that_followed_a_capture_in_the_same_sentence_is_the_takers(ex, text):
    got = claims(ex, text, dt.date(2018, 7, 10))
    assert (FALLUJAH, "iraqi-government", "captured", dt.date(2016, 6, 1), "month") in got
    assert (FALLUJAH, "iraqi-government", "captured", dt.date(2015, 12, 1), "month") not in got


def test_a_follower_needs_a_town_opening_its_clause(ex):
    got = facts(ex, "Iraqi forces retook Ramadi in December, and a lull in Fallujah followed "
                    "in June.", dt.date(2016, 7, 10))
    assert (FALLUJAH, "iraqi-government", "captured") not in got


@pytest.mark.parametrize("text", [
    "Balakliia was retaken on 8 September; Shevchenkove fell the following day.",
    "Ukrainian troops recaptured Balakliia on 8 September, and Shevchenkove fell the next day.",
])
def test_a_town_falling_the_next_day_after_a_retaking_falls_to_the_same_taker(ex, text):
    got = facts(ex, text, dt.date(2022, 10, 14))
    assert (SHEVCHENKOVE, "ukraine", "captured") in got
    assert (SHEVCHENKOVE, "russia", "captured") not in got
    assert (BALAKLIIA, "ukraine", "captured") in got
