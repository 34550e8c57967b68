"""Round 169: the small-unit names a war's own briefings use ("Ukrainian formations", "Russian
assault groups", "Russian sappers") name its side; a fight whose enemy is its object ("battling
Russian troops") is fought for the town the sentence opens with ("In Toretsk, ..."); and "the
group" means a force named as a group ("the Wagner Group"), not a side's "assault groups".
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KRASNOHORIVKA, TORETSK, SOLEDAR, KYIV = 704393, 709354, 706757, 703448
UKRAINE = "Russia's war in Ukraine. "
DAY = dt.date(2024, 10, 3)


@pytest.mark.parametrize("unit", ["formations", "personnel", "sappers", "assault groups",
                                  "storm detachments", "mobile groups", "gunners"])
def test_a_sides_small_units_name_it(ex, unit):
    fight = facts(ex, UKRAINE + f"Russian units are fighting Ukrainian {unit} for Krasnogorovka.",
                  DAY)
    assert {(KRASNOHORIVKA, "russia", "contested"),
            (KRASNOHORIVKA, "ukraine", "contested")} <= fight
    left = facts(ex, UKRAINE + f"Ukrainian {unit} withdrew from Toretsk on Tuesday.", DAY)
    assert (TORETSK, "ukraine", "lost") in left


def test_a_side_alone_is_no_unit(ex):
    # "Russian groups" with no kind of unit may be anything (civic groups, groups of people).
    got = facts(ex, UKRAINE + "Russian groups withdrew from Toretsk on Tuesday.", DAY)
    assert (TORETSK, "russia", "lost") not in got


@pytest.mark.parametrize("fight", ["are battling Russian troops street by street",
                                   "are fighting Russian assault groups",
                                   "battled Russian infantry for a third day"])
def test_a_fight_with_its_enemy_named_is_for_the_opening_town(ex, fight):
    got = facts(ex, UKRAINE + f"In Toretsk, Ukrainian soldiers {fight}.", DAY)
    assert {(TORETSK, "ukraine", "contested"), (TORETSK, "russia", "contested")} <= got


def test_the_town_after_the_enemy_wins_over_the_opening_one(ex):
    got = facts(ex, UKRAINE + "In Kyiv, officials said Ukrainian soldiers are fighting Russian "
                "troops near Toretsk.", DAY)
    assert (TORETSK, "russia", "contested") in got
    assert not {c for c in got if c[0] == KYIV}


def test_the_group_is_a_named_group_not_a_units_name(ex):
    text = (UKRAINE + "Wagner stormed Bakhmut in August 2022, while Ukrainian assault groups "
            "counter-attacked from the west. Soledar was taken by the group in January 2023.")
    got = facts(ex, text, dt.date(2023, 5, 21))
    assert (SOLEDAR, "russia", "captured") in got
    assert (SOLEDAR, "ukraine", "captured") not in got
