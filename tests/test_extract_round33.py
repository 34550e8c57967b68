"""Rule families the errors of blind sets 91 to 98 pointed at, after their honest figures were
taken: each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

MANBIJ, WAD_MEDANI, SINJAR, OMDURMAN, IZIUM = 167357, 364103, 448149, 365137, 706524
SUDAN_DAY, SYRIA_DAY, UKRAINE_DAY = dt.date(2024, 11, 23), dt.date(2018, 3, 18), dt.date(2022, 8, 1)


@pytest.mark.parametrize(("text", "place", "force", "since", "day"), [
    ("Turkey says it will move on Manbij, which the SDF has held since it drove out the "
     "jihadists in 2016.", MANBIJ, "sdf", dt.date(2016, 1, 1), SYRIA_DAY),
    ("Wad Madani has been held by the RSF since the paramilitary stormed it in December last "
     "year.", WAD_MEDANI, "rsf", dt.date(2023, 12, 1), SUDAN_DAY),
    ("Kurdish fighters have controlled Sinjar since they liberated it in November 2015.",
     SINJAR, "peshmerga", dt.date(2015, 11, 1), SYRIA_DAY),
])
def test_a_holding_since_a_dated_event_lasts_until_the_story(ex, text, place, force, since, day):
    got = {(c[0], c[1], c[2], c[3]) for c in claims(ex, text, day)}
    assert {(place, force, "held", since), (place, force, "held", day)} <= got


@pytest.mark.parametrize("text", [
    "Analysts say the army now hopes to retake Wad Madani, which the RSF has held since last "
    "December.",
    "The army is expected to retake Wad Madani, which the RSF has controlled since December.",
])
def test_a_hoped_for_retaking_leaves_the_holding_as_it_is(ex, text):
    got = claims(ex, text, SUDAN_DAY)
    assert (WAD_MEDANI, "rsf", "held", SUDAN_DAY, "day") in got


def test_a_holding_that_ended_is_not_carried_to_the_story(ex):
    got = claims(ex, "The RSF had held Wad Madani since it stormed the city in December, until "
                 "the army returned in January.", SUDAN_DAY)
    assert not {c for c in got if c[1] == "rsf" and c[3] == SUDAN_DAY}
