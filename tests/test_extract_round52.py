"""Families the date-wrong false alarms of sets 150 to 224 and the misses of blind sets 225 to
231 pointed at: dates of joined clauses and of "the day", a counted time before a shared
subject's second verb, a second predicate's own date, plural kinds of towns in lists, and a
town's holder besieged. Each test runs several phrasings written for it, never a held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

AFRIN, IZIUM, ZALINGEI, DOUMA, RAWA = 174186, 707292, 363533, 170592, 92004
# Anah: the old town or the new, as the gazetteer reads the text around it.
ANAH = {98885, 6765385}
EL_FASHER, SENNAR = 379555, 367644


@pytest.mark.parametrize("text", [
    "Turkey launched an operation against Afrin in January, and on March 18 its forces and "
    "their rebel allies entered the town.",
    "The offensive on Afrin began in January, and on March 18 Turkish troops and allied "
    "Syrian fighters seized the town.",
])
def test_a_date_opening_a_joined_clause_dates_its_verb_past_a_joint_subject(ex, text):
    got = claims(ex, text, dt.date(2018, 6, 20))
    assert (AFRIN, "turkey", "captured", dt.date(2018, 3, 18), "day") in got
    assert not {c for c in got if c[2] == "captured" and c[3] == dt.date(2018, 6, 20)}


def test_a_verb_joined_after_a_date_of_another_keeps_its_own_date(ex):
    # The first verb's date stays its own: the second has none.
    got = claims(ex, "IS seized Mosul in June 2014 and was driven out of Raqqa.",
                 dt.date(2017, 6, 20))
    assert (172955, "isis", "lost", dt.date(2017, 6, 20), "day") in got


@pytest.mark.parametrize("text", [
    "Ukrainian forces regained control of Izium on September 10, the day Russian troops "
    "withdrew in haste.",
    "Ukrainian troops entered Izium on September 10, the same day Russian forces pulled out.",
])
def test_a_clause_on_the_day_a_date_names_has_that_date(ex, text):
    got = claims(ex, text, dt.date(2022, 9, 23))
    assert (IZIUM, "russia", "lost", dt.date(2022, 9, 10), "day") in got
    assert not {c for c in got if c[3] == dt.date(2022, 9, 23)}, got


@pytest.mark.parametrize("text", [
    "The RSF captured the army headquarters in Nyala on 26 October, and five days later took "
    "Zalingei.",
    "The RSF overran the army's 16th Division base in Nyala on 26 October, and days later "
    "seized Zalingei.",
    "The RSF took the army garrison in Nyala on 26 October, and the following day stormed "
    "Zalingei.",
])
def test_a_counted_time_is_no_subject_of_a_shared_verb(ex, text):
    got = facts(ex, text, dt.date(2023, 11, 10))
    assert (ZALINGEI, "rsf", "captured") in got
    assert (ZALINGEI, "saf", "captured") not in got


@pytest.mark.parametrize("text", [
    "Douma remains in the hands of the Jaish al-Islam group and has been under siege since "
    "2013.",
    "Douma remains in rebel hands and has been encircled since 2013.",
])
def test_a_second_predicates_date_is_its_own(ex, text):
    got = claims(ex, text, dt.date(2018, 3, 18))
    assert (DOUMA, "syrian-opposition", "held", dt.date(2018, 3, 18), "day") in got


@pytest.mark.parametrize("text", [
    "ISIS still controls Hawija and its surrounding district, as well as the Euphrates towns "
    "of Anah and Rawa.",
    "Islamic State still holds Hawija, and the towns of Anah and Rawa further west.",
    "Iraqi forces retook Hawija and the river towns of Anah and Rawa.",
])
def test_a_plural_kind_of_town_heads_a_list(ex, text):
    got = facts(ex, text, dt.date(2017, 8, 29))
    wanted = [("isis", "held"), ("iraqi-government", "captured")]
    assert {(a, f, e) for a in ANAH for f, e in wanted} & got
    assert {(RAWA, f, e) for f, e in wanted} & got


@pytest.mark.parametrize(("text", "place"), [
    ("El Fasher, held by the army, remains under siege.", EL_FASHER),
    ("Sennar, still held by the army, has been under siege for weeks.", SENNAR),
])
def test_a_holder_named_in_the_towns_aside_is_besieged(ex, text, place):
    got = facts(ex, text, dt.date(2024, 7, 10))
    assert (place, "saf", "besieged") in got
    assert (place, "rsf", "contested") in got
