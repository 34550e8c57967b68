"""Round 179: a town "brought under (full) control" was taken, as one "taken under control" is
(the Turkish ministry's idiom), by the agent its passive names or, with none, by the side whose
statement says so; and a briefing's fire on what a side has near a town ("hit enemy strongpoints
on the approaches to Kupyansk", "struck Ukrainian manpower near Krynky") fights for the town,
while taking such things ("captured equipment in Kupyansk") takes no town. Phrasings written for
these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

AFRIN, KUPYANSK = 174186, 703656
SYRIA = "Turkey's operation against the YPG in Syria. "
UKRAINE = "Russia's war in Ukraine. "


@pytest.mark.parametrize("control", ["brought under full control", "brought under control"])
def test_a_town_brought_under_control_was_taken(ex, control):
    text = SYRIA + f"The centre of Afrin was {control} this morning by the Turkish Armed Forces."
    assert (AFRIN, "turkey", "captured") in facts(ex, text, dt.date(2018, 3, 18))


@pytest.mark.parametrize("fire", ["Russian artillery hit enemy strongpoints on the approaches "
                                  "to Kupyansk", "Russian artillery hit Ukrainian manpower near "
                                  "Kupyansk", "Russian aircraft struck Ukrainian concentrations "
                                  "in Kupyansk"])
def test_fire_on_a_sides_things_near_a_town_fights_for_it(ex, fire):
    assert (KUPYANSK, "russia", "contested") in facts(ex, UKRAINE + fire + ".",
                                                      dt.date(2024, 2, 18))


def test_taking_things_in_a_town_takes_no_town(ex):
    got = facts(ex, UKRAINE + "Russian troops captured Ukrainian equipment in Kupyansk.",
                dt.date(2024, 2, 18))
    assert (KUPYANSK, "russia", "captured") not in got
