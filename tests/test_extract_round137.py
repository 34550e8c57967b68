"""Round 137: fire on the residential districts of a town fights for the town ("shelled
residential neighbourhoods of Qamishli", "shells hit residential areas of Sennar"). Phrasings
written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import default_extractor

QAMISHLI, SENNAR = 173377, 367644


def told(text: str, published: dt.date) -> set[tuple]:
    return {(c.place.geonameid, c.force, c.event)
            for c in default_extractor().extract(text, published=published)
            if c.modality == "asserted"}


@pytest.mark.parametrize(("text", "fact"), [
    ("Turkish forces shelled residential neighbourhoods of Qamishli overnight.",
     (QAMISHLI, "turkey", "contested")),
    ("The RSF shelled residential districts of Sennar on Sunday, killing four people.",
     (SENNAR, "rsf", "contested")),
    ("RSF artillery pounded residential areas of Sennar for a third day.",
     (SENNAR, "rsf", "contested")),
])
def test_fire_on_a_towns_residential_districts_fights_for_it(text, fact):
    assert fact in told(text, dt.date(2024, 7, 1))
