"""Round 168: an official statement's praise between a force's article and its name ("by the
heroic Turkish Armed Forces") hides no agent; a colon inside a clock time ("as of 08:30 this
morning") cuts no clause; and an attempt told "12 times, without success," or "in vain" before
its infinitive is still an attempt, a fight for the place. Phrasings written for these tests,
never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

AFRIN, JINDERES, KRYNKY = 174186, 169190, 703861
SYRIA = "Operation Olive Branch in northern Syria. "


@pytest.mark.parametrize("agent", ["by the heroic Turkish Armed Forces",
                                   "by the valiant Turkish army"])
def test_praise_before_the_agent_hides_nothing(ex, agent):
    text = SYRIA + f"Jinderes was taken under control on 8 March {agent}."
    got = claims(ex, text, dt.date(2018, 3, 18))
    assert (JINDERES, "turkey", "captured", dt.date(2018, 3, 8), "day") in got


@pytest.mark.parametrize("time", ["as of 08:30 this morning", "at 06:45 on Sunday"])
def test_a_clock_time_cuts_no_clause(ex, time):
    text = SYRIA + f"The centre of Afrin was taken under control {time} by Turkish troops."
    assert (AFRIN, "turkey", "captured") in facts(ex, text, dt.date(2018, 3, 18))


@pytest.mark.parametrize("vain", ["12 times, without success,", "in vain", ", without success,"])
def test_an_attempt_in_vain_is_a_fight(ex, vain):
    text = ("Russia's war in Ukraine. Russian troops tried " + vain +
            " to push Ukrainian units out of Krynky.").replace(" ,", ",")
    got = facts(ex, text, dt.date(2024, 2, 18))
    assert (KRYNKY, "russia", "contested") in got
    assert (KRYNKY, "russia", "captured") not in got
