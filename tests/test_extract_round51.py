"""Families the misses of blind sets 218 to 224 pointed at: sponsors before a group noun, a
town that owns its capture noun, adverbs of a firm hold, the dated fall of an occupied town,
gapped towns past asides, and the year that opens a sentence. Each test runs several
phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

MAYADEEN, TIKRIT, RAQQA, IDLIB, JISR, PALMYRA = 173480, 90150, 172955, 169389, 169023, 163808
SOLEDAR, KRASNOHORIVKA, BAKHMUT, AVDIIVKA, POPASNA, SUDZHA = (706757, 704393, 713174, 713122,
                                                              696566, 486816)
POKROVSK, MYRNOHRAD, NOVOHRODIVKA, SELYDOVE, SINGA, SENNAR = (704422, 710035, 699557, 694677,
                                                              366847, 367644)


@pytest.mark.parametrize(("text", "place", "force"), [
    ("Russian-backed government forces retook the desert town of Mayadeen on Saturday.",
     MAYADEEN, "syrian-government"),
    ("Iranian-backed government troops entered Tikrit on Tuesday after a month-long siege.",
     TIKRIT, "iraqi-government"),
    ("Russian-supported regime forces recaptured Palmyra on Sunday.", PALMYRA,
     "syrian-government"),
])
def test_a_sponsor_before_a_group_noun_leaves_the_noun_its_own(ex, text, place, force):
    got = facts(ex, text, dt.date(2017, 10, 19))
    assert (place, force, "captured") in got


@pytest.mark.parametrize(("text", "place", "date"), [
    ("Soledar's capture by Russian troops on January 13 opened the northern road.", SOLEDAR,
     dt.date(2023, 1, 13)),
    ("Moscow announced Soledar's capture on Jan. 13.", SOLEDAR, dt.date(2023, 1, 13)),
    ("Krasnohorivka, whose capture Moscow claimed on 10 September, lies west of the city.",
     KRASNOHORIVKA, dt.date(2023, 9, 10)),
    ("Bakhmut's fall to Wagner fighters in May changed little on the map.", BAKHMUT,
     dt.date(2023, 5, 1)),
])
def test_a_town_that_owns_its_capture_noun_is_the_one_taken(ex, text, place, date):
    got = claims(ex, text, dt.date(2023, 10, 5))
    assert any(c[:3] == (place, "russia", "captured") and c[3] == date for c in got), got


@pytest.mark.parametrize("text", [
    "Avdiivka's fall came a week after the general took command.",
    "Analysts say the city's loss leaves the whole sector exposed, Russian forces said.",
    "Krasnohorivka, near Donetsk, whose capture Moscow claimed on 10 September, is in ruins.",
])
def test_an_owned_noun_with_no_taker_names_none(ex, text):
    got = facts(ex, text, dt.date(2024, 3, 5))
    assert not {c for c in got if c[2] in ("captured", "lost")}, got


def test_a_town_owned_loss_confirmed_is_the_confirmers(ex):
    got = facts(ex, "Kyiv confirmed Bakhmut's loss on Sunday.", dt.date(2023, 5, 23))
    assert (BAKHMUT, "ukraine", "lost") in got


@pytest.mark.parametrize("text", [
    "Russian forces shell Pokrovsk daily, although it remains firmly in Ukrainian hands.",
    "Russian guns pound Pokrovsk, but it stays securely under Ukrainian control.",
    "Russian drones circle Pokrovsk, yet it remains solidly in Ukrainian hands, as does "
    "Myrnohrad.",
])
def test_a_firm_hold_is_a_hold(ex, text):
    got = facts(ex, text, dt.date(2024, 11, 15))
    assert (POKROVSK, "ukraine", "held") in got
    if "Myrnohrad" in text:
        assert (MYRNOHRAD, "ukraine", "held") in got


@pytest.mark.parametrize(("text", "place", "date"), [
    ("The fall of Popasna in early May opened the road west.", POPASNA, dt.date(2023, 5, 1)),
    ("The capture of Popasna on 7 May cost both armies dearly.", POPASNA, dt.date(2023, 5, 7)),
    ("The fall of Soledar, a salt-mining town, in mid-January exposed the flank.", SOLEDAR,
     dt.date(2023, 1, 1)),
])
def test_a_dated_fall_of_an_occupied_town_is_the_occupiers(ex, text, place, date):
    got = claims(ex, text, dt.date(2023, 6, 1))
    assert (place, "russia", "captured", date, "day" if date.day > 1 else "month") in got
    assert (place, "ukraine", "lost", date, "day" if date.day > 1 else "month") in got


@pytest.mark.parametrize("text", [
    "The fall of Avdiivka has reshaped the front.",  # undated: background, not a change
    "The liberation of Kupiansk lifted spirits in Kharkiv.",  # each side's word for its own
    "The capture of Sudzha on August 6 stunned Moscow.",  # not a town of the occupied country
    "The fall of Pokrovsk in the coming weeks would open the road west.",
])
def test_no_occupiers_fall_without_a_date_or_outside_the_occupied_country(ex, text):
    got = facts(ex, text, dt.date(2024, 9, 1))
    assert not {c for c in got if c[1] == "russia" and c[2] == "captured"}, got


@pytest.mark.parametrize(("text", "place", "force"), [
    ("Kyiv is racing to prevent the fall of Pokrovsk.", POKROVSK, "russia"),
    ("The army averted the capture of Sennar by the RSF in July.", SENNAR, "rsf"),
    ("Reinforcements staved off the fall of Sennar to the RSF.", SENNAR, "rsf"),
])
def test_a_fall_prevented_is_no_fall(ex, text, place, force):
    assert (place, force, "captured") not in facts(ex, text, dt.date(2024, 11, 1))


@pytest.mark.parametrize(("text", "second", "date", "precision"), [
    ("Novohrodivka fell in early September and Selydove, a mining town of 20,000 before the "
     "war, at the end of October.", SELYDOVE, dt.date(2024, 10, 1), "month"),
    ("Novohrodivka was taken by Russian troops on 5 September and Selydove, home to 21,000 "
     "people, two months later.", SELYDOVE, dt.date(2024, 11, 1), "month"),
    ("Russian troops took Novohrodivka on 5 September and Selydove a few days later.", SELYDOVE,
     dt.date(2024, 9, 8), "day"),
])
def test_a_gapped_town_past_an_aside_has_its_own_date(ex, text, second, date, precision):
    got = claims(ex, text, dt.date(2024, 12, 1))
    assert (second, "russia", "captured", date, precision) in got


@pytest.mark.parametrize(("text", "jisr"), [
    ("In 2015 the Army of Conquest captured Idlib city in late March and Jisr al-Shughur a "
     "month later.", dt.date(2015, 4, 1)),
    ("In the spring of 2015, the Jaish al-Fatah coalition took Idlib in late March and Jisr "
     "al-Shughur in April.", dt.date(2015, 4, 1)),
    ("Everything changed in 2015, when the Jaysh al-Fateh alliance stormed Idlib in late "
     "March and Jisr al-Shughur a month later.", dt.date(2015, 4, 1)),
])
def test_a_year_that_opens_a_sentence_dates_its_months(ex, text, jisr):
    got = claims(ex, text, dt.date(2019, 9, 1))
    assert (IDLIB, "syrian-opposition", "captured", dt.date(2015, 3, 1), "month") in got
    assert (JISR, "syrian-opposition", "captured", jisr, "month") in got


def test_a_year_told_in_passing_does_not_date_the_sentence(ex):
    got = claims(ex, "IS, which took Palmyra in 2015, lost Raqqa in October.",
                 dt.date(2017, 11, 1))
    assert (RAQQA, "isis", "lost", dt.date(2017, 10, 1), "month") in got
