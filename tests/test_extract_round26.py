"""Rule families the misses and false alarms of blind sets 55 to 58 pointed at, after their
honest figures were taken at the end of round 25: each test runs several phrasings written
for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

EL_FASHER = 379555


@pytest.mark.parametrize("text", [
    "The RSF is likely to concentrate its remaining combat power on El Fasher, which it has "
    "besieged since May 2024.",
    "The paramilitaries turned on El Fasher, which they had encircled for a year.",
])
def test_a_town_the_subject_itself_besieges_holds_the_other_side(ex, text):
    got = {c[:3] for c in claims(ex, text, dt.date(2025, 3, 27))}
    assert {(EL_FASHER, "saf", "besieged"), (EL_FASHER, "rsf", "contested")} <= got
    assert (EL_FASHER, "rsf", "besieged") not in got


DEIR_EZ_ZOR, BABANUSA, SENNAR = 170794, 377962, 367644


@pytest.mark.parametrize("text", [
    "El Fasher remains the only state capital in Darfur outside RSF control.",
    "El Fasher is the last city in the region beyond RSF control.",
])
def test_outside_a_forces_control_is_not_its_holding(ex, text):
    assert (EL_FASHER, "rsf", "held") not in {c[:3] for c in claims(ex, text, dt.date(2023, 11, 6))}


def test_a_town_its_besieger_besieges_in_a_relative_holds_its_named_holder(ex):
    text = ("ISIS launched renewed assaults against regime-held neighborhoods of Deir ez-Zor, "
            "which the group has besieged since early 2015.")
    got = {c[:3] for c in claims(ex, text, dt.date(2017, 2, 24))}
    assert (DEIR_EZ_ZOR, "syrian-government", "besieged") in got


@pytest.mark.parametrize("text", [
    "The RSF renewed attacks on the army base in Babanusa, which has been under RSF siege since "
    "early 2024.",
    "The army holds Babanusa, which has been under siege since January.",
])
def test_a_relative_under_siege_besieges_its_head(ex, text):
    got = {c[:3] for c in claims(ex, text, dt.date(2024, 11, 26))}
    assert (BABANUSA, "saf", "besieged") in got


KIRKUK, MOSUL, SINGA = 94787, 99072, 366847


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("Kurdish Peshmerga forces took control of Kirkuk city on June 12 following the withdrawal "
     "of the Iraqi Army's 12th Division.", dt.date(2014, 6, 12),
     (KIRKUK, "iraqi-government", "lost")),
    ("The RSF entered Singa after the withdrawal of the army.", dt.date(2024, 6, 30),
     (SINGA, "saf", "lost")),
    ("ISIS remains in control of Mosul two days after the collapse of Iraqi Security Forces "
     "in the city on June 10.", dt.date(2014, 6, 12), (MOSUL, "iraqi-government", "lost")),
])
def test_the_withdrawal_or_collapse_of_a_force_that_times_a_clause_loses_its_town(
        ex, text, published, fact):
    assert fact in {c[:3] for c in claims(ex, text, published)}


def test_a_collapse_of_no_force_loses_nothing(ex):
    text = "Russian forces took Bakhmut after the collapse of the talks."
    got = {c[:3] for c in claims(ex, text, dt.date(2023, 5, 21))}
    assert not {f for f in got if f[2] == "lost" and f[1] != "ukraine"}


BALAKLIIA = 712926


@pytest.mark.parametrize("text", [
    "Russian troops took Izium in April. Balakliia was retaken on 8 September after six months "
    "of Russian occupation.",
    "Russian troops took Izium in April. Balakliia was liberated on 8 September after months of "
    "Russian occupation.",
])
def test_a_town_the_sentence_says_the_story_actor_held_is_retaken_by_its_enemy(ex, text):
    got = {c[:3] for c in claims(ex, text, dt.date(2022, 9, 10))}
    assert (BALAKLIIA, "ukraine", "captured") in got
    assert (BALAKLIIA, "russia", "captured") not in got


PALMYRA, RUFAA = 163808, 367972


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("Jihadists overran Palmyra on 20 May 2015 after a week-long assault, as government troops "
     "retreated towards Homs.", dt.date(2017, 3, 3),
     (PALMYRA, "syrian-government", "lost", dt.date(2015, 5, 20), "day")),
    ("Islamic State fighters seized Palmyra on 20 May 2015 while government troops withdrew "
     "from the town.", dt.date(2017, 3, 3),
     (PALMYRA, "syrian-government", "lost", dt.date(2015, 5, 20), "day")),
])
def test_a_clause_of_the_same_time_takes_the_day_of_the_clause_before(ex, text, published, fact):
    assert fact in claims(ex, text, published)


def test_a_trigger_opening_with_a_boundary_word_is_dated_in_its_own_clause(ex):
    text = ("The RSF also claimed control of Rufaa, on the east bank of the Blue Nile, on 20 "
            "December.")
    got = claims(ex, text, dt.date(2023, 12, 22))
    assert (RUFAA, "rsf", "captured", dt.date(2023, 12, 20), "day") in got


NYALA = 369004


@pytest.mark.parametrize("when", ["on October 26", "on 26 October"])
def test_a_day_between_a_capture_noun_and_its_of_dates_the_capture(ex, when):
    text = f"In Sudan, the RSF's capture {when} of Nyala shocked the army."
    got = claims(ex, text, dt.date(2023, 11, 5))
    assert (NYALA, "rsf", "captured", dt.date(2023, 10, 26), "day") in got


TAL_AFAR, TIKRIT = 90393, 90150


@pytest.mark.parametrize(("text", "fact"), [
    ("Daesh overran Tal Afar, a mainly Turkmen city of about 200,000 before the war, in June "
     "2014, days after seizing Mosul.", (TAL_AFAR, "isis", "captured", dt.date(2014, 6, 1),
                                        "month")),
    ("Islamic State seized Tal Afar before the summer offensive, in June 2014.",
     (TAL_AFAR, "isis", "captured", dt.date(2014, 6, 1), "month")),
])
def test_before_or_after_a_short_noun_phrase_opens_no_clause(ex, text, fact):
    assert fact in claims(ex, text, dt.date(2017, 8, 27))


def test_after_a_clause_still_opens_one(ex):
    text = "The army took Tikrit after the militants withdrew, in March 2015."
    got = claims(ex, text, dt.date(2017, 8, 27))
    assert (TIKRIT, "iraqi-government", "captured", dt.date(2015, 3, 1), "month") in got
