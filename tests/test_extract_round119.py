"""Round 119: a siege participle set off after a town's kind ("Kadugli and Dilling, army-held
towns in South Kordofan besieged for months by the RSF") besieges the towns, with their holder
inside; "by" may follow a time ("besieged for months by"). Each test runs phrasings written for
it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KADUGLI, DILLING = 373141, 376450
DAY = dt.date(2025, 10, 27)


@pytest.mark.parametrize(("text", "towns"), [
    ("Aid groups warn that Kadugli and Dilling, army-held towns in South Kordofan besieged for "
     "months by the RSF, are running out of food.", (KADUGLI, DILLING)),
    ("Kadugli, an army-held town besieged by the RSF, is running out of food.", (KADUGLI,)),
    ("Kadugli, besieged for months by the RSF, is running out of food.", (KADUGLI,)),
])
def test_a_siege_after_the_town_s_kind_besieges_it(ex, text, towns):
    got = facts(ex, text, DAY)
    for town in towns:
        assert {(town, "saf", "besieged"), (town, "rsf", "contested")} <= got, got
