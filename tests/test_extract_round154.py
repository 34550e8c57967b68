"""Round 154: fire on an enemy's positions around, near or outside a town fights for the town,
as fire on positions in it does ("Coalition aircraft struck IS positions around Kobani",
"Turkish artillery shelled Isis positions near the town"). Phrasings written for these tests,
never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KOBANI, SINGA = 172256, 366847


@pytest.mark.parametrize("text", [
    "Coalition aircraft struck IS positions around Kobani overnight.",
    "US-led coalition warplanes bombed Islamic State positions near Kobani on Tuesday.",
    "Coalition jets pounded ISIS positions outside Kobani, destroying three tanks.",
])
def test_fire_on_positions_around_a_town_fights_for_it(ex, text):
    got = facts(ex, "Islamic State's siege of Kobani goes on. " + text, dt.date(2014, 10, 8))
    assert (KOBANI, "us-coalition", "contested") in got


def test_fire_on_positions_far_from_a_town_names_no_fight_for_it(ex):
    text = ("The war between the army and the RSF goes on. Army aircraft struck RSF positions "
            "in the desert, far from Singa.")
    assert (SINGA, "saf", "contested") not in facts(ex, text, dt.date(2024, 7, 3))
