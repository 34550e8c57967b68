"""Round 190: an attack noun's agent may stand between it and the town attacked ("repelled an
assault by HTS fighters on Souran", "attacks by Russian forces on Avdiivka"): the agent after
"by" fights for the town, and the repeller holds it. Phrasings written for these tests, never
a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

SOURAN, AVDIIVKA = 163915, 713122


def test_the_agent_of_a_repelled_assault(ex):
    text = "On Tuesday, army units repelled an assault by HTS fighters on the town of Souran."
    got = facts(ex, text, dt.date(2024, 12, 6))
    assert (SOURAN, "hts", "contested") in got
    assert (SOURAN, "syrian-government", "held") in got


@pytest.mark.parametrize("noun", ["Attacks", "Assaults"])
def test_the_agent_of_attacks_on_a_town(ex, noun):
    text = f"{noun} by Russian forces on Avdiivka intensified in October."
    assert (AVDIIVKA, "russia", "contested") in facts(ex, text, dt.date(2023, 11, 2))
