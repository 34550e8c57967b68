"""Dates of round 89: a change told twice in a sentence, a date past a relative on "where", a
span of months, a date after a spell of fighting or before a participle that completes the
change, a claim whose object opens a clause, openings of two words and clefts. Each test runs
phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

KHERSON, MARIUPOL, IZIUM, AVDIIVKA, MARINKA = 706448, 701822, 707292, 713122, 701845
OMDURMAN, VOVCHANSK, AL_BAB, SARAQIB = 365137, 689304, 174018, 164816

UKRAINE = "Russia's war in Ukraine goes on in the south and east. "
SYRIA = "Syria's army and Russian jets fight rebels and HTS in Idlib province. "


@pytest.mark.parametrize("second", ["it fell on 2 March", "the city fell to them on 2 March"])
def test_a_change_told_twice_in_a_sentence_takes_the_day_it_names(ex, second):
    text = (f"{UKRAINE}Kherson was the only regional capital captured by Russian forces; "
            f"{second}.")
    got = claims(ex, text, dt.date(2022, 11, 22))
    assert (KHERSON, "russia", "captured", dt.date(2022, 3, 2), "day") in got, got
    assert (KHERSON, "russia", "captured", dt.date(2022, 11, 22), "day") not in got, got


@pytest.mark.parametrize("relative", ["where the M5 meets the M4", "which lies on the M5",
                                      "that guards the M5"])
def test_a_date_past_a_relative_set_off_after_the_object_is_the_verb_s(ex, relative):
    text = f"{SYRIA}Government forces took Saraqib, {relative}, on 8 February."
    got = claims(ex, text, dt.date(2020, 3, 20))
    assert (SARAQIB, "syrian-government", "captured", dt.date(2020, 2, 8), "day") in got, got


def test_a_weekday_ending_the_relative_is_what_the_date_after_it_restates(ex):
    text = (f"{UKRAINE}Fighting continues on the outskirts of Vovchansk, where Russian troops "
            "have been trying to break through since Friday, 10 May.")
    got = claims(ex, text, dt.date(2024, 5, 14))
    assert not {c for c in got if c[0] == VOVCHANSK and c[3] == dt.date(2024, 5, 10)
                and c[2] == "contested" and c[1] == "ukraine"}, got


@pytest.mark.parametrize(("span", "first"), [
    ("In February and March 2024", dt.date(2024, 2, 1)),
    ("Between December and January 2024", dt.date(2023, 12, 1)),
    ("From February to April 2024", dt.date(2024, 2, 1)),
])
def test_a_span_of_months_with_one_year_dates_from_its_first(ex, span, first):
    text = f"The army fights the RSF in Sudan. {span}, troops retook the old city of Omdurman."
    got = claims(ex, text, dt.date(2024, 6, 1))
    assert (OMDURMAN, "saf", "captured", first, "month") in got, got


@pytest.mark.parametrize(("when", "date", "precision"), [
    ("at the start of April", dt.date(2022, 4, 1), "month"),
    ("on April 1", dt.date(2022, 4, 1), "day"),
])
def test_a_date_after_a_spell_of_fighting_dates_the_change_it_ended(ex, when, date, precision):
    text = f"{UKRAINE}Izium fell to Russian troops after weeks of street fighting {when}."
    got = claims(ex, text, dt.date(2022, 10, 5))
    assert (IZIUM, "russia", "captured", date, precision) in got, got


def test_a_spell_with_a_clause_of_its_own_keeps_its_date(ex):
    text = (f"{UKRAINE}Russian troops took Izium after days of fighting that began on 25 March.")
    got = claims(ex, text, dt.date(2022, 4, 2))
    assert (IZIUM, "russia", "captured", dt.date(2022, 3, 25), "day") not in got, got


@pytest.mark.parametrize("participle", ["completing", "sealing", "ending"])
def test_a_participle_whose_object_is_the_change_takes_the_clause_s_day(ex, participle):
    text = (f"{UKRAINE}The last Ukrainian defenders surrendered on 20 May, {participle} "
            "Russia's takeover of the port city of Mariupol.")
    got = claims(ex, text, dt.date(2022, 6, 30))
    assert (MARIUPOL, "russia", "captured", dt.date(2022, 5, 20), "day") in got, got


@pytest.mark.parametrize("verb", ["claimed it had captured", "claimed it has captured",
                                  "claimed it would capture"])
def test_a_pronoun_after_a_claim_that_opens_a_clause_is_no_town_claimed(ex, verb):
    text = f"Ukrainian troops left Avdiivka on Saturday.\n\nRussia {verb} Marinka."
    told = {(c.place.geonameid, c.evidence.sentence) for c in ex.extract(
        text, published=dt.date(2024, 2, 17))}
    assert not {t for t in told if t[0] == AVDIIVKA and "Marinka" in t[1]}, told
    assert any(t[0] == MARINKA for t in told), told


@pytest.mark.parametrize("opening", ["In late December 2023,", "At the end of December 2023,",
                                     "In early December 2023,"])
def test_an_opening_date_of_two_words_dates_a_claim_to_have_taken(ex, opening):
    text = f"{UKRAINE}{opening} Russia claimed to have captured Marinka, west of Donetsk."
    got = claims(ex, text, dt.date(2024, 2, 17))
    assert (MARINKA, "russia", "captured", dt.date(2023, 12, 1), "month") in got, got


@pytest.mark.parametrize("cleft", ["It was not until 20 May that", "It was only on 20 May that"])
def test_a_cleft_s_date_dates_the_sentence(ex, cleft):
    text = f"{UKRAINE}{cleft} Wagner announced that Bakhmut had been completely taken."
    got = claims(ex, text, dt.date(2023, 6, 8))
    assert (713174, "russia", "captured", dt.date(2023, 5, 20), "day") in got, got


def test_a_change_told_as_the_day_s_news_keeps_its_day_beside_an_older_one(ex):
    text = (f"{SYRIA}Syrian government forces have retaken Saraqib, state media reported on "
            "Monday, reversing a rebel counterattack that had briefly wrested it back last week.")
    got = claims(ex, text, dt.date(2020, 3, 2))
    assert (SARAQIB, "syrian-government", "captured", dt.date(2020, 3, 2), "day") in got, got


QARYATAYN, NYALA, ZALINGEI = 173361, 369004, 363533
SUDAN = "The war between Sudan's army and the paramilitary RSF goes on in Darfur. "


@pytest.mark.parametrize("text", [
    "In the early hours of Feb. 17, Syrskyi announced that he had ordered troops to withdraw "
    "from Avdiivka.",
    "Ukraine's commander-in-chief announced in the early hours of Saturday, 17 February, that "
    "Ukrainian troops were pulling out of Avdiivka.",
    "The General Staff said on 17 February that Ukrainian troops had withdrawn from Avdiivka.",
])
def test_the_day_of_a_report_dates_what_it_reports(ex, text):
    got = claims(ex, UKRAINE + text, dt.date(2024, 2, 20))
    assert (AVDIIVKA, "ukraine", "lost", dt.date(2024, 2, 17), "day") in got, got


def test_a_when_clause_on_a_day_and_its_time_of_day_is_of_that_day(ex):
    text = (f"{UKRAINE}Crowds in Kherson had been celebrating since Friday morning, when the "
            "first Ukrainian soldiers walked into the city.")
    got = claims(ex, text, dt.date(2022, 11, 14))
    assert (KHERSON, "ukraine", "captured", dt.date(2022, 11, 11), "day") in got, got


@pytest.mark.parametrize("fighting", ["heavy fighting", "two days of fierce clashes",
                                      "a week-long battle"])
def test_a_date_after_any_spell_of_fighting_dates_the_change(ex, fighting):
    text = (f"Islamic State fights the Syrian army in Homs province. ISIL took control of Al "
            f"Qaryatayn town, south-east of Homs city, after {fighting} on 5 August.")
    got = claims(ex, text, dt.date(2015, 8, 20))
    assert (QARYATAYN, "isis", "captured", dt.date(2015, 8, 5), "day") in got, got


def test_a_spell_of_fighting_after_a_later_verb_leaves_an_earlier_date_alone(ex):
    text = (f"{SUDAN}The group took Nyala and Zalingei in October 2023, and captured El Geneina "
            "after fighting in June of that year.")
    got = claims(ex, text, dt.date(2025, 1, 10))
    assert (NYALA, "rsf", "captured", dt.date(2023, 10, 1), "month") in got, got


KHARTOUM_ = 379252


@pytest.mark.parametrize("opening", ["When fighting erupted on April 15, 2023,",
                                     "When the war broke out on April 15, 2023,"])
def test_a_when_clause_s_start_dates_the_clause_after_it(ex, opening):
    text = f"{SUDAN}{opening} the RSF quickly seized much of Khartoum, including the palace."
    got = claims(ex, text, dt.date(2025, 4, 5))
    assert (KHARTOUM_, "rsf", "captured", dt.date(2023, 4, 15), "day") in got, got


@pytest.mark.parametrize("rest", [" is in ruins.", " after weeks of fighting, the army denied "
                                                   "that its commanders had surrendered."])
def test_a_weekday_s_comma_does_not_cut_a_relative_from_its_day(ex, rest):
    text = f"{SUDAN}In Nyala, which the RSF took over on Thursday, October 26,{rest}"
    got = claims(ex, text, dt.date(2023, 11, 5))
    assert (NYALA, "rsf", "captured", dt.date(2023, 10, 26), "day") in got, got
