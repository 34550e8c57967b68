"""A relative clause's second verb, a siege its owner keeps up, bombing verbs, and an
absolute holding with an adverb (misses of blind sets 253 to 259). Each test runs several
phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

BAHRI, KIRKUK, BABANUSA, MAARAT, LYMAN = 379251, 94787, 377962, 167611, 704204


@pytest.mark.parametrize(("text", "place", "force", "other"), [
    ("Gains by the army, which broke the RSF siege of its headquarters in January and in "
     "February retook much of Khartoum North, changed the war.", BAHRI, "saf", "rsf"),
    ("The army, which broke the RSF siege in January and then retook Bahri, now holds the "
     "capital.", BAHRI, "saf", "rsf"),
    ("Iraqi forces, which routed the Peshmerga near Dibis and on Monday took Kirkuk, are "
     "advancing.", KIRKUK, "iraqi-government", "peshmerga"),
])
def test_a_relative_clauses_second_verb_has_its_head_as_subject(ex, text, place, force, other):
    got = facts(ex, text, dt.date(2025, 3, 21))
    assert (place, force, "captured") in got
    assert (place, other, "captured") not in got


@pytest.mark.parametrize("text", [
    "The RSF has intensified attacks on El Fasher and kept up its siege of the army garrison "
    "in Babanusa.",
    "The RSF, where it could, pressed its siege of the army garrison in Babanusa.",
])
def test_the_owner_of_a_siege_is_not_inside(ex, text):
    got = facts(ex, text, dt.date(2025, 3, 21))
    assert (BABANUSA, "rsf", "besieged") not in got
    assert (BABANUSA, "rsf", "contested") in got


@pytest.mark.parametrize("text", [
    "Russian warplanes bombed Maarat al-Numan overnight, local sources said.",
    "Maarat al-Numan was bombed by Russian jets on Friday.",
])
def test_a_force_that_bombed_a_town_fights_for_it(ex, text):
    assert (MAARAT, "russia", "contested") in facts(ex, text, dt.date(2019, 8, 23))


@pytest.mark.parametrize("text", [
    "The situation remained difficult, with Russian forces still holding Lyman.",
    "Kyiv's troops pressed east, with Russian forces firmly holding Lyman.",
])
def test_an_absolute_holding_may_take_an_adverb(ex, text):
    assert (LYMAN, "russia", "held") in facts(ex, text, dt.date(2022, 9, 11))
