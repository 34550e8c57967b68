"""Round 181: in Russia's war on Ukraine, "the defenders" with no side named are Ukraine's, as
Ukraine's own statements and most copy call its troops ("defenders repelled 27 Russian assaults
near Selydove"); in another war the word names no one. Phrasings written for these tests, never
a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

SELYDOVE, EL_FASHER = 694677, 379555


@pytest.mark.parametrize("who", ["defenders", "the defenders"])
def test_the_defenders_are_ukraines(ex, who):
    text = (f"Russia's war in Ukraine. On the Pokrovsk axis, {who} repelled 27 Russian assaults "
            "near Selydove.")
    assert (SELYDOVE, "ukraine", "contested") in facts(ex, text, dt.date(2024, 10, 3))


def test_defenders_in_another_war_are_no_ukrainians(ex):
    text = ("Sudan's war between the army and the RSF. The defenders repelled an RSF assault on "
            "El Fasher.")
    assert not {c for c in facts(ex, text, dt.date(2024, 6, 8)) if c[1] == "ukraine"}
