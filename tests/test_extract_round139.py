"""Round 139: firing munitions at a town fights for it ("rebels fired rockets at Suqaylabiyah",
"helicopters dropped barrel bombs on Khan Sheikhoun"), the town read after what was fired;
firing or dropping nothing fired fights for nothing ("fired its commander", "dropped its
demand"). "Russian aviation" is Russia's. Phrasings written for these tests, never a shared or
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

ORIKHIV, KHAN_SHEIKHOUN, SUQAYLABIYAH = 698428, 168325, 163921


@pytest.mark.parametrize(("text", "fact"), [
    ("Russian forces fired rockets at Orikhiv overnight.", (ORIKHIV, "russia", "contested")),
    ("Russian troops fired 40 missiles at the town of Orikhiv on Monday.",
     (ORIKHIV, "russia", "contested")),
    ("Regime helicopters dropped barrel bombs on Khan Sheikhoun.",
     (KHAN_SHEIKHOUN, "syrian-government", "contested")),
    ("HTS fired dozens of rockets and shells at the town of Suqaylabiyah, wounding four.",
     (SUQAYLABIYAH, "hts", "contested")),
    ("Russian aviation dropped guided bombs on Orikhiv.", (ORIKHIV, "russia", "contested")),
    ("Russian aviation struck Orikhiv again on Thursday.", (ORIKHIV, "russia", "contested")),
])
def test_firing_munitions_at_a_town_fights_for_it(ex, text, fact):
    assert fact in facts(ex, text, dt.date(2024, 10, 2))


@pytest.mark.parametrize("text", [
    "The army fired its commander in Orikhiv on Monday.",
    "Russian negotiators dropped their demand for Orikhiv.",
])
def test_firing_nothing_fights_for_nothing(ex, text):
    assert not any(f[2] == "contested" for f in facts(ex, text, dt.date(2024, 10, 2)))
