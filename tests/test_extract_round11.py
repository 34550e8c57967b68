"""Rule families the misses of held-out set 14's Ukraine and Sudan articles pointed at (written
blind): each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

BAKHMUT, BABANUSA, EL_FASHER, KHERSON = 713174, 377962, 379555, 706448
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
