"""Round 208: the defender that repels attacks near a town fights for it, not holds it, also
where a bulleted line opens with the town ("- Near Vuhledar, Ukrainian troops beat back two
attacks"), as "repelled attacks near Vuhledar" does; one that repels them in the town holds it.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

VUHLEDAR, KURAKHOVE = 690823, 695357


@pytest.mark.parametrize("text, place", [
    ("- Near Vuhledar, Ukrainian troops beat back two attacks supported by armour.",
     VUHLEDAR),
    ("• Near Kurakhove, Ukrainian units beat back five attacks overnight.", KURAKHOVE),
])
def test_repelled_near_a_fronted_town_is_a_fight(ex, text, place):
    found = facts(ex, text, dt.date(2024, 2, 17))
    assert (place, "ukraine", "contested") in found
    assert (place, "ukraine", "held") not in found


def test_repelled_in_the_town_is_held(ex):
    found = facts(ex, "In Vuhledar, Ukrainian troops beat back two Russian attacks.",
                  dt.date(2024, 2, 17))
    assert (VUHLEDAR, "ukraine", "held") in found
