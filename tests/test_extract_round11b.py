"""Rule families the misses of blind set 14's Syria and Iraq articles pointed at: each test runs
several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

KIRKUK, FALLUJAH, KAFR_ZITA, SOLEDAR, RAMADI = 94787, 99454, 168620, 706757, 98717
IRAQ, SYRIA = dt.date(2015, 5, 18), dt.date(2019, 8, 23)


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("Kurdish forces seized full control of the oil city of Kirkuk on Thursday.", IRAQ,
     (KIRKUK, "peshmerga", "captured")),
    ("Russian troops captured the small railway town of Soledar.", dt.date(2023, 1, 16),
     (SOLEDAR, "russia", "captured")),
    ("Islamic State fighters overran the market town of Ramadi.", IRAQ,
     (RAMADI, "isis", "captured")),
])
def test_any_words_between_an_article_and_the_town_noun_a_name_heads(ex, text, published,
                                                                     fact):
    assert fact in facts(ex, text, published)


@pytest.mark.parametrize("text", [
    "IS seized Fallujah in 2014. That city remains the jihadists' most important bastion.",
    "IS seized Fallujah in 2014. This city is now the group's main stronghold near Baghdad.",
])
def test_that_city_opening_a_sentence_points_back(ex, text):
    assert (FALLUJAH, "isis", "held") in facts(ex, text, IRAQ)


def test_that_before_town_officials_is_no_pointer(ex):
    got = facts(ex, "IS seized Fallujah in 2014. Officials said that town elders had fled to "
                    "Ramadi.", IRAQ)
    assert (RAMADI, "isis", "held") not in got


@pytest.mark.parametrize("text", [
    "Fallujah remains the jihadists' most important bastion near Baghdad.",
    "Fallujah is the militants' last stronghold west of Baghdad.",
])
def test_a_town_after_a_stronghold_noun_that_only_locates_it(ex, text):
    got = facts(ex, text, IRAQ)
    assert (FALLUJAH, "isis", "held") in got


@pytest.mark.parametrize("text", [
    "Troops and allied militias entered Kafr Zita after jihadist and rebel fighters withdrew "
    "overnight.",
    "Government troops entered Kafr Zita after the last remaining rebel units pulled out.",
])
def test_an_entry_after_a_long_subjects_withdrawal_is_a_capture(ex, text):
    got = facts(ex, text, SYRIA)
    assert (KAFR_ZITA, "syrian-government", "captured") in got


TIKRIT, MOSUL = 90150, 99072
JUNE_2014 = dt.date(2014, 6, 12)


@pytest.mark.parametrize("text", [
    "ISIL overran Mosul on Tuesday after two army divisions disintegrated, and a day later its "
    "fighters took Tikrit.",
    "Islamic State seized Mosul as government troops fled, and its fighters then took Tikrit.",
    "The militants captured Mosul when the army collapsed. Their fighters later took Tikrit.",
])
def test_its_is_the_main_clauses_force_not_a_subordinate_subject(ex, text):
    got = facts(ex, text, JUNE_2014)
    assert (TIKRIT, "isis", "captured") in got
    assert (TIKRIT, "iraqi-government", "captured") not in got


@pytest.mark.parametrize(("text", "day"), [
    ("IS took Mosul on June 10, and a day later seized Tikrit.", dt.date(2014, 6, 11)),
    ("IS took Mosul on June 10 and two days later seized Tikrit.", dt.date(2014, 6, 12)),
    ("IS took Mosul on June 3, and a week later it seized Tikrit.", dt.date(2014, 6, 10)),
])
def test_days_later_count_from_the_date_before(ex, text, day):
    got = claims(ex, text, JUNE_2014)
    assert (TIKRIT, "isis", "captured", day, "day") in got


def test_days_later_with_no_date_before_keep_the_publication_date(ex):
    got = claims(ex, "IS seized Tikrit a day later.", JUNE_2014)
    assert (TIKRIT, "isis", "captured", JUNE_2014, "day") in got


QALAAT_AL_MADIQ = 166227


@pytest.mark.parametrize("text", [
    "The army has been chipping away at the enclave since late April, when the offensive "
    "began, and seized Qalaat al-Madiq in May.",
    "Syrian troops have been advancing since April, when the offensive began, and then seized "
    "Qalaat al-Madiq.",
])
def test_a_verb_after_an_aside_and_and_shares_the_subject_before(ex, text):
    assert (QALAAT_AL_MADIQ, "syrian-government", "captured") in facts(ex, text, SYRIA)


POKROVSK, KURAKHOVE, KRAMATORSK = 704422, 695357, 704508


@pytest.mark.parametrize(("text", "town"), [
    ("Russian troops reached the outskirts of Pokrovsk on Monday.", POKROVSK),
    ("Russian units have reached Kurakhove, the regional governor said.", KURAKHOVE),
])
def test_a_force_reaching_a_town_fights_for_it(ex, text, town):
    assert (town, "russia", "contested") in facts(ex, text, dt.date(2024, 7, 4))


def test_people_reaching_a_town_are_no_party(ex):
    assert not facts(ex, "Thousands of refugees reached Kramatorsk.", dt.date(2024, 7, 4))


SHEVCHENKOVE, KUPIANSK = 694137, 703656


@pytest.mark.parametrize("text", [
    "The village of Shevchenkove came under Ukrainian control on Friday, officials said.",
    "Kupiansk came back under Ukrainian control on Saturday.",
    "Kupiansk was brought under Ukrainian control after a lightning advance.",
])
def test_coming_under_control_is_a_change_of_hands(ex, text):
    got = facts(ex, text, dt.date(2022, 9, 10))
    town = SHEVCHENKOVE if "Shevchenkove" in text else KUPIANSK
    assert (town, "ukraine", "captured") in got
    assert (town, "ukraine", "held") not in got


def test_being_under_control_is_a_state(ex):
    got = facts(ex, "Kupiansk remains under Russian control.", dt.date(2022, 9, 10))
    assert (KUPIANSK, "russia", "held") in got


SINGA, EL_FASHER = 366847, 379555


def test_an_owner_inside_an_apposition_is_not_what_it_means(ex):
    text = ("Elsewhere, the RSF kept up its siege of El Fasher, the army's last foothold in "
            "Darfur, and still controls Singa, which it overran in June.")
    got = facts(ex, text, dt.date(2024, 9, 26))
    assert {(SINGA, "rsf", "held"), (SINGA, "rsf", "captured")} <= got
    assert (SINGA, "saf", "captured") not in got


def test_an_owner_that_speaks_is_what_its_means(ex):
    got = facts(ex, "The army's commander said its forces had retaken Singa.",
                dt.date(2024, 9, 26))
    assert (SINGA, "saf", "captured") in got


ENERHODAR = 709276


@pytest.mark.parametrize("text", [
    "Russian columns were reported moving toward Enerhodar, a city still under Ukrainian "
    "control.",
    "Russian troops shelled Enerhodar, a town under Ukrainian control, overnight.",
])
def test_an_apposition_after_a_preposition_says_who_controls_the_town(ex, text):
    assert (ENERHODAR, "ukraine", "held") in facts(ex, text, dt.date(2022, 3, 3))


MYKOLAIV = 700569


@pytest.mark.parametrize("text", [
    "Russian forces broke into Mykolaiv on Sunday.",
    "Russian paratroopers burst into Mykolaiv after a night of shelling.",
    "Russian troops fought their way into Mykolaiv's northern districts.",
])
def test_breaking_into_a_town_is_fighting_for_it(ex, text):
    got = facts(ex, text, dt.date(2022, 3, 3))
    assert (MYKOLAIV, "russia", "contested") in got
    assert (MYKOLAIV, "russia", "captured") not in got


SELYDOVE = 694677


@pytest.mark.parametrize("text", [
    "Ukraine's general staff said battles were continuing in and around Selydove.",
    "Ukrainian units said fighting is still raging in Selydove.",
])
def test_a_fight_told_as_going_on_in_a_town(ex, text):
    assert (SELYDOVE, "ukraine", "contested") in facts(ex, text, dt.date(2024, 10, 30))


WAD_MADANI = 364103


def test_an_undated_capture_told_as_background_is_no_claim(ex):
    got = facts(ex, "The RSF swept through the state following its seizure of Wad Madani.",
                dt.date(2025, 1, 28))
    assert (WAD_MADANI, "rsf", "captured") not in got


def test_a_dated_capture_told_as_background_keeps_its_date(ex):
    got = claims(ex, "The RSF pushed on after its capture of Wad Madani last month.",
                 dt.date(2025, 1, 28))
    assert (WAD_MADANI, "rsf", "captured", dt.date(2024, 12, 1), "month") in got
