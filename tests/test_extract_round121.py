"""Round 121: strikes on a town fight for it, as air strikes and raids do ("carried out 87
strikes on 11 settlements, including Orikhiv"), but not strikes told as support ("backed by US
strikes"); infiltrating a town is fighting in it; a town joined as "nearby" or "neighbouring"
is one more object. Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

ORIKHIV, HULIAIPOLE, MALA_TOKMACHKA, KIRKUK, MANBIJ = 698428, 707898, 702153, 94787, 167357
DAY = dt.date(2023, 8, 17)


def test_strikes_on_listed_settlements(ex):
    got = facts(ex, "Over the past day Russian troops carried out 87 strikes on 11 settlements of "
                    "the region, including Orikhiv, Huliaipole and Mala Tokmachka.", DAY)
    assert {(ORIKHIV, "russia", "contested"), (HULIAIPOLE, "russia", "contested"),
            (MALA_TOKMACHKA, "russia", "contested")} <= got, got


def test_strikes_told_as_support_fight_for_no_town(ex):
    got = facts(ex, "Backed by US strikes, the SDF took Manbij.", dt.date(2016, 8, 13))
    assert (MANBIJ, "us-coalition", "contested") not in got, got
    assert (MANBIJ, "sdf", "captured") in got, got


def test_infiltrating_a_town_fights_in_it(ex):
    got = facts(ex, "On October 21, ISIS fighters infiltrated Kirkuk and attacked government "
                    "buildings.", dt.date(2016, 10, 24))
    assert (KIRKUK, "isis", "contested") in got, got


@pytest.mark.parametrize("adjective", ["nearby", "neighbouring", "neighboring", "adjacent"])
def test_a_nearby_town_is_one_more_object(ex, adjective):
    got = facts(ex, f"Russian shelling of Orikhiv and {adjective} Mala Tokmachka killed one "
                    "woman.", DAY)
    assert (MALA_TOKMACHKA, "russia", "contested") in got, got
