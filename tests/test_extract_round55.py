"""Reported states, returns to a force's control and "the Syrian regime" (misses of blind sets
225 to 231). Each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

TUZ, KIRKUK, BERYSLAV, ALBU_KAMAL, PALMYRA, TORETSK = (90026, 94787, 712260, 174448, 163808,
                                                      709354)


@pytest.mark.parametrize("text", [
    "Tuz Khurmatu, a mixed Turkmen-Kurdish town south of Kirkuk, was reported under the "
    "control of Iraqi forces on Monday.",
    # (Under it "by nightfall", the town changed hands by then: see test_extract_round83.)
    "Tuz Khurmatu was said to be under the control of Iraqi troops on Monday evening.",
    "Tuz Khurmatu is believed to be firmly under the control of Iraqi forces.",
])
def test_a_reported_state_is_the_towns(ex, text):
    got = facts(ex, text, dt.date(2017, 10, 17))
    assert (TUZ, "iraqi-government", "held") in got
    assert (KIRKUK, "iraqi-government", "held") not in got


@pytest.mark.parametrize(("text", "place", "force"), [
    ("Beryslav, upstream from Kherson, also returned to Ukrainian control on Friday.", BERYSLAV,
     "ukraine"),
    ("Kirkuk reverted to Iraqi government control on Monday.", KIRKUK, "iraqi-government"),
    ("By the evening Beryslav had returned to full Ukrainian control.", BERYSLAV, "ukraine"),
])
def test_a_return_to_a_forces_control_is_a_taking(ex, text, place, force):
    assert (place, force, "captured") in facts(ex, text, dt.date(2022, 11, 12))


@pytest.mark.parametrize(("text", "place", "event"), [
    ("The Syrian regime has controlled Albu Kamal since November of last year.", ALBU_KAMAL,
     "held"),
    ("Syria's regime retook Palmyra in March with Russian air support.", PALMYRA, "captured"),
])
def test_the_syrian_regime_is_the_syrian_government(ex, text, event, place):
    assert (place, "syrian-government", event) in facts(ex, text, dt.date(2018, 12, 15))


def test_a_report_verb_of_a_relative_clause_still_tells_its_taker(ex):
    got = facts(ex, "Chasiv Yar lies north of Toretsk, which Russian forces said they captured "
                    "in February.", dt.date(2025, 7, 31))
    assert (TORETSK, "russia", "captured") in got
