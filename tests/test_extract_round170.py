"""Round 170: a name for the enemy that is no force's ("rebel", "insurgent", "militant") may stand
before the object of a verb, as "enemy" does: "struck insurgent positions around Suran" fights
for Suran, and "captured the rebel stronghold of Suran" takes it. Phrasings written for these
tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

SURAN, TAYBAT = 163915, 163270
SYRIA = "Syrian government forces fought HTS-led rebels north of Hama, Syria. "
DAY = dt.date(2024, 12, 5)


@pytest.mark.parametrize("whose", ["rebel", "insurgent", "jihadist", "opposition"])
def test_fire_on_the_enemys_posts_fights_for_the_town(ex, whose):
    got = facts(ex, SYRIA + f"Russian and Syrian warplanes struck {whose} positions around Suran "
                "and Taybat al-Imam on Wednesday.", DAY)
    assert {(p, f, "contested") for p in (SURAN, TAYBAT)
            for f in ("russia", "syrian-government")} <= got


@pytest.mark.parametrize("whose", ["militant", "insurgent", "terrorist"])
def test_taking_the_enemys_town_takes_it(ex, whose):
    got = facts(ex, SYRIA + f"Syrian troops captured the {whose} stronghold of Suran on Tuesday.",
                DAY)
    assert (SURAN, "syrian-government", "captured") in got


def test_the_posts_beside_a_town_are_not_the_town(ex):
    got = facts(ex, SYRIA + "Syrian troops captured rebel positions near Suran on Tuesday.", DAY)
    assert (SURAN, "syrian-government", "captured") not in got
    assert (SURAN, "syrian-government", "contested") in got
