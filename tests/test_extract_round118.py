"""Round 118: a force that has taken up positions in or inside a town, or is present in it,
holds it. Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

MANBIJ, AIN_ISSA = 167357, 172134
DAY = dt.date(2019, 10, 21)


@pytest.mark.parametrize(("text", "town"), [
    ("Syrian army troops have since taken up positions inside Manbij.", MANBIJ),
    ("Syrian army units have taken up positions in Manbij, a monitor said.", MANBIJ),
    ("Syrian army troops are present in Ain Issa, residents said.", AIN_ISSA),
    ("On Monday, Syrian troops were present in Ain Issa.", AIN_ISSA),
])
def test_positions_taken_up_or_a_presence_hold_the_town(ex, text, town):
    assert (town, "syrian-government", "held") in facts(ex, text, DAY)
