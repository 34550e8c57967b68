"""Round 130: towns coordinated before a present perfect of control are all held ("Nyala and
Zalingei have been under RSF control"), and a present perfect with an adverb or "all" before
the control still lasts ("has been largely under army control since June"). Phrasings written
for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import asserted

NYALA, ZALINGEI, EL_GENEINA, OMDURMAN, KUPIANSK, IZIUM = (
    369004, 363533, 379303, 365137, 703656, 707292)
DAY = dt.date(2024, 5, 13)


@pytest.mark.parametrize(("text", "towns", "force"), [
    ("Nyala and Zalingei have been under RSF control for months.", (NYALA, ZALINGEI), "rsf"),
    ("Nyala, Zalingei and El Geneina have all been under the control of the RSF.",
     (NYALA, ZALINGEI, EL_GENEINA), "rsf"),
    ("Kupiansk and Izium have been in Ukrainian hands again.", (KUPIANSK, IZIUM), "ukraine"),
    ("Residents say Nyala and El Geneina are all under RSF control.", (NYALA, EL_GENEINA), "rsf"),
])
def test_every_town_coordinated_before_a_plural_verb_of_control_is_held(ex, text, towns,
                                                                          force):
    held = {c.place.geonameid for c in asserted(ex, text, DAY)
            if c.force == force and c.event == "held"}
    assert held == set(towns)


@pytest.mark.parametrize(("text", "town", "force", "since"), [
    ("Omdurman has been largely under army control since January.", OMDURMAN, "saf",
     dt.date(2024, 1, 1)),
    ("El Geneina has been firmly under RSF control since last November.", EL_GENEINA, "rsf",
     dt.date(2023, 11, 1)),
    ("Nyala, Zalingei and El Geneina have all been under RSF control since October.", NYALA,
     "rsf", dt.date(2023, 10, 1)),
])
def test_a_present_perfect_with_a_word_before_the_control_still_lasts(ex, text, town, force,
                                                                     since):
    told = [(c.date, c.since) for c in asserted(ex, text, DAY)
            if (c.place.geonameid, c.force, c.event) == (town, force, "held")]
    assert told == [(DAY, since)]


def test_a_relative_clause_with_have_keeps_its_one_head(ex):
    # "have" after a relative pronoun speaks of the one town before it, not of a list
    held = {c.place.geonameid for c in asserted(
        ex, "Troops shelled Nyala, which the RSF have held since October, and entered Zalingei.",
        DAY) if c.event == "held"}
    assert held == {NYALA}
