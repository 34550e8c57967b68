"""Round 131: a quotation opened right after a modal or "to" goes on with its verb group ('would
"enter El Fasher soon"' is still to come); "no immediate confirmation that" leaves its clause
unasserted; a speaker's date inside a relative clause closed before the verb does not date it;
a "since" clause of several words keeps its date from a change outside it. Phrasings written
for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import default_extractor

EL_FASHER, NYALA, IZIUM, POKROVSK, SINGA, MANBIJ = 379555, 369004, 707292, 704422, 366847, 167357
DAY = dt.date(2024, 6, 10)


def told(text: str, published: dt.date = DAY) -> set[tuple]:
    return {(c.place.geonameid, c.force, c.event, c.modality, c.date)
            for c in default_extractor().extract(text, published=published)}


@pytest.mark.parametrize(("text", "fact"), [
    ('An RSF commander said in a video that his forces would "enter El Fasher soon".',
     (EL_FASHER, "rsf", "captured")),
    ("The army vowed it would “liberate Nyala within days”.", (NYALA, "saf", "captured")),
])
def test_a_quotation_after_a_modal_is_still_to_come(text, fact):
    moods = {m for g, f, e, m, _ in told(text) if (g, f, e) == fact}
    assert moods == {"expected"}


def test_a_quoted_verb_after_a_past_verb_is_told():
    # a quotation that opens after a verb of the past, not a modal: the taking happened
    got = told('The army said its troops "liberated Nyala" on Monday.')
    assert {m for g, f, e, m, _ in got if (g, f, e) == (NYALA, "saf", "captured")} == {
        "asserted"}


@pytest.mark.parametrize("text", [
    "There was no immediate confirmation that Ukrainian units had entered Izium.",
    "There was no independent verification that Ukrainian units had entered Izium.",
])
def test_no_confirmation_leaves_the_clause_unasserted(text):
    assert not {x for x in told(text, dt.date(2022, 9, 10)) if x[0] == IZIUM and x[3] == "asserted"}


def test_a_speakers_date_in_a_closed_relative_clause_does_not_date_the_main_verb():
    got = told("Russia, which said last month it had captured the town of Toretsk, kept up "
               "attacks around Pokrovsk.")
    assert (POKROVSK, "russia", "contested", "asserted", DAY) in got


@pytest.mark.parametrize("text", [
    "The recapture of Singa gives the military its biggest gain in the southeast since the "
    "paramilitary RSF overran the town in June.",
    "The recapture of Singa is the army's most important success since its troops pushed the "
    "RSF out of Omdurman in February.",
])
def test_a_long_since_clause_keeps_its_date_from_a_change_outside_it(text):
    published = dt.date(2024, 11, 25)
    assert (SINGA, "saf", "captured", "asserted", published) in told(text, published)
