"""Round 101: a noun of fire that a verb of carrying on takes as its object is the verb's
subject's fire ("Russian forces intensified shelling of Kupiansk"); the noun alone still names
no shooter ("withdrew after weeks of shelling"). Each test runs phrasings written for it, never a
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KUPIANSK, EL_FASHER = 703656, 379555
UKRAINE = "Russian forces are attacking Ukrainian positions in eastern Ukraine. "
SUDAN = "The Sudanese army is fighting the RSF in Sudan. "


@pytest.mark.parametrize(("text", "place", "force"), [
    (UKRAINE + "Russian forces intensified shelling of Kupiansk and villages along the Oskil.",
     KUPIANSK, "russia"),
    (UKRAINE + "Russian troops stepped up their artillery bombardment of Kupiansk on Sunday.",
     KUPIANSK, "russia"),
    (SUDAN + "The RSF has resumed its heavy shelling of El Fasher, residents said.", EL_FASHER,
     "rsf"),
])
def test_fire_a_force_carries_on_fights_for_its_town(ex, text, place, force):
    assert (place, force, "contested") in facts(ex, text, dt.date(2024, 5, 5))


def test_fire_with_no_one_carrying_it_on_names_no_shooter(ex):
    got = facts(ex, SUDAN + "Thousands fled El Fasher after weeks of shelling.",
                dt.date(2024, 5, 5))
    assert not {f for f in got if f[0] == EL_FASHER and f[2] == "contested"}, got
