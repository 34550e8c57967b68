"""Round 164: a force driven "back from positions near" a town was fought at its posts around
the town, not driven from the town: both fight for it, and its hands do not change. Phrasings
written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

HAJIN = 174506
SYRIA = "War in Syria. "
DAY = dt.date(2018, 12, 15)


@pytest.mark.parametrize("posts", ["back from positions near", "from their trenches around",
                                   "out of its outposts on the outskirts of"])
def test_driven_from_posts_near_a_town_is_a_fight_for_it(ex, posts):
    text = SYRIA + f"In October, Islamic State pushed SDF fighters {posts} Hajin."
    got = facts(ex, text, DAY)
    assert {(HAJIN, "isis", "contested"), (HAJIN, "sdf", "contested")} <= got
    assert (HAJIN, "isis", "captured") not in got
    assert (HAJIN, "sdf", "lost") not in got


def test_driven_from_the_town_is_still_its_loss(ex):
    text = SYRIA + "In October, Islamic State pushed SDF fighters back from Hajin."
    got = facts(ex, text, DAY)
    assert {(HAJIN, "isis", "captured"), (HAJIN, "sdf", "lost")} <= got
