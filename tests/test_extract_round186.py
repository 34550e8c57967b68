"""Round 186: "coalition forces" and "coalition troops", in any case, are the US-led coalition's
as "Coalition military forces" are, so a strike release's lead-in ("coalition forces conducted
21 airstrikes") names the striker of the list after it. Phrasings written for these tests,
never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

BAIJI, RAMADI = 97783, 98717


@pytest.mark.parametrize("lead", ["coalition forces", "Coalition forces", "Coalition troops"])
def test_a_lead_in_of_coalition_forces_names_the_striker(ex, lead):
    text = (f"Between 8 a.m. May 3 and 8 a.m. May 4, {lead} conducted 12 airstrikes.\n\n"
            "Airstrikes in Iraq\n"
            "- Near Baiji, three airstrikes struck two ISIL tactical units.\n"
            "- Near Ramadi, two airstrikes destroyed an ISIL checkpoint.\n")
    got = facts(ex, text, dt.date(2015, 5, 4))
    assert (BAIJI, "us-coalition", "contested") in got
    assert (RAMADI, "us-coalition", "contested") in got
