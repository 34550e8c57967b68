"""Rule families the misses of blind sets 26 and 27 pointed at (after their honest figures
were taken): each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

KRAMATORSK, SLOVIANSK, QAMISHLI, HASAKAH, SINJAR, TAL_AFAR = (704508, 693468, 173377, 173811,
                                                              448149, 90393)
KURAKHOVE, KIRKUK, MANBIJ, KOBANI = 695357, 94787, 167357, 172256
UKRAINE, SYRIA, IRAQ = dt.date(2023, 5, 21), dt.date(2019, 10, 21), dt.date(2017, 10, 16)


@pytest.mark.parametrize("text", [
    "Bakhmut could open a path to the larger cities of Kramatorsk and Sloviansk, which remain "
    "under Ukrainian control.",
    "Kramatorsk and Sloviansk, which are still in Ukrainian hands, were shelled overnight.",
])
def test_a_plural_verb_after_which_speaks_of_each_town_of_the_list(ex, text):
    got = facts(ex, text, UKRAINE)
    assert {(KRAMATORSK, "ukraine", "held"), (SLOVIANSK, "ukraine", "held")} <= got


@pytest.mark.parametrize("text", [
    "Qamishli and Hasakah remain under the control of the SDF-led Autonomous Administration.",
    "The Kurdish-led administration still runs Qamishli and Hasakah.",
])
def test_the_kurdish_led_administration_is_the_sdf(ex, text):
    got = facts(ex, text, SYRIA)
    assert {(QAMISHLI, "sdf", "held"), (HASAKAH, "sdf", "held")} <= got


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("Sinjar, which the Kurds recaptured in November 2015, lies west of Mosul.",
     dt.date(2016, 6, 1), (SINJAR, "peshmerga", "captured")),
    ("In northern Syria, the Kurds took Manbij from Islamic State in August.",
     dt.date(2016, 9, 1), (MANBIJ, "sdf", "captured")),
])
def test_the_kurds_are_the_kurdish_force_of_the_storys_country(ex, text, published, fact):
    assert fact in facts(ex, text, published)


@pytest.mark.parametrize("text", [
    "Damascus's troops were sent into Manbij on Tuesday. The Syrian army sent troops into Kobani "
    "the next day.",
    "Syrian government forces sent units into Kobani on Wednesday.",
])
def test_sending_troops_into_a_town_is_an_entry(ex, text):
    assert (KOBANI, "syrian-government", "captured") in facts(ex, text, SYRIA)


@pytest.mark.parametrize(("text", "fact", "date"), [
    ("Tal Afar, once home to about 200,000 people, most of them Turkmen, was seized by IS in "
     "June 2014.", (TAL_AFAR, "isis", "captured"), dt.date(2014, 6, 1)),
    ("Kurakhove, once a bastion south of Pokrovsk, was captured by Russia in early January.",
     (KURAKHOVE, "russia", "captured"), dt.date(2025, 1, 1)),
])
def test_once_before_a_noun_phrase_is_formerly(ex, text, fact, date):
    got = claims(ex, text, dt.date(2025, 3, 1))
    assert (*fact, date, "month") in got


def test_once_before_a_clause_is_still_a_condition(ex):
    got = facts(ex, "The army could take Manbij once the militants leave.", SYRIA, "expected")
    assert (MANBIJ, "syrian-government", "captured") in got


@pytest.mark.parametrize("text", [
    "Baghdad had demanded that the Kurds hand back Kirkuk after the referendum.",
    "Abadi ordered that the peshmerga withdraw from Kirkuk.",
])
def test_a_demanded_change_is_expected_not_done(ex, text):
    got = facts(ex, text, IRAQ)
    assert not {f for f in got if f[0] == KIRKUK}
