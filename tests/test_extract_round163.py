"""Round 163: what a speaker told is left open when an aside after it says the claim is
unconfirmed ("Russian milbloggers claimed that Russian forces seized P, but ISW has not
observed confirmation of this claim"), a question; and a report or claim said after it to be
"fake", "lies" or "premature" is denied. Phrasings written for these tests, never a shared or
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

NIU_YORK, KRYNKY, KUPIANSK, BERYSLAV = 699751, 703861, 703656, 712260
UKRAINE = "Russia's war in Ukraine. "
DAY = dt.date(2024, 3, 2)


@pytest.mark.parametrize("aside", [
    "but ISW has not observed confirmation of this claim",
    "though ISW has not observed visual confirmation of the advance",
    "although ISW has not observed any evidence to support it",
    "but there was no independent confirmation",
])
def test_a_told_claim_left_unconfirmed_is_a_question(ex, aside):
    text = UKRAINE + (f"Russian milbloggers claimed on Friday that Russian troops seized "
                      f"Niu-York, {aside}.")
    assert (NIU_YORK, "russia", "captured") in facts(ex, text, DAY, "question")
    assert (NIU_YORK, "russia", "captured") not in facts(ex, text, DAY)


def test_a_reported_advance_with_the_lack_told_first_is_still_open(ex):
    text = UKRAINE + ("Ukrainian sources said that marines had entered Krynky, while ISW has "
                      "not observed visual evidence of the landing.")
    assert (KRYNKY, "ukraine", "captured") not in facts(ex, text, DAY)


def test_a_claim_told_and_confirmed_is_asserted(ex):
    text = UKRAINE + ("The General Staff said Ukrainian troops entered Beryslav on Friday, and "
                      "geolocated footage confirmed it.")
    assert (BERYSLAV, "ukraine", "captured") in facts(ex, text, DAY)


@pytest.mark.parametrize("verdict", ["are fake", "were lies", "were premature"])
def test_claims_said_to_be_fake_are_denied(ex, verdict):
    text = UKRAINE + (f"Claims on pro-Kremlin channels that Ukrainian units had fled Kupiansk "
                      f"{verdict}, a Ukrainian spokesman said.")
    assert (KUPIANSK, "ukraine", "lost") in facts(ex, text, DAY, "negated")
