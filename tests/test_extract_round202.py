"""Round 202: a group noun "led by" HTS is HTS ("fighters led by Hayat Tahrir al-Sham",
"insurgents led by HTS"), as "HTS-led factions" is; rebels a sentence does not say HTS leads
stay the Syrian opposition. Phrasings written for these tests, never a shared or held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

HAMA, ALEPPO, SARAQIB, MOREK = 170017, 170063, 164816, 166640


@pytest.mark.parametrize("text, place", [
    ("Fighters led by Hayat Tahrir al-Sham (HTS) seized Saraqib on Friday.", SARAQIB),
    ("Insurgents led by HTS entered Hama on Thursday after the army withdrew.", HAMA),
    ("On Saturday, opposition fighters led by Hay'at Tahrir al-Sham swept into Aleppo.", ALEPPO),
    ("Factions led by the Islamist group HTS took the town of Morek on Tuesday.", MOREK),
])
def test_a_group_led_by_hts_is_hts(ex, text, place):
    found = facts(ex, text, dt.date(2024, 12, 6))
    assert (place, "hts", "captured") in found
    assert (place, "syrian-opposition", "captured") not in found


def test_rebels_not_told_led_by_hts_stay_the_opposition(ex):
    found = facts(ex, "Rebels backed by Turkey seized the town of Morek on Tuesday.",
                  dt.date(2024, 12, 6))
    assert (MOREK, "syrian-opposition", "captured") in found
