"""Round 135: the holder of a town the same sentence tells besieged by another force is
besieged inside it ("IS still holds Fallujah, which has been encircled by Iraqi troops").
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

FALLUJAH, DOUMA, EL_FASHER = 99454, 170592, 379555


@pytest.mark.parametrize(("text", "town", "holder", "besieger"), [
    ("Islamic State still holds Fallujah, which has been encircled by Iraqi troops for months.",
     FALLUJAH, "isis", "iraqi-government"),
    ("Rebels control Douma, which government forces have besieged since 2013.",
     DOUMA, "syrian-opposition", "syrian-government"),
    ("Douma, held by rebels, has been surrounded by Syrian troops since February.",
     DOUMA, "syrian-opposition", "syrian-government"),
])
def test_the_holder_of_a_town_besieged_by_another_is_inside(ex, text, town, holder, besieger):
    got = facts(ex, text, dt.date(2016, 4, 15))
    assert {(town, holder, "besieged"), (town, besieger, "contested")} <= got


def test_a_siege_with_no_holder_told_besieges_no_one_named(ex):
    got = facts(ex, "Fallujah has been encircled by Iraqi troops for months.", dt.date(2016, 4, 15))
    assert not {f for f in got if f[2] == "besieged"}
