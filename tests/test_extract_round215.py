"""Round 215: a group noun two governments may mean ("government forces") goes to the one whose
country holds the nearest place named, counting only places in a country one of them fights
in: a modifier naming a third country ("Iran-backed militias", "Turkish-made drones") is no
place the sentence is about. Phrasings written for these tests, never a shared or held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

ALBU_KAMAL, HOMS, AL_QAIM = 174448, 169577, 92138

# A story that names Baghdad (which stands for the Iraqi government) and Syrian towns.
_IRAQ_NAMED = ("Iraqi troops pushed west from Baghdad's Anbar front this month toward the "
               "border. ")


@pytest.mark.parametrize("text, place", [
    ("Across the border, Albu Kamal remains in the hands of government forces and Iran-backed "
     "militias.", ALBU_KAMAL),
    ("Further west, Homs is held by government troops and militiamen from Lebanon.", HOMS),
    ("Albu Kamal is now under the control of government forces and Iran-backed fighters.",
     ALBU_KAMAL),
])
def test_the_nearest_place_in_a_fighting_country_chooses(ex, text, place):
    found = facts(ex, _IRAQ_NAMED + text, dt.date(2018, 12, 15))
    assert (place, "syrian-government", "held") in found
    assert (place, "iraqi-government", "held") not in found


def test_a_place_in_the_other_country_still_chooses_it(ex):
    found = facts(ex, "Syrian troops shelled Deir ez-Zor this week. Al-Qaim remains in the "
                      "hands of government forces and Iran-backed militias.",
                  dt.date(2018, 12, 15))
    assert (AL_QAIM, "iraqi-government", "held") in found
