"""Round 197: a chance or a means used for a deed, then the deed's infinitive, tells the deed
done ("used the confusion to attack Manbij", "took advantage of a government offensive to seize
Tal Rifaat"), unless a cue before it keeps it to come ("will use the lull to attack").
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

TAL_RIFAAT, MANBIJ, SARAQIB, KOBANI = 163476, 167357, 164816, 172256


@pytest.mark.parametrize("text, place, force, event", [
    ("Rebel factions used the confusion to attack Manbij on Sunday.", MANBIJ,
     "syrian-opposition", "contested"),
    ("In February the YPG took advantage of a government offensive to seize Tal Rifaat.",
     TAL_RIFAAT, "sdf", "captured"),
    ("HTS fighters exploited a botched rotation to storm Saraqib overnight.", SARAQIB,
     "hts", "captured"),
    ("Islamic State fighters used a sandstorm to attack Kobani at dawn.", KOBANI,
     "isis", "contested"),
])
def test_a_deed_done_with_a_chance_or_a_means(ex, text, place, force, event):
    assert (place, force, event) in facts(ex, text, dt.date(2019, 3, 1))


@pytest.mark.parametrize("text", [
    "The rebels will use the lull to attack Saraqib.",
    "Analysts expect HTS to use the pause to storm Saraqib.",
])
def test_a_deed_still_to_come_stays_expected(ex, text):
    published = dt.date(2019, 3, 1)
    assert not {f for f in facts(ex, text, published) if f[0] == SARAQIB}
    assert {f for f in facts(ex, text, published, "expected") if f[0] == SARAQIB}
