"""Round 126: a time set inside a clause before the place of a fight ("repelled 19 Russian
attacks over the past day near Selydove") does not hide the place; towns an "including" list
names after the place of a fight are fought for too ("repelled 24 Russian assaults on the
Pokrovsk front, including near Selydove"), but not the ends of a range the fire
comes from. Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

SELYDOVE, NOVOHRODIVKA, KHERSON, OLESHKY = 694677, 699557, 706448, 691037
DAY = dt.date(2024, 10, 2)


@pytest.mark.parametrize("time", ["over the past day", "in the past 24 hours",
                                  "during the past week"])
def test_a_time_before_the_place_of_a_fight(ex, time):
    got = facts(ex, f"Ukrainian defenders repelled 19 Russian attacks {time} near Selydove and "
                    "Novohrodivka.", DAY)
    assert {(SELYDOVE, "russia", "contested"), (NOVOHRODIVKA, "russia", "contested"),
            (SELYDOVE, "ukraine", "contested")} <= got, got


def test_towns_included_after_the_place_of_a_fight(ex):
    got = facts(ex, "Ukrainian troops repelled 24 Russian assaults on the Pokrovsk front, "
                    "including near Selydove and Novohrodivka, over the previous day.", DAY)
    assert {(SELYDOVE, "russia", "contested"), (NOVOHRODIVKA, "russia", "contested")} <= got, got


def test_the_towns_fire_comes_from_are_no_list_of_the_fight(ex):
    got = facts(ex, "Today, Russian artillery shells Kherson every day, from positions in "
                    "Oleshky and Hola Prystan.", dt.date(2023, 1, 16))
    assert (KHERSON, "russia", "contested") in got, got
    assert (OLESHKY, "russia", "contested") not in got, got
