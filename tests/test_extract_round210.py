"""Round 210: the campaign an entry was part of ("the first town to be recaptured in the
offensive", "the main goal of the operation") is no fight after the entry: the entry takes the
town; an attack after it ("in the face of a Russian assault") still makes it a fight.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

BALAKLIIA, VOVCHANSK, PALMYRA = 712926, 689304, 163808


@pytest.mark.parametrize("text", [
    "Ukrainian troops had entered Balakliia on Thursday, the first sizeable town to be "
    "recaptured in the offensive.",
    "Ukrainian troops entered Balakliia on Thursday, the biggest prize of the offensive so "
    "far.",
])
def test_an_entry_within_a_campaign_takes_the_town(ex, text):
    found = facts(ex, text, dt.date(2022, 9, 11))
    assert (BALAKLIIA, "ukraine", "captured") in found
    assert (BALAKLIIA, "ukraine", "contested") not in found


def test_an_entry_that_was_an_operations_goal_takes_the_town(ex):
    found = facts(ex, "Syrian troops entered Palmyra on Sunday, the main goal of the operation "
                      "launched in March.", dt.date(2016, 3, 28))
    assert (PALMYRA, "syrian-government", "captured") in found


def test_an_entry_met_by_an_attack_is_a_fight(ex):
    found = facts(ex, "Ukrainian troops entered Vovchansk on Monday in the face of a Russian "
                      "assault.", dt.date(2022, 9, 11))
    assert (VOVCHANSK, "ukraine", "contested") in found
    assert (VOVCHANSK, "ukraine", "captured") not in found
