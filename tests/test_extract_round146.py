"""Round 146: a bulleted list of strikes with no striker named in its lines ("• Near Raqqa, 13
strikes engaged 11 ISIS tactical units") is its lead-in's striker's ("Coalition military forces
conducted 21 strikes against ISIS targets:"); a striker a line names keeps its strikes.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import facts

RAQQA, TABQA, KHARTOUM_NORTH = 172955, 172374, 379251

RELEASE = """SOUTHWEST ASIA - Coalition strikes continue against ISIS.

In Syria, Coalition military forces conducted 21 strikes against ISIS targets:
• Near Raqqa, 13 strikes engaged 11 ISIS tactical units and destroyed 14 fighting positions.
• Near Tabqa, three strikes engaged two ISIS tactical units.
"""


def test_a_lists_strikes_are_its_lead_ins_strikers(ex):
    got = facts(ex, RELEASE, dt.date(2017, 5, 11))
    assert {(RAQQA, "us-coalition", "contested"), (TABQA, "us-coalition", "contested")} <= got
    assert (RAQQA, "isis", "contested") not in got


def test_a_line_that_names_its_striker_keeps_it(ex):
    text = ("The RSF shelled Omdurman, the army said.\n"
            "• Khartoum: The army advanced in Omdurman and continued air strikes on RSF positions "
            "in Khartoum North.")
    got = facts(ex, text, dt.date(2024, 7, 5))
    assert (KHARTOUM_NORTH, "saf", "contested") in got
    assert (KHARTOUM_NORTH, "rsf", "contested") not in got
