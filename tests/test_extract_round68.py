"""A group noun after another force's name is that force's ("YPG/PKK terrorists"), and the
proxy republics' forces fought as Russia's (misses of blind sets 288 to 294). Each test runs
several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

TAL_RIFAAT, SIEVIERODONETSK, JARABLUS = 163476, 691999, 169179


@pytest.mark.parametrize("text", [
    "YPG/PKK terrorists withdrew from Tal Rifaat on Sunday, Anadolu said.",
    "PKK/YPG militants pulled out of Tal Rifaat overnight.",
])
def test_a_group_noun_after_another_forces_name_is_that_forces(ex, text):
    got = facts(ex, text, dt.date(2018, 3, 18))
    assert (TAL_RIFAAT, "sdf", "lost") in got
    assert not {f for f in got if f[1] == "isis"}


def test_the_story_groups_own_name_keeps_its_noun(ex):
    got = facts(ex, "ISIS militants withdrew from Jarablus on Sunday.", dt.date(2016, 8, 24))
    assert (JARABLUS, "isis", "lost") in got


@pytest.mark.parametrize("force", ["LPR forces", "DPR troops", "Russian and LPR forces",
                                   "LNR militia units"])
def test_the_proxy_republics_forces_are_russias(ex, force):
    got = facts(ex, f"{force} took Sievierodonetsk on June 25.", dt.date(2022, 7, 3))
    assert (SIEVIERODONETSK, "russia", "captured") in got
