"""Round 128: a force regrouping its troops from a town leaves it, the troops between the verb
and the town ("regrouping its forces from Izium and Balakliia"); "the regular army" after "with" is
no subject for the pronoun after it ("The RSF, at war with the regular army since April, said
its fighters had taken Wad Madani"); a relative clause past a town's other name in brackets
hangs on the town ("Qaraqosh (Bakhdida), which IS fighters took over"). Each test runs phrasings
written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

IZIUM, WAD_MADANI, QARAQOSH = 707292, 364103, 92430


@pytest.mark.parametrize("verb", ["was regrouping its forces from", "regrouped troops from",
                                  "had regrouped its units from"])
def test_regrouping_troops_from_a_town_leaves_it(ex, verb):
    got = facts(ex, f"Russia's Defence Ministry said on Saturday it {verb} Izium and Balakliia.",
                dt.date(2022, 9, 10))
    assert (IZIUM, "russia", "lost") in got, got


def test_regrouping_in_a_town_leaves_nothing(ex):
    got = facts(ex, "Russian troops regrouped in Izium after the retreat.", dt.date(2022, 9, 10))
    assert (IZIUM, "russia", "lost") not in got, got


def test_the_regular_army_after_with_is_no_pronouns_referent(ex):
    got = facts(ex, "The RSF, at war with the regular army since April, said on Monday its "
                    "fighters had taken Wad Madani.", dt.date(2023, 12, 19))
    assert (WAD_MADANI, "rsf", "captured") in got, got
    assert (WAD_MADANI, "saf", "captured") not in got, got


def test_a_relative_clause_past_the_towns_other_name_in_brackets(ex):
    got = facts(ex, "Tens of thousands of people fled the town of Qaraqosh (Bakhdida), which IS "
                    "fighters took over on Thursday.", dt.date(2014, 8, 9))
    assert (QARAQOSH, "isis", "captured") in got, got
