"""Round 142: breaking a siege of a town tells that the breaker was besieged there until that day
and that the besieger fought for it, not that the breaker holds the town from then on ("the
army broke the RSF siege of El Obeid in February"); a holding the sentence tells on its own
still counts. Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import facts

EL_OBEID = 379003


def test_a_broken_siege_is_no_holding(ex):
    got = facts(ex, "The army broke a months-long RSF siege of El Obeid in February.",
                dt.date(2025, 5, 2))
    assert {(EL_OBEID, "saf", "besieged"), (EL_OBEID, "rsf", "contested")} <= got
    assert (EL_OBEID, "saf", "held") not in got


def test_a_holding_told_beside_a_broken_siege_still_counts(ex):
    text = ("El Obeid remains under army control after troops broke the RSF siege of the city "
            "in February.")
    assert (EL_OBEID, "saf", "held") in facts(ex, text, dt.date(2025, 5, 2))
