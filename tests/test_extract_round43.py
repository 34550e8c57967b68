"""Rule families the errors of blind sets 183 to 189 pointed at, after their honest figures were
taken: each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

KHAN_SHEIKHOUN, SNIHURIVKA, EL_OBEID, BABANUSA, KADUGLI = 168325, 693379, 379003, 377962, 373141
EL_FASHER, OMDURMAN, ZALINGEI, MAKHMOUR = 379555, 365137, 363533, 93818
HAWIJA, AL_QAIM, RAWA = 390188, 92138, 92004
UKRAINE_DAY, SUDAN_DAY = dt.date(2022, 11, 12), dt.date(2024, 10, 1)
SYRIA_DAY = dt.date(2019, 9, 12)


@pytest.mark.parametrize(("text", "published", "date"), [
    ("In August the offensive resumed. On the 21st, government troops entered Khan Sheikhoun.",
     SYRIA_DAY, dt.date(2019, 8, 21)),
    # With no month named before, the story's own month (or the one before it, for a day that
    # has not come yet in it).
    ("Government troops entered Khan Sheikhoun on the 10th.", SYRIA_DAY, dt.date(2019, 9, 10)),
    ("Government troops entered Khan Sheikhoun on the 21st, a monitor said.", SYRIA_DAY,
     dt.date(2019, 8, 21)),
])
def test_a_day_of_the_month_takes_its_month_from_the_story(ex, text, published, date):
    assert (KHAN_SHEIKHOUN, "syrian-government", "captured", date, "day") in claims(
        ex, text, published)


def test_a_month_since_which_a_state_lasts_is_not_the_days_month(ex):
    text = "Snihurivka, occupied since March, was back in Ukrainian hands on the 10th."
    assert (SNIHURIVKA, "ukraine", "captured", dt.date(2022, 11, 10), "day") in claims(
        ex, text, UKRAINE_DAY)


def test_an_ordinal_before_a_noun_is_no_day(ex):
    got = claims(ex, "The RSF fought the 20th Brigade, and took El Obeid.", SUDAN_DAY)
    assert (EL_OBEID, "rsf", "captured", SUDAN_DAY, "day") in got


@pytest.mark.parametrize("text", [
    "The army abandoned its positions in El Obeid.",
    "The army left its bases in El Obeid on Monday.",
    "The army abandoned its barracks in El Obeid after the RSF advanced.",
])
def test_leaving_ones_posts_in_a_town_leaves_it(ex, text):
    assert (EL_OBEID, "saf", "lost") in facts(ex, text, SUDAN_DAY)


@pytest.mark.parametrize("text", [
    "The army garrison retreated to its base in El Obeid.",
    "The army pulled back in El Obeid.",
])
def test_falling_back_to_or_within_a_town_is_no_loss(ex, text):
    assert (EL_OBEID, "saf", "lost") not in facts(ex, text, SUDAN_DAY)


@pytest.mark.parametrize(("text", "towns"), [
    ("Further south, the army garrison in Babanusa remains encircled.", [BABANUSA]),
    ("The RSF advanced. The army garrisons in Kadugli and Babanusa remain encircled.",
     [KADUGLI, BABANUSA]),
])
def test_a_garrison_besieged_needs_no_besieger_named(ex, text, towns):
    got = facts(ex, text, SUDAN_DAY)
    for town in towns:
        assert (town, "saf", "besieged") in got
        assert (town, "rsf", "contested") in got  # a war of two sides: the other side


def test_a_garrisons_town_in_a_where_clause_is_the_one_besieged(ex):
    text = ("The RSF still controls western Omdurman, where the army garrison in El Fasher "
            "remains under siege.")
    got = facts(ex, text, SUDAN_DAY)
    assert (EL_FASHER, "saf", "besieged") in got
    assert (OMDURMAN, "saf", "besieged") not in got


@pytest.mark.parametrize("text", [
    "On the 21st, government troops entered Khan Sheikhoun, a town that had been in opposition "
    "hands since 2014.",
    "Government troops entered Khan Sheikhoun, which had been under rebel control since 2014.",
])
def test_a_past_holding_does_not_oppose_an_entry(ex, text):
    got = facts(ex, "In August the offensive resumed. " + text, SYRIA_DAY)
    assert (KHAN_SHEIKHOUN, "syrian-government", "captured") in got
    assert (KHAN_SHEIKHOUN, "syrian-government", "contested") not in got


@pytest.mark.parametrize(("text", "date"), [
    ("The RSF seized Nyala on 26 October. Zalingei followed five days later.",
     dt.date(2023, 10, 31)),
    ("The RSF seized Nyala on 26 October. Zalingei, the capital of Central Darfur, followed "
     "two weeks later.", dt.date(2023, 11, 9)),
])
def test_a_town_that_followed_a_count_later_was_taken_then(ex, text, date):
    assert (ZALINGEI, "rsf", "captured", date, "day") in claims(ex, text, dt.date(2023, 11, 22))


@pytest.mark.parametrize("text", [
    "The RSF attacked. In El Fasher, the army is still holding out.",
    "The RSF attacked. In El Fasher, capital of North Darfur, the army's 6th Infantry Division "
    "is still holding out.",
    "The RSF attacked. In El Fasher, government troops remain dug in.",
])
def test_a_fronted_town_is_where_a_force_holds_out(ex, text):
    assert (EL_FASHER, "saf", "held") in facts(ex, text, SUDAN_DAY)


def test_deploying_in_a_fronted_town_is_not_read_as_holding_it(ex):
    text = "Iraqi forces retook Kirkuk. In Makhmour, army units deployed in the town center."
    assert (MAKHMOUR, "iraqi-government", "held") not in facts(ex, text, dt.date(2017, 10, 17))


@pytest.mark.parametrize("text", [
    "With the fall of Hawija, the only towns in Iraq still held by ISIS are Al-Qaim and Rawa.",
    "After Hawija, the last towns held by the jihadists in Iraq are Al-Qaim and Rawa.",
])
def test_a_copula_after_held_by_names_the_towns_held(ex, text):
    got = facts(ex, text, dt.date(2017, 10, 6))
    assert {(AL_QAIM, "isis", "held"), (RAWA, "isis", "held")} <= got
    assert (HAWIJA, "isis", "held") not in got

