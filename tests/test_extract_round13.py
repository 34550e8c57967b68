"""Rule families the misses of blind set 17 pointed at: each test runs several phrasings
written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

MOSUL, KHERSON, WAD_MEDANI, DOUMA, RAQQA = 99072, 706448, 364103, 170592, 172955
MELITOPOL, BERDYANSK, NOVA_KAKHOVKA, SUDZHA = 701404, 712451, 699839, 486816
RAWAH, QAIM, HADITHA, NUBL, TAL_RIFAAT, JARABLUS = 92004, 92138, 96309, 166331, 163476, 169179
EL_FASHER, BABANUSA, AFRIN, TAL_ABYAD = 379555, 377962, 174186, 163750
IRAQ, UKRAINE, SUDAN, SYRIA = (dt.date(2016, 10, 20), dt.date(2023, 9, 23), dt.date(2024, 7, 2),
                               dt.date(2018, 4, 14))


@pytest.mark.parametrize(("text", "published", "place", "force", "since"), [
    ("The campaign to free Mosul, which IS has ruled since June 2014, began on Monday.", IRAQ,
     MOSUL, "isis", (dt.date(2014, 6, 1), "month")),
    ("Kherson, the regional capital, has been in Russian hands since March.", UKRAINE, KHERSON,
     "russia", (dt.date(2023, 3, 1), "month")),
    ("Many had fled from Wad Madani, which the RSF has controlled since December.", SUDAN,
     WAD_MEDANI, "rsf", (dt.date(2023, 12, 1), "month")),
    ("Syrian rebels have long held Douma, east of the capital, since 2012.", SYRIA, DOUMA,
     "syrian-opposition", (dt.date(2012, 1, 1), "year")),
    ("Islamic State has held Raqqa for more than three years.", dt.date(2017, 6, 6), RAQQA, "isis",
     (dt.date(2014, 1, 1), "year")),
])
def test_a_holding_in_the_present_perfect_lasts_until_the_story(ex, text, published, place,
                                                                   force, since):
    got = claims(ex, text, published)
    assert (place, force, "held", *since) in got
    assert (place, force, "held", published, "day") in got


@pytest.mark.parametrize("text", [
    "The SDF had held Tal Abyad since 2015.",
    "Kurdish fighters, who had controlled Tal Abyad since 2015, pulled out on Sunday.",
    "The YPG held Tal Abyad from 2015.",
])
def test_a_holding_told_in_the_past_is_not_carried_to_the_story(ex, text):
    got = claims(ex, text, dt.date(2019, 10, 14))
    assert not {c for c in got if c[2] == "held" and c[3] == dt.date(2019, 10, 14)}


@pytest.mark.parametrize(("text", "fact"), [
    ("Haditha, upriver, never fell and has been held by government troops throughout.",
     (HADITHA, "iraqi-government", "held")),
    ("Haditha never fell and is still held by the Iraqi army.",
     (HADITHA, "iraqi-government", "held")),
    ("The town of Haditha was not overrun and remains held by Iraqi troops.",
     (HADITHA, "iraqi-government", "held")),
    ("Haditha has not fallen and is defended by Iraqi troops and tribal fighters.",
     (HADITHA, "iraqi-government", "held")),
])
def test_a_denial_does_not_reach_a_second_verb_with_its_own_auxiliary(ex, text, fact):
    assert fact in facts(ex, text, IRAQ)


def test_a_denial_still_covers_its_own_verb(ex):
    text = "Haditha never fell to IS and has been held by government troops throughout."
    assert (HADITHA, "isis", "captured") in facts(ex, text, IRAQ, "negated")


@pytest.mark.parametrize(("text", "places"), [
    ("Occupied Melitopol, the biggest city in the corridor, lies beyond that.", {MELITOPOL}),
    ("Partisans blew up a rail bridge in occupied Melitopol on Tuesday.", {MELITOPOL}),
    ("Strikes hit the occupied port of Berdiansk overnight.", {BERDYANSK}),
    ("Residents of occupied Kherson and Nova Kakhovka said prices had soared.",
     {KHERSON, NOVA_KAKHOVKA}),
])
def test_a_bare_occupied_town_is_held_by_the_wars_occupier(ex, text, places):
    got = facts(ex, text, UKRAINE)
    assert {(p, "russia", "held") for p in places} <= got
    assert not {f for f in got if f[1] == "ukraine"}


@pytest.mark.parametrize(("text", "published"), [
    ("Ukrainian troops occupied Sudzha in August.", dt.date(2024, 9, 1)),
    ("Turkish troops and their allies occupied Afrin in March.", SYRIA),
    ("Refugees returned to occupied Afrin after the offensive.", SYRIA),
])
def test_occupied_as_a_verb_or_in_a_war_without_an_occupier_names_no_russian_holder(
        ex, text, published):
    assert not {f for f in facts(ex, text, published) if f[1:] == ("russia", "held")}


@pytest.mark.parametrize(("text", "event"), [
    ("The militants still control Rawah and the border town of al-Qaim.", "held"),
    ("The militants still control Rawah, across the river, and the border town of al-Qaim "
     "further west.", "held"),
    ("Islamic State captured Rawah, a town upriver, and the border town of al-Qaim in 2014.",
     "captured"),
    ("Islamic State seized Rawah and the nearby town of al-Qaim.", "captured"),
])
def test_a_town_with_its_own_noun_phrase_joins_a_list_of_objects(ex, text, event):
    got = facts(ex, text, dt.date(2017, 9, 22))
    assert {(RAWAH, "isis", event), (QAIM, "isis", event)} <= got


def test_a_holder_adjective_qualifies_only_its_own_noun_phrase(ex):
    text = ("The YPG had withdrawn most of its fighters towards the regime-held town of Nubl and "
            "the town of Tal Rifaat.")
    got = facts(ex, text, dt.date(2018, 3, 18))
    assert (NUBL, "syrian-government", "held") in got
    assert (TAL_RIFAAT, "syrian-government", "held") not in got


@pytest.mark.parametrize(("text", "fact"), [
    ("Jaish al-Islam, which had run Douma for more than five years, gave up the town.",
     (DOUMA, "syrian-opposition", "lost")),
    ("Ahrar al-Sham fighters withdrew from Douma on Saturday.",
     (DOUMA, "syrian-opposition", "lost")),
    ("Faylaq al-Rahman surrendered Douma to the army.", (DOUMA, "syrian-opposition", "lost")),
    ("The convoy left for Jarablus, a border town run by Turkey-backed rebel factions.",
     (JARABLUS, "syrian-opposition", "held")),
    ("Ankara-backed militias entered Afrin on Sunday.", (AFRIN, "syrian-opposition", "captured")),
])
def test_named_rebel_groups_and_their_backers_words_are_the_opposition(ex, text, fact):
    assert fact in facts(ex, text, SYRIA)


@pytest.mark.parametrize(("text", "fact"), [
    ("Syrian rebels have run Douma since 2012.", (DOUMA, "syrian-opposition", "held")),
    ("Jarablus is run by Turkey-backed rebels.", (JARABLUS, "syrian-opposition", "held")),
    ("Douma, which Jaish al-Islam ran for five years, was retaken.",
     (DOUMA, "syrian-opposition", "held")),
])
def test_running_or_administering_a_town_is_holding_it(ex, text, fact):
    assert fact in facts(ex, text, SYRIA)


@pytest.mark.parametrize("text", [
    "The RSF ran into fierce resistance in Nyala.",
    "Hundreds of civilians ran from Nyala as the RSF advanced.",
    "The army ran out of ammunition in Nyala.",
])
def test_running_into_from_or_out_of_is_no_holding(ex, text):
    assert not {f for f in facts(ex, text, SUDAN) if f[2] == "held"}


@pytest.mark.parametrize(("text", "place"), [
    ("In North Darfur, El Fasher remains encircled by the RSF, with the army garrison cut off.",
     EL_FASHER),
    ("El Fasher remained besieged by the paramilitaries.", EL_FASHER),
    ("Babanusa stays surrounded by RSF fighters.", BABANUSA),
])
def test_a_town_that_remains_encircled_is_besieged(ex, text, place):
    got = facts(ex, text, SUDAN)
    assert {(place, "saf", "besieged"), (place, "rsf", "contested")} <= got


def test_a_town_that_remains_held_by_a_force_is_the_forces(ex):
    got = facts(ex, "Tal Abyad remained occupied by Turkish troops.", dt.date(2020, 1, 1))
    assert (TAL_ABYAD, "turkey", "held") in got
