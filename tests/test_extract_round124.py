"""Round 124: what happened "in the days that followed" (or weeks, or "over the following
days") happened in the month of the date told before it, in its sentence or the one before;
a country's "ground forces" are its forces. Each test runs phrasings written for it, never a
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

HASAHEISA, AIN_ISSA, TAL_AFAR, KHAN_SHEIKHOUN = 379427, 172134, 90393, 168325


@pytest.mark.parametrize("phrase", ["in the days that followed", "in the following days",
                                    "over the following days", "in the weeks that followed"])
def test_a_change_in_the_days_after_a_date_told_before(ex, phrase):
    text = ("The RSF swept into Wad Madani on 18 December 2023. Hasaheisa fell to the "
            f"paramilitaries {phrase}.")
    got = [c for c in ex.extract(text, published=dt.date(2025, 1, 18))
           if c.place.geonameid == HASAHEISA and c.event == "captured"]
    assert [(c.force, c.date, c.date_precision) for c in got] == [
        ("rsf", dt.date(2023, 12, 1), "month")], got


def test_the_days_that_followed_a_date_in_the_same_sentence(ex):
    got = [c for c in ex.extract("Regime troops entered Manbij on 15 October 2019 and moved into "
                              "Ain Issa in the following days.", published=dt.date(2019, 11, 1))
           if c.place.geonameid == AIN_ISSA]
    assert {(c.date, c.date_precision) for c in got} == {(dt.date(2019, 10, 1), "month")}, got


@pytest.mark.parametrize(("text", "place", "force"), [
    ("Iraqi ground forces liberated Tal Afar on Thursday.", TAL_AFAR, "iraqi-government"),
    ("Syrian ground forces entered Khan Sheikhoun on Wednesday.", KHAN_SHEIKHOUN,
     "syrian-government")])
def test_ground_forces_are_their_countrys_forces(ex, text, place, force):
    got = facts(ex, text, dt.date(2019, 8, 23))
    assert (place, force, "captured") in got, got
