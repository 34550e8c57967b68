"""Round 138: a fight that "takes place" or "is reported" in a town is fought there by both sides
of a two-sided war ("fighting is now taking place on the outskirts of Selydove", "clashes were
reported in Al Hasaheisa"), and a passive of reporting opens no clause of speech, so the time
after the town is the fight's ("fighting was reported around Dinder on 3 July"). Phrasings
written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

SELYDOVE, VOVCHANSK, KUPIANSK, DINDER, SENNAR = 694677, 689304, 703656, 13132448, 367644
UKRAINE_WAR = "Russian forces attacked Ukrainian positions near Pokrovsk, the military said. "
SUDAN_WAR = "The RSF attacked Sudanese army positions near Singa, the army said. "


@pytest.mark.parametrize(("text", "place"), [
    ("Fighting is now taking place on the outskirts of Selydove.", SELYDOVE),
    ("Fierce battles are taking place in Vovchansk, the governor said.", VOVCHANSK),
    ("Clashes took place inside Kupiansk overnight.", KUPIANSK),
    ("Heavy fighting has been reported in Vovchansk.", VOVCHANSK),
    ("Street fighting was also reported around Kupiansk.", KUPIANSK),
])
def test_a_fight_taking_place_or_reported_in_a_town_is_fought_by_both_sides(ex, text, place):
    got = facts(ex, UKRAINE_WAR + text, dt.date(2024, 10, 2))
    assert {(place, "russia", "contested"), (place, "ukraine", "contested")} <= got


@pytest.mark.parametrize(("text", "place", "day"), [
    ("Fighting was also reported around the town of Dinder on 3 July.", DINDER,
     dt.date(2024, 7, 3)),
    ("Clashes were reported on the outskirts of Sennar on 30 June.", SENNAR,
     dt.date(2024, 6, 30)),
])
def test_the_time_after_a_reported_fight_is_the_fights(ex, text, place, day):
    got = claims(ex, SUDAN_WAR + text, dt.date(2024, 7, 5))
    assert (place, "rsf", "contested", day, "day") in got
    assert (place, "saf", "contested", day, "day") in got


def test_reporting_that_opens_speech_still_ends_the_clause(ex):
    # The army is the reporter here, not a party told to fight in Sennar.
    got = claims(ex, "The army reported on Monday that the RSF shelled Sennar.",
                 dt.date(2024, 7, 3))
    assert (SENNAR, "rsf", "contested", dt.date(2024, 7, 1), "day") in got
    assert not any(c[1] == "saf" for c in got)
