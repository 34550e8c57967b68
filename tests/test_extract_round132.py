"""Round 132: an occupation told over a span ("occupied Bucha throughout most of March") is a
holding then, not a taking; a force that "no longer" holds a town lost it. Phrasings written for
these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

BUCHA, LYMAN, MOSUL = 711350, 704204, 99072


@pytest.mark.parametrize("text", [
    "Russian forces occupied Bucha throughout most of March.",
    "Russian troops occupied Bucha for much of March before pulling back.",
    "Russian forces occupied Bucha throughout March 2022, residents said.",
])
def test_an_occupation_over_a_span_is_a_holding(ex, text):
    got = claims(ex, text, dt.date(2022, 4, 10))
    assert (BUCHA, "russia", "held", dt.date(2022, 3, 1), "month") in got
    assert not {x for x in got if x[1:3] == ("russia", "captured")}


def test_an_occupation_at_a_point_is_still_the_taking(ex):
    got = claims(ex, "Russian forces occupied Bucha in early March.", dt.date(2022, 4, 10))
    assert (BUCHA, "russia", "captured", dt.date(2022, 3, 1), "month") in got


@pytest.mark.parametrize(("text", "place", "force"), [
    ("Russian forces no longer control Lyman, a regional official said.", LYMAN, "russia"),
    ("Russian units no longer fully hold Lyman.", LYMAN, "russia"),
    ("Mosul is no longer under the control of Islamic State.", MOSUL, "isis"),
])
def test_a_force_that_no_longer_holds_a_town_lost_it(ex, text, place, force):
    got = facts(ex, text, dt.date(2022, 9, 30))
    assert (place, force, "lost") in got
    assert (place, force, "held") not in got
