"""Dates, pronouns and garrisons of blind copy (sets 358 to 364): a verb's date past an
apposition set off by commas, a report's date in "In a statement on Saturday", a subject
pronoun that names the taker rather than the force it drove out, a garrison's base that fell.
Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

VYSOKOPILLIA, SUDZHA, SINGA, FALLUJAH, QARYATAYN = 688689, 486816, 366847, 99454, 173361
TSYRKUNY, NYALA, ARDAMATA, VUHLEDAR, VOVCHANSK = 691084, 369004, 13132452, 690823, 689304
PALMYRA, BAKHMUT, WAD_MADANI = 163808, 713174, 364103


@pytest.mark.parametrize(("text", "published", "date", "precision"), [
    ("Ukrainian forces liberated Vysokopillia, the first district centre retaken in the "
     "region, on 4 September.", dt.date(2022, 10, 5), dt.date(2022, 9, 4), "day"),
    ("Ukrainian troops seized Sudzha, a town of about 5,000 people before the war and home to "
     "a gas hub, in August 2024, days after crossing the border.", dt.date(2025, 3, 13),
     dt.date(2024, 8, 1), "month"),
    ("Ukrainian units recaptured Vysokopillia, the last town held by Russian troops in the "
     "north of the region, on September 4.", dt.date(2022, 10, 5), dt.date(2022, 9, 4), "day"),
])
def test_past_an_apposition_set_off_by_commas_the_verb_takes_its_date(ex, text, published,
                                                                       date, precision):
    got = claims(ex, text, published)
    assert any(c[2] == "captured" and c[3:] == (date, precision) for c in got)


@pytest.mark.parametrize("text", [
    # A speaker's clause is no apposition: its date and the span after it are the report's.
    "Iraqi forces have retaken full control of Fallujah from IS, a top commander said on "
    "Sunday, more than a month after the start of the operation.",
])
def test_a_speakers_clause_set_off_by_commas_does_not_date_the_verb(ex, text):
    got = claims(ex, text, dt.date(2016, 6, 26))
    assert (FALLUJAH, "iraqi-government", "captured", dt.date(2016, 6, 26), "day") in got


@pytest.mark.parametrize("span", ["a week later", "two days later", "days later"])
def test_a_day_set_off_after_and_and_a_span_dates_the_clause_it_opens(ex, span):
    got = claims(ex, f"Syrian troops recaptured Palmyra on March 27, 2016, and {span}, on "
                 "April 3, they drove Islamic State out of al-Qaryatayn.", dt.date(2017, 11, 6))
    assert (PALMYRA, "syrian-government", "captured", dt.date(2016, 3, 27), "day") in got
    assert (QARYATAYN, "syrian-government", "captured", dt.date(2016, 4, 3), "day") in got


@pytest.mark.parametrize("opening", [
    "In a statement on Saturday,", "In a video posted on Saturday,",
    "In its communique on Saturday,",
])
def test_a_statements_date_dates_what_it_reports(ex, opening):
    got = claims(ex, f"{opening} the army said its units had entered the headquarters of the "
                 "17th Infantry Division in Singa.", dt.date(2024, 11, 25))
    assert (SINGA, "saf", "captured", dt.date(2024, 11, 23), "day") in got


@pytest.mark.parametrize(("text", "taker", "loser"), [
    ("In late April 2022, Ukrainian troops pushed Russian units out of Ruska Lozova; in May "
     "they retook Tsyrkuny.", "ukraine", "russia"),
    ("Ukrainian troops drove Russian forces from Ruska Lozova, and weeks later they also "
     "recaptured Tsyrkuny.", "ukraine", "russia"),
])
def test_a_subject_pronoun_of_a_taking_is_the_subject_not_the_force_driven_out(ex, text,
                                                                              taker, loser):
    got = facts(ex, text, dt.date(2022, 6, 1))
    assert {(TSYRKUNY, taker, "captured"), (TSYRKUNY, loser, "lost")} <= got
    assert (TSYRKUNY, loser, "captured") not in got


def test_a_pronoun_that_withdraws_may_still_be_the_force_attacked(ex):
    got = facts(ex, "The army attacked RSF fighters in Nyala; they withdrew to the south.",
                dt.date(2024, 7, 22))
    assert (NYALA, "rsf", "lost") in got and (NYALA, "saf", "lost") not in got


@pytest.mark.parametrize("base", ["The army base in Ardamata",
                                  "The army's 15th Infantry Division base in Ardamata",
                                  "The army's base in Ardamata"])
def test_a_garrisons_base_that_fell_was_its_owners_loss(ex, base):
    got = claims(ex, f"{base} fell on November 4.", dt.date(2023, 11, 26))
    assert (ARDAMATA, "saf", "lost", dt.date(2023, 11, 4), "day") in got
    # The base that fell is no holding on the day of writing.
    assert not any(c[1:3] == ("saf", "held") for c in got)


def test_a_base_a_force_stormed_is_still_the_stormers_capture(ex):
    got = facts(ex, "The RSF stormed the army base in Ardamata.", dt.date(2023, 11, 26))
    assert {(ARDAMATA, "rsf", "captured"), (ARDAMATA, "saf", "lost")} <= got


@pytest.mark.parametrize("text", [
    "Ukraine pulls troops out of besieged eastern town of Vuhledar",
    "Kyiv withdrew its last units from besieged Vuhledar on Tuesday.",
])
def test_who_leaves_a_besieged_town_was_besieged_in_it(ex, text):
    got = facts(ex, text, dt.date(2024, 10, 2))
    assert (VUHLEDAR, "russia", "besieged") not in got
    assert (VUHLEDAR, "ukraine", "lost") in got


@pytest.mark.parametrize("clause", ["as fierce fighting rages in Vovchansk",
                                    "as fighting continues in Vovchansk"])
def test_a_clause_of_the_same_time_in_the_present_is_now(ex, clause):
    got = claims(ex, "Moscow says it has taken several border villages since launching its "
                 f"assault on Friday, {clause}.", dt.date(2024, 5, 13))
    assert (VOVCHANSK, "russia", "contested", dt.date(2024, 5, 13), "day") in got


def test_a_clause_of_the_same_time_in_the_past_takes_the_day_before(ex):
    got = claims(ex, "IS overran the city on 20 May 2015, as government troops retreated from "
                 "Palmyra.", dt.date(2015, 6, 1))
    assert (PALMYRA, "syrian-government", "lost", dt.date(2015, 5, 20), "day") in got


def test_a_present_verb_after_the_timed_clause_does_not_make_it_now(ex):
    got = claims(ex, "It seized Wad Madani in December after army units withdrew from the city, "
                 "and its fighters have since attacked villages.", dt.date(2024, 3, 12))
    assert (WAD_MADANI, "saf", "lost", dt.date(2024, 3, 12), "day") not in got


@pytest.mark.parametrize("verb", ["declared", "announced", "said"])
def test_a_day_before_and_and_a_speech_verb_dates_the_report(ex, verb):
    got = claims(ex, "When Yevgeny Prigozhin stood in front of a ruined block on May 20 and "
                 f"{verb} that his fighters had taken Bakhmut, it was a rare victory.",
                 dt.date(2023, 10, 5))
    assert (BAKHMUT, "russia", "captured", dt.date(2023, 5, 20), "day") in got
