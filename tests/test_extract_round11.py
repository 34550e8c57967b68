"""Rule families the misses of held-out set 14's Ukraine and Sudan articles pointed at (written
blind): each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

BAKHMUT, BABANUSA, EL_FASHER, KHERSON = 713174, 377962, 379555, 706448
KUPIANSK, LYMAN, EL_OBEID, EL_FULA, DEIR_EZZOR = 703656, 704204, 379003, 379535, 170794
UKRAINE, SUDAN = dt.date(2023, 1, 20), dt.date(2025, 2, 24)


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("The paramilitaries continue to besiege the army garrison in Babanusa.", SUDAN,
     (BABANUSA, "saf", "besieged")),
    ("RSF fighters continue to encircle El Fasher.", SUDAN, (EL_FASHER, "rsf", "contested")),
    ("Russian troops have continued to push into Bakhmut from three sides.", UKRAINE,
     (BAKHMUT, "russia", "contested")),
    ("Ukrainian forces began to shell Kherson's outskirts after Russian units started to "
     "withdraw from Kherson.", UKRAINE, (KHERSON, "russia", "lost")),
])
def test_an_aspect_verb_before_an_infinitive_asserts_the_act(ex, text, published, fact):
    assert fact in facts(ex, text, published)


def test_a_plan_to_go_on_is_still_expected(ex):
    text = "The RSF said it would continue to besiege Babanusa."
    assert (BABANUSA, "rsf", "contested") in facts(ex, text, SUDAN, "expected")
    assert (BABANUSA, "rsf", "contested") not in facts(ex, text, SUDAN)


@pytest.mark.parametrize(("text", "fact"), [
    ("The village of Lyman came under Ukrainian control on Friday.", (LYMAN, "ukraine")),
    ("Kupiansk fell under the control of Russian forces without a fight.", (KUPIANSK, "russia")),
    ("By Sunday, Lyman had come fully under the control of Ukrainian troops.",
     (LYMAN, "ukraine")),
    ("Lyman is back under Ukrainian control.", (LYMAN, "ukraine")),
])
def test_coming_under_control_is_a_capture(ex, text, fact):
    got = facts(ex, text, UKRAINE)
    assert (*fact, "captured") in got
    assert (*fact, "held") not in got


def test_being_under_control_is_still_a_holding(ex):
    got = facts(ex, "Kupiansk has been under Russian control since February.", UKRAINE)
    assert (KUPIANSK, "russia", "held") in got
    assert (KUPIANSK, "russia", "captured") not in got


@pytest.mark.parametrize(("text", "town", "breaker", "besieger"), [
    ("The army said its troops had broken a paramilitary siege of El Obeid.", EL_OBEID, "saf",
     None),
    ("Army units lifted the RSF siege of El Obeid on Sunday.", EL_OBEID, "saf", "rsf"),
    ("The army broke the siege of Babanusa imposed by the RSF.", BABANUSA, "saf", "rsf"),
    ("Syrian troops ended the Islamic State siege of Deir el-Zour on Tuesday.", DEIR_EZZOR,
     "syrian-government", "isis"),
])
def test_a_broken_siege_leaves_the_town_held(ex, text, town, breaker, besieger):
    got = facts(ex, text, SUDAN)
    assert (town, breaker, "held") in got
    assert (town, breaker, "besieged") not in got
    if besieger:
        assert (town, besieger, "contested") in got


@pytest.mark.parametrize("text", [
    "Government forces are close to breaking the RSF siege of El Obeid.",
    "The army has been trying for months to break the RSF siege of El Obeid.",
])
def test_a_siege_not_yet_broken_still_besieges(ex, text):
    got = facts(ex, text, SUDAN)
    assert (EL_OBEID, "saf", "besieged") in got
    assert (EL_OBEID, "saf", "held") not in got


@pytest.mark.parametrize("text", [
    "El Fula is the latest state capital to fall to the RSF since the war began in April 2023.",
    "El Fula is the latest town to come under RSF control since fighting erupted in April 2023.",
])
def test_a_since_clause_does_not_date_a_capture_outside_it(ex, text):
    got = claims(ex, text, dt.date(2024, 6, 21))
    assert (EL_FULA, "rsf", "captured", dt.date(2024, 6, 21), "day") in got


def test_a_since_clause_dates_its_own_capture(ex):
    got = claims(ex, "The RSF has held Nyala since it captured the city in October 2023.", SUDAN)
    assert (369004, "rsf", "captured", dt.date(2023, 10, 1), "month") in got
