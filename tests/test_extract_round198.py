"""Round 198: an attack on a force's posts in a town ("attack SDF positions around Tal
Rifaat", "attacking army positions in Babanusa") is fought by the posts' force too, whatever
the verb's form; fire on them ("shelling the army's base in Babanusa") names only the shooter.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

TAL_RIFAAT, MANBIJ, BABANUSA = 163476, 167357, 377962


@pytest.mark.parametrize("text, places, attacker, defender", [
    ("SNA fighters went on to attack SDF positions around Tal Rifaat and Manbij.",
     (TAL_RIFAAT, MANBIJ), "syrian-opposition", "sdf"),
    ("The RSF said it was continuing to attack army positions in Babanusa.", (BABANUSA,),
     "rsf", "saf"),
])
def test_the_posts_force_fights_an_attack_on_them(ex, text, places, attacker, defender):
    found = facts(ex, text, dt.date(2024, 6, 21))
    for p in places:
        assert (p, attacker, "contested") in found
        assert (p, defender, "contested") in found


def test_fire_on_posts_names_only_the_shooter(ex):
    found = facts(ex, "The RSF has been shelling the army's 22nd Division base in Babanusa.",
                  dt.date(2024, 6, 21))
    assert (BABANUSA, "rsf", "contested") in found
    assert (BABANUSA, "saf", "contested") not in found
