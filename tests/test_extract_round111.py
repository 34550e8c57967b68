"""Round 111: a participle of losing to a force right after a noun another verb of its clause
takes ("as troops retake state capital lost to paramilitaries") tells of that noun, not of a
loss by the clause's subject or of the towns before it. Each test runs phrasings written for
it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

PORT_SUDAN, SENNAR, SINGA, MYKOLAIV = 377039, 367644, 366847, 700569
DAY = dt.date(2024, 11, 17)


@pytest.mark.parametrize(("text", "towns"), [
    ("Celebrations in Port Sudan and Sennar as troops retake state capital lost to "
     "paramilitaries in June", (PORT_SUDAN, SENNAR)),
    ("Crowds gathered in Mykolaiv as soldiers entered a regional capital lost to Russian "
     "forces in March", (MYKOLAIV,)),
])
def test_a_participle_after_another_verb_s_noun_loses_no_town_before(ex, text, towns):
    got = facts(ex, text, DAY)
    assert not {f for f in got if f[0] in towns and f[2] in ("lost", "captured")}, got


@pytest.mark.parametrize("text", [
    "The army lost Singa to the RSF in June.",
    "The army retook Singa, which it had lost to the RSF in June.",
    "Troops retook Singa, a town lost to the RSF in June.",
])
def test_a_loss_told_of_the_town_still_counts(ex, text):
    got = facts(ex, text, DAY)
    assert (SINGA, "rsf", "captured") in got, got
