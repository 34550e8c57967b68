"""Round 141: entering a town while it happens ("units of the armed forces are entering
Kherson", "after entering the city") is an entry, which takes it, as "entered" is; an entry
the sentence says is still being fought ("are entering Vovchansk and fighting in its
streets") fights for it. Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KHERSON, VOVCHANSK = 706448, 689304
STORY = "Russia withdrew its troops from Izium, the defence ministry said. "


@pytest.mark.parametrize(("text", "place"), [
    ("Units of the Armed Forces of Ukraine are entering Kherson, the agency said.", KHERSON),
    ("Ukrainian soldiers were entering Kherson on Friday, officials said.", KHERSON),
    ("Ukrainian troops raised the flag after entering Kherson on Friday.", KHERSON),
])
def test_entering_a_town_takes_it(ex, text, place):
    got = facts(ex, STORY + text, dt.date(2022, 11, 11))
    assert (place, "ukraine", "captured") in got
    assert (place, "ukraine", "contested") not in got


def test_an_entry_fought_on_fights_for_the_town(ex):
    text = "Ukrainian troops are entering Vovchansk and fighting in its streets."
    got = facts(ex, STORY + text, dt.date(2022, 11, 11))
    assert (VOVCHANSK, "ukraine", "contested") in got
    assert (VOVCHANSK, "ukraine", "captured") not in got
