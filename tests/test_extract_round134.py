"""Round 134: a fight that "left" a town ("a siege that left the city starving", "weeks of
bombardment left it deserted", "a campaign that left its old quarter in ruins") tells what it
left the town in, not a force leaving it. Phrasings written for these tests, never a shared or
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

EL_FASHER, MAARAT, MOSUL, BARA = 379555, 167611, 99072, 380004


@pytest.mark.parametrize(("text", "place", "taker", "loser"), [
    ("The RSF seized El Fasher on Sunday after an 18-month siege that left the city starving.",
     EL_FASHER, "rsf", "saf"),
    ("The RSF took El Fasher, ending a blockade that had left the city without food.",
     EL_FASHER, "rsf", "saf"),
    ("Iraqi forces retook Mosul after a campaign that left much of the old quarter shattered.",
     MOSUL, "iraqi-government", "isis"),
])
def test_a_fight_that_left_a_town_is_no_leaving(ex, text, place, taker, loser):
    got = facts(ex, text, dt.date(2025, 10, 27))
    assert (place, taker, "captured") in got
    assert (place, taker, "lost") not in got and (place, loser, "captured") not in got


def test_a_force_that_left_a_town_after_a_fight_still_lost_it(ex):
    got = facts(ex, "Rebels left Maarat al-Numan after weeks of bombardment.", dt.date(2020, 1, 28))
    assert (MAARAT, "syrian-opposition", "lost") in got
