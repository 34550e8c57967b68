"""Round 205: a force that announces or declares a town's capture took it, also past the day it
told it on ("the SDF announced on Friday the full liberation of Hajin"); and the holder an
apposition after the town names ("Hajin, the largest town still held by ISIS") lost it.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

HAJIN, RAQQA = 174506, 172955


@pytest.mark.parametrize("text, place, winner, loser", [
    ("The Syrian Democratic Forces announced on Friday the full liberation of Hajin, the "
     "largest town still held by ISIS.", HAJIN, "sdf", "isis"),
    ("The SDF declared today the capture of Raqqa, the last city held by Islamic State in "
     "Syria.", RAQQA, "sdf", "isis"),
])
def test_an_announced_capture_and_the_apposed_holder(ex, text, place, winner, loser):
    found = facts(ex, text, dt.date(2018, 12, 15))
    assert (place, winner, "captured") in found
    assert (place, loser, "lost") in found


def test_an_apposition_naming_no_holder_names_no_loser(ex):
    found = facts(ex, "The SDF announced on Friday the liberation of Hajin, a town on the "
                      "Euphrates.", dt.date(2018, 12, 15))
    assert (HAJIN, "sdf", "captured") in found
    assert not {f for f in found if f[2] == "lost"}
