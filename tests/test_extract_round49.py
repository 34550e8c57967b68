"""Rule families the errors of blind sets 211 to 217 pointed at, after their honest figures were
taken: each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

QAYYARAH, RAJO, SENNAR, AIN_ISSA, JARABLUS = 99003, 165571, 367644, 172134, 169179


@pytest.mark.parametrize("text", [
    "South of Mosul, federal police advanced from Qayyarah, retaken from IS in late August.",
    "Iraqi forces advanced. Qayyarah, recaptured from Islamic State militants in August, is now "
    "a base.",
])
def test_a_participle_naming_whom_a_town_was_taken_from_is_its_loss(ex, text):
    assert (QAYYARAH, "isis", "lost") in facts(ex, text, dt.date(2016, 11, 1))


def test_a_participle_from_a_place_is_no_loss(ex):
    got = facts(ex, "Iraqi forces advanced. Qayyarah, taken from the map in 2016, is a base.",
                dt.date(2016, 11, 1))
    assert not any(c[2] == "lost" for c in got)


@pytest.mark.parametrize("text", [
    "The assault gathered pace after the towns of Jandairis and Rajo fell to Turkish-led forces "
    "earlier this month.",
    "Turkish-led troops seized Rajo and Jandairis earlier this month.",
])
def test_turkish_led_forces_are_turkeys(ex, text):
    assert (RAJO, "turkey", "captured") in facts(ex, text, dt.date(2018, 3, 18))


def test_a_turkish_held_town_and_turkish_fire_are_turkeys(ex):
    got = facts(ex, "Ain Issa came under Turkish fire. Turkish-held Jarablus was quiet.",
                dt.date(2019, 11, 4))
    assert {(AIN_ISSA, "turkey", "contested"), (JARABLUS, "turkey", "held")} <= got


@pytest.mark.parametrize(("text", "place", "force"), [
    ("Sennar, which the army holds, came under RSF fire on Monday.", SENNAR, "rsf"),
    ("Turkish troops advanced. Ain Issa, which remains under SDF control, came under Turkish "
     "fire.", AIN_ISSA, "turkey"),
])
def test_fire_on_a_town_past_its_relative_clause(ex, text, place, force):
    assert (place, force, "contested") in facts(ex, text, dt.date(2024, 6, 30))
