"""Round 162: "as of" opens a date, not a clause ("clashes ... continued as of January 19"):
the fight is dated by it. Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims

RUFAA = 367972
DAY = dt.date(2025, 1, 21)


def test_as_of_a_day_dates_the_fight(ex):
    text = "Clashes between the army and the RSF in Rufaa went on as of January 18."
    got = claims(ex, text, DAY)
    for side in ("saf", "rsf"):
        assert (RUFAA, side, "contested", dt.date(2025, 1, 18), "day") in got


def test_as_of_a_weekday_dates_the_holding(ex):
    text = "The Sudanese army still held Rufaa as of Sunday, residents said."
    assert (RUFAA, "saf", "held", dt.date(2025, 1, 19), "day") in claims(ex, text, DAY)
