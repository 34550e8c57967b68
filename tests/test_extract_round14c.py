"""Rule families the misses of blind set 20 and the dates of sets 13-18 pointed at: each test
runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

KUPYANSK, AVDIIVKA, DAMASCUS, ALEPPO, HOMS = 703656, 713122, 170654, 170063, 169577
KHAN_SHAYKHUN, HAMA, WAD_MEDANI, MOSUL, EL_GENEINA = 168325, 170017, 364103, 99072, 379303
UKRAINE, SYRIA, SUDAN = dt.date(2025, 11, 24), dt.date(2024, 12, 8), dt.date(2024, 6, 25)


@pytest.mark.parametrize("text", [
    "But there is no evidence that Russia controls the city of Kupiansk.",
    "There is no sign that Russian troops have captured Kupiansk.",
    "Kyiv denied that Russian troops had captured Kupiansk.",
    "Ukraine's General Staff rejected claims that Russian forces had taken Kupiansk.",
])
def test_a_clause_after_a_denial_is_negated(ex, text):
    assert not {f for f in facts(ex, text, UKRAINE) if f[1] == "russia"}
    assert {f for f in facts(ex, text, UKRAINE, "negated") if f[:2] == (KUPYANSK, "russia")}


def test_a_clause_reported_as_fact_stays_asserted(ex):
    got = facts(ex, "Russian troops said that they had captured Kupiansk.", UKRAINE)
    assert (KUPYANSK, "russia", "captured") in got


@pytest.mark.parametrize(("text", "date"), [
    ("Kupiansk was occupied by Russian troops in the first days of the full-scale invasion.",
     dt.date(2022, 2, 1)),
    ("Russian troops occupied Kupiansk in late February 2022.", dt.date(2022, 2, 1)),
    ("Kupiansk, which Russian forces occupied in March 2022, was retaken in September.",
     dt.date(2022, 3, 1)),
])
def test_an_occupation_dated_to_a_point_in_time_is_the_taking(ex, text, date):
    got = claims(ex, text, UKRAINE)
    assert (KUPYANSK, "russia", "captured", date, "month") in got


@pytest.mark.parametrize("text", [
    "Kupiansk was occupied by Russian troops for six months.",
    "Russian troops have occupied Kupiansk since February 2022.",
    "Kupiansk remained occupied by Russian troops in September.",
    "Russian troops still occupied Kupiansk in September.",
    "Russian troops occupy Kupiansk.",
])
def test_an_occupation_lasting_or_undated_is_a_holding(ex, text):
    got = facts(ex, text, UKRAINE)
    assert (KUPYANSK, "russia", "held") in got and (KUPYANSK, "russia", "captured") not in got


@pytest.mark.parametrize("text", [
    'Units of the "Tsentr" group of forces have completely liberated the city of Avdeevka.',
    'Units of the "Tsentr" group of forces, as a result of successful offensive actions, have '
    "liberated Avdeevka.",
    "The Tsentr group of forces took full control of Avdiivka.",
    "Russian troops, as part of a wider offensive, captured Avdiivka.",
])
def test_russian_groups_of_forces_and_prepositional_asides(ex, text):
    assert (AVDIIVKA, "russia", "captured") in facts(ex, text, dt.date(2024, 2, 17))


@pytest.mark.parametrize(("text", "place"), [
    ("Rebels, led by HTS, captured Aleppo within three days.", ALEPPO),
    ("Opposition fighters spearheaded by Hayat Tahrir al-Sham took Hama.", HAMA),
])
def test_the_force_that_leads_a_capture_takes_the_town_too(ex, text, place):
    got = facts(ex, text, SYRIA)
    assert {(place, "hts", "captured"), (place, "syrian-opposition", "captured")} <= got


def test_fighters_led_by_a_force_are_its_own(ex):
    # Round 202: "led by" without commas restricts the noun ("fighters led by HTS" are HTS's
    # fighters), where the aside above ("Rebels, led by HTS,") names two forces.
    got = facts(ex, "Rebel fighters led by Hayat Tahrir al-Sham (HTS) entered Damascus in the "
                    "early hours of Sunday, meeting no visible resistance.", SYRIA)
    assert (DAMASCUS, "hts", "captured") in got


@pytest.mark.parametrize("text", [
    "Rebels entered Homs on Saturday, meeting no visible resistance.",
    "Rebels entered Homs, encountering no resistance.",
    "Rebels entered Homs without firing a shot.",
    "Rebels walked into Homs with barely a shot fired.",
])
def test_an_entry_that_met_no_fight_is_a_capture(ex, text):
    assert (HOMS, "syrian-opposition", "captured") in facts(ex, text, SYRIA)


@pytest.mark.parametrize(("text", "fact"), [
    ("Yesterday the Assad regime's militias walked into Khan Shaykhun.",
     (KHAN_SHAYKHUN, "syrian-government", "captured")),
    ("Pro-Assad forces poured into Khan Shaykhun on Wednesday.",
     (KHAN_SHAYKHUN, "syrian-government", "captured")),
    ("The Assad government now controls Khan Shaykhun.",
     (KHAN_SHAYKHUN, "syrian-government", "held")),
])
def test_assads_forces_by_his_name(ex, text, fact):
    assert fact in facts(ex, text, dt.date(2019, 8, 22))


@pytest.mark.parametrize(("text", "published", "fact", "date", "precision"), [
    ("The RSF has controlled Wad Madani since December, when the army withdrew from the city "
     "without a fight.", SUDAN, (WAD_MEDANI, "saf", "lost"), dt.date(2023, 12, 1), "month"),
    ("ISIS has controlled Mosul since early June, when the Iraqi army abandoned the city.",
     dt.date(2014, 8, 10), (MOSUL, "iraqi-government", "lost"), dt.date(2014, 6, 1), "month"),
    ("The advance began after the fall of Avdiivka in February, which Russian forces captured "
     "after a four-month battle.", dt.date(2024, 9, 20), (AVDIIVKA, "russia", "captured"),
     dt.date(2024, 2, 1), "month"),
])
def test_a_clause_hung_on_a_date_is_dated_by_it(ex, text, published, fact, date, precision):
    assert (*fact, date, precision) in claims(ex, text, published)


@pytest.mark.parametrize(("text", "published"), [
    ("ISIS has controlled Mosul, Iraq's second city, since early June.", dt.date(2014, 8, 10)),
    ("The RSF has held El Geneina since late June.", dt.date(2023, 11, 6)),
])
def test_since_before_early_or_late_still_starts_a_holding(ex, text, published):
    got = claims(ex, text, published)
    assert {c[3] for c in got if c[2] == "held"} == {published, published.replace(day=1, month=6)}


def test_the_same_morning_is_the_day_named_before(ex):
    text = "IS attacked Hasakah on June 25 and IS fighters entered Kobani the same morning."
    got = claims(ex, text, dt.date(2015, 6, 30))
    assert (172256, "isis", "captured", dt.date(2015, 6, 25), "day") in got


MANBIJ, KOBANI = 167357, 172256


@pytest.mark.parametrize("text", [
    "Ukrainian troops clawed back Kupiansk in September 2022.",
    "Ukrainian troops took Kupiansk back in September 2022.",
    "Ukrainian troops won back Kupiansk in September 2022.",
    "Fighting their way east, Ukrainian troops were taking back Kupiansk in September 2022.",
])
def test_taking_a_town_back_is_a_capture(ex, text):
    got = claims(ex, text, UKRAINE)
    assert (KUPYANSK, "ukraine", "captured", dt.date(2022, 9, 1), "month") in got


@pytest.mark.parametrize("text", [
    "The push puts regime forces near Khan Shaykhun in southern Idlib, a town HTS and allied "
    "factions have controlled since 2014.",
    "Regime forces neared Khan Shaykhun in northern Hama, a town HTS has held since 2014.",
    "Khan Shaykhun, which HTS and allied factions have controlled since 2014, was shelled.",
])
def test_a_relative_clause_with_coordinated_subjects_hangs_on_the_town_not_its_area(ex, text):
    got = facts(ex, text, dt.date(2019, 5, 10))
    assert (KHAN_SHAYKHUN, "hts", "held") in got
    assert not {f for f in got if f[0] in (HAMA, 169389)}


@pytest.mark.parametrize(("text", "fact"), [
    ("Syrian government troops, escorted by Russian military police, deployed in Manbij and "
     "Kobani last week.", {(MANBIJ, "syrian-government", "held"),
                           (KOBANI, "syrian-government", "held")}),
    ("Syrian army units have deployed to Manbij.", {(MANBIJ, "syrian-government", "held")}),
    ("Russian troops are stationed in Manbij.", {(MANBIJ, "russia", "held")}),
])
def test_a_force_deployed_or_stationed_in_a_town_holds_it(ex, text, fact):
    assert fact <= facts(ex, text, dt.date(2019, 10, 20))


def test_a_force_deployed_near_a_town_does_not_hold_it(ex):
    assert not facts(ex, "The SDF deployed fighters near Manbij.", dt.date(2019, 10, 20))
