"""Round 161: a statement whose heading names who issues it ("Syrian Democratic Forces – Media
Centre", "Statement of the Official Spokesman of the Rapid Support Forces") speaks in that
force's voice: its "our forces" (also "our valiant forces") are that force's where no speaker
of their own is near. A headline that only names a force issues nothing. Phrasings written
for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

HAJIN, ARDAMATA = 174506, 13132452
DAY = dt.date(2018, 12, 15)


@pytest.mark.parametrize("heading", [
    "Syrian Democratic Forces – Media Centre\n14 December 2018",
    "Statement of the SDF General Command — 14 December 2018",
    "SDF press office\nStatement No. 12",
])
@pytest.mark.parametrize("body", [
    "Our forces liberated the town of Hajin on Friday after a week of clashes.",
    "Our heroic fighters completed the liberation of Hajin on Friday.",
    "The commander of the operation said our units liberated Hajin on Friday.",
])
def test_a_statements_issuer_is_its_voice(ex, heading, body):
    text = f"Hajin freed\n\n{heading}\n\n{body}"
    assert (HAJIN, "sdf", "captured", dt.date(2018, 12, 14), "day") in claims(ex, text, DAY)


def test_a_headline_naming_a_force_issues_nothing(ex):
    text = ("SDF pushes into Hajin as battle nears end\n\nBy a staff reporter\n\n"
            "Our forces liberated the town of Hajin on Friday, a resident said.")
    assert (HAJIN, "sdf", "captured") not in facts(ex, text, DAY)


def test_a_speaker_near_it_still_speaks(ex):
    text = ("Rapid Support Forces – Official Spokesperson\n\n"
            "Army spokesman Nabil Abdallah said: \"Our forces repelled the militia at "
            "Ardamata on Sunday and still hold the base.\"")
    got = facts(ex, text, dt.date(2023, 11, 6))
    assert not {f for f in got if f[1] == "rsf" and f[2] in ("held", "captured")}
