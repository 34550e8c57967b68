"""Round 218: a war's side is named by its command ("the Ukrainian command confirmed that its
troops had pulled out", "the Russian military command"), so a pronoun after it is that side's.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

AVDIIVKA, VUHLEDAR, KHERSON = 713122, 690823, 706448


@pytest.mark.parametrize("text, place, loser, taker", [
    ("Russian units completed the capture of the town on Sunday, the ministry said. The "
     "Ukrainian command confirmed on Saturday that its troops had pulled out of Avdiivka.",
     AVDIIVKA, "ukraine", "russia"),
    ("Russian assaults went on for weeks. Ukraine's military command said its units had left "
     "Vuhledar to avoid encirclement.", VUHLEDAR, "ukraine", "russia"),
    ("Kyiv's artillery kept firing. The Russian high command announced that its forces had "
     "withdrawn from Kherson.", KHERSON, "russia", "ukraine"),
])
def test_a_command_speaks_for_its_side(ex, text, place, loser, taker):
    found = facts(ex, text, dt.date(2024, 10, 3))
    assert (place, loser, "lost") in found
    assert (place, taker, "lost") not in found
