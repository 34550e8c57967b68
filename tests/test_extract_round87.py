"""Timelines headed in capitals, sections headed by a month, days told in a story's year and
routes named after towns, in blind copy (sets 428 to 434). Each test runs phrasings written for
it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

BALAKLIIA, KUPIANSK, IZIUM, SARAQIB, LATAKIA = 712926, 703656, 707292, 164816, 173576

DIGEST = """KHARKIV COUNTEROFFENSIVE: DAY-BY-DAY DIGEST

▪ TUESDAY–WEDNESDAY, SEPT. 6–7
Ukrainian units punched through Russian lines near Balakliia.

▪ THURSDAY, SEPT. 8
Ukrainian troops entered Balakliia.

▪ SATURDAY, SEPT. 10
Ukrainian special forces posted a photo of soldiers in central Kupiansk.
By evening, Ukrainian troops had entered Izium.

▪ SUNDAY, SEPT. 11 (today)
Officials said the push goes on."""


def test_a_timeline_headed_in_capitals_dates_its_sections(ex):
    got = claims(ex, DIGEST, dt.date(2022, 9, 11))
    assert (BALAKLIIA, "ukraine", "captured", dt.date(2022, 9, 8), "day") in got, got
    assert (IZIUM, "ukraine", "captured", dt.date(2022, 9, 10), "day") in got, got


def test_a_capitalised_word_before_a_number_is_no_month_in_running_text(ex):
    got = claims(ex, "Russian troops may try again: Ukrainian forces retook Balakliia on "
                     "Thursday.", dt.date(2022, 9, 10))
    assert (BALAKLIIA, "ukraine", "captured", dt.date(2022, 9, 8), "day") in got, got


@pytest.mark.parametrize("heading", ["II. September 2022", "September 2022"])
def test_a_section_headed_by_a_month_sets_the_year_of_its_days(ex, heading):
    text = (f"I. February 2022\nThe columns came on the first day.\n\n{heading}\nThe occupation "
            "ended as suddenly as it began. Ukraine's counteroffensive broke through near "
            "Balakliia, which was retaken on September 8; two days later Ukrainian troops were "
            "in Kupiansk.")
    got = claims(ex, text, dt.date(2024, 6, 25))
    assert (BALAKLIIA, "ukraine", "captured", dt.date(2022, 9, 8), "day") in got, got


def test_a_recent_day_written_without_its_year_is_this_year_s(ex):
    got = claims(ex, "In September 2022 the front moved east. Ukrainian troops retook Balakliia "
                     "on June 8, officials said.", dt.date(2024, 6, 25))
    assert (BALAKLIIA, "ukraine", "captured", dt.date(2024, 6, 8), "day") in got, got


@pytest.mark.parametrize("text", [
    "Saraqib, where the M5 meets the Latakia road, fell to the army on February 8.",
    "Saraqib, on the Latakia highway, fell to the army on February 8.",
])
def test_a_town_naming_a_route_is_not_the_subject(ex, text):
    got = facts(ex, text, dt.date(2020, 2, 28))
    assert (SARAQIB, "syrian-government", "captured") in got, got
    assert not {c for c in got if c[0] == LATAKIA}, got


def test_a_site_named_after_a_town_still_stands_for_it(ex):
    got = facts(ex, "The Saraqib citadel was taken by Syrian troops on Friday, a military source "
                    "said.", dt.date(2020, 2, 28))
    assert (SARAQIB, "syrian-government", "captured") in got, got


def test_a_heading_whose_weekday_restates_its_day_heads_a_section(ex):
    text = ("IDLIB DAILY MONITOR\n\n27 FEBRUARY (Thursday)\n- Opposition factions re-entered "
            "Saraqib.\n\n25 FEBRUARY (Tuesday)\n- Regime forces captured Saraqib after rebel "
            "fighters pulled out.\n")
    got = claims(ex, text, dt.date(2020, 2, 28))
    assert (SARAQIB, "syrian-government", "captured", dt.date(2020, 2, 25), "day") in got, got


KHAN_SHEIKHOUN, MANBIJ, RAS_AL_AIN = 168325, 167357, 165509


@pytest.mark.parametrize("text", [
    "Troops entered Morek and Kafr Zita on Friday, two days after the army announced it had "
    "captured the strategic town of Khan Sheikhoun in neighbouring Idlib province.",
    "The advance comes two days after the army announced that it had captured the town of Khan "
    "Sheikhoun.",
])
def test_a_count_of_days_dates_the_change_a_report_after_it_tells(ex, text):
    got = claims(ex, text, dt.date(2019, 8, 23))
    assert (KHAN_SHEIKHOUN, "syrian-government", "captured", dt.date(2019, 8, 21),
            "day") in got, got


def test_a_force_that_takes_over_takes_the_town_just_left(ex):
    got = facts(ex, "Under a ceasefire deal, the last SDF units withdrew from Ras al-Ain on "
                    "October 20, and Turkish troops and their Syrian allies took over.",
                dt.date(2019, 11, 25))
    assert {(RAS_AL_AIN, "sdf", "lost"), (RAS_AL_AIN, "turkey", "captured"),
            (RAS_AL_AIN, "syrian-opposition", "captured")} <= got, got


def test_taking_over_something_else_takes_no_town(ex):
    got = facts(ex, "The SDF withdrew from Ras al-Ain on October 20, and Turkish officials took "
                    "over the talks.", dt.date(2019, 11, 25))
    assert (RAS_AL_AIN, "turkey", "captured") not in got, got


def test_leaving_one_s_bases_there_is_leaving_the_town(ex):
    got = facts(ex, "On October 15 Syrian government troops rolled into Manbij after US forces "
                    "pulled out of their bases there.", dt.date(2019, 10, 20))
    assert {(MANBIJ, "syrian-government", "captured"), (MANBIJ, "us-coalition", "lost")} <= got


@pytest.mark.parametrize("name", ["Volodymyr Zelenskiy", "President Zelenskiy", "Zelensky"])
def test_ukraine_s_president_speaks_for_ukraine_however_spelt(ex, name):
    got = facts(ex, f"Russian forces shelled Kharkiv. {name} said on Thursday that troops had "
                    "liberated Balakliia.", dt.date(2022, 9, 10))
    assert (BALAKLIIA, "ukraine", "captured") in got, got
    assert (BALAKLIIA, "russia", "captured") not in got, got
