"""Round 184: two sides of one town joined by "and" ("on the northern and eastern edges of
Raqqa") are as short an object as one side, so a clash with an enemy there is still a fight for
the town. Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

RAQQA, BAKHMUT = 172955, 713174


@pytest.mark.parametrize("text, place, sides, published", [
    ("SDF fighters clashed with ISIS on the northern and eastern edges of Raqqa on Tuesday.",
     RAQQA, {"sdf", "isis"}, dt.date(2017, 6, 8)),
    ("Wagner units clashed with Ukrainian troops in the southern and western districts of "
     "Bakhmut.", BAKHMUT, {"russia", "ukraine"}, dt.date(2023, 3, 20)),
])
def test_a_clash_on_two_sides_of_a_town(ex, text, place, sides, published):
    got = {c[1] for c in facts(ex, text, published) if c[0] == place and c[2] == "contested"}
    assert sides <= got
