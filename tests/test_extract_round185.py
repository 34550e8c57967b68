"""Round 185: a participle right after a town ("P, held by the SDF") has its own agent, which is
not the agent of the attack or fall before it: "launched an attack on Tal Rifaat, held by the
SDF" is the attacker's fight; "the fall of Khan Sheikhoun, held by insurgents since 2014" names
no taker. Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import facts

TAL_RIFAAT, KHAN_SHAYKHUN = 163476, 168325


def test_the_attacker_of_a_town_held_by_another(ex):
    text = "Syrian National Army factions launched an attack on Tal Rifaat, held by the SDF."
    got = facts(ex, text, dt.date(2024, 11, 30))
    assert (TAL_RIFAAT, "syrian-opposition", "contested") in got
    assert (TAL_RIFAAT, "sdf", "held") in got


def test_the_holder_named_after_a_fall_did_not_take_it(ex):
    text = ("The fall of Khan Sheikhoun, held by insurgents since 2014, left the pocket in "
            "northern Hama cut off.")
    got = facts(ex, text, dt.date(2019, 8, 24))
    assert (KHAN_SHAYKHUN, "syrian-opposition", "captured") not in got
