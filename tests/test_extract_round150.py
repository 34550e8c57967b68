"""Round 150: how often a force attacked or tried, between the verb and its place or
infinitive ("the occupiers attacked nine times near Petropavlivka", "attempted eight times to
advance near Chasiv Yar"), leaves the fight a fight, told as done; a report denied in the
present ("Claims ... that the village has been 'taken' are false") is denied as one denied
in the past is (round 147). Phrasings written for these tests, never a shared or held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

PETROPAVLIVKA, CHASIV_YAR, TORSKE = 697421, 710915, 691358
UKRAINE = "Russia's war against Ukraine goes on. "
DAY = dt.date(2024, 11, 5)


@pytest.mark.parametrize(("text", "fact"), [
    ("Kupiansk direction: the occupiers attacked nine times near Petropavlivka.",
     (PETROPAVLIVKA, "russia", "contested")),
    ("Kupiansk direction: Russian forces attacked twice near Petropavlivka overnight.",
     (PETROPAVLIVKA, "russia", "contested")),
    ("Russian troops attempted eight times to advance near Chasiv Yar.",
     (CHASIV_YAR, "russia", "contested")),
    ("Russian troops tried repeatedly to advance near Chasiv Yar.",
     (CHASIV_YAR, "russia", "contested")),
])
def test_how_often_leaves_a_fight_told_as_done(ex, text, fact):
    assert fact in facts(ex, UKRAINE + text, DAY)


def test_a_report_denied_in_the_present_is_negated(ex):
    text = UKRAINE + "Claims by Russian propagandists that Torske has been taken are false."
    assert (TORSKE, "russia", "captured") not in facts(ex, text, DAY)
    assert (TORSKE, "russia", "captured") in facts(ex, text, DAY, "negated")


def test_a_report_confirmed_in_the_present_stays_asserted(ex):
    text = UKRAINE + "Reports that Russian forces have taken Torske are accurate, he said."
    assert (TORSKE, "russia", "captured") in facts(ex, text, DAY)
