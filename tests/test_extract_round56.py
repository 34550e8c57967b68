"""Relative clauses on a landmark with its own apposition, a capture noun timed "over the
weekend", and a force's own name in quotes (misses of blind sets 232 to 238). Each test runs
several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

BARA, EL_OBEID, AL_BAB, RAQQA, LYPTSI = 377724, 379003, 174018, 172955, 702989


@pytest.mark.parametrize("text", [
    "The RSF took Bara, a town about 60 kilometers north of El Obeid, the regional capital, "
    "which remains under army control.",
    "Fighting reached Bara, a market town north of El Obeid, the state capital, which is still "
    "in army hands.",
])
def test_a_landmark_with_its_own_apposition_heads_the_relative_clause(ex, text):
    got = facts(ex, text, dt.date(2025, 10, 27))
    assert (EL_OBEID, "saf", "held") in got
    assert (BARA, "saf", "held") not in got


def test_a_landmark_placing_a_town_is_no_head(ex):
    got = facts(ex, "Russian troops pushed towards Lyptsi, a large village on the road to "
                    "Kharkiv, where fighting continued.", dt.date(2024, 5, 14))
    assert (LYPTSI, "russia", "contested") in got


@pytest.mark.parametrize("text", [
    "The RSF also claimed the capture over the weekend of Bara, north of El Obeid.",
    "The RSF announced the seizure at the weekend of Bara, in North Kordofan.",
])
def test_a_capture_noun_timed_over_the_weekend(ex, text):
    assert (BARA, "rsf", "captured") in facts(ex, text, dt.date(2025, 10, 27))


@pytest.mark.parametrize("text", [
    "Coalition warplanes struck positions on the outskirts of al-Bab, which remains under "
    "“IS” control.",
    'Al-Bab remains in the hands of "Islamic State" militants, the monitor said.',
])
def test_a_forces_own_name_in_quotes_is_the_force(ex, text):
    assert (AL_BAB, "isis", "held") in facts(ex, text, dt.date(2016, 8, 13))


def test_a_label_in_quotes_names_no_force(ex):
    got = facts(ex, 'Rebels said they had driven "terrorists" out of Raqqa.', dt.date(2017, 8, 1))
    assert not {c for c in got if c[1] == "isis"}, got
