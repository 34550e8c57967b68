"""Round 156: "this week" dates what a story tells as the week's news by the day it is
written, not by the week's Monday ("tightened their siege of El Fasher this week" in a story
of Saturday 15 June is of 15 June); "earlier this week" stays the Monday. Phrasings written
for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims

EL_FASHER = 379555
SUDAN = "The war between the army and the RSF goes on. "
SATURDAY = dt.date(2024, 6, 15)


def test_this_week_is_the_day_of_writing(ex):
    text = SUDAN + "The RSF shelled El Fasher this week, killing dozens of civilians."
    assert (EL_FASHER, "rsf", "contested", SATURDAY, "day") in claims(ex, text, SATURDAY)


def test_earlier_this_week_is_its_monday(ex):
    text = SUDAN + "The RSF shelled El Fasher earlier this week, killing dozens of civilians."
    got = claims(ex, text, SATURDAY)
    assert (EL_FASHER, "rsf", "contested", dt.date(2024, 6, 10), "day") in got
