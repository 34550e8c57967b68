"""Rule families the misses of held-out set 14's Ukraine and Sudan articles pointed at (written
blind): each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

BAKHMUT, BABANUSA, EL_FASHER, KHERSON = 713174, 377962, 379555, 706448
KUPIANSK, LYMAN, EL_OBEID, EL_FULA, DEIR_EZZOR = 703656, 704204, 379003, 379535, 170794
KADUGLI, DILLING, MARIUPOL, AVDIIVKA, VUHLEDAR = 373141, 376450, 701822, 713122, 690823
RUFAA, SENNAR, VOVCHANSK, TORETSK, OMDURMAN = 367972, 367644, 689304, 709354, 365137
NIU_YORK, OCHERETYNE, DONETSK, NYALA = 699751, 698759, 709717, 369004
WAD_MADANI, IZIUM, KRAMATORSK = 364103, 707292, 704508
MELITOPOL, BERDYANSK, SINGA, KHARTOUM = 701404, 712451, 366847, 379252
BALAKLIIA = 712926
UKRAINE, SUDAN = dt.date(2023, 1, 20), dt.date(2025, 2, 24)


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("The paramilitaries continue to besiege the army garrison in Babanusa.", SUDAN,
     (BABANUSA, "saf", "besieged")),
    ("RSF fighters continue to encircle El Fasher.", SUDAN, (EL_FASHER, "rsf", "contested")),
    ("Russian troops have continued to push into Bakhmut from three sides.", UKRAINE,
     (BAKHMUT, "russia", "contested")),
    ("Ukrainian forces began to shell Kherson's outskirts after Russian units started to "
     "withdraw from Kherson.", UKRAINE, (KHERSON, "russia", "lost")),
])
def test_an_aspect_verb_before_an_infinitive_asserts_the_act(ex, text, published, fact):
    assert fact in facts(ex, text, published)


def test_a_plan_to_go_on_is_still_expected(ex):
    text = "The RSF said it would continue to besiege Babanusa."
    assert (BABANUSA, "rsf", "contested") in facts(ex, text, SUDAN, "expected")
    assert (BABANUSA, "rsf", "contested") not in facts(ex, text, SUDAN)


@pytest.mark.parametrize(("text", "fact"), [
    ("The village of Lyman came under Ukrainian control on Friday.", (LYMAN, "ukraine")),
    ("Kupiansk fell under the control of Russian forces without a fight.", (KUPIANSK, "russia")),
    ("By Sunday, Lyman had come fully under the control of Ukrainian troops.",
     (LYMAN, "ukraine")),
    ("Lyman passed under Ukrainian control on Friday.", (LYMAN, "ukraine")),
])
def test_coming_under_control_is_a_capture(ex, text, fact):
    got = facts(ex, text, UKRAINE)
    assert (*fact, "captured") in got
    assert (*fact, "held") not in got


@pytest.mark.parametrize("text", [
    "Kupiansk has been under Russian control since February.",
    "Kupiansk is under Russian control again.",
])
def test_being_under_control_is_still_a_holding(ex, text):
    got = facts(ex, text, UKRAINE)
    assert (KUPIANSK, "russia", "held") in got
    assert (KUPIANSK, "russia", "captured") not in got


@pytest.mark.parametrize(("text", "town", "breaker", "besieger"), [
    ("The army said its troops had broken a paramilitary siege of El Obeid.", EL_OBEID, "saf",
     None),
    ("Army units lifted the RSF siege of El Obeid on Sunday.", EL_OBEID, "saf", "rsf"),
    ("The army broke the siege of Babanusa imposed by the RSF.", BABANUSA, "saf", "rsf"),
    ("Syrian troops ended the Islamic State siege of Deir el-Zour on Tuesday.", DEIR_EZZOR,
     "syrian-government", "isis"),
])
def test_a_broken_siege_was_laid_on_its_breaker(ex, text, town, breaker, besieger):
    # (Round 142: the breaker was besieged there until that day; that it holds the town from
    # then on, the sentence does not say.)
    got = facts(ex, text, SUDAN)
    assert (town, breaker, "besieged") in got
    if besieger:
        assert (town, besieger, "contested") in got


@pytest.mark.parametrize("text", [
    "Government forces are close to breaking the RSF siege of El Obeid.",
    "The army has been trying for months to break the RSF siege of El Obeid.",
])
def test_a_siege_not_yet_broken_still_besieges(ex, text):
    got = facts(ex, text, SUDAN)
    assert (EL_OBEID, "saf", "besieged") in got
    assert (EL_OBEID, "saf", "held") not in got


@pytest.mark.parametrize("text", [
    "El Fula is the latest state capital to fall to the RSF since the war began in April 2023.",
    "El Fula is the latest town to come under RSF control since fighting erupted in April 2023.",
])
def test_a_since_clause_does_not_date_a_capture_outside_it(ex, text):
    got = claims(ex, text, dt.date(2024, 6, 21))
    assert (EL_FULA, "rsf", "captured", dt.date(2024, 6, 21), "day") in got


def test_a_since_clause_dates_its_own_capture(ex):
    got = claims(ex, "The RSF has held Nyala since it captured the city in October 2023.", SUDAN)
    assert (369004, "rsf", "captured", dt.date(2023, 10, 1), "month") in got


@pytest.mark.parametrize(("text", "published", "besieged", "besieger", "towns"), [
    ("Further south, the army-held towns of Kadugli and Dilling in South Kordofan have been "
     "encircled for months by the RSF.", SUDAN, "saf", "rsf", (KADUGLI, DILLING)),
    ("Kadugli and Dilling have been surrounded by the paramilitaries since June.", SUDAN, "saf",
     "rsf", (KADUGLI, DILLING)),
    ("Avdiivka, the industrial town north of Donetsk, is now almost encircled by Russian forces.",
     UKRAINE, "ukraine", "russia", (AVDIIVKA,)),
    ("Mariupol is encircled and without water, the mayor said, accusing Russian forces of "
     "shelling the evacuation routes.", UKRAINE, "ukraine", "russia", (MARIUPOL,)),
])
def test_a_town_encircled_in_a_two_sided_war_besieges_the_other_side(
        ex, text, published, besieged, besieger, towns):
    got = facts(ex, text, published)
    assert {(t, besieged, "besieged") for t in towns} <= got
    assert {(t, besieger, "contested") for t in towns} <= got


@pytest.mark.parametrize("text", [
    "El Fasher - the last army stronghold in Darfur - has now been under RSF siege for a year.",
    "El Fasher, the army's last bastion in Darfur, has been under an RSF siege since May.",
    "El Fasher - the last city the army holds in Darfur - remains under RSF siege.",
])
def test_an_aside_between_a_town_and_its_siege(ex, text):
    got = facts(ex, text, SUDAN)
    assert (EL_FASHER, "saf", "besieged") in got
    assert (EL_FASHER, "rsf", "contested") in got


@pytest.mark.parametrize("text", [
    "Ukraine said it had withdrawn its forces from Vuhledar to avoid being encircled.",
    "Ukrainian troops pulled out of Vuhledar, escaping encirclement.",
])
def test_an_averted_siege_besieges_nobody(ex, text):
    got = facts(ex, text, UKRAINE)
    assert not {f for f in got if f[2] == "besieged"}
    assert (VUHLEDAR, "ukraine", "lost") in got


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("Sudan's Rapid Support Forces entered Rufaa on Wednesday without meeting resistance.", SUDAN,
     (RUFAA, "rsf")),
    ("Ukrainian troops entered Kupiansk unopposed on Saturday.", UKRAINE, (KUPIANSK, "ukraine")),
    ("Russian troops entered Kupiansk without a fight and set up their headquarters there.",
     UKRAINE, (KUPIANSK, "russia")),
    ("The army entered Sennar and turned it into a base for its drive on Singa.", SUDAN,
     (SENNAR, "saf")),
])
def test_an_entry_that_met_no_fight_or_was_kept_is_a_capture(ex, text, published, fact):
    got = facts(ex, text, published)
    assert (*fact, "captured") in got
    assert (*fact, "contested") not in got


def test_an_entry_still_fought_is_fighting(ex):
    text = "Russian forces have entered Vovchansk and are fighting Ukrainian units in its streets."
    got = facts(ex, text, UKRAINE)
    assert (VOVCHANSK, "russia", "contested") in got
    assert (VOVCHANSK, "russia", "captured") not in got


@pytest.mark.parametrize(("text", "published", "town", "parties"), [
    ("Niu-York lies south of Toretsk, where Ukrainian and Russian troops have been battling for "
     "weeks.", UKRAINE, TORETSK, ("ukraine", "russia")),
    ("Russian and Ukrainian forces clashed in Vovchansk on Monday.", UKRAINE, VOVCHANSK,
     ("russia", "ukraine")),
    ("Sudanese and RSF forces fought for control of Omdurman.", SUDAN, OMDURMAN,
     ("saf", "rsf")),
])
def test_adjectives_sharing_a_forces_noun_name_both_parties(ex, text, published, town,
                                                            parties):
    got = facts(ex, text, published)
    assert {(town, p, "contested") for p in parties} <= got


@pytest.mark.parametrize(("text", "published", "fact", "region"), [
    ("Russia says it captured Donetsk town of Niu-York", UKRAINE, (NIU_YORK, "russia"), DONETSK),
    ("Russian forces seize Donetsk village of Ocheretyne after weeks of fighting", UKRAINE,
     (OCHERETYNE, "russia"), DONETSK),
    ("RSF takes South Darfur city of Nyala", SUDAN, (NYALA, "rsf"), None),
])
def test_a_region_before_town_of_names_where_the_town_is(ex, text, published, fact, region):
    got = facts(ex, text, published)
    assert (*fact, "captured") in got
    assert not {f for f in got if f[0] == region}


@pytest.mark.parametrize(("text", "fact"), [
    ("The army also holds most of Omdurman, on the west bank of the Nile.", (OMDURMAN, "saf")),
    ("The RSF now controls almost all of Nyala.", (NYALA, "rsf")),
    ("Russian troops already hold most of the city of Toretsk.", (TORETSK, "russia")),
    ("Ukrainian forces now control nearly all of Toretsk.", (TORETSK, "ukraine")),
])
def test_holding_most_of_a_town_holds_it(ex, text, fact):
    """The blind sets' writers read "holds most of P" as a holding (sets 13 and 14), where
    "parts of P" stays a fight for it."""
    published = UKRAINE if fact[1] in ("russia", "ukraine") else SUDAN
    got = facts(ex, text, published)
    assert (*fact, "held") in got
    assert (*fact, "contested") not in got


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("The RSF's push into Sennar follows its capture of Wad Madani, the capital of Gezira "
     "state, in December.", SUDAN, (WAD_MADANI, "rsf")),
    ("Russian forces pressed on after their capture of Avdiivka in February.", UKRAINE,
     (AVDIIVKA, "russia")),
    ("Sudan's army said its recapture of Wad Madani had cut the RSF's supply lines.", SUDAN,
     (WAD_MADANI, "saf")),
])
def test_a_possessive_pronoun_owns_a_capture_noun(ex, text, published, fact):
    assert (*fact, "captured") in facts(ex, text, published)


@pytest.mark.parametrize(("text", "fact"), [
    ("Izium remains Russia's main stronghold in the region.", (IZIUM, "russia")),
    ("Kramatorsk, Kyiv's last big stronghold in the Donbas, was shelled again.",
     (KRAMATORSK, "ukraine")),
    ("Ukrainian troops advanced on Kupiansk, Moscow's key bastion in Kharkiv Oblast.",
     (KUPIANSK, "russia")),
])
def test_a_countrys_name_owns_its_forces_stronghold(ex, text, fact):
    got = facts(ex, text, UKRAINE)
    assert (*fact, "held") in got
    assert not {f for f in got if f[0] == DONETSK}


def test_a_countrys_capital_is_no_stronghold(ex):
    assert not facts(ex, "Kyiv is Ukraine's capital and Moscow is Russia's capital.", UKRAINE)


@pytest.mark.parametrize(("text", "published", "force", "second"), [
    ("Russian forces captured Melitopol on Saturday and the Sea of Azov port of Berdyansk a day "
     "later.", UKRAINE, "russia", BERDYANSK),
    ("Russian troops seized Melitopol in late February and the port of Berdyansk soon after.",
     UKRAINE, "russia", BERDYANSK),
    ("The RSF overran Wad Madani in December and the Blue Nile hub of Singa in June.", SUDAN,
     "rsf", SINGA),
])
def test_a_dated_object_then_a_port_or_hub_of_a_town(ex, text, published, force, second):
    assert (second, force, "captured") in facts(ex, text, published)


@pytest.mark.parametrize("text", [
    "Russian troops captured Melitopol on Saturday. On Wednesday Kherson became the first "
    "major city to fall.",
    "Russian forces took Melitopol last week. Kherson fell on Wednesday.",
])
def test_a_fall_with_no_taker_is_the_story_actors(ex, text):
    assert (KHERSON, "russia", "captured") in facts(ex, text, dt.date(2022, 3, 4))


def test_a_fall_with_no_taker_in_a_story_of_several_actors_is_nobodys(ex):
    # (In a war with an occupier, a town of the occupied country that "fell" fell to it: see
    # test_extract_round28.py.)
    text = "The RSF captured Nyala. The army retook Omdurman. Sennar fell on Wednesday."
    assert not {f for f in facts(ex, text, dt.date(2024, 7, 3)) if f[0] == SENNAR}


@pytest.mark.parametrize(("text", "town", "force"), [
    ("The RSF's push into Sennar follows its capture of Wad Madani, the capital of Gezira state, "
     "in December.", SENNAR, "rsf"),
    ("The army's advance on Singa follows the recapture of Sennar in September.", SINGA,
     "saf"),
])
def test_a_capture_nouns_date_is_not_an_earlier_fights(ex, text, town, force):
    published = dt.date(2024, 7, 6)
    got = claims(ex, text, published)
    assert (town, force, "contested", published, "day") in got


@pytest.mark.parametrize(("text", "fact"), [
    ("The RSF, which has set up a rival administration with its seat in Nyala, controls most of "
     "Darfur.", (NYALA, "rsf")),
    ("The paramilitaries run their rival government from its seat in Nyala.", (NYALA, "rsf")),
    ("The army moved its main base in Omdurman closer to the front.", (OMDURMAN, "saf")),
])
def test_a_possessive_pronouns_seat_or_base_in_a_town_holds_it(ex, text, fact):
    assert (*fact, "held") in facts(ex, text, SUDAN)


@pytest.mark.parametrize(("text", "fact"), [
    ("The gain is a boost for the military, which declared Khartoum free of the RSF in March.",
     (KHARTOUM, "saf")),
    ("It was a boost for the army, which declared Wad Madani liberated on Saturday.",
     (WAD_MADANI, "saf")),
    ("The RSF, which proclaimed Nyala freed from the army in October, set up its government "
     "there.", (NYALA, "rsf")),
])
def test_a_relative_clause_declaring_a_town_taken(ex, text, fact):
    assert (*fact, "captured") in facts(ex, text, SUDAN)


@pytest.mark.parametrize(("text", "fact"), [
    ("Ukrainian troops have retaken Balakliia in an offensive launched on Sept. 6.",
     (BALAKLIIA, "ukraine")),
    ("Ukrainian troops retook Balakliia in a counteroffensive begun in early September.",
     (BALAKLIIA, "ukraine")),
    ("The RSF captured Nyala in a lightning assault started on Oct. 26.", (NYALA, "rsf")),
])
def test_the_start_of_an_offensive_does_not_date_what_it_took(ex, text, fact):
    published = dt.date(2022, 9, 10)
    got = claims(ex, text, published)
    assert (*fact, "captured", published, "day") in got


@pytest.mark.parametrize(("text", "fact"), [
    ("Further south, Izium, captured by Russian forces at the start of April after weeks of "
     "fighting, remains Moscow's main stronghold in the region.", (IZIUM, "russia")),
    ("Kupiansk, which Russian troops took without a fight after the mayor surrendered, is now "
     "the main Russian base in the area.", (KUPIANSK, "russia")),
])
def test_a_stronghold_copula_across_a_long_aside(ex, text, fact):
    assert (*fact, "held") in facts(ex, text, UKRAINE)


def test_a_past_stronghold_across_an_aside_is_no_holding(ex):
    text = ("Kupiansk, which Russian troops took without a fight after the mayor surrendered, was "
            "the main Russian base in the area until September.")
    assert (KUPIANSK, "russia", "held") not in facts(ex, text, UKRAINE)


@pytest.mark.parametrize(("text", "published", "town", "sides"), [
    ("A spokesperson for Ukraine's Khortytsia group of forces said fighting was still going on "
     "in Toretsk.", UKRAINE, TORETSK, ("ukraine", "russia")),
    ("Fighting was raging in Vovchansk on Monday, Ukrainian officials said.", UKRAINE, VOVCHANSK,
     ("ukraine", "russia")),
    ("Heavy fighting is still under way in Omdurman, the army said.", SUDAN, OMDURMAN,
     ("saf", "rsf")),
])
def test_a_fight_going_on_in_a_town_of_a_two_sided_war(ex, text, published, town, sides):
    got = facts(ex, text, published)
    assert {(town, side, "contested") for side in sides} <= got
