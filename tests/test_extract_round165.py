"""Round 165: a time between a fire and its preposition ("carried out 23 airstrikes today on
P") is skipped as one before "from" or "near" is; and two forces that "exchanged fire" in a
town fight for it, as two that clashed there do. Phrasings written for these tests, never a
shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

SARMIN, IDLIB, HASAHEISA = 164782, 169389, 379427
SYRIA = "Syria war. "
SUDAN = "War in Sudan. "


@pytest.mark.parametrize("time", ["today", "this morning", "overnight"])
def test_a_time_before_the_fires_preposition_is_skipped(ex, time):
    text = SYRIA + (f"Russian warplanes carried out dozens of air strikes {time} on Sarmin "
                    "and Idlib.")
    got = facts(ex, text, dt.date(2024, 11, 30))
    assert {(SARMIN, "russia", "contested"), (IDLIB, "russia", "contested")} <= got


@pytest.mark.parametrize("sentence", [
    "The RSF and the army exchanged fire in Al Hasaheisa on Sunday.",
    "RSF fighters traded fire with army units in Al Hasaheisa on Sunday.",
    "On Sunday clashes were recorded in Al Hasaheisa, where the army and the RSF exchanged fire "
    "for hours.",
])
def test_forces_that_exchanged_fire_fight_for_the_town(ex, sentence):
    got = claims(ex, SUDAN + sentence, dt.date(2023, 12, 20))
    for side in ("saf", "rsf"):
        assert (HASAHEISA, side, "contested", dt.date(2023, 12, 17), "day") in got
