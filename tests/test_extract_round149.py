"""Round 149: a strike report's lead-in ("On Aug. 12, Coalition military forces conducted 31
strikes ... in Syria and Iraq.") gives its striker and its day to the list of strikes after
it, past a heading that names no force ("Strikes in Syria"); a line that names its own day
keeps it. Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims

RAQQA, TABQA = 172955, 172374

RELEASE = """Strikes continue against ISIS
SOUTHWEST ASIA, Aug. 14, 2017

On Aug. 12, Coalition military forces conducted 21 strikes against ISIS targets in Syria.

Strikes in Syria
- Near Raqqa, 13 strikes engaged 11 ISIS tactical units and destroyed 14 fighting positions.
- Near Tabqa, on Aug. 13, three strikes destroyed an ISIS headquarters.
"""


def test_a_lists_strikes_take_the_lead_ins_striker_and_day(ex):
    got = claims(ex, RELEASE, dt.date(2017, 8, 14))
    assert (RAQQA, "us-coalition", "contested", dt.date(2017, 8, 12), "day") in got
    assert (TABQA, "us-coalition", "contested", dt.date(2017, 8, 13), "day") in got
    assert not {c for c in got if c[1] == "us-coalition" and c[3] == dt.date(2017, 8, 14)}
