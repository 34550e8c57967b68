"""Rule families the misses of blind sets 30 and 31 pointed at (after their honest figures
were taken): each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

RAQQA, TABQA, MANBIJ, KHAN_SHAYKHUN, RASTAN, TALBISEH = (172955, 172374, 167357, 168325,
                                                         172946, 163779)
HAMA, ALEPPO, MAHARDA, SUQAYLABIYAH, DEIR_EZ_ZOR = 170017, 170063, 166742, 163921, 170794
RAMADI, FALLUJAH, TIKRIT, KIRKUK, MOSUL = 98717, 99454, 90150, 94787, 99072
KHARTOUM, OMDURMAN, SINGA, WAD_MADANI, NYALA, EL_DAEIN, ZALINGEI, BABANUSA = (
    379252, 365137, 366847, 364103, 369004, 380148, 363533, 377962)
POPASNA, LYSYCHANSK, KRAMATORSK, SLOVYANSK, IZYUM = 696566, 702972, 704508, 693468, 707292
SYRIA, IRAQ, SUDAN, UKRAINE = (dt.date(2024, 12, 8), dt.date(2016, 6, 1), dt.date(2025, 5, 3),
                               dt.date(2022, 7, 4))


@pytest.mark.parametrize("text", [
    "Tabqa, 50 km west of Raqqa, lies on the road to Aleppo and Deir ez-Zor. Islamic State "
    "fighters had ruled it since 2014.",
    "The town of Tabqa sits beside the dam, on the way from Aleppo to Raqqa. IS militants had "
    "held it for three years.",
])
def test_it_with_no_town_in_its_sentence_is_the_sentence_befores_subject(ex, text):
    got = facts(ex, text, dt.date(2017, 5, 1))
    assert (TABQA, "isis", "held") in got
    assert not {f for f in got if f[0] in (RAQQA, DEIR_EZ_ZOR, ALEPPO) and f[2] == "held"}


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("Khan Shaykhun, which the government had seized from rebels in August 2019, changed hands "
     "again.", SYRIA, (KHAN_SHAYKHUN, "syrian-government", "captured")),
    ("The government recaptured Tikrit in April 2015.", IRAQ,
     (TIKRIT, "iraqi-government", "captured")),
    ("The government still holds Nyala, the largest town in South Darfur.", dt.date(2023, 9, 1),
     (NYALA, "saf", "held")),
])
def test_the_government_is_the_countrys_force(ex, text, published, fact):
    assert fact in facts(ex, text, published)


@pytest.mark.parametrize(("text", "fact"), [
    ("It follows the capture of Aleppo, which HTS fighters swept into on November 29.",
     (ALEPPO, "hts", "captured")),
    ("Rebels now hold Hama, which the army pulled out of on Thursday.",
     (HAMA, "syrian-government", "lost")),
    ("Rebels now hold Hama, which the army withdrew from on Thursday.",
     (HAMA, "syrian-government", "lost")),
])
def test_a_phrasal_verb_in_a_relative_clause_is_in_the_past_tense(ex, text, fact):
    assert fact in facts(ex, text, SYRIA)


@pytest.mark.parametrize("text", [
    "Iraqi forces have since recaptured Ramadi, Fallujah and Hit, which troops took back in "
    "April 2016.",
    "Iraqi forces hold Ramadi, Fallujah and Hit, which troops retook in April 2016.",
])
def test_a_name_after_the_comma_makes_a_list_not_an_apposition(ex, text):
    got = claims(ex, text, IRAQ)
    assert not {c for c in got if c[0] == RAMADI and c[2] == "captured"
                and c[3] == dt.date(2016, 4, 1)}


@pytest.mark.parametrize("text", [
    "It is a setback for the army, which recaptured the capital, Khartoum, in March.",
    "The army, which recaptured the capital, Khartoum, in March, is now pushing west.",
    "The army, which in March recaptured the capital, Khartoum, is now pushing west.",
])
def test_a_name_in_apposition_stays_in_its_relative_clause(ex, text):
    got = claims(ex, text, SUDAN)
    assert (KHARTOUM, "saf", "captured", dt.date(2025, 3, 1), "month") in got


@pytest.mark.parametrize("text", [
    "Rebels were battling on the edges of Rastan and Talbiseh, two towns that the government "
    "recaptured in 2018.",
    "Rebels reached Rastan and Talbiseh, both towns the government recaptured in 2018.",
])
def test_a_plural_apposition_after_a_list_speaks_of_all_of_it(ex, text):
    got = facts(ex, text, SYRIA)
    assert {(RASTAN, "syrian-government", "captured"),
            (TALBISEH, "syrian-government", "captured")} <= got


@pytest.mark.parametrize("text", [
    "Russian troops took Lysychansk on Sunday. Ukrainian forces pulled back toward Kramatorsk. "
    "Popasna had fallen in May.",
    "Russian forces captured Lysychansk on Sunday. Ukrainian units are still fighting for "
    "Siversk. Popasna fell in May.",
    "Russian troops took Lysychansk on Sunday, while Ukrainian forces held on in Siversk. "
    "Popasna had fallen in May.",
])
def test_the_storys_actor_is_its_one_taker_before_a_fighter(ex, text):
    assert (POPASNA, "russia", "captured") in facts(ex, text, UKRAINE)


@pytest.mark.parametrize("text", [
    "Sudanese troops recaptured Singa on Saturday.",
    "Soldiers retook Singa on Saturday, residents said.",
    "Troops entered Singa on Saturday after the paramilitaries withdrew.",
])
def test_troops_in_sudan_are_the_army(ex, text):
    assert (SINGA, "saf", "captured") in facts(ex, text, dt.date(2024, 11, 24))


@pytest.mark.parametrize("text", [
    "The RSF seized Singa in June. The army's counter-offensive gathered pace in the autumn, "
    "and Singa was retaken on November 23.",
    "The RSF had held Singa since June. On November 23 Singa fell after a week of fighting.",
])
def test_a_two_sided_wars_town_falls_to_the_enemy_of_its_holder(ex, text):
    got = facts(ex, text, dt.date(2024, 12, 1))
    assert (SINGA, "saf", "captured") in got
    assert (SINGA, "rsf", "lost") in got


def test_a_holding_retold_is_not_its_holders_loss(ex):
    text = ("Ukrainian troops retook Izyum on Saturday. Izyum has been liberated from the "
            "invaders, the ministry said on Saturday.")
    got = facts(ex, text, dt.date(2022, 9, 10))
    assert (IZYUM, "russia", "captured") not in got


@pytest.mark.parametrize(("text", "fact"), [
    ("The RSF overran most of Khartoum in the first weeks of the war.",
     (KHARTOUM, "rsf", "captured")),
    ("Most of Khartoum was seized by the RSF in April.", (KHARTOUM, "rsf", "captured")),
    ("The army took back nearly all of Omdurman.", (OMDURMAN, "saf", "captured")),
    ("Within three days the army had retaken the bulk of Omdurman.",
     (OMDURMAN, "saf", "captured")),
])
def test_the_greater_part_of_a_town_taken_is_the_town(ex, text, fact):
    got = facts(ex, text, SUDAN)
    assert fact in got
    assert (fact[0], fact[1], "contested") not in got


@pytest.mark.parametrize(("text", "event"), [
    ("Syrian troops entered Hama on Thursday.", "captured"),
    ("Government forces rolled into Hama after a deal with the rebels.", "captured"),
    ("Syrian troops entered Hama after days of fierce battles on its northern edge.", "captured"),
    ("Syrian troops entered Hama and were fighting rebels in its streets.", "contested"),
    ("Syrian troops entered Hama, where rebels are still dug in.", "contested"),
    ("Syrian troops were trying to enter Hama.", "contested"),
])
def test_an_entry_is_a_capture_unless_a_fight_goes_on(ex, text, event):
    got = {f[2] for f in facts(ex, text, SYRIA) if f[:2] == (HAMA, "syrian-government")}
    # A fight before the entry may be told as well as the capture.
    assert event in got and (event == "captured" or got == {"contested"})


@pytest.mark.parametrize(("text", "town"), [
    ("The RSF said it had seized the army base in Nyala.", NYALA),
    ("RSF takes over army base in El Daein", EL_DAEIN),
    ("The RSF took control of the headquarters of the Sudanese army's 21st Infantry Division "
     "in Zalingei on Tuesday.", ZALINGEI),
])
def test_the_armys_own_base_in_a_town_stands_for_the_town(ex, text, town):
    got = facts(ex, text, dt.date(2023, 11, 1))
    assert (town, "rsf", "captured") in got
    assert (town, "rsf", "contested") not in got


@pytest.mark.parametrize("text", [
    "Russia is moving on Kramatorsk and Sloviansk, the last big cities in Donetsk province "
    "under Ukrainian control.",
    "Kramatorsk and Sloviansk, two cities in the north of Donetsk province under Kyiv's "
    "control, are Russia's next targets.",
])
def test_control_is_read_from_its_nearest_under(ex, text):
    got = facts(ex, text, UKRAINE)
    assert {(KRAMATORSK, "ukraine", "held"), (SLOVYANSK, "ukraine", "held")} <= got


@pytest.mark.parametrize(("text", "fact"), [
    ("Regime forces remained in Mhardeh and al-Suqaylabiyah west of the Orontes.",
     (MAHARDA, "syrian-government", "held")),
    ("Regime forces remained in Mhardeh and al-Suqaylabiyah west of the Orontes.",
     (SUQAYLABIYAH, "syrian-government", "held")),
    ("The paramilitaries stayed in western Omdurman, an RSF adviser said.",
     (OMDURMAN, "rsf", "held")),
])
def test_a_force_that_stays_in_a_town_holds_it(ex, text, fact):
    published = SUDAN if fact[1] == "rsf" else SYRIA
    assert fact in facts(ex, text, published)


def test_a_town_that_stays_in_a_forces_hands_is_not_held_by_the_sentences_subject(ex):
    text = ("Troops secured the roads toward Babanusa, a town that remains in RSF hands, a "
            "military source said.")
    assert (BABANUSA, "saf", "held") not in facts(ex, text, SUDAN)
