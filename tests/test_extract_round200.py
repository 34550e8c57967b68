"""Round 200: "IS", the Islamic State's acronym, is never the auxiliary "is", so a taking after
"when", "after" or "once" that IS did is told as done ("comes days after IS captured Ramadi"),
while one after "once P is retaken" stays to come. Phrasings written for these tests, never a
shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

RAMADI, MOSUL, TIKRIT = 98717, 99072, 90150


@pytest.mark.parametrize("text, place", [
    ("The fall of Palmyra comes days after IS captured Ramadi, the capital of Anbar.", RAMADI),
    ("Baghdad sent reinforcements north when IS overran Mosul in June 2014.", MOSUL),
    ("The army regrouped after IS stormed Tikrit.", TIKRIT),
])
def test_a_taking_by_is_after_a_conjunction_is_told(ex, text, place):
    assert (place, "isis", "captured") in facts(ex, text, dt.date(2015, 5, 22))


def test_a_town_once_it_is_retaken_stays_to_come(ex):
    text = "The army will move on Mosul once Tikrit is retaken by Iraqi forces."
    published = dt.date(2015, 3, 10)
    assert (TIKRIT, "iraqi-government", "captured") not in facts(ex, text, published)
    assert (TIKRIT, "iraqi-government", "captured") in facts(ex, text, published, "expected")
