"""Rule families from the lead's review of the example articles and the colleague's list of
misses: each test runs several phrasings written for it (never a shared or held-out text)."""

from __future__ import annotations

import datetime as dt

import extract_helpers as helpers
import pytest

from geo.forces import builtin_lexicons

PUB = dt.date(2017, 6, 7)  # a Wednesday
RAQQA, MAYADIN, TABQA, PALMYRA = 172955, 173480, 172374, 163808
MOSUL, SINJAR, JARABULUS, KHERSON, AVDIIVKA, WAD_MADANI = (
    99072, 448149, 169179, 706448, 713122, 364103)
KRAMATORSK, SLOVIANSK, VUHLEDAR, BAKHMUT, LYSYCHANSK = 704508, 693468, 690823, 713174, 702972
NYALA, EL_OBEID, TAL_AFAR, HAWIJA = 369004, 379003, 90393, 390188


def claims(ex, text, published=PUB, modality="asserted"):
    return helpers.claims(ex, text, published, modality)


def facts(ex, text, published=PUB):
    return helpers.facts(ex, text, published)


@pytest.mark.parametrize("text", [
    "Syrian government troops hold an enclave near the airport. Farther east, the group still "
    "controls Mayadeen.",
    "Syrian troops advanced along the river. The group still holds Mayadeen, its officials say.",
    "The Syrian army shelled the desert. Mayadeen remains in the hands of the group.",
    "Syrian government troops hold an enclave. Farther east, the militants still control Mayadeen.",
    "Syrian soldiers pushed east. The jihadists still hold Mayadeen.",
])
def test_the_group_is_the_non_state_actor_not_the_army_named_last(ex, text):
    got = facts(ex, "Islamic State fighters fled Tabqa last month. " + text)
    assert (MAYADIN, "isis", "held") in got
    assert not {f for f in got if f[0] == MAYADIN and f[1] == "syrian-government"}


def test_the_group_may_be_a_state_side_force_named_as_a_group(ex):
    text = ("The Wagner Group has fought in Ukraine for months. The group said on Saturday it had "
            "captured Bakhmut.")
    assert (713174, "russia", "captured") in facts(ex, text, dt.date(2023, 5, 21))


def test_the_group_with_no_non_state_actor_named_is_left_unresolved(ex):
    text = "Syrian government troops advanced. Farther east, the group still controls Mayadeen."
    assert not {f for f in facts(ex, text) if f[0] == MAYADIN}


@pytest.mark.parametrize(("text", "expected"), [
    ("The SDF launched an offensive on Raqqa on Tuesday, pushing into the eastern edge of the city "
     "that Islamic State has held since 2014.", (RAQQA, "isis", "held", dt.date(2014, 1, 1))),
    ("Fighting reached Raqqa, which the militants have controlled since 2014.",
     (RAQQA, "isis", "held", dt.date(2014, 1, 1))),
    ("Islamic State fighters fled Tabqa, the town that the SDF seized in May.",
     (TABQA, "sdf", "captured", dt.date(2017, 5, 1))),
    ("Syrian troops entered Palmyra, the town that the militants abandoned on Sunday.",
     (PALMYRA, "isis", "lost", dt.date(2017, 6, 4))),
])
def test_relative_clauses_on_the_place_name_its_holder(ex, text, expected):
    got = claims(ex, "Islamic State is losing ground in Syria. " + text)
    assert expected in {c[:4] for c in got}


@pytest.mark.parametrize("text", [
    "The SDF seized parts of Raqqa.",
    "Parts of Raqqa have been captured by the SDF.",
    "The SDF captured the outskirts of Raqqa.",
    "Neighbourhoods of Raqqa were seized by the SDF.",
    "The SDF took districts of Raqqa from the militants.",
    "The SDF established control of parts of Raqqa.",
])
def test_a_part_of_a_town_is_contested_not_taken(ex, text):
    got = facts(ex, "Islamic State is losing ground in Syria. " + text)
    assert (RAQQA, "sdf", "contested") in got
    assert not {f for f in got if f[0] == RAQQA and f[2] in ("captured", "held")}


@pytest.mark.parametrize("text", [
    "The SDF now holds parts of Raqqa.",
    "The SDF still controls several districts of Raqqa.",
])
def test_holding_part_of_a_town_holds_it(ex, text):
    # Taking part of a town is fighting for it; holding part of it is holding it, as the
    # writers of the blind sets read it (234 of 264 such holdings in sets 1 to 336).
    got = facts(ex, "Islamic State is losing ground in Syria. " + text)
    assert (RAQQA, "sdf", "held") in got


@pytest.mark.parametrize("text", [
    "The SDF holds positions north of Raqqa.",
    "The SDF holds positions near Raqqa.",
])
def test_holding_ground_near_a_town_does_not_hold_it(ex, text):
    got = facts(ex, "Islamic State is losing ground in Syria. " + text)
    assert (RAQQA, "sdf", "held") not in got


@pytest.mark.parametrize("text", [
    "The SDF captured the last districts of Raqqa.",
    "The SDF seized the remaining neighbourhoods of Raqqa from Islamic State.",
])
def test_the_last_part_of_a_town_is_still_the_whole(ex, text):
    assert (RAQQA, "sdf", "captured") in facts(ex, text)


def test_a_lasting_partial_hold_is_no_fight(ex):
    text = "Rebels had held the eastern half of Aleppo since 2012."
    assert not [f for f in facts(ex, text) if f[2] == "contested"]


@pytest.mark.parametrize(("text", "event"), [
    ("Ukrainian troops entered and secured Kherson on Friday.", "captured"),
    ("Ukrainian troops entered Kherson on Friday after Russian forces abandoned the city.",
     "captured"),
    ("Ukrainian troops entered Kherson as Russian forces withdrew from the city.", "captured"),
    ("Ukrainian troops entered the centre of Kherson on Friday.", "captured"),
    ("Ukrainian troops entered Kherson on Friday.", "captured"),
    ("Ukrainian troops entered Kherson on Friday after heavy fighting on its edge.", "captured"),
    ("Ukrainian troops entered Kherson and were fighting house to house.", "contested"),
    ("Ukrainian troops tried to enter Kherson on Friday.", "contested"),
])
def test_entering_a_town_is_a_capture_unless_a_fight_goes_on(ex, text, event):
    got = {f for f in facts(ex, text, dt.date(2022, 11, 11)) if f[:2] == (KHERSON, "ukraine")}
    assert got == {(KHERSON, "ukraine", event)}


@pytest.mark.parametrize("text", [
    "Syrian rebels swept into Jarablus on Wednesday.",
    "Turkish-backed rebels swept into the border town of Jarablus.",
    "Rebel fighters sweep into Jarablus as the militants flee.",
])
def test_sweeping_into_a_town_takes_it(ex, text):
    got = facts(ex, "Islamic State fighters fled north. " + text, dt.date(2016, 8, 24))
    assert (JARABULUS, "syrian-opposition", "captured") in got


@pytest.mark.parametrize("text", [
    "Kurdish peshmerga forces launched an offensive on Sinjar on Thursday. The town had been "
    "liberated by Friday morning, officials said.",
    "Peshmerga forces pushed into Sinjar. Sinjar was fully liberated on Friday.",
])
def test_an_agentless_passive_is_the_story_actors_doing(ex, text):
    got = facts(ex, text, dt.date(2015, 11, 13))
    assert (SINJAR, "peshmerga", "captured") in got


@pytest.mark.parametrize("text", [
    # Two forces take or fight for places: whose doing it was is not clear.
    "Peshmerga forces attacked Sinjar while Islamic State fighters pushed toward Mosul. Sinjar "
    "was liberated on Friday.",
    # Another year: background, not the story's actor.
    "Peshmerga forces attacked Sinjar. Mosul was captured in 2014.",
])
def test_an_ambiguous_agentless_passive_is_skipped(ex, text):
    got = facts(ex, text, dt.date(2015, 11, 13))
    assert not {f for f in got if f[2] == "captured"}


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Sudan's army recaptured Wad Madani on Saturday, more than a year after the city fell to the "
     "Rapid Support Forces.", dt.date(2025, 1, 11), (WAD_MADANI, "rsf", "captured",
                                                     dt.date(2023, 1, 1), "year")),
    ("Iraqi forces took Mosul on Monday, more than a year after Islamic State overran the city.",
     dt.date(2015, 6, 16), (MOSUL, "isis", "captured", dt.date(2014, 1, 1), "year")),
    ("Iraqi forces took Mosul on Monday, a year after Islamic State overran the city.",
     dt.date(2015, 6, 16), (MOSUL, "isis", "captured", dt.date(2014, 1, 1), "year")),
    ("Islamic State had held Mosul for more than a year.", dt.date(2015, 6, 16),
     (MOSUL, "isis", "held", dt.date(2014, 1, 1), "year")),
    ("Islamic State had held Mosul for over two years.", dt.date(2016, 9, 1),
     (MOSUL, "isis", "held", dt.date(2014, 1, 1), "year")),
])
def test_more_than_n_units_dates_further_back(ex, text, published, expected):
    assert expected in claims(ex, text, published)


def test_a_duration_dates_a_holding_only(ex):
    got = claims(ex, "Iraqi forces have fought for Mosul for two years.", dt.date(2017, 6, 7))
    assert (MOSUL, "iraqi-government", "contested", dt.date(2017, 6, 7), "day") in got


def test_a_withdrawal_after_a_long_fight_was_also_a_fight(ex):
    # (A capture's long fight is only its time: see test_extract_round81.)
    got = facts(ex, "Ukrainian troops withdrew from Avdiivka after months of fighting.",
                dt.date(2024, 2, 17))
    assert (AVDIIVKA, "ukraine", "contested") in got


@pytest.mark.parametrize("text", [
    "Russian forces closed the ring, trapping Ukrainian soldiers inside Avdiivka.",
    "Hundreds of Ukrainian troops encircled in Avdiivka surrendered.",
    "Ukrainian soldiers trapped inside Avdiivka fought on.",
])
def test_besieged_inside_readings(ex, text):
    got = facts(ex, text, dt.date(2024, 2, 15))
    assert (AVDIIVKA, "ukraine", "besieged") in got


def test_a_report_dates_the_clause_it_introduces(ex):
    text = "The SDF declared on Tuesday that they had captured Raqqa."
    assert (RAQQA, "sdf", "captured", dt.date(2017, 10, 17), "day") in claims(
        ex, text, dt.date(2017, 10, 20))


@pytest.mark.parametrize(("a", "b"), [
    ("turkey", "syrian-opposition"), ("syrian-government", "russia"),
    ("syrian-government", "hezbollah"), ("sdf", "us-coalition"),
    ("iraqi-government", "us-coalition"), ("iraqi-government", "peshmerga"),
])
def test_allies_are_declared_in_the_lexicons(a, b):
    pairs = {frozenset((f.id, o)) for lex in builtin_lexicons() for f in lex.forces
             for o in f.affiliations}
    assert frozenset((a, b)) in pairs
    assert frozenset(("isis", "syrian-government")) not in pairs


def test_state_forces_are_marked_so_the_group_never_means_them():
    state = {f.id for lex in builtin_lexicons() for f in lex.forces if f.state}
    assert {"syrian-government", "iraqi-government", "russia", "ukraine", "saf", "turkey"} <= state
    assert not state & {"isis", "sdf", "rsf", "hts", "syrian-opposition", "hezbollah"}



@pytest.mark.parametrize("text", [
    "Its loss would open the way to Kramatorsk and Sloviansk, the last big cities still under "
    "Ukrainian control.",
    "Russian troops shelled Kramatorsk and Sloviansk, the two cities still under Ukrainian "
    "control, on Tuesday.",
    "Kramatorsk and Sloviansk, the last towns of the region under Ukrainian control, were "
    "shelled overnight.",
])
def test_a_plural_apposition_speaks_of_every_listed_place(ex, text):
    got = facts(ex, text, dt.date(2024, 9, 11))
    assert {(KRAMATORSK, "ukraine", "held"), (SLOVIANSK, "ukraine", "held")} <= got


def test_a_singular_apposition_speaks_of_the_last_place_only(ex):
    text = ("Iraqi forces advanced on Tal Afar and Hawija, the last stronghold of Islamic State "
            "in the north.")
    got = facts(ex, text, dt.date(2017, 8, 20))
    assert (HAWIJA, "isis", "held") in got
    assert (TAL_AFAR, "isis", "held") not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("The army shelled the RSF's base in Nyala on Tuesday.", (NYALA, "rsf", "held")),
    ("Drones struck the Rapid Support Forces' main base in Nyala.", (NYALA, "rsf", "held")),
    ("Iraqi forces attacked Islamic State's stronghold of Mosul.", (MOSUL, "isis", "held")),
    ("Iraqi forces closed in on the group's two main strongholds, Tal Afar and Hawija.",
     (TAL_AFAR, "isis", "held")),
])
def test_possessive_holders(ex, text, expected):
    got = facts(ex, "Islamic State and the RSF lost ground. " + text, dt.date(2024, 5, 2))
    assert expected in got


@pytest.mark.parametrize("text", [
    "Ukrainian troops still hold out in Lysychansk, the military said.",
    "Russian forces pushed south from Bakhmut towards Lysychansk, where Ukrainian units still "
    "hold out.",
    "Fighting raged around Lysychansk, where Ukrainian troops were still holding out in the "
    "industrial zone.",
])
def test_holding_out_is_holding(ex, text):
    assert (LYSYCHANSK, "ukraine", "held") in facts(ex, text, dt.date(2022, 6, 28))


@pytest.mark.parametrize(("text", "published", "absent", "control"), [
    # A base taken or left is no longer held by its owner ...
    ("The Rapid Support Forces overran the army's main base in Nyala on Thursday.",
     dt.date(2023, 10, 27), (NYALA, "saf", "held"), "Drones struck the army's main base in Nyala."),
    ("The RSF said it had seized the army's base in Nyala.", dt.date(2023, 10, 27),
     (NYALA, "saf", "held"), "Drones struck the army's main base in Nyala."),
    ("Sudan's army withdrew from its main base in Nyala on Thursday.", dt.date(2023, 10, 27),
     (NYALA, "saf", "held"), "Drones struck the army's main base in Nyala."),
    # ... and leaving places near a town is not losing it, unlike leaving the town.
    ("Ukrainian forces withdrew from several positions near Vuhledar on Tuesday.",
     dt.date(2024, 9, 11), (VUHLEDAR, "ukraine", "lost"),
     "Ukrainian forces withdrew from Vuhledar on Tuesday."),
    ("Ukrainian troops pulled out of villages around Vuhledar.", dt.date(2024, 9, 11),
     (VUHLEDAR, "ukraine", "lost"), "Ukrainian forces withdrew from Vuhledar on Tuesday."),
    ("Ukrainian units retreated from positions outside Vuhledar.", dt.date(2024, 9, 11),
     (VUHLEDAR, "ukraine", "lost"), "Ukrainian forces withdrew from Vuhledar on Tuesday."),
])
def test_a_base_or_a_vicinity_is_not_the_town(ex, text, published, absent, control):
    assert absent not in facts(ex, text, published)
    assert absent in facts(ex, control, published)


@pytest.mark.parametrize(("text", "published", "fact"), [
    # Phrasal verbs and bases: leaving them loses the town.
    ("Islamic State fighters pulled out of Mosul overnight.", dt.date(2017, 7, 10),
     (MOSUL, "isis", "lost")),
    ("Islamic State militants pulled out of the city of Mosul on Monday.", dt.date(2017, 7, 10),
     (MOSUL, "isis", "lost")),
    ("Islamic State fighters withdrew from their headquarters in Mosul.", dt.date(2017, 7, 10),
     (MOSUL, "isis", "lost")),
    ("Islamic State fighters pulled out of their bases in Mosul.", dt.date(2017, 7, 10),
     (MOSUL, "isis", "lost")),
    # Fighting one's way into a town enters it, a capture unless fighting goes on (blind
    # writers read "fought its way into central Ramadi" so, round 83); into a side of it,
    # it contests it.
    ("Iraqi troops fought their way into Mosul on Sunday.", dt.date(2016, 11, 1),
     (MOSUL, "iraqi-government", "captured")),
    ("Iraqi troops fought their way into Mosul on Sunday and are battling IS in its streets.",
     dt.date(2016, 11, 1), (MOSUL, "iraqi-government", "contested")),
    ("Iraqi troops battled their way into eastern Mosul.", dt.date(2016, 11, 1),
     (MOSUL, "iraqi-government", "contested")),
])
def test_phrasal_verbs(ex, text, published, fact):
    got = facts(ex, text, published)
    assert fact in got
    # (A loss or a fight is no capture as well.)
    assert fact[2] == "captured" or (*fact[:2], "captured") not in got


def test_a_place_named_to_locate_another_is_not_the_relative_head(ex):
    for text in ("Syrian troops entered Manbij, a town east of Aleppo that the jihadists had "
                 "controlled since 2014.",
                 "Syrian troops attacked Manbij, a town near Aleppo which the militants have held "
                 "since 2014."):
        got = facts(ex, "Islamic State is losing ground. " + text, dt.date(2016, 8, 1))
        assert (167357, "isis", "held") in got, text
        assert not {f for f in got if f[0] == 170063}, text  # Aleppo


SUMMER, WINTER, SPRING = dt.date(2023, 6, 20), dt.date(2023, 11, 20), dt.date(2024, 5, 2)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # The season meant is the last one that ended before publication, dated to its year.
    ("Russian troops have been trying to capture Vuhledar since last summer.", SUMMER,
     (VUHLEDAR, dt.date(2022, 1, 1), "year")),
    ("Russian troops have been trying to capture Vuhledar since last summer.", WINTER,
     (VUHLEDAR, dt.date(2023, 1, 1), "year")),
    ("The army has held El Obeid since the war began in April last year.", SPRING,
     (EL_OBEID, dt.date(2023, 4, 1), "month")),
    ("Islamic State fighters overran Mosul in mid-2014.", SPRING, (MOSUL, dt.date(2014, 1, 1),
                                                                    "year")),
    # A "since" after an interjection dates the relative clause before it.
    ("Fighting reached Raqqa, which the militants have controlled, along with much of the "
     "province, since 2014.", PUB, (RAQQA, dt.date(2014, 1, 1), "year")),
])
def test_seasons_relative_years_and_interjected_since(ex, text, published, expected):
    assert expected in {(c[0], *c[3:]) for c in claims(ex, text, published)}
