"""Rule families the errors of blind sets 204 to 210 pointed at, after their honest figures were
taken: each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

MARINKA, TORETSK, KADUGLI, DILLING, SLOVIANSK = 701845, 709354, 373141, 376450, 693468
UKRAINE_DAY = dt.date(2024, 2, 17)


@pytest.mark.parametrize(("text", "date"), [
    ("The fall of the town follows Russia's capture in late December of Marinka.",
     dt.date(2023, 12, 1)),
    ("It follows Russia's capture in December of Marinka, a ruined village.", dt.date(2023, 12, 1)),
])
def test_a_time_between_a_capture_noun_and_its_town(ex, text, date):
    assert (MARINKA, "russia", "captured", date, "month") in claims(ex, text, UKRAINE_DAY)


@pytest.mark.parametrize("text", [
    "Russian forces advanced. Further east, fighting has reached the outskirts of Toretsk.",
    "Russian forces advanced. Fighting reached the edges of Toretsk on Friday.",
])
def test_a_fight_that_reached_a_towns_edge_is_both_sides(ex, text):
    got = facts(ex, text, UKRAINE_DAY)
    assert {(TORETSK, "russia", "contested"), (TORETSK, "ukraine", "contested")} <= got


@pytest.mark.parametrize("text", [
    "The army-held towns of Kadugli and Dilling in South Kordofan remain under siege by the RSF.",
    "Kadugli and Dilling in South Kordofan have been under siege by the RSF since June.",
])
def test_a_towns_division_between_it_and_its_siege(ex, text):
    got = facts(ex, text, dt.date(2025, 10, 27))
    for town in (KADUGLI, DILLING):
        assert (town, "saf", "besieged") in got
        assert (town, "rsf", "contested") in got


@pytest.mark.parametrize("text", [
    "Russian shelling on Monday hit the city of Sloviansk, killing two people.",
    "Russian bombardment on Tuesday struck Sloviansk again.",
])
def test_a_sides_fire_that_hit_a_town_fights_for_it(ex, text):
    assert (SLOVIANSK, "russia", "contested") in facts(ex, text, UKRAINE_DAY)


def test_fire_of_no_side_that_hit_a_town_names_no_fighter(ex):
    assert not facts(ex, "Heavy shelling hit Sloviansk overnight.", UKRAINE_DAY)
