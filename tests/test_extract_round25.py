"""Rule families the misses and false alarms of blind sets 51 to 54 pointed at, after their
honest figures were taken at the end of round 24: each test runs several phrasings written
for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

HASAHEISA, RUFAA, ZALINGEI = 379427, 367972, 363533


@pytest.mark.parametrize(("text", "fact"), [
    ("The RSF seized Wad Madani on December 19. Within days the paramilitaries had also taken "
     "Hasaheisa and Rufaa.", (RUFAA, "rsf", "captured", dt.date(2023, 12, 1), "month")),
    ("The RSF seized Wad Madani in December 2023, and within weeks it had taken Hasaheisa.",
     (HASAHEISA, "rsf", "captured", dt.date(2023, 12, 1), "month")),
    ("The RSF seized Nyala on October 26. Within hours its fighters had entered Zalingei.",
     (ZALINGEI, "rsf", "captured", dt.date(2024, 10, 26), "day")),
])
def test_within_days_or_weeks_is_the_span_of_the_date_before(ex, text, fact):
    assert fact in claims(ex, text, dt.date(2024, 12, 5))


def test_a_count_of_days_later_still_counts(ex):
    text = "The RSF seized Nyala on October 26. Two days later they took Zalingei."
    got = claims(ex, text, dt.date(2024, 12, 5))
    assert (ZALINGEI, "rsf", "captured", dt.date(2024, 10, 28), "day") in got


WAD_MADANI, SINJAR, MAKHMUR, MAARAT = 364103, 448149, 93818, 167611


@pytest.mark.parametrize(("text", "fact"), [
    ("The RSF took Nyala in October. In December it swept into Wad Madani, the capital of "
     "Gezira state.", (WAD_MADANI, "rsf", "captured")),
    ("The RSF took Nyala in October. In December it stormed into Wad Madani.",
     (WAD_MADANI, "rsf", "captured")),
])
def test_it_before_a_phrasal_verb_of_taking_is_the_force(ex, text, fact):
    assert fact in {c[:3] for c in claims(ex, text, dt.date(2024, 5, 18))}


@pytest.mark.parametrize("text", [
    "On Tuesday the peshmerga also withdrew from Sinjar and from Makhmur.",
    "The peshmerga pulled back from Sinjar and from Makhmur on Tuesday.",
])
def test_a_list_may_repeat_its_preposition(ex, text):
    got = {c[:3] for c in claims(ex, text, dt.date(2017, 10, 17))}
    assert {(SINJAR, "peshmerga", "lost"), (MAKHMUR, "peshmerga", "lost")} <= got


@pytest.mark.parametrize("text", [
    "I am writing this in Maarat al-Numan, which is still held by the opposition.",
    "The opposition still holds Maarat al-Numan in Syria.",
])
def test_the_opposition_is_syrias_rebels(ex, text):
    got = {c[:3] for c in claims(ex, text, dt.date(2019, 8, 24))}
    assert (MAARAT, "syrian-opposition", "held") in got


KADUGLI, DILLING, BABANUSA, MOREK = 373141, 376450, 377962, 166640
OLESHKY, HOLA_PRYSTAN, NOVA_KAKHOVKA, MELLIT, KUTUM = 691037, 708632, 699839, 370181, 371745


@pytest.mark.parametrize(("text", "towns"), [
    ("In South Kordofan, the army garrisons in Kadugli and Dilling remain besieged by the RSF "
     "and its allies.", (KADUGLI, DILLING)),
    ("The army's 22nd Division in Babanusa has been under RSF siege for more than a year.",
     (BABANUSA,)),
    ("The army in Babanusa has been under RSF siege since January.", (BABANUSA,)),
])
def test_a_force_placed_in_towns_is_besieged_there(ex, text, towns):
    got = {c[:3] for c in claims(ex, text, dt.date(2025, 11, 6))}
    for town in towns:
        assert {(town, "saf", "besieged"), (town, "rsf", "contested")} <= got


@pytest.mark.parametrize(("text", "force", "towns"), [
    ("Russian forces now hold positions on the left bank, including the towns of Oleshky, Hola "
     "Prystan and Nova Kakhovka.", "russia", (OLESHKY, HOLA_PRYSTAN, NOVA_KAKHOVKA)),
    ("The RSF holds most of North Darfur state, including the towns of Mellit and Kutum.", "rsf",
     (MELLIT, KUTUM)),
])
def test_the_towns_a_held_ground_includes_are_held(ex, text, force, towns):
    got = {c[:3] for c in claims(ex, text, dt.date(2022, 12, 8))}
    assert {(town, force, "held") for town in towns} <= got


MELITOPOL, BERDIANSK, ENERHODAR, SIEVIERODONETSK, LYSYCHANSK = (
    701404, 712451, 709276, 691999, 702972)


@pytest.mark.parametrize(("text", "facts_"), [
    ("To the east, Melitopol was occupied by Russian forces on 25 February, Berdiansk on 27 "
     "February and Enerhodar on 4 March.",
     {(MELITOPOL, dt.date(2022, 2, 25)), (BERDIANSK, dt.date(2022, 2, 27)),
      (ENERHODAR, dt.date(2022, 3, 4))}),
    ("Sievierodonetsk fell to Russian forces on 25 June and Lysychansk on 3 July.",
     {(SIEVIERODONETSK, dt.date(2022, 6, 25)), (LYSYCHANSK, dt.date(2022, 7, 3))}),
])
def test_towns_listed_with_their_own_dates_share_the_verb(ex, text, facts_):
    got = claims(ex, text, dt.date(2022, 12, 8))
    assert {(town, "russia", "captured", day, "day") for town, day in facts_} <= got


def test_a_town_after_the_verb_without_a_date_of_its_own_shares_nothing(ex):
    text = "Melitopol was occupied by Russian forces on 25 February, and aid groups say Berdiansk "
    text += "on Tuesday is calm."
    got = {c[:3] for c in claims(ex, text, dt.date(2022, 12, 8))}
    assert (BERDIANSK, "russia", "captured") not in got


@pytest.mark.parametrize("when", ["in March", "on 25 February"])
def test_an_occupation_dated_to_a_point_before_the_year_turned_is_the_taking(ex, when):
    got = {c[:3] for c in claims(ex, f"Melitopol was occupied by Russian forces {when}.",
                                 dt.date(2022, 12, 8))}
    assert (MELITOPOL, "russia", "captured") in got


# Yampil near Lyman (Donetsk oblast), not the Yampil of Vinnytsia oblast (693020) the
# gazetteer took before it read "Yampil’" as "Yampil" (round 79).
YAMPIL, LYMAN, BAKHMUT, DILLING_ = 688505, 704204, 713174, 376450


@pytest.mark.parametrize("text", [
    "Ukraine's military said on Friday that it had surrounded several thousand Russian troops "
    "in Lyman after retaking the nearby villages of Yampil and Drobysheve.",
    "Ukrainian troops pushed into Lyman after retaking Yampil.",
    "Ukrainian forces encircled Russian units in Lyman before retaking Yampil.",
])
def test_a_gerund_after_a_subordinator_has_the_subject_of_the_clause_before(ex, text):
    got = {c[:3] for c in claims(ex, text, dt.date(2022, 10, 1))}
    assert (YAMPIL, "ukraine", "captured") in got
    assert (YAMPIL, "russia", "captured") not in got


def test_several_thousand_troops_are_counted_troops(ex):
    text = "Ukrainian forces surrounded several thousand Russian troops in Lyman."
    assert (LYMAN, "russia", "besieged") in {c[:3] for c in claims(ex, text, dt.date(2022, 10, 1))}


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("Ukraine's general staff said its troops had repelled 23 attacks in and near Bakhmut over "
     "the past day.", dt.date(2023, 5, 22), (BAKHMUT, "russia", "contested")),
    ("The army repelled an attack on Dilling overnight.", dt.date(2025, 6, 10),
     (DILLING_, "rsf", "contested")),
])
def test_attacks_repelled_in_a_war_of_two_sides_come_from_the_other(ex, text, published, fact):
    assert fact in {c[:3] for c in claims(ex, text, published)}



def test_a_leap_day_told_after_it_passed_is_the_last_one_before(ex):
    got = claims(ex, "Melitopol was occupied by Russian forces on 29 February.",
                 dt.date(2023, 2, 10))
    assert (MELITOPOL, "russia", "captured", dt.date(2020, 2, 29), "day") in got
