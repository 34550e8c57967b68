"""A relative clause after a town and its bearing from a landmark hangs on the town, and "the
remainder of" a town is held whole (misses of blind sets 281 to 287). Each test runs several
phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

TAL_RIFAAT, ALEPPO, OCHERETYNE, AVDIIVKA, KUPIANSK, KHARKIV, MOSUL = (
    163476, 170063, 698759, 713122, 703656, 706483, 99072)


@pytest.mark.parametrize(("text", "town", "landmark", "force", "event"), [
    ("Ankara will not tolerate the YPG in Tal Rifaat, north of Aleppo, which the group has "
     "controlled since February 2016.", TAL_RIFAAT, ALEPPO, "sdf", "held"),
    ("Russian forces consolidated their gains around Ocheretyne, northwest of Avdiivka, which "
     "they took on 5 May.", OCHERETYNE, AVDIIVKA, "russia", "captured"),
    ("Shelling hit Kupiansk, some 100 km east of Kharkiv, which Ukrainian forces retook in "
     "September.", KUPIANSK, KHARKIV, "ukraine", "captured"),
])
def test_a_relative_clause_past_a_bearing_hangs_on_the_town_it_places(ex, text, town, landmark,
                                                                       force, event):
    got = facts(ex, text, dt.date(2024, 5, 10))
    assert (town, force, event) in got
    assert (landmark, force, event) not in got


@pytest.mark.parametrize("text", ["IS still controls the remainder of Mosul.",
                                  "IS continues to hold the remainder of Mosul, officials said."])
def test_the_remainder_of_a_town_is_the_town(ex, text):
    assert (MOSUL, "isis", "held") in facts(ex, text, dt.date(2016, 11, 8))
