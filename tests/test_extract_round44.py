"""Rule families the errors of blind sets 183 to 189 pointed at, in a second round after their
honest figures were taken: each test runs several phrasings written for it, never a held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

TORETSK, SELYDOVE, VUHLEDAR, BAIJI, MANBIJ, TABQA = 709354, 694677, 690823, 97783, 167357, 172374
BABANUSA, KADUGLI, DILLING, NYALA, ZALINGEI = 377962, 373141, 376450, 369004, 363533
UKRAINE_DAY, SUDAN_DAY = dt.date(2024, 8, 15), dt.date(2023, 11, 22)


@pytest.mark.parametrize("text", [
    "The occupiers continue to storm Toretsk, the General Staff said.",
    "Russian troops kept storming Toretsk through the week.",
    "Russian units continued to assault Toretsk from the east.",
])
def test_a_taking_that_goes_on_is_a_fight(ex, text):
    got = facts(ex, text, UKRAINE_DAY)
    assert (TORETSK, "russia", "contested") in got
    assert (TORETSK, "russia", "captured") not in got


def test_a_taking_after_going_on_is_still_one(ex):
    got = facts(ex, "Russian troops continued to advance and captured Toretsk.", UKRAINE_DAY)
    assert (TORETSK, "russia", "captured") in got


@pytest.mark.parametrize("text", [
    "In West Kordofan, the RSF has been shelling the army's 22nd Division base in Babanusa.",
    "The RSF shelled the army's base in Babanusa on Monday.",
    "RSF gunners pounded the army's positions in Babanusa overnight.",
])
def test_fire_on_a_forces_post_in_a_town_fights_for_the_town(ex, text):
    assert (BABANUSA, "rsf", "contested") in facts(ex, text, SUDAN_DAY)


@pytest.mark.parametrize("text", [
    "Russian forces advanced. Fighting is now raging on the outskirts of Selydove.",
    "Russian forces advanced. Fighting was still going on on the edges of Selydove.",
])
def test_a_fight_raging_at_a_towns_edge_is_both_sides(ex, text):
    got = facts(ex, text, UKRAINE_DAY)
    assert {(SELYDOVE, "russia", "contested"), (SELYDOVE, "ukraine", "contested")} <= got


@pytest.mark.parametrize(("text", "place", "force"), [
    ("Ukrainian troops are defending Vuhledar against Russian assaults.", VUHLEDAR, "russia"),
    ("Fighting raged around Baiji, which security forces have been defending against repeated "
     "IS attacks for months.", BAIJI, "isis"),
    ("The garrison defended Baiji against IS attacks.", BAIJI, "isis"),
])
def test_the_attacker_a_town_is_defended_against_fights_for_it(ex, text, place, force):
    assert (place, force, "contested") in facts(ex, text, UKRAINE_DAY)


@pytest.mark.parametrize("text", [
    "Manbij was taken in August 2016 by the newly branded Syrian Democratic Forces.",
    "Manbij was taken in August 2016 by the newly formed Syrian Democratic Forces.",
])
def test_a_participle_before_a_force_name_does_not_hide_it(ex, text):
    assert (MANBIJ, "sdf", "captured") in facts(ex, text, dt.date(2017, 11, 2))


@pytest.mark.parametrize("text", [
    "Tabqa and its dam followed in May 2017.",
    "Tabqa and its airbase followed in May 2017.",
])
def test_a_town_and_its_facility_that_followed_were_taken(ex, text):
    text = "Manbij was taken in August 2016 by the Syrian Democratic Forces. " + text
    assert (TABQA, "sdf", "captured") in facts(ex, text, dt.date(2017, 11, 2))


@pytest.mark.parametrize(("line", "town"), [
    ("• Zalingei — 21st Infantry Division overrun on October 31", ZALINGEI),
    ("• Zalingei (Central Darfur) — 21st Division base taken on 31 October", ZALINGEI),
    ("Nyala: army headquarters overrun on 26 October", NYALA),
])
def test_a_bulletins_town_heading_a_garrisons_fall_is_taken(ex, line, town):
    text = "The RSF seized El Daein on Tuesday.\n\n" + line
    got = facts(ex, text, SUDAN_DAY)
    assert (town, "rsf", "captured") in got
    assert (town, "saf", "lost") in got


def test_a_bulletins_town_heading_other_news_is_not_taken(ex):
    text = "The RSF seized El Daein on Tuesday.\n\n• Zalingei — aid convoy delayed on October 31"
    assert not any(c[0] == ZALINGEI for c in facts(ex, text, SUDAN_DAY))


@pytest.mark.parametrize("text", [
    "Kadugli and Dilling, held by the army in South Kordofan, remain cut off by the RSF.",
    "Kadugli and Dilling, both held by the army, are running out of food.",
])
def test_a_plural_verb_after_a_participles_aside_holds_each_town(ex, text):
    got = facts(ex, text, SUDAN_DAY)
    assert {(KADUGLI, "saf", "held"), (DILLING, "saf", "held")} <= got
