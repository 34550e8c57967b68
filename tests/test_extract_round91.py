"""Round 91: a siege its owner keeps on a town another force holds, sides named "on one side
and on the other", dates past an apposition opened by "once", "over a year ago", a timeline's
participle after its towns, and the day of a report in a coordinated clause. Each test runs
phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

FALLUJAH, HISH, MAARAT, KAFRANBEL = 99454, 169563, 167611, 168661
BALAKLIIA, SHEVCHENKOVE, SINGA, NYALA, ZALINGEI, WAD_MADANI = (712926, 694137, 366847, 369004,
                                                               363533, 364103)
IRAQ = "Iraqi forces fight ISIS in Anbar province. "
SYRIA = "Syria's army and Russian jets fight rebels and HTS in Idlib province. "
SUDAN = "The war between Sudan's army and the paramilitary RSF goes on. "


@pytest.mark.parametrize("text", ["The ISF maintained its siege on ISIS-held Fallujah.",
                                  "Iraqi troops tightened their siege of ISIS-held Fallujah."])
def test_the_owner_of_a_siege_on_a_town_another_force_holds_fights_for_it(ex, text):
    got = facts(ex, IRAQ + text, dt.date(2016, 4, 15))
    assert {(FALLUJAH, "isis", "besieged"), (FALLUJAH, "iraqi-government", "contested")} <= got, got


@pytest.mark.parametrize("text", [
    "Fierce clashes continued on the outskirts of Hish between regime forces on one side and "
    "HTS jihadists on the other.",
    "Clashes broke out in Hish between regime forces on the one side and HTS on the other.",
])
def test_sides_named_on_one_side_and_on_the_other_both_fight(ex, text):
    got = facts(ex, SYRIA + text, dt.date(2020, 1, 29))
    assert {(HISH, "syrian-government", "contested"), (HISH, "hts", "contested")} <= got, got


@pytest.mark.parametrize("aside", ["once one of the largest towns in the province",
                                   "formerly a rebel bastion"])
def test_a_date_past_an_apposition_of_what_a_town_was_is_the_verb_s(ex, aside):
    text = (f"{SYRIA}Government forces captured Maarat al-Numan, {aside}, in late January, and "
            "took Kafranbel on February 25.")
    got = claims(ex, text, dt.date(2020, 3, 2))
    assert (MAARAT, "syrian-government", "captured", dt.date(2020, 1, 1), "month") in got, got
    assert (KAFRANBEL, "syrian-government", "captured", dt.date(2020, 2, 25), "day") in got, got


@pytest.mark.parametrize("ago", ["over a year ago", "more than a year ago"])
def test_more_than_a_span_ago_is_further_back(ex, ago):
    got = claims(ex, f"{SUDAN}The army retook Wad Madani, a city the RSF seized {ago}.",
                 dt.date(2025, 1, 12))
    assert (WAD_MADANI, "rsf", "captured", dt.date(2023, 1, 1), "year") in got, got


@pytest.mark.parametrize("line", ["• Sept 8: Balakliia and Shevchenkove liberated",
                                  "- 8 September – Balakliia and Shevchenkove retaken"])
def test_a_timeline_s_participle_after_its_towns_takes_them_all(ex, line):
    text = ("Russian troops occupied Balakliia in March. Ukraine's counteroffensive began in "
            f"September.\n\n{line}")
    got = claims(ex, text, dt.date(2022, 10, 3))
    for town in (BALAKLIIA, SHEVCHENKOVE):
        assert (town, "ukraine", "captured", dt.date(2022, 9, 8), "day") in got, (town, got)


def test_a_participle_in_running_text_is_no_timeline_s(ex):
    got = facts(ex, "Russian troops occupied Balakliia in March. People in Balakliia liberated "
                    "from fear began to return.", dt.date(2022, 10, 3))
    assert (BALAKLIIA, "ukraine", "captured") not in got, got


def test_a_report_dated_after_and_and_a_comma_dates_its_content(ex):
    text = (f"{SUDAN}Army units pushed down both banks of the Blue Nile and, on 23 November, the "
            "military announced that Singa was back under its control.")
    got = claims(ex, text, dt.date(2025, 2, 3))
    assert (SINGA, "saf", "captured", dt.date(2024, 11, 23), "day") in got, got


@pytest.mark.parametrize("report", ["it announced it had taken control of Zalingei",
                                    "it announced the capture of Zalingei"])
def test_a_report_dated_in_a_later_clause_is_not_dated_by_the_opening(ex, report):
    text = (f"{SUDAN}On October 26, the RSF seized the army's 16th Infantry Division headquarters "
            f"in Nyala, and on October 31 {report}.")
    got = claims(ex, text, dt.date(2023, 11, 5))
    assert (NYALA, "rsf", "captured", dt.date(2023, 10, 26), "day") in got, got
    assert (ZALINGEI, "rsf", "captured", dt.date(2023, 10, 31), "day") in got, got
    assert (ZALINGEI, "rsf", "captured", dt.date(2023, 10, 26), "day") not in got, got


FALLUJA, MOSUL = 99454, 99072


@pytest.mark.parametrize("group", ["The ultra-hardline group", "The hardline group",
                                   "The extremist group"])
def test_the_group_named_by_its_creed_is_the_story_s_non_state_force(ex, group):
    text = (f"Iraqi forces launched an assault on Islamic State in Falluja.\n\n{group} overran "
            "Falluja, 50 km west of Baghdad, in January 2014, months before it swept through "
            "Mosul and proclaimed a caliphate.")
    got = facts(ex, text, dt.date(2016, 5, 23))
    assert {(FALLUJA, "isis", "captured"), (MOSUL, "isis", "captured")} <= got, got
    assert (MOSUL, "iraqi-government", "captured") not in got, got


DINDER = 13132448
LOOK_BACK = (
    "Sennar's six months\n\n"
    "In June 2024 the RSF pushed into Sennar state. On 24 June it overran the ridge at Jebel "
    "Moya, and on 29 June its fighters entered Singa.\n\n"
    "In July 2024 the paramilitaries turned east. The army's garrison withdrew from Dinder and "
    "RSF units moved in.\n\n"
    "In November the army came back. On 23 November it retook Singa.")


def test_a_change_in_a_story_told_of_the_past_takes_the_last_month_its_paragraph_named(ex):
    got = claims(ex, LOOK_BACK, dt.date(2025, 2, 3))
    assert (DINDER, "saf", "lost", dt.date(2024, 7, 1), "month") in got, got
    assert (SINGA, "saf", "captured", dt.date(2024, 11, 23), "day") in got, got


def test_a_change_in_news_of_the_day_keeps_the_day_of_writing(ex):
    text = (f"{SUDAN}The RSF seized Wad Madani in December 2023. The army retook the city on "
            "Saturday.\n\nIn Sennar state, army units entered Dinder and the RSF withdrew from "
            "Singa.")
    got = claims(ex, text, dt.date(2025, 1, 12))
    assert (SINGA, "rsf", "lost", dt.date(2025, 1, 12), "day") in got, got
