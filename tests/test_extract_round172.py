"""Round 172: a condition opened mid-sentence ("warns of a massacre if the RSF storms the
city", "unless the army retakes it") states no fact: what it tells is expected. Phrasings
written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

EL_FASHER = 379555
SUDAN = "Sudan's war between the army and the RSF. "
DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize("text", [
    "The UN warns of a massacre if the RSF storms El Fasher.",
    "Aid groups fear that thousands will die if RSF fighters capture El Fasher.",
    "Thousands more will flee the city if the RSF enters El Fasher.",
])
def test_a_condition_mid_sentence_is_expected(ex, text):
    assert (EL_FASHER, "rsf", "captured") in facts(ex, SUDAN + text, DAY, "expected")
    assert (EL_FASHER, "rsf", "captured") not in facts(ex, SUDAN + text, DAY)


def test_a_clause_after_the_condition_is_told_as_a_fact(ex):
    # The condition's clause ends at its comma: what follows is the sentence's own.
    text = SUDAN + "The RSF stormed El Fasher on Monday, if the UN is right, and burned its market."
    assert (EL_FASHER, "rsf", "captured") in facts(ex, text, DAY)
