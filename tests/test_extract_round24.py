"""Rule families the misses of blind sets 47 to 50 pointed at, after their honest figures
were taken at the end of round 23: each test runs several phrasings written for it, never a
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

MAARAT, SARAQIB, IDLIB, KAFR_ZITA, MOREK = 167611, 164816, 169389, 168620, 166640
HAMA_DAY = dt.date(2019, 8, 23)


@pytest.mark.parametrize("text", [
    "A convoy was halted near Maaret al-Numan, the largest town in the south of the province, "
    "which is still in opposition hands.",
    "Shells fell outside Maaret al-Numan, a town on the M5 highway, which remains in rebel "
    "hands.",
])
def test_a_relative_after_a_kind_apposition_hangs_on_the_located_town(ex, text):
    assert (MAARAT, "syrian-opposition", "held") in facts(ex, text, HAMA_DAY)


@pytest.mark.parametrize("text", [
    "Maaret al-Numan and Saraqeb, the two main towns on the M5 road, as well as Idlib city, "
    "remain under the control of Hayat Tahrir al-Sham.",
    "Maaret al-Numan and Saraqeb, as well as Idlib city, remain under the control of Hayat "
    "Tahrir al-Sham.",
])
def test_a_list_with_a_plural_apposition_or_as_well_as_is_one_subject(ex, text):
    got = facts(ex, text, HAMA_DAY)
    assert {(MAARAT, "hts", "held"), (SARAQIB, "hts", "held"), (IDLIB, "hts", "held")} <= got


@pytest.mark.parametrize("text", [
    "After the withdrawal of the factions, regime forces enter Kafr Zita, Al-Latamenah and "
    "Mourek.",
    "Government troops took Kafr Zita, Lataminah, Kafr Nabuda and Mourek on Friday.",
])
def test_names_the_gazetteer_does_not_know_do_not_break_a_list(ex, text):
    got = facts(ex, text, HAMA_DAY)
    assert {(KAFR_ZITA, "syrian-government", "captured"),
            (MOREK, "syrian-government", "captured")} <= got


def test_a_clause_after_the_list_is_no_member(ex):
    text = "Government troops took Kafr Zita, Turkey said, and Mourek held out."
    assert (MOREK, "syrian-government", "captured") not in facts(ex, text, HAMA_DAY)
