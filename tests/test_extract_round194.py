"""Round 194: the force whose positions an attack is on fights for the town they are at
("ISIS militants attacked ISF positions around Baiji": both sides); a force named after the
positions is no such defender. Phrasings written for these tests, never a shared or held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

BAIJI, EL_FASHER = 97783, 379555


@pytest.mark.parametrize("text, place, sides, published", [
    ("ISIS militants attacked Iraqi Security Forces positions around Baiji overnight.",
     BAIJI, {"isis", "iraqi-government"}, dt.date(2015, 5, 18)),
    ("RSF fighters attacked army positions in El Fasher on Saturday.",
     EL_FASHER, {"rsf", "saf"}, dt.date(2024, 6, 16)),
])
def test_the_holder_of_attacked_positions_fights_for_the_town(ex, text, place, sides,
                                                              published):
    got = {c[1] for c in facts(ex, text, published) if c[0] == place and c[2] == "contested"}
    assert sides <= got


def test_no_defender_without_positions(ex):
    text = "RSF fighters attacked El Fasher from the east, the army said."
    got = {c[1] for c in facts(ex, text, dt.date(2024, 6, 16)) if c[2] == "contested"}
    assert "saf" not in got
