"""Round 191: a town told to be the scene of a fight between two sides ("Vovchansk is the scene
of heavy fighting between Russian and Ukrainian forces") is fought for by both. Phrasings
written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

VOVCHANSK, NYALA = 689304, 369004


@pytest.mark.parametrize("text, place, sides, published", [
    ("The border town of Vovchansk has been the scene of fierce fighting between Russian and "
     "Ukrainian troops all week.", VOVCHANSK, {"russia", "ukraine"}, dt.date(2024, 5, 17)),
    ("Nyala was again the scene of clashes between the army and the RSF on Monday.",
     NYALA, {"saf", "rsf"}, dt.date(2023, 8, 16)),
])
def test_the_scene_of_a_fight_between_two_sides(ex, text, place, sides, published):
    got = {c[1] for c in facts(ex, text, published) if c[0] == place and c[2] == "contested"}
    assert sides <= got
