"""Round 160: air strikes a side's adjective names fight for the town they hit or harm people
in ("Russian air strikes hit Kafr Nabl"), as its shelling does; that fire names no troops, so
a group noun after it ("troops entered the town") is not that side's, nor does it take a town
its strikes only backed; a force after "backed by intense" is as oblique as after "backed
by"; and strikes "on power plants" that "left" a city dark did not leave it. Phrasings written
for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

KAFRANBEL, SARMIN, MADIQ, KHARKIV, MYRNOHRAD = 168661, 164782, 166227, 706483, 710035
SYRIA = "Syrian government forces pressed their offensive in Idlib province. "
DAY = dt.date(2019, 8, 24)


@pytest.mark.parametrize("sentence", [
    "On Thursday, Russian air strikes hit Kafr Nabl and Sarmin.",
    "Russian airstrikes on Thursday struck Kafr Nabl and Sarmin, monitors said.",
    "On Thursday Russian strikes killed four civilians in Kafr Nabl and in Sarmin.",
])
def test_a_sides_air_strikes_fight_for_the_towns_they_hit(ex, sentence):
    got = claims(ex, SYRIA + sentence, DAY)
    for town in (KAFRANBEL, SARMIN):
        assert (town, "russia", "contested", dt.date(2019, 8, 22), "day") in got


def test_strikes_that_damaged_homes_in_a_town(ex):
    text = "Ukraine war. Russian strikes damaged dozens of homes in Myrnohrad on Monday."
    got = claims(ex, text, dt.date(2024, 2, 21))
    assert (MYRNOHRAD, "russia", "contested", dt.date(2024, 2, 19), "day") in got


@pytest.mark.parametrize("backing", ["backed by intense Russian warplanes",
                                     "backed by heavy Russian air strikes",
                                     "supported by massive Russian air raids"])
def test_the_backer_does_not_take_the_town(ex, backing):
    text = SYRIA + f"In early May, regime forces {backing} seized Qalaat al-Madiq."
    got = facts(ex, text, DAY)
    assert (MADIQ, "syrian-government", "captured") in got
    assert (MADIQ, "russia", "captured") not in got


def test_troops_after_a_sides_strikes_are_not_that_sides(ex):
    text = ("Syrian government forces on Tuesday recaptured Maarat al-Numan. The town fell after "
            "a week of Russian air strikes, a monitor said. State media said troops had "
            "liberated Sarmin as well.")
    got = facts(ex, text, dt.date(2020, 1, 29))
    assert (SARMIN, "syrian-government", "captured") in got
    assert (SARMIN, "russia", "captured") not in got


def test_strikes_on_power_plants_did_not_leave_the_city(ex):
    text = ("Ukraine war. Hours later, Russian strikes on power plants left much of Kharkiv "
            "without electricity.")
    got = facts(ex, text, dt.date(2022, 9, 12))
    assert (KHARKIV, "russia", "lost") not in got
    assert (KHARKIV, "ukraine", "captured") not in got
