"""Round 102: the towns a second object includes after "in control of" are held too; "that"
after the head of an apposition opens a relative clause that closes at its comma ("Pokrovsk, a
logistics hub that once supplied the front, is still in Ukrainian hands"); a relative clause
closes past a comma in brackets or one that sets off an aside ("that the YPG, backed by American
air power, wrested back"). Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

HAWIJA, ANAH, AL_QAIM = 390188, 6765385, 92138
POKROVSK, TOKMAK, KOBANI, SHADDADI = 704422, 691469, 172256, 172837
IRAQ = "Iraqi forces are fighting Islamic State in Iraq. "
UKRAINE = "Russian forces are attacking Ukrainian positions in eastern Ukraine. "
SYRIA = "Kurdish fighters of the YPG are fighting Islamic State in Syria. "


@pytest.mark.parametrize("text", [
    IRAQ + "The group is still in control of Hawija, and of a string of towns along the "
    "Euphrates, including Anah and al-Qaim.",
    IRAQ + "The militants remain in control of Hawija and of a stretch of the valley that "
    "includes Anah and al-Qaim.",
])
def test_towns_a_second_object_includes_are_held_too(ex, text):
    got = facts(ex, text, dt.date(2017, 8, 27))
    assert {(t, "isis", "held") for t in (HAWIJA, ANAH, AL_QAIM)} <= got, got


@pytest.mark.parametrize(("text", "place", "force"), [
    (UKRAINE + "Pokrovsk, a logistics hub that once supplied most of the Ukrainian front in "
     "Donetsk, is still in Ukrainian hands.", POKROVSK, "ukraine"),
    (UKRAINE + "Tokmak, a rail town that Ukrainian planners call the gateway to the coast, "
     "remains in Russian hands.", TOKMAK, "russia"),
])
def test_a_relative_clause_inside_an_apposition_ends_at_its_comma(ex, text, place, force):
    assert (place, force, "held") in facts(ex, text, dt.date(2024, 10, 3))


def test_that_after_a_reporting_clause_is_no_relative_pronoun(ex):
    # "On August 16th, the army announced that P had been cleared": a complement clause.
    got = facts(ex, UKRAINE + "On August 16th, the army announced that Pokrovsk, its "
                              "neighbour to the south, had been cleared of Russian troops.",
                dt.date(2023, 9, 1))
    assert (POKROVSK, "ukraine", "captured") in got, got


@pytest.mark.parametrize(("text", "place", "fact"), [
    (SYRIA + "The battle drew on lessons from Kobani, the border town that the YPG, backed by "
     "American air power, wrested back from Isis in January 2015 after a long siege.", KOBANI,
     (KOBANI, "sdf", "captured")),
    (SYRIA + "The SDF took full control of al-Shaddadi, a town in Hasakah province that the "
     "Islamic State of Iraq and the Levant (ISIL, also known as ISIS) had held since early "
     "2014.", SHADDADI, (SHADDADI, "isis", "held")),
])
def test_a_relative_clause_runs_past_brackets_and_asides(ex, text, place, fact):
    assert fact in facts(ex, text, dt.date(2016, 8, 13))
