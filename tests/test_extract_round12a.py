"""Rule families the misses and false alarms of blind set 15 pointed at (twelfth round, part a):
each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

JARABLUS, AL_BAB, MANBIJ = 169179, 174018, 167357
CHASIV_YAR, BAKHMUT, BARA = 710915, 713174, 377724
SYRIA, UKRAINE, SUDAN = dt.date(2018, 3, 8), dt.date(2025, 2, 10), dt.date(2025, 7, 22)


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("Turkish tanks stormed Jarablus on Wednesday.", SYRIA, (JARABLUS, "turkey", "captured")),
    ("Turkish armour crossed the border and seized al-Bab.", SYRIA,
     (AL_BAB, "turkey", "captured")),
    ("Russian infantry have pushed into Chasiv Yar.", UKRAINE,
     (CHASIV_YAR, "russia", "contested")),
    ("Ukrainian marines recaptured Bakhmut after a week of fighting.", UKRAINE,
     (BAKHMUT, "ukraine", "captured")),
    ("Sudanese tanks entered Bara on Monday.", SUDAN, (BARA, "saf", "captured")),
])
def test_a_national_arm_of_service_is_that_nations_force(ex, text, published, fact):
    assert fact in facts(ex, text, published)


@pytest.mark.parametrize(("text", "date", "precision"), [
    ("In August 2016, Turkish troops and rebel fighters seized Jarablus.",
     dt.date(2016, 8, 1), "month"),
    ("In 2016, Turkish troops and allied Syrian rebels captured Jarablus from the jihadists.",
     dt.date(2016, 1, 1), "year"),
    ("On Monday, Turkish soldiers and Syrian rebels took Jarablus.", dt.date(2018, 3, 5), "day"),
])
def test_an_opening_date_dates_a_verb_after_coordinated_subjects(ex, text, date, precision):
    assert (JARABLUS, "turkey", "captured", date, precision) in claims(ex, text, SYRIA)


def test_a_date_after_the_verb_outranks_an_opening_one_across_coordinated_subjects(ex):
    got = claims(ex, "EL OBEID, Jan 12 (Reuters) - Sudan's army and allied militias entered Bara, "
                     "the second town of North Kordofan, on Saturday, taking back the town from "
                     "the paramilitaries.", dt.date(2025, 1, 12))
    assert (BARA, "saf", "captured", dt.date(2025, 1, 11), "day") in got


def test_an_and_between_two_verbs_still_keeps_the_first_verbs_date(ex):
    got = claims(ex, "In 2015 IS seized Jarablus and Turkish troops retook it.", SYRIA)
    assert (JARABLUS, "turkey", "captured", dt.date(2015, 1, 1), "year") not in got


@pytest.mark.parametrize(("text", "place", "allies"), [
    ("Turkish troops and rebel fighters drove Islamic State out of Jarablus.", JARABLUS,
     {"turkey", "syrian-opposition"}),
    ("The SDF and US special forces pushed ISIS out of Manbij on Friday.", MANBIJ,
     {"sdf", "us-coalition"}),
    ("Turkish soldiers and Syrian rebels expelled the jihadists from al-Bab.", AL_BAB,
     {"turkey", "syrian-opposition"}),
])
def test_every_coordinated_subject_of_an_expulsion_takes_the_town(ex, text, place, allies):
    got = facts(ex, text, SYRIA)
    assert {(place, f, "captured") for f in allies} <= got
    assert (place, "isis", "lost") in got


KHERSON, MELITOPOL, SENNAR = 706448, 701404, 367644


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("Kherson remained under Russian occupation despite protests.", dt.date(2022, 4, 2),
     (KHERSON, "russia", "held")),
    ("Melitopol, a city of 150,000, is still under Russian occupation.", dt.date(2022, 9, 1),
     (MELITOPOL, "russia", "held")),
    ("The army maintains control of Sennar.", dt.date(2024, 11, 4), (SENNAR, "saf", "held")),
    ("Sudanese troops have maintained control of Sennar since the summer.", dt.date(2024, 11, 4),
     (SENNAR, "saf", "held")),
])
def test_occupation_and_maintained_control_are_holdings(ex, text, published, fact):
    assert fact in facts(ex, text, published)


def test_an_occupation_ended_is_no_holding(ex):
    got = facts(ex, "Russian troops ended their occupation of Kherson.", dt.date(2022, 11, 11))
    assert (KHERSON, "russia", "held") not in got


KADUGLI, EL_FASHER, MARIUPOL = 373141, 379555, 701822


@pytest.mark.parametrize(("text", "published", "place", "inside", "outside"), [
    ("Kadugli, encircled by the RSF for months, is running out of food.", SUDAN, KADUGLI,
     "saf", "rsf"),
    ("Aid agencies say the city of El Fasher, besieged by the paramilitaries since May, has "
     "no fuel left.", SUDAN, EL_FASHER, "saf", "rsf"),
    ("Doctors in Mariupol say the city, surrounded by Russian forces, has no running water.",
     dt.date(2022, 3, 20), MARIUPOL, "ukraine", "russia"),
])
def test_a_siege_participle_set_off_after_a_town(ex, text, published, place, inside, outside):
    got = facts(ex, text, published)
    assert {(place, inside, "besieged"), (place, outside, "contested")} <= got


def test_a_participle_surrounded_by_no_force_is_no_siege(ex):
    assert not facts(ex, "Kadugli, surrounded by farmland, lies in the Nuba Mountains.", SUDAN)


HILALIYA, KUPIANSK = 379406, 703656


@pytest.mark.parametrize(("text", "published", "place", "taker"), [
    ("In Al Hilaliya, taken over by the RSF on 25 October, residents cannot leave.",
     dt.date(2024, 11, 4), HILALIYA, "rsf"),
    ("Fighting went on near Bakhmut, seized by Russian forces in May after a long battle.",
     dt.date(2023, 7, 27), BAKHMUT, "russia"),
    ("Glide bombs struck homes in Kupiansk, recaptured by Ukrainian troops in September.",
     dt.date(2023, 3, 1), KUPIANSK, "ukraine"),
])
def test_a_capture_participle_with_its_agent_after_a_town_after_a_preposition(
        ex, text, published, place, taker):
    assert (place, taker, "captured") in facts(ex, text, published)


VELYKA_NOVOSILKA, TORETSK = 690237, 709354


@pytest.mark.parametrize(("text", "place", "date", "precision"), [
    ("Last month Moscow announced the seizure of Velyka Novosilka.", VELYKA_NOVOSILKA,
     dt.date(2025, 1, 1), "month"),
    ("In January, the Kremlin claimed the capture of Velyka Novosilka.", VELYKA_NOVOSILKA,
     dt.date(2025, 1, 1), "month"),
    ("Last week the Russian Defence Ministry announced the fall of Toretsk.", TORETSK,
     dt.date(2025, 2, 6), "day"),  # last week's Thursday
])
def test_a_date_opening_a_report_dates_the_capture_it_announces(ex, text, place, date,
                                                                 precision):
    assert (place, "russia", "captured", date, precision) in claims(ex, text, UKRAINE)


def test_a_dateline_before_a_dated_report_dates_nothing(ex):
    got = claims(ex, "February 10, 2025 (KYIV) - Moscow said on Friday that it had captured "
                     "Toretsk.", UKRAINE)
    assert (TORETSK, "russia", "captured", dt.date(2025, 2, 7), "day") in got


AL_FULA, BABANUSA = 379535, 377962


@pytest.mark.parametrize("text", [
    "The RSF seized the state capital al-Fula last year.",
    "The RSF, which overran the state capital al-Fula last year, controls the countryside.",
    "Paramilitary fighters captured the regional capital el-Fula in June.",
])
def test_a_seat_noun_naming_the_town_after_it_is_the_object(ex, text):
    assert (AL_FULA, "rsf", "captured") in facts(ex, text, SUDAN)


def test_a_seat_noun_before_a_name_points_to_no_earlier_town(ex):
    got = facts(ex, "The army garrison at Babanusa is besieged. The RSF seized the state capital "
                    "al-Fula last year.", SUDAN)
    assert not {c for c in got if c[0] == BABANUSA and c[2] in ("captured", "lost")}


EL_OBEID, MOSUL = 379003, 99072


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("The RSF is massing west of El Obeid, where the army still holds sway.", SUDAN,
     (EL_OBEID, "saf", "held")),
    ("The army holds sway in El Obeid and the roads around it.", SUDAN,
     (EL_OBEID, "saf", "held")),
    ("Islamic State fighters hold sway over Mosul.", dt.date(2014, 8, 10), (MOSUL, "isis", "held")),
])
def test_holding_sway_is_holding(ex, text, published, fact):
    assert fact in facts(ex, text, published)


POKROVSK, ORIKHIV = 704422, 698428


@pytest.mark.parametrize(("text", "place", "holder"), [
    ("Russian glide bombs hit Pokrovsk again, but it remains in Ukrainian hands.", POKROVSK,
     "ukraine"),
    ("Russian troops shelled Orikhiv overnight, but it is still under Ukrainian control.",
     ORIKHIV, "ukraine"),
    ("Moscow has pounded Pokrovsk for months, yet it stays firmly in Ukrainian hands.", POKROVSK,
     "ukraine"),
])
def test_it_before_a_copula_of_control_is_the_town_named_last(ex, text, place, holder):
    assert (place, holder, "held") in facts(ex, text, UKRAINE)


TAL_ABYAD = 163750
SUMMER_2015 = dt.date(2015, 6, 30)


@pytest.mark.parametrize("text", [
    "Both attacks aim to halt the YPG, which, supported by coalition airstrikes, expelled ISIS "
    "from Tal Abyad on June 15.",
    "Officials praised the YPG, who, with American help, pushed ISIS out of Tal Abyad in June.",
    "It was a blow to the Kurdish militia, which, after weeks of fighting, had driven the "
    "jihadists out of Tal Abyad.",
])
def test_an_aside_after_a_relative_pronoun_keeps_the_head_as_subject(ex, text):
    assert (TAL_ABYAD, "sdf", "captured") in facts(ex, text, SUMMER_2015)
