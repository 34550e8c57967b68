"""Round 201: forces pushed back from the villages a compass point from a town places ("pushed
SDF units back from several villages north of Hajin") fight for the town, as those pushed back
from positions near it do; the town itself changes no hands. Phrasings written for these tests,
never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

HAJIN, EL_OBEID = 174506, 379003


@pytest.mark.parametrize("text, place, pusher, pushed, published", [
    ("In October, ISIS pushed SDF units back from several villages north of Hajin.", HAJIN,
     "isis", "sdf", dt.date(2018, 12, 14)),
    ("Last month the army drove RSF units back from villages west of El Obeid.", EL_OBEID,
     "saf", "rsf", dt.date(2025, 5, 10)),
])
def test_pushed_back_from_villages_near_a_town(ex, text, place, pusher, pushed, published):
    found = facts(ex, text, published)
    assert (place, pusher, "contested") in found
    assert (place, pushed, "contested") in found
    assert (place, pusher, "captured") not in found
    assert (place, pushed, "lost") not in found


def test_driven_out_of_the_town_itself_is_still_a_loss(ex):
    found = facts(ex, "The army drove the RSF out of El Obeid.", dt.date(2025, 5, 10))
    assert (EL_OBEID, "saf", "captured") in found
    assert (EL_OBEID, "rsf", "lost") in found
