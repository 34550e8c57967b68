"""Round 108: in a war of two sides, fire on a town with no shooter named and no holder told
is the fire of the one side the story has told fires on towns ("Russian forces shelled
Kupiansk. Vovchansk was shelled again on Tuesday"). No side is guessed when the story tells of
none, of both, in a war of more than two sides, or when the fire's "by" names a shooter the
lexicon does not know. Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

KHARKIV, VOVCHANSK, MYRNOHRAD, ORIKHIV, DILLING, ARIHA = (
    706483, 689304, 710035, 698428, 376450, 172994)
FIRST = "Russian forces shelled Kupiansk on Monday, the regional governor said. "
DAY = dt.date(2023, 8, 17)


@pytest.mark.parametrize(("text", "place", "day"), [
    ("Vovchansk was shelled again on Tuesday.", VOVCHANSK, dt.date(2023, 8, 15)),
    ("Orikhiv came under heavy shelling on Tuesday.", ORIKHIV, dt.date(2023, 8, 15)),
    ("On Tuesday, shelling in Myrnohrad damaged a school.", MYRNOHRAD, dt.date(2023, 8, 15)),
    ("In Orikhiv, shelling on Sunday damaged homes and a school.", ORIKHIV, dt.date(2023, 8, 13)),
    ("Shelling killed two civilians in Orikhiv on Tuesday.", ORIKHIV, dt.date(2023, 8, 15)),
    ("Kharkiv was hit by guided aerial bombs on Tuesday evening.", KHARKIV, dt.date(2023, 8, 15)),
    ("Kharkiv itself was hit by a guided bomb on Sunday; two people were injured.", KHARKIV,
     dt.date(2023, 8, 13)),
])
def test_fire_with_no_shooter_is_the_story_s_one_shooter_s(ex, text, place, day):
    got = claims(ex, FIRST + text, DAY)
    assert (place, "russia", "contested", day, "day") in got, got


@pytest.mark.parametrize("text", [
    "Vovchansk was shelled again on Tuesday.",
    "On Tuesday, shelling in Myrnohrad damaged a school.",
])
def test_with_no_shooter_told_no_side_is_guessed(ex, text):
    got = facts(ex, "Russian forces captured Ocheretyne on Monday. " + text, DAY)
    assert not {f for f in got if f[0] in (VOVCHANSK, MYRNOHRAD)}, got


def test_both_sides_firing_leave_the_fire_unowned(ex):
    got = facts(ex, FIRST + "Ukrainian artillery shelled Donetsk on Monday. Vovchansk was "
                "shelled again on Tuesday.", DAY)
    assert not {f for f in got if f[0] == VOVCHANSK}, got


@pytest.mark.parametrize("shooter", ["unknown gunmen", "SPLM-N artillery"])
def test_a_shooter_named_after_by_is_no_side_of_the_war(ex, shooter):
    got = facts(ex, f"{FIRST}Vovchansk was shelled by {shooter} on Tuesday.", DAY)
    assert not {f for f in got if f[0] == VOVCHANSK}, got


def test_the_shooter_of_a_war_of_two_sides_in_sudan(ex):
    got = facts(ex, "The RSF shelled El Obeid on Monday, residents said. Dilling was shelled "
                    "again on Tuesday.", DAY)
    assert (DILLING, "rsf", "contested") in got, got


def test_no_shooter_in_a_war_of_more_than_two_sides(ex):
    got = facts(ex, "Syrian government forces shelled Saraqib on Monday. Ariha was shelled "
                    "again on Tuesday.", DAY)
    assert not {f for f in got if f[0] == ARIHA}, got
