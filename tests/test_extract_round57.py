"""Passive agents coordinated after "by", and a retaking with no taker joined after a capture
(misses of blind sets 232 to 238). Each test runs several phrasings written for it, never a
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

TAL_ABYAD, HIT, RUTBAH, MOSUL = 163750, 95788, 98677, 99072


@pytest.mark.parametrize("text", [
    "Tell Abyad was overrun by Turkish forces and the SNA on Oct. 13.",
    "Tell Abyad, a border town, was captured by Turkish troops and the Syrian National Army "
    "four days into the offensive.",
])
def test_a_passives_agents_after_by_take_it_each(ex, text):
    got = facts(ex, text, dt.date(2019, 10, 21))
    assert {(TAL_ABYAD, "turkey", "captured"), (TAL_ABYAD, "syrian-opposition", "captured")} <= got


@pytest.mark.parametrize(("text", "place", "date"), [
    ("Ramadi was declared retaken by Iraqi security forces in late December, and Hit was "
     "recaptured in April.", HIT, dt.date(2016, 4, 1)),
    ("Iraqi forces retook Ramadi in December; Rutbah was liberated in May.", RUTBAH,
     dt.date(2016, 5, 1)),
])
def test_a_retaking_with_no_taker_joined_after_a_capture_is_the_takers(ex, text, place, date):
    got = claims(ex, text, dt.date(2016, 6, 28))
    assert (place, "iraqi-government", "captured", date, "month") in got


def test_a_plain_capture_joined_after_one_is_not_guessed(ex):
    got = facts(ex, "Iraqi forces retook Ramadi in December, and Mosul was captured in 2014.",
                dt.date(2016, 6, 28))
    assert (MOSUL, "iraqi-government", "captured") not in got
