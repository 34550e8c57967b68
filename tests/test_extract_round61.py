"""A state set off after a list of towns ("..., both still held by IS") is asserted whatever
the clause around it plans, and a stronghold's town is not one that owns a region after it
(misses of blind sets 246 to 259). Each test runs several phrasings written for it, never a
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

JARABULUS, AL_BAB, MANBIJ, KOBANI, ALEPPO = 169179, 174018, 167357, 172256, 170063


@pytest.mark.parametrize(("text", "towns", "force"), [
    ("The SDF could now turn towards Jarabulus or al-Bab, both still held by IS.",
     (JARABULUS, AL_BAB), "isis"),
    ("Syrian troops are expected to move toward Manbij and Kobani, both held by the SDF, in "
     "coming days.", (MANBIJ, KOBANI), "sdf"),
])
def test_a_state_set_off_after_a_list_is_asserted(ex, text, towns, force):
    got = facts(ex, text, dt.date(2019, 10, 13))
    assert {(t, force, "held") for t in towns} <= got


@pytest.mark.parametrize("text", [
    "IS fighters retreated toward al-Bab, one of the group's last strongholds in Aleppo's "
    "northern countryside.",
    "IS fighters pulled back toward al-Bab, one of the group's remaining strongholds in Aleppo's "
    "countryside.",
])
def test_a_stronghold_is_not_the_town_that_owns_a_region_after_it(ex, text):
    got = facts(ex, text, dt.date(2016, 8, 25))
    assert (AL_BAB, "isis", "held") in got
    assert (ALEPPO, "isis", "held") not in got
