"""A landmark's own apposition, the pro-Russian forces, "both cities" for a pair of towns,
and a "where" clause in the past dated by the clause it hangs on (misses of blind sets 260 to
266). Each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

DONETSK, HORLIVKA, LUHANSK = 709717, 707753, 702658
SLOVIANSK, KRAMATORSK, LYSYCHANSK, SIEVIERODONETSK = 693468, 704508, 702972, 691999
NYALA, ZALINGEI, BARTELLA, QARAQOSH = 369004, 363533, 97890, 92430


@pytest.mark.parametrize(("text", "place", "other"), [
    ("Shelling hit Avdiivka, a few miles from Donetsk, a city controlled by Russian forces "
     "since 2014.", DONETSK, 713122),
    ("The brigade dug in near Horlivka, the industrial town held by Russian troops since "
     "2014.", HORLIVKA, None),
    ("Refugees from Sievierodonetsk reached a camp outside Luhansk, the regional capital "
     "occupied by Russian forces since 2014.", LUHANSK, SIEVIERODONETSK),
])
def test_a_landmarks_own_apposition_takes_the_participle(ex, text, place, other):
    got = facts(ex, text, dt.date(2024, 2, 17))
    assert (place, "russia", "held") in got
    assert other is None or (other, "russia", "held") not in got


def test_a_landmark_set_off_in_the_subjects_apposition_is_no_head(ex):
    got = facts(ex, "Kramatorsk, a city just north of Donetsk, has been held by Ukraine "
                    "since 2014.", dt.date(2024, 2, 17))
    assert (KRAMATORSK, "ukraine", "held") in got
    assert (DONETSK, "ukraine", "held") not in got


@pytest.mark.parametrize("noun", ["pro-Russian forces", "Russian-backed separatists",
                                  "pro-Moscow fighters", "Russia-backed militias"])
def test_the_forces_russia_backs_are_russias(ex, noun):
    got = facts(ex, f"Horlivka has been controlled by {noun} since 2014.", dt.date(2022, 5, 1))
    assert (HORLIVKA, "russia", "held") in got


@pytest.mark.parametrize(("text", "event"), [
    ("Ukrainian forces hold Sloviansk and Kramatorsk. Russian troops shelled both cities on "
     "Sunday.", "contested"),
    ("Sloviansk and Kramatorsk lie west of the front; Russian artillery pounded the two cities "
     "overnight.", "contested"),
    ("Russian troops shelled Sloviansk and Kramatorsk for weeks and then captured both "
     "towns.", "captured"),
])
def test_a_pair_pointer_stands_for_both_towns_named_before_it(ex, text, event):
    got = facts(ex, text, dt.date(2022, 7, 3))
    assert (SLOVIANSK, "russia", event) in got
    assert (KRAMATORSK, "russia", event) in got


def test_a_pair_pointer_names_no_pair_it_cannot_find(ex):
    # One town before it, or the pair named right after it: no reference back.
    got = facts(ex, "Russian forces took Lysychansk. Both cities, Sloviansk and Kramatorsk, "
                    "are next.", dt.date(2022, 7, 3))
    assert (LYSYCHANSK, "russia", "captured") in got
    assert not {f for f in got if f[0] in (SIEVIERODONETSK,) and f[2] == "captured"}
    got = facts(ex, "Ukraine still holds Sloviansk. Russian troops shelled both towns.",
                dt.date(2022, 7, 3))
    assert (KRAMATORSK, "russia", "contested") not in got


@pytest.mark.parametrize(("text", "published", "place", "force", "day", "precision"), [
    ("The offensive began in October with a push across the Nineveh Plains, where Iraqi army "
     "units retook Bartella.", dt.date(2017, 7, 11), BARTELLA, "iraqi-government",
     dt.date(2016, 10, 1), "month"),
    ("The paramilitary swept into South Darfur on 26 October, where its fighters overran "
     "Nyala.", dt.date(2024, 7, 11), NYALA, "rsf", dt.date(2023, 10, 26), "day"),
])
def test_a_where_clause_in_the_past_happened_when_its_head_clause_did(
        ex, text, published, place, force, day, precision):
    assert (place, force, "captured", day, precision) in claims(ex, text, published)


def test_a_where_clause_in_the_present_is_as_of_the_story(ex):
    got = claims(ex, "Fighting erupted in April in South Darfur, where the RSF controls "
                     "Nyala and Zalingei.", dt.date(2024, 7, 11))
    assert (NYALA, "rsf", "held", dt.date(2024, 7, 11), "day") in got
