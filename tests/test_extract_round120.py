"""Round 120: a relative clause hangs on a town past another name of it in brackets ("In
Shingal (Sinjar), which the militants stormed on August 3"), and a verb in scare quotes takes
the towns a colon lists ('had "liberated" three villages: P, Q and R'). Each test runs
phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

SINJAR, BLAHODATNE, MAKARIVKA = 448149, 7021083, 702336


@pytest.mark.parametrize("text", [
    "In Shingal (Sinjar), which Islamic State fighters stormed on August 3, Yazidis are still "
    "trapped.",
    "Shingal (Sinjar), which Islamic State fighters overran on August 3, lies below the "
    "mountain.",
])
def test_a_relative_clause_past_a_bracketed_name(ex, text):
    assert (SINJAR, "isis", "captured") in facts(ex, text, dt.date(2014, 8, 11))


@pytest.mark.parametrize("verb", ['"liberated"', "“liberated”", "'liberated'"])
def test_a_scare_quoted_verb_takes_a_colon_list(ex, verb):
    got = facts(ex, f"Kyiv said its troops had {verb} three villages: Blahodatne, Neskuchne and "
                    "Makarivka.", dt.date(2023, 6, 12))
    assert {(BLAHODATNE, "ukraine", "captured"), (MAKARIVKA, "ukraine", "captured")} <= got, got
