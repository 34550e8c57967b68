"""Rule families the misses and false alarms of blind sets 55 to 58 pointed at, after their
honest figures were taken at the end of round 25: each test runs several phrasings written
for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

EL_FASHER = 379555


@pytest.mark.parametrize("text", [
    "The RSF is likely to concentrate its remaining combat power on El Fasher, which it has "
    "besieged since May 2024.",
    "The paramilitaries turned on El Fasher, which they had encircled for a year.",
])
def test_a_town_the_subject_itself_besieges_holds_the_other_side(ex, text):
    got = {c[:3] for c in claims(ex, text, dt.date(2025, 3, 27))}
    assert {(EL_FASHER, "saf", "besieged"), (EL_FASHER, "rsf", "contested")} <= got
    assert (EL_FASHER, "rsf", "besieged") not in got
