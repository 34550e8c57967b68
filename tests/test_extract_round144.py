"""Round 144: half of a town is the greater part of it, which stands for the town ("Opposition
fighters seized the eastern half of Aleppo in 2012", "Iraqi forces recaptured the eastern half
of Mosul on January 24"); parts of it are still only fought for. Phrasings written for these
tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

ALEPPO, MOSUL = 170063, 99072


@pytest.mark.parametrize(("text", "fact"), [
    ("Opposition fighters seized the eastern half of Aleppo in the summer of 2012.",
     (ALEPPO, "syrian-opposition", "captured")),
    ("Iraqi forces recaptured the eastern half of Mosul on January 24.",
     (MOSUL, "iraqi-government", "captured")),
    ("Iraqi forces recaptured half of Mosul by late January.",
     (MOSUL, "iraqi-government", "captured")),
])
def test_taking_half_of_a_town_takes_it(ex, text, fact):
    got = facts(ex, text, dt.date(2017, 4, 10))
    assert fact in got
    assert (*fact[:2], "contested") not in got


def test_taking_parts_of_a_town_still_fights_for_it(ex):
    got = facts(ex, "Iraqi forces recaptured parts of Mosul on January 24.", dt.date(2017, 4, 10))
    assert (MOSUL, "iraqi-government", "contested") in got
    assert (MOSUL, "iraqi-government", "captured") not in got
