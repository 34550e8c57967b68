"""Round 137: fire on the residential districts of a town fights for the town ("shelled
residential neighbourhoods of Qamishli", "shells hit residential areas of Sennar"). Phrasings
written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

QAMISHLI, SENNAR = 173377, 367644


@pytest.mark.parametrize(("text", "fact"), [
    ("Turkish forces shelled residential neighbourhoods of Qamishli overnight.",
     (QAMISHLI, "turkey", "contested")),
    ("The RSF shelled residential districts of Sennar on Sunday, killing four people.",
     (SENNAR, "rsf", "contested")),
    ("RSF artillery pounded residential areas of Sennar for a third day.",
     (SENNAR, "rsf", "contested")),
])
def test_fire_on_a_towns_residential_districts_fights_for_it(ex, text, fact):
    assert fact in facts(ex, text, dt.date(2024, 7, 1))
