"""The story's actor when allies took towns together (misses of blind sets 225 to 231), and
lists a kind of town heads. Each test runs several phrasings written for it, never a
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

JANDAIRIS, RAJO, SHEIKH_HADID = 169190, 165571, 164354


@pytest.mark.parametrize("text", [
    "Turkish troops and allied Syrian rebels took Afrin on 18 March. Jandairis was taken on "
    "8 March after days of shelling.",
    "Turkey and the Free Syrian Army entered Afrin on Sunday. Jandairis had been captured on "
    "8 March.",
])
def test_allies_that_took_towns_together_have_a_lead_for_a_taking_with_no_taker(ex, text):
    got = facts(ex, text, dt.date(2018, 3, 21))
    assert (JANDAIRIS, "turkey", "captured") in got


def test_rivals_are_no_actor_of_a_taking_with_no_taker(ex):
    # The SDF and the Turkish-backed rebels are enemies: who took Jandairis, the text says not.
    got = facts(ex, "Turkish-backed rebels took Afrin on 18 March after the SDF took Manbij. "
                    "Jandairis was taken on 8 March.", dt.date(2018, 3, 21))
    assert not {c for c in got if c[0] == JANDAIRIS}, got


@pytest.mark.parametrize("text", [
    "Turkish troops took Afrin on 18 March. The towns of Rajo and Sheikh El-Hadid fell on "
    "3 March.",
    "Turkish troops took Afrin on 18 March. Later, the towns of Rajo and Sheikh El-Hadid "
    "fell on 3 March.",
])
def test_a_list_its_kind_heads_falls_whole(ex, text):
    got = facts(ex, text, dt.date(2018, 3, 21))
    assert {(RAJO, "turkey", "captured"), (SHEIKH_HADID, "turkey", "captured")} <= got


def test_towns_listed_with_the_next_verbs_subject_are_not_the_verb_befores_objects(ex):
    got = claims(ex, "Turkish troops took Afrin on 18 March, and the towns of Rajo and Sheikh "
                     "El-Hadid fell on 3 March.", dt.date(2018, 3, 21))
    assert not {c for c in got if c[0] == RAJO and c[3] == dt.date(2018, 3, 18)}, got


def test_a_list_after_another_verbs_object_does_not(ex):
    got = facts(ex, "Turkish troops shelled the town of Rajo and Sheikh El-Hadid fell on "
                    "3 March.", dt.date(2018, 3, 21))
    assert (RAJO, "turkey", "captured") not in got
