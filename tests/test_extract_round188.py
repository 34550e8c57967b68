"""Round 188: a town named in "between P and Q" only places another ("Al-Qaryatayn, a town
between Palmyra and Damascus"), so "it" after it is the town placed, not either landmark.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

QARYATAYN, PALMYRA, DAMASCUS = 173361, 163808, 170654
SOLEDAR, BAKHMUT, SIVERSK = 706757, 713174, 694403


@pytest.mark.parametrize("text, town, landmarks, force, published", [
    ("Al-Qaryatayn, a desert town between Palmyra and Damascus, met the same fate: IS seized "
     "it in August 2015.", QARYATAYN, (PALMYRA, DAMASCUS), "isis", dt.date(2016, 1, 10)),
    ("Soledar, a mining town between Bakhmut and Siversk, came next: Wagner took it in "
     "January.", SOLEDAR, (BAKHMUT, SIVERSK), "russia", dt.date(2023, 3, 1)),
])
def test_it_is_the_town_placed_between_two_others(ex, text, town, landmarks, force, published):
    got = facts(ex, text, published)
    assert (town, force, "captured") in got
    for landmark in landmarks:
        assert (landmark, force, "captured") not in got
