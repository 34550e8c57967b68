"""Rule families the misses of blind sets 47 to 50 pointed at, after their honest figures
were taken at the end of round 23: each test runs several phrasings written for it, never a
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

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


ARDAMATA, BABANUSA = 13132452, 377962


@pytest.mark.parametrize(("text", "town"), [
    ("The RSF said on Saturday they had taken over the army's main base in Ardamata.",
     ARDAMATA),
    ("The RSF seized the army's main base in Ardamata.", ARDAMATA),
    ("The RSF overran the army's last garrison in Babanusa.", BABANUSA),
])
def test_the_armys_own_base_with_an_adjective_is_the_town(ex, text, town):
    got = facts(ex, text, dt.date(2023, 11, 5))
    assert {(town, "rsf", "captured"), (town, "saf", "lost")} <= got


MOSUL, BAKHMUT = 99072, 713174


@pytest.mark.parametrize(("text", "mood"), [
    ("Iraqi forces retook Bartella on Monday. Commanders say they expect to deal with Hawija "
     "once Mosul has fallen.", "expected"),
    ("Iraqi forces retook Bartella on Monday. The offensive on Hawija will start once Mosul has "
     "been retaken.", "expected"),
    ("Iraqi forces retook Bartella on Monday. The offensive on Hawija began once Mosul had "
     "fallen.", "asserted"),
    ("Iraqi forces retook Bartella on Monday. The offensive on Hawija began after Mosul fell.",
     "asserted"),
])
def test_a_fall_in_a_clause_of_time_in_the_present_is_still_to_come(ex, text, mood):
    got = facts(ex, text, dt.date(2017, 2, 24), modality=mood)
    assert (MOSUL, "iraqi-government", "captured") in got


AFRIN, RAS_AL_AIN = 174186, 165509


@pytest.mark.parametrize(("text", "published", "town"), [
    ("Turkey and its Syrian opposition proxies seized Afrin City on March 18.",
     dt.date(2018, 3, 20), AFRIN),
    ("Turkish troops and the Syrian opposition entered Afrin on Sunday.", dt.date(2018, 3, 20),
     AFRIN),
    ("Turkish forces and affiliated non-state armed groups entered Ras al-Ain in Syria on 20 "
     "October.", dt.date(2019, 10, 21), RAS_AL_AIN),
])
def test_turkeys_syrian_allies_by_their_other_names(ex, text, published, town):
    got = facts(ex, text, published)
    assert {(town, "turkey", "captured"), (town, "syrian-opposition", "captured")} <= got


@pytest.mark.parametrize("alias", ["Euphrates Shield", "Euphrates Shield forces",
                                   "The Syrian opposition"])
def test_an_alias_whose_last_word_is_optional_matches_without_it(ex, alias):
    got = facts(ex, f"{alias} entered Afrin on Sunday.", dt.date(2018, 3, 20))
    assert (AFRIN, "syrian-opposition", "captured") in got


DINDER = 13132448


@pytest.mark.parametrize(("text", "published", "year"), [
    ("The army retook Sennar. The RSF had overrun Dinder over the summer.",
     dt.date(2024, 11, 17), 2024),
    ("The army retook Sennar. The RSF overran Dinder in the spring.", dt.date(2024, 11, 17),
     2024),
    ("The army retook Sennar. The RSF overran Dinder in the summer.", dt.date(2024, 3, 17), 2023),
    ("The army retook Sennar. The RSF overran Dinder last summer.", dt.date(2024, 11, 17), 2024),
])
def test_a_season_without_a_year_is_the_latest_one_begun(ex, text, published, year):
    got = claims(ex, text, published)
    assert (DINDER, "rsf", "captured", dt.date(year, 1, 1), "year") in got


def test_the_fall_of_a_town_is_no_season(ex):
    text = "The army retook Sennar. The fall of Dinder in June shocked the capital."
    got = claims(ex, text, dt.date(2024, 11, 17))
    assert not {c for c in got if c[3] == dt.date(2024, 1, 1)}
