"""Round 114: a bulletin's line headed by a town and its division ("• Nyala, South Darfur: the
RSF overran the army's 16th Infantry Division headquarters") is that town's; a capture noun
dated before its "of" takes a garrison as its object ("the RSF's capture on October 26 of the
army's 16th Infantry Division headquarters in Nyala"); "its" before a capture noun is not a
force named inside an object before it. Each test runs phrasings written for it, never a
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

NYALA, ZALINGEI = 369004, 363533
DAY = dt.date(2023, 11, 22)


@pytest.mark.parametrize(("text", "town", "day"), [
    ("• Nyala, South Darfur: the RSF overran the army's 16th Infantry Division headquarters on "
     "October 26.", NYALA, dt.date(2023, 10, 26)),
    ("• Zalingei, Central Darfur: the 21st Infantry Division base fell to the RSF on October 31.",
     ZALINGEI, dt.date(2023, 10, 31)),
    ("The fall of the base follows the RSF's capture on October 26 of the army's 16th Infantry "
     "Division headquarters in Nyala.", NYALA, dt.date(2023, 10, 26)),
])
def test_a_garrison_s_town_is_taken(ex, text, town, day):
    got = claims(ex, text, DAY)
    assert (town, "rsf", "captured", day, "day") in got, got


def test_its_is_not_a_force_inside_an_object_before(ex):
    got = facts(ex, "It follows the RSF's capture of the army base in Nyala and its seizure of "
                    "Zalingei on October 31.", DAY)
    assert (ZALINGEI, "rsf", "captured") in got, got
    assert (ZALINGEI, "saf", "captured") not in got, got
