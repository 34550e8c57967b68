"""Round 203: a town's name after "Mount" names the mountain above it, not the town ("fled
onto Mount Sinjar, where they are trapped by ISIS fighters" besieges no one in Sinjar); the
town named alone is still the town. Phrasings written for these tests, never a shared or
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

SINJAR = 448149


@pytest.mark.parametrize("text", [
    "ISIS fighters seized Sinjar in Iraq on August 3. Tens of thousands of Yazidis fled onto "
    "Mount Sinjar, where they are now trapped by ISIS fighters.",
    "ISIS fighters seized Sinjar in Iraq on August 3. Yazidi families fled onto Mount Sinjar, "
    "where they were trapped for days.",
    "ISIS fighters seized Sinjar in Iraq on August 3. Families are besieged by ISIS on Mt. "
    "Sinjar, without water.",
])
def test_the_mountain_is_not_the_town(ex, text):
    found = facts(ex, text, dt.date(2014, 8, 5))
    assert (SINJAR, "isis", "captured") in found
    assert not {f for f in found if f[0] == SINJAR and f[2] in ("besieged", "contested")}
