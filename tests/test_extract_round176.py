"""Round 176: the operations room HTS led in late 2024, the "Military Operations Command", is
HTS's name in its own statements; the Popular Mobilisation is Iraq's side with or without its
"Forces". Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

HAMA, HAWIJA = 170017, 390188


@pytest.mark.parametrize("who", ["The Military Operations Command",
                                 "Fighters of the Military Operations Command"])
def test_the_operations_room_is_hts(ex, who):
    got = facts(ex, f"{who} entered the city of Hama on Thursday, Syria's state media said.",
                dt.date(2024, 12, 5))
    assert (HAMA, "hts", "captured") in got


def test_the_popular_mobilisation_is_iraqs(ex):
    got = facts(ex, "Iraq's war with ISIS. The Popular Mobilisation entered Hawija on Thursday.",
                dt.date(2017, 10, 5))
    assert (HAWIJA, "iraqi-government", "captured") in got
