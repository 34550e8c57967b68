"""Round 213: round 202's "led by" HTS also after "Syrian" and for "rebel groups" and
"opposition groups" ("Syrian rebels led by Hayat Tahrir al-Sham captured Hama"). Phrasings
written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

HAMA, ALEPPO = 170017, 170063


@pytest.mark.parametrize("text, place", [
    ("Syrian rebels led by Hayat Tahrir al-Sham (HTS) captured the city of Hama on Thursday.",
     HAMA),
    ("Rebel groups led by HTS entered Aleppo on Friday.", ALEPPO),
])
def test_a_group_led_by_hts_is_hts(ex, text, place):
    found = facts(ex, text, dt.date(2024, 12, 6))
    assert (place, "hts", "captured") in found
    assert (place, "syrian-opposition", "captured") not in found


def test_syrian_rebels_alone_stay_the_opposition(ex):
    found = facts(ex, "Syrian rebels entered Aleppo on Friday.", dt.date(2024, 12, 6))
    assert (ALEPPO, "syrian-opposition", "captured") in found
