"""Divisions' officers, withdrawals to a town's edge, states gone by, listed objects and dates
opening what a colon introduces, in blind copy (sets 407 to 420). Each test runs phrasings
written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

KHARKIV, VERBIVKA, DUDCHANY, MARINKA, LYSYCHANSK = 706483, 689969, 709465, 701845, 702972
WAD_MEDANI, SINGA, DINDER, NYALA, ZALINGEI = 364103, 366847, 13132448, 369004, 363533
FASHER, GENEINA = 379555, 379303
HAJIN, RUTBA, FALLUJAH, RAWA, QAIM, HAWIJA = 174506, 98677, 99454, 92004, 92138, 390188
KAFR_ZITA, MOREK, RAS_AL_AIN = 168620, 166640, 165509
VYSOKOPILLIA, SHEVCHENKOVE, KUPIANSK, OCHERETYNE, POKROVSK = 688689, 694137, 703656, 698759, 704422


@pytest.mark.parametrize("text", [
    "Ukrainian units liberated the villages of Verbivka and Volokhiv Yar, Kharkiv regional "
    "governor Oleh Syniehubov said.",
    "Ukrainian units liberated Verbivka, the Kharkiv governor said on Telegram.",
    "Ukrainian units liberated Verbivka, according to the Kharkiv provincial administration.",
])
def test_a_division_s_officer_names_no_town(ex, text):
    got = facts(ex, text, dt.date(2022, 9, 9))
    assert (VERBIVKA, "ukraine", "captured") in got, got
    assert not {c for c in got if c[0] == KHARKIV}, got


@pytest.mark.parametrize("text", [
    "Russian forces had pulled back from the area of Dudchany on the Dnipro.",
    "Russian troops withdrew from the area of Dudchany overnight.",
])
def test_leaving_the_ground_around_a_town_is_losing_it(ex, text):
    got = facts(ex, text, dt.date(2022, 10, 4))
    assert (DUDCHANY, "russia", "lost") in got, got
    assert (DUDCHANY, "russia", "contested") not in got, got


def test_leaving_a_town_s_districts_is_still_a_fight(ex):
    got = facts(ex, "Russian forces pulled back from the districts of Dudchany on the Dnipro.",
                dt.date(2022, 10, 4))
    assert got == {(DUDCHANY, "russia", "contested")}, got


@pytest.mark.parametrize("text", [
    "Ukrainian forces had withdrawn to the northern outskirts of Marinka, the commander said.",
    "Zaluzhnyi confirms Ukrainian troops pulled back to outskirts of ruined Marinka",
    "Ukrainian troops withdrew to the western edge of Marinka.",
    "Ukrainian units have pulled back to the outskirts of the town of Marinka.",
])
def test_a_withdrawal_to_a_town_s_edge_leaves_the_town(ex, text):
    got = facts(ex, text, dt.date(2023, 12, 26))
    assert (MARINKA, "ukraine", "lost") in got, got
    assert (MARINKA, "ukraine", "captured") not in got, got


@pytest.mark.parametrize("text", [
    "Ukrainian troops withdrew to the town of Marinka.",
    "Russian forces took Krasnohorivka on Sunday, and Ukrainian troops pulled back to the "
    "outskirts of Marinka.",
    "Russian forces took Krasnohorivka on Sunday. Ukrainian troops pulled back to the "
    "outskirts of Marinka.",
])
def test_a_withdrawal_into_a_town_or_from_another_does_not_leave_it(ex, text):
    got = facts(ex, text, dt.date(2023, 12, 26))
    assert (MARINKA, "ukraine", "lost") not in got, got


@pytest.mark.parametrize(("text", "towns"), [
    ("Today Wad Madani is back under army control.", [WAD_MEDANI]),
    ("Now the city is back under army control. Wad Madani is quiet.", []),
    ("Today Singa and Dinder are both back in army hands, though the RSF still raid villages "
     "to the west.", [SINGA, DINDER]),
])
def test_a_town_back_today_is_held(ex, text, towns):
    got = facts(ex, text, dt.date(2025, 2, 5))
    for town in towns:
        assert (town, "saf", "held") in got, got
    assert not {c for c in got if c[2] == "captured"}, got


@pytest.mark.parametrize("text", [
    "Wad Madani is back under army control after the RSF withdrew.",
    "On January 11, Wad Madani was back in army hands.",
])
def test_a_town_back_as_news_is_retaken(ex, text):
    got = facts(ex, text, dt.date(2025, 1, 12))
    assert (WAD_MEDANI, "saf", "captured") in got, got


@pytest.mark.parametrize(("text", "town", "force"), [
    ("Hajin was one of the last towns held by ISIS in the valley.", HAJIN, "isis"),
    ("Lysychansk was the last major population centre in Luhansk Oblast still held by Ukraine.",
     LYSYCHANSK, "ukraine"),
    ("Hajin was the only town in the valley held by the militants.", HAJIN, "isis"),
])
def test_the_last_town_a_force_held_once_is_not_held_now(ex, text, town, force):
    got = facts(ex, text, dt.date(2022, 7, 4))
    assert (town, force, "held") not in got, got


@pytest.mark.parametrize("text", [
    "Hajin is one of the last towns held by ISIS in the valley.",
    "Hajin was held by ISIS, residents said.",
])
def test_a_town_held_still_or_plainly_is_held(ex, text):
    got = facts(ex, text, dt.date(2018, 12, 1))
    assert (HAJIN, "isis", "held") in got, got


@pytest.mark.parametrize("text", [
    "ISIS remains in control of Rutba and of Fallujah.",
    "ISIS remains in control of Rutba, a town on the highway to Jordan, and of Fallujah, east "
    "of Ramadi.",
])
def test_a_second_object_repeating_the_verb_s_preposition_is_listed(ex, text):
    got = facts(ex, text, dt.date(2016, 4, 15))
    assert {(RUTBA, "isis", "held"), (FALLUJAH, "isis", "held")} <= got, got


def test_a_second_capture_object_after_an_owner_s_apposition_is_listed(ex):
    got = claims(ex, "It follows the RSF's capture of the 16th Infantry Division headquarters in "
                     "Nyala, Sudan's second-largest city, on October 26, and of Zalingei, capital "
                     "of Central Darfur, on October 31.", dt.date(2023, 11, 4))
    assert (NYALA, "rsf", "captured", dt.date(2023, 10, 26), "day") in got, got
    assert (ZALINGEI, "rsf", "captured", dt.date(2023, 10, 31), "day") in got, got


@pytest.mark.parametrize("text", [
    "El Fasher is the last major city in Darfur that remains under the control of the army.",
    "El Fasher is the last city that is still in army hands.",
    "El Fasher remains the only state capital in Darfur that is under army control.",
])
def test_the_town_a_copula_names_is_the_one_its_relative_clause_holds(ex, text):
    got = facts(ex, text, dt.date(2024, 5, 13))
    assert (FASHER, "saf", "held") in got, got


@pytest.mark.parametrize("text", [
    "With the fall of Hawija, the only populated areas remaining under ISIS control in Iraq are "
    "Rawa and al-Qaim in western Anbar province.",
    "The last towns still under ISIS control are Rawa and al-Qaim.",
])
def test_the_towns_a_copula_names_after_a_control_phrase_are_held(ex, text):
    got = facts(ex, text, dt.date(2017, 10, 5))
    assert {(RAWA, "isis", "held"), (QAIM, "isis", "held")} <= got, got
    assert (HAWIJA, "isis", "held") not in got, got


@pytest.mark.parametrize("text", [
    "By mid-June 2023, after weeks of attacks, the RSF and allied Arab militias had taken "
    "control of El Geneina, the state capital.",
    "In mid-June 2023, after weeks of attacks, the RSF and allied militias took El Geneina.",
])
def test_a_mid_month_opening_the_sentence_dates_it(ex, text):
    got = claims(ex, text, dt.date(2024, 1, 15))
    assert (GENEINA, "rsf", "captured", dt.date(2023, 6, 1), "month") in got, got


@pytest.mark.parametrize("text", [
    "In December 2023 the RSF rolled into Wad Madani. Singa fell to them that same December.",
    "In December 2023 the RSF rolled into Wad Madani. Singa fell to them the same December.",
])
def test_the_same_month_takes_the_year_named_before(ex, text):
    got = claims(ex, text, dt.date(2025, 2, 5))
    assert (SINGA, "rsf", "captured", dt.date(2023, 12, 1), "month") in got, got


def test_the_day_an_operation_started_does_not_date_a_capture_since(ex):
    got = claims(ex, "Ras al-Ain is the second city taken by the Turkish-backed factions since "
                     "the start of the operation \"Peace Spring\" on 9 October.",
                 dt.date(2019, 10, 20))
    dated = {c[3] for c in got if c[0] == RAS_AL_AIN}
    assert dt.date(2019, 10, 9) not in dated, got


@pytest.mark.parametrize("text", [
    "Iraq's Joint Operations Command announced on Friday that its forces had fully liberated "
    "the town of Rawa.",
    "The Joint Operations Command said its forces had retaken Rawa, in Iraq's western Anbar "
    "province.",
    "According to the JOC, its forces retook Rawa in western Iraq on Friday.",
])
def test_the_joint_operations_command_is_iraq_s(ex, text):
    got = facts(ex, text, dt.date(2017, 11, 17))
    assert (RAWA, "iraqi-government", "captured") in got, got


@pytest.mark.parametrize("text", [
    "On Friday, soldiers published a video from the central square of Shevchenkove, a "
    "settlement about 60 kilometers southwest of Kupiansk, stating that the village had been "
    "liberated by Ukrainian troops.",
    "Ukrainian troops reached Shevchenkove, a village near Kupiansk. The village was "
    "liberated on Friday, officials said.",
])
def test_the_village_points_back_past_a_landmark(ex, text):
    got = facts(ex, text, dt.date(2022, 9, 9))
    assert (SHEVCHENKOVE, "ukraine", "captured") in got, got
    assert not {c for c in got if c[0] == KUPIANSK and c[2] == "captured"}, got


def test_the_village_is_no_city(ex):
    got = facts(ex, "Russian troops advanced on Ocheretyne, north of Pokrovsk, a city of "
                    "60,000. Russian troops broke into the village in late April.",
                dt.date(2024, 5, 6))
    assert not {c for c in got if c[0] == POKROVSK and c[2] in ("captured", "contested")}, got


def test_a_town_handed_to_a_force_and_its_allies_goes_to_each(ex):
    got = facts(ex, "Kurdish-led fighters withdrew from the Syrian border town of Ras al-Ain on "
                    "Sunday, handing the town over to Turkey and the Syrian rebel factions it "
                    "backs.", dt.date(2019, 10, 20))
    assert {(RAS_AL_AIN, "sdf", "lost"), (RAS_AL_AIN, "turkey", "captured"),
            (RAS_AL_AIN, "syrian-opposition", "captured")} <= got, got


@pytest.mark.parametrize(("text", "loser"), [
    ("Army units on Friday restored security and stability to the towns of Kafr Zita and Morek "
     "and the farms surrounding them in the northern countryside of Hama province, after "
     "eliminating the last gatherings of terrorists from Jabhat al-Nusra.", "hts"),
    ("Army units on Friday took control of Kafr Zita and Morek after eliminating the last "
     "gatherings of Jabhat al-Nusra terrorists.", "hts"),
    ("Government forces took Kafr Zita and Morek after routing Islamic State fighters.", "isis"),
])
def test_the_force_an_after_clause_ousts_loses_the_towns(ex, text, loser):
    got = facts(ex, text, dt.date(2019, 8, 23))
    assert {(KAFR_ZITA, loser, "lost"), (MOREK, loser, "lost")} <= got, got


def test_a_force_defeated_elsewhere_loses_no_town_taken(ex):
    got = facts(ex, "Government forces took Kafr Zita on Friday. Two days later, after "
                    "defeating HTS in a battle near Idlib, they moved on.", dt.date(2019, 8, 23))
    assert (KAFR_ZITA, "hts", "lost") not in got, got


@pytest.mark.parametrize("text", [
    "Ukrainian forces pushed south in the autumn. The breakthrough in the north of the region "
    "came at the start of September: on September 4, Zelensky announced that Vysokopillia had "
    "been liberated, posting a picture of soldiers raising the flag.",
    "Ukrainian forces pushed south. The turn came early: on September 4, Ukrainian troops "
    "retook Vysokopillia.",
])
def test_a_date_opening_what_a_colon_introduces_dates_it(ex, text):
    got = claims(ex, text, dt.date(2022, 11, 28))
    assert (VYSOKOPILLIA, "ukraine", "captured", dt.date(2022, 9, 4), "day") in got, got


SENNAR, IDLIB, MANBIJ, KOBANI = 367644, 169389, 167357, 172256


@pytest.mark.parametrize("text", [
    "Sudan's army on Saturday recaptured Singa, the capital of the southeastern state of Sennar, "
    "nearly five months after it fell to the paramilitary Rapid Support Forces.",
    "The army recaptured Singa, in the state of Sennar, five months after it fell to the RSF.",
])
def test_a_name_after_state_of_is_the_state(ex, text):
    got = claims(ex, text, dt.date(2024, 11, 24))
    assert not {c for c in got if c[0] == SENNAR}, got
    assert (SINGA, "rsf", "captured", dt.date(2024, 6, 1), "month") in got, got


def test_a_town_named_after_its_state_is_still_the_town(ex):
    got = facts(ex, "The RSF attacked the city of Sennar in the state of Sennar.",
                dt.date(2024, 7, 1))
    assert (SENNAR, "rsf", "contested") in got, got


@pytest.mark.parametrize("text", [
    "ISW assesses that the SDF nonetheless retains de facto control inside Manbij and Kobani, "
    "where regime units remain largely confined to the outskirts.",
    "The SDF retains control in Manbij and Kobani.",
])
def test_control_inside_a_town_holds_it(ex, text):
    got = facts(ex, text, dt.date(2019, 10, 22))
    assert {(MANBIJ, "sdf", "held"), (KOBANI, "sdf", "held")} <= got, got
