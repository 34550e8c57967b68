"""Round 173: a town freed "after two and a half years under the Islamic State" was not freed by
the Islamic State, though the story told of it taking towns: the rule a liberation ended names
a force that did not liberate. Phrasings written for these tests, never a shared or held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

FALLUJAH = 99454
STORY = "Iraq's war with ISIS. ISIS fighters seized Ramadi. "
DAY = dt.date(2016, 6, 29)


@pytest.mark.parametrize("rule", ["after two and a half years under the Islamic State",
                                  "after 30 months under the control of ISIS"])
def test_the_rule_a_liberation_ended_is_not_the_liberators(ex, rule):
    got = facts(ex, STORY + f"On Sunday the commander announced that Fallujah was completely "
                f"liberated {rule}.", DAY)
    assert (FALLUJAH, "isis", "captured") not in got


def test_a_liberation_by_a_named_force_is_kept(ex):
    got = facts(ex, STORY + "Fallujah was liberated by Iraqi forces after two years under the "
                "Islamic State.", DAY)
    assert (FALLUJAH, "iraqi-government", "captured") in got
