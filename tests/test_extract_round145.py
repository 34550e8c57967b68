"""Round 145: "Coalition aircraft" (and its warplanes, jets, planes, drones) are the US-led
coalition's, as "the Coalition" is: their strikes fight for the town struck. Phrasings written
for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

HAJIN, RAQQA = 174506, 172955


@pytest.mark.parametrize(("text", "place"), [
    ("Coalition aircraft struck ISIS positions in Hajin throughout the night.", HAJIN),
    ("International Coalition warplanes bombed Raqqa again on Tuesday.", RAQQA),
    ("Coalition drones struck Hajin on Friday, the SDF said.", HAJIN),
])
def test_coalition_aircraft_are_the_coalitions(ex, text, place):
    assert (place, "us-coalition", "contested") in facts(ex, text, dt.date(2018, 12, 15))
