"""Round 105: a town joined after a verb's object that has its own verb past its apposition
("assaulted Bakhmut last summer, and the town of Soledar, a few miles to the north, fell in
January") is that verb's subject, not a second object. Each test runs phrasings written for it,
never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

SOLEDAR, BAKHMUT = 706757, 713174
UKRAINE = "Russian forces are attacking Ukrainian positions in Donetsk, Ukraine. "


@pytest.mark.parametrize("text", [
    UKRAINE + "Wagner began its assault on Bakhmut last summer, and the town of Soledar, a few "
    "miles to the north, fell to Russian forces in January.",
    UKRAINE + "Russian troops attacked Bakhmut in August, and Soledar, a salt-mining town, fell "
    "in January.",
])
def test_a_town_with_its_own_verb_past_an_apposition_is_no_second_object(ex, text):
    got = facts(ex, text, dt.date(2023, 5, 20))
    assert (BAKHMUT, "russia", "contested") in got, got
    assert (SOLEDAR, "russia", "captured") in got, got
    assert (SOLEDAR, "russia", "contested") not in got, got
