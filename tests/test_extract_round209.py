"""Round 209: a town's holding told as what an entry came after ("entered Kherson on Friday,
eight months after the city was occupied") is the state the entry ended, not resistance to it:
the entry takes the town; a holding told as still going on ("where Russian forces are dug in")
keeps it a fight. Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KHERSON, VOVCHANSK, WAD_MADANI = 706448, 689304, 364103


@pytest.mark.parametrize("text, place, force, published", [
    ("Ukrainian units entered Kherson on Friday, eight months after the city was occupied.",
     KHERSON, "ukraine", dt.date(2022, 11, 12)),
    ("The army entered Wad Madani on Saturday, thirteen months after the city was occupied by "
     "the RSF.", WAD_MADANI, "saf", dt.date(2025, 1, 12)),
])
def test_an_entry_after_a_holding_takes_the_town(ex, text, place, force, published):
    found = facts(ex, text, published)
    assert (place, force, "captured") in found
    assert (place, force, "contested") not in found


def test_an_entry_into_a_town_still_held_is_a_fight(ex):
    found = facts(ex, "Ukrainian troops entered Vovchansk, where Russian forces were dug in.",
                  dt.date(2024, 5, 20))
    assert (VOVCHANSK, "ukraine", "contested") in found
    assert (VOVCHANSK, "ukraine", "captured") not in found
