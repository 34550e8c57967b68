"""Round 183: a country's adjective coordinated before a force ("by Russian and Wagner Group
forces", "by Syrian and Hezbollah fighters") shares the force's noun, and the agent after "by"
is still the force; a town's name before "and" is no such adjective. Phrasings written for
these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

POPASNA, PALMYRA, RAQQA = 696566, 163808, 172955


@pytest.mark.parametrize("text, place, force, published", [
    ("The capture of Popasna by Russian and Wagner Group forces on May 7 opened the road west.",
     POPASNA, "russia", dt.date(2022, 5, 20)),
    ("Popasna, seized by Russian and Wagner troops on May 7, now lies in ruins.",
     POPASNA, "russia", dt.date(2022, 5, 20)),
    ("Palmyra was recaptured by Syrian and Hezbollah fighters in March.",
     PALMYRA, "hezbollah", dt.date(2016, 4, 2)),
])
def test_the_agent_after_a_shared_adjective(ex, text, place, force, published):
    assert (place, force, "captured") in facts(ex, text, published)


def test_a_town_before_and_is_no_adjective(ex):
    text = ("The capture of the crossing cuts a supply line between the group's stronghold of "
            "Raqqa and Turkey.")
    assert not {c for c in facts(ex, text, dt.date(2015, 6, 16)) if c[1] == "turkey"}
