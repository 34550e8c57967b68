"""Round 216: a holding a force tries, fights or struggles to keep is a fight for the place
("Ukrainian troops are fighting to hold the town"), not a holding told as fact; the attempt
reads as a capture's does ("fought to take P" is contested). Phrasings written for these
tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

SELYDOVE, EL_FASHER, MAARAT = 694677, 379555, 167611


@pytest.mark.parametrize("text, place, force, published", [
    ("Russian units reached the eastern edge of Selydove, where Ukrainian troops are fighting "
     "to hold the town.", SELYDOVE, "ukraine", dt.date(2024, 10, 3)),
    ("The RSF shelled El Fasher again, and the army is struggling to hold the city's last "
     "districts.", EL_FASHER, "saf", dt.date(2024, 9, 1)),
    ("Clashes broke out near Maarat al-Numan, where government troops were trying to hold a "
     "line south of the town.", MAARAT, "syrian-government", dt.date(2024, 11, 30)),
    ("Ukrainian brigades are battling to hold Selydove against Russian assault groups.",
     SELYDOVE, "ukraine", dt.date(2024, 10, 3)),
])
def test_an_attempt_to_hold_is_a_fight(ex, text, place, force, published):
    found = facts(ex, text, published)
    assert (place, force, "contested") in found
    assert (place, force, "held") not in found


def test_a_holding_told_as_fact_stays_one(ex):
    found = facts(ex, "Ukrainian troops still hold Selydove, the regional governor said.",
                  dt.date(2024, 10, 3))
    assert (SELYDOVE, "ukraine", "held") in found
    assert (SELYDOVE, "ukraine", "contested") not in found
