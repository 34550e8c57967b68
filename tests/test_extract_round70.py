"""A relative clause past the region a town lies in or past its kind, and a flag raised over a
town or a building of it (misses of blind sets 295 to 301; flags are one frame, not a list of
verb phrases). Each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KUPIANSK, LYMAN, DONETSK, IZIUM, AFRIN, RAQQA, KHARKIV = (
    703656, 704204, 709717, 707292, 174186, 172955, 706483)


@pytest.mark.parametrize(("text", "town", "other", "force", "event"), [
    ("Attacks went on around Kupiansk in the northeastern Kharkiv region, which Ukrainian "
     "troops recaptured in September 2022.", KUPIANSK, KHARKIV, "ukraine", "captured"),
    ("Fighting was reported around Lyman, a town in northern Donetsk that Russian forces have "
     "held since May.", LYMAN, DONETSK, "russia", "held"),
])
def test_a_relative_clause_past_a_towns_region_or_kind_is_the_towns(ex, text, town, other,
                                                                     force, event):
    got = facts(ex, text, dt.date(2022, 9, 11))
    assert (town, force, event) in got
    assert (other, force, event) not in got


@pytest.mark.parametrize(("text", "town", "force"), [
    ("Ukrainian soldiers raised the national flag over the town hall in Kupiansk on Saturday.",
     KUPIANSK, "ukraine"),
    ("On Saturday the flag was raised over the administration building in Izium by Ukrainian "
     "troops.", IZIUM, "ukraine"),
    ("Ukraine's 92nd brigade raised the flag in front of the city council in Kupiansk.",
     KUPIANSK, "ukraine"),
    ("Turkish troops hoisted their flag in the centre of Afrin.", AFRIN, "turkey"),
    ("SDF fighters raised their yellow flag over Raqqa's stadium.", RAQQA, "sdf"),
])
def test_a_flag_raised_over_a_town_or_its_building_is_its_taking(ex, text, town, force):
    assert (town, force, "captured") in facts(ex, text, dt.date(2022, 9, 11))


@pytest.mark.parametrize("text", [
    "The shelling raised fears in Kharkiv, officials said.",
    "Russian troops raised a flag over a hill near Kharkiv.",
    # Bare soldiers name no side: whose flag it was, the sentence does not say for sure.
    "Soldiers raised a flag over the town hall in Kharkiv.",
])
def test_no_flag_or_a_flag_elsewhere_takes_no_town(ex, text):
    assert not {f for f in facts(ex, text, dt.date(2022, 9, 11)) if f[2] == "captured"}
