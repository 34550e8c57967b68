"""Round 199: "it" as the object of a verb of driving out or of fighting, before where or
whence, is a force ("Kurdish fighters drove it out of Kobani", "troops are fighting it around
Deir ez-Zor"), never its own clause's subject; after other verbs ("attacked it from three
sides") it stays the town. Phrasings written for these tests, never a shared or held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KOBANI, RAQQA, DEIR_EZ_ZOR, BARA = 172256, 172955, 170794, 377724


@pytest.mark.parametrize("text, place, winner, loser, published", [
    ("Islamic State lost Manbij this week, its worst setback since Kurdish fighters drove it "
     "out of Kobani in January 2015.", KOBANI, "sdf", "isis", dt.date(2016, 8, 13)),
    ("Islamic State has lost most of its land. The SDF drove it from Raqqa in October.", RAQQA,
     "sdf", "isis", dt.date(2018, 1, 5)),
    ("The RSF captured Bara, a town in North Kordofan, in July. The army expelled it from Bara "
     "in September.", BARA, "saf", "rsf", dt.date(2025, 10, 30)),
])
def test_it_driven_out_is_a_force(ex, text, place, winner, loser, published):
    found = facts(ex, text, published)
    assert (place, winner, "captured") in found
    assert (place, loser, "lost") in found


def test_it_fought_is_the_subjects_enemy(ex):
    text = ("Islamic State is retreating down the valley, where Syrian government forces are "
            "fighting it around the city of Deir ez-Zor.")
    found = facts(ex, text, dt.date(2017, 10, 17))
    assert (DEIR_EZ_ZOR, "isis", "contested") in found
    assert (DEIR_EZ_ZOR, "syrian-government", "contested") in found


def test_it_attacked_stays_the_town(ex):
    text = ("The army retook Bara, a town in North Kordofan, in September. The RSF attacked it "
            "from three sides in October.")
    found = facts(ex, text, dt.date(2025, 10, 30))
    assert (BARA, "saf", "captured") in found
    assert not {f for f in found if f[1] == "saf" and f[2] == "lost"}
