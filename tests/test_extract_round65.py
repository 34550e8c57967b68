"""Fire that struck or targeted a town, not a deal struck with a government; Ukraine's
regional commands; a list dated after its last town, also after a repeated "of" (misses of
blind sets 267 to 273). Each test runs several phrasings written for it, never a held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

SIVERSK, SENNAR, EL_OBEID, KAFRANBEL, DAMASCUS = 694403, 367644, 379003, 168661, 170654
ARKHANHELSKE, VELYKA_OLEKSANDRIVKA, DUDCHANY = 713208, 690288, 709465


@pytest.mark.parametrize(("text", "place", "force"), [
    ("Russian artillery struck Siversk again on Sunday.", SIVERSK, "russia"),
    ("RSF drones struck El Obeid overnight, killing two people near the airport.", EL_OBEID,
     "rsf"),
    ("Regime warplanes targeted Kafranbel and its market throughout the week.", KAFRANBEL,
     "syrian-government"),
    ("Sennar was struck by RSF artillery for the third day.", SENNAR, "rsf"),
])
def test_a_force_whose_fire_struck_a_town_fights_for_it(ex, text, place, force):
    assert (place, force, "contested") in facts(ex, text, dt.date(2024, 7, 10))


@pytest.mark.parametrize("text", [
    "The SDF struck a deal with Damascus under Russian mediation.",
    "Under an agreement struck with Damascus, the SDF let government troops in.",
    "The SDF struck with the government a deal that kept Damascus out of the north.",
])
def test_a_deal_struck_is_no_fire(ex, text):
    assert not {f for f in facts(ex, text, dt.date(2019, 10, 21)) if f[0] == DAMASCUS}


@pytest.mark.parametrize("command", ["Ukraine's Operational Command South",
                                     "Kyiv said Operational Command East",
                                     "The Ukrainian Operational Command North"])
def test_ukraines_regional_commands_are_ukraines(ex, command):
    got = facts(ex, f"{command} said its units had recaptured Dudchany.", dt.date(2022, 10, 7))
    assert (DUDCHANY, "ukraine", "captured") in got


@pytest.mark.parametrize("text", [
    "Kyiv reported the recapture of Arkhanhelske on 2 October and of Velyka Oleksandrivka and "
    "Dudchany on 4 October.",
    "Ukrainian troops retook Arkhanhelske on 2 October, and Velyka Oleksandrivka and Dudchany "
    "on 4 October.",
    "Ukrainian units liberated Arkhanhelske on 2 October and then Velyka Oleksandrivka and "
    "Dudchany on 4 October.",
])
def test_a_list_is_dated_after_its_last_town(ex, text):
    got = claims(ex, text, dt.date(2022, 10, 7))
    assert (ARKHANHELSKE, "ukraine", "captured", dt.date(2022, 10, 2), "day") in got
    for town in (VELYKA_OLEKSANDRIVKA, DUDCHANY):
        assert (town, "ukraine", "captured", dt.date(2022, 10, 4), "day") in got
        assert (town, "ukraine", "captured", dt.date(2022, 10, 2), "day") not in got


@pytest.mark.parametrize(("text", "place", "force", "day"), [
    ("Russian forces captured Avdiivka on Saturday after a four-month battle. The fall of "
     "Avdiivka to Russian forces opens the road to Pokrovsk, analysts say.", 713122, "russia",
     dt.date(2024, 2, 17)),
    ("The RSF seized Nyala on 26 October. Analysts said the RSF's capture of Nyala gave it the "
     "whole of South Darfur.", 369004, "rsf", dt.date(2023, 10, 26)),
])
def test_an_undated_mention_of_a_change_is_the_day_the_story_gives_it(ex, text, place, force,
                                                                       day):
    got = {c for c in claims(ex, text, dt.date(2024, 2, 19) if force == "russia"
                             else dt.date(2023, 11, 3)) if c[:3] == (place, force, "captured")}
    assert got == {(place, force, "captured", day, "day")}


def test_a_month_told_elsewhere_does_not_date_an_undated_change(ex):
    # The month may be another time the town changed hands; the undated mention keeps the day.
    got = claims(ex, "Russian forces captured Avdiivka in February. Russia's seizure of "
                     "Avdiivka opens the road west.", dt.date(2024, 2, 19))
    assert (713122, "russia", "captured", dt.date(2024, 2, 19), "day") in got
