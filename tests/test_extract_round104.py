"""Round 104: "and then" joins a verb's objects ("recaptured Um Rawaba and then Er Rahad"), as
"and" does after "both" ("entered both Izium and Kupiansk"). Each test runs phrasings written for
it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

UMM_RUWABA, ER_RAHAD, IZIUM, KUPIANSK = 364706, 378493, 707292, 703656


@pytest.mark.parametrize(("text", "force", "towns"), [
    ("The Sudanese army is fighting the RSF. The push came after the army recaptured the town "
     "of Um Rawaba and then Er Rahad, both on the approaches to El Obeid.", "saf",
     (UMM_RUWABA, ER_RAHAD)),
    ("Ukrainian forces are fighting Russian troops. Ukrainian troops entered both Izium and "
     "Kupiansk on Saturday.", "ukraine", (IZIUM, KUPIANSK)),
])
def test_objects_joined_by_and_then_or_after_both_are_all_taken(ex, text, force, towns):
    got = facts(ex, text, dt.date(2025, 2, 24))
    assert {(t, force, "captured") for t in towns} <= got, got
