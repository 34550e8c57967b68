"""Round 182: a clause of "since" with its own subject after a denial is out of the denial's
scope ("Russia has not made a major gain since it captured Lysychansk": the capture is told as
fact); a denial of the verb itself still negates it ("have not captured P since the start").
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

LYSYCHANSK, KHERSON, KUPIANSK = 702972, 706448, 703656
DAY = dt.date(2023, 1, 20)


@pytest.mark.parametrize("text, place, force", [
    ("Russia has not made a major gain since it captured Lysychansk in July.",
     LYSYCHANSK, "russia"),
    ("The front line has not moved much since Russian troops seized Lysychansk in July.",
     LYSYCHANSK, "russia"),
    ("Ukraine has not retaken a regional capital since it liberated Kherson in November.",
     KHERSON, "ukraine"),
    ("Moscow has not sent fresh brigades to the front since the Ukrainians recaptured "
     "Kupiansk in September.", KUPIANSK, "ukraine"),
    ("No one has come back to the town since Kupiansk was retaken by Ukraine in September.",
     KUPIANSK, "ukraine"),
])
def test_a_clause_after_a_denial_is_told_as_fact(ex, text, place, force):
    assert (place, force, "captured") in facts(ex, text, DAY)
    assert (place, force, "captured") not in facts(ex, text, DAY, "negated")


@pytest.mark.parametrize("text, place, force", [
    ("Russian forces have not captured Kupiansk since the start of the war.",
     KUPIANSK, "russia"),
    ("Ukrainian troops have not retaken Lysychansk since July.", LYSYCHANSK, "ukraine"),
])
def test_a_denied_verb_stays_negated(ex, text, place, force):
    assert (place, force, "captured") in facts(ex, text, DAY, "negated")
    assert (place, force, "captured") not in facts(ex, text, DAY)
