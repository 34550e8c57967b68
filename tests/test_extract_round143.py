"""Round 143: "fighting" before a noun it qualifies is no fight ("strikes destroyed 14 fighting
positions near Raqqa"), and a date after an opening "Then" dates the sentence's verbs as one
opening the sentence does ("Then on March 2, government forces recaptured Saraqeb, and
military police drove into the town"). Phrasings written for these tests, never a shared or
held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims, facts

RAQQA, SARAQIB = 172955, 164816


def test_fighting_positions_are_no_fight(ex):
    got = facts(ex, "Coalition strikes destroyed 14 ISIS fighting positions near Raqqa.",
                dt.date(2017, 5, 11))
    assert (RAQQA, "isis", "contested") not in got


def test_a_date_after_an_opening_then_dates_the_joined_clause(ex):
    text = ("Then on March 2, government forces recaptured Saraqeb, and Russian military police "
            "drove into the town to secure the crossroads.")
    got = claims(ex, text, dt.date(2020, 3, 12))
    assert (SARAQIB, "syrian-government", "captured", dt.date(2020, 3, 2), "day") in got
    assert not any(c[0] == SARAQIB and c[3] == dt.date(2020, 3, 12) for c in got)
