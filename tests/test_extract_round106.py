"""Round 106: a town "handed to" a force is that force's ("Dibis and Daquq were handed to Iraqi
forces"); a force driven "from a string of towns ..., including P and Q" lost P and Q; a relative
clause holds the "including" list its object ends with. Each test runs phrasings written for it,
never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

DIBIS, DAQUQ, KHANAQIN, JARABULUS, AL_BAB = 97001, 90220, 94591, 169179, 174018
IRAQ = "Iraqi forces moved against Kurdish Peshmerga fighters around Kirkuk, Iraq. "
SYRIA = "Turkish forces and Syrian rebels fought Islamic State in northern Syria. "


@pytest.mark.parametrize(("text", "towns"), [
    (IRAQ + "Dibis and Daquq were handed to Iraqi forces without a fight the same day.",
     (DIBIS, DAQUQ)),
    (IRAQ + "The Peshmerga handed Khanaqin to Iraqi forces on Tuesday.", (KHANAQIN,)),
])
def test_a_town_handed_to_a_force_is_its(ex, text, towns):
    got = facts(ex, text, dt.date(2017, 10, 17))
    assert {(t, "iraqi-government", "captured") for t in towns} <= got, got


def test_handing_out_names_no_taker(ex):
    got = facts(ex, IRAQ + "Aid workers handed out food parcels in Khanaqin on Tuesday.",
                dt.date(2017, 10, 17))
    assert not {f for f in got if f[0] == KHANAQIN}, got


@pytest.mark.parametrize("text", [
    SYRIA + "The Turkish military and the FSA drove Daesh from a string of towns along the "
    "border in 2016 and 2017, including Jarablus in August 2016 and al-Bab in February 2017.",
    SYRIA + "The Afrin campaign follows Operation Euphrates Shield, in which the Turkish military "
    "and the FSA drove Daesh from a string of towns along the border, including Jarablus in "
    "August 2016 and al-Bab in February 2017.",
])
def test_the_towns_included_in_the_ground_a_force_is_driven_from(ex, text):
    got = claims(ex, text, dt.date(2018, 3, 18))
    assert (JARABULUS, "isis", "lost", dt.date(2016, 8, 1), "month") in got, got
    assert (AL_BAB, "isis", "lost", dt.date(2017, 2, 1), "month") in got, got
