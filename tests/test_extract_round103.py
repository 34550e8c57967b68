"""Round 103: objects joined by a repeated preposition each with its own date ("ousted the
group from Mosul in July and from Tal Afar in August", "drove the RSF out of Umm Ruwaba in the
last week of January and out of Er Rahad on 21 February") are all the verb's, each on its own
date. Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

MOSUL, TAL_AFAR, UMM_RUWABA, ER_RAHAD = 99072, 90393, 364706, 378493
JARABULUS, AL_BAB = 169179, 174018


@pytest.mark.parametrize(("text", "published", "taker", "expected"), [
    ("Iraqi forces are fighting Islamic State. Iraqi forces ousted the group from Mosul in July "
     "and from Tal Afar in August.", dt.date(2017, 10, 5), "iraqi-government",
     [(MOSUL, dt.date(2017, 7, 1)), (TAL_AFAR, dt.date(2017, 8, 1))]),
    ("The Sudanese army is fighting the RSF. The army drove the RSF out of Umm Ruwaba in the "
     "last week of January and out of Er Rahad on 21 February.", dt.date(2025, 3, 5), "saf",
     [(UMM_RUWABA, dt.date(2025, 1, 1)), (ER_RAHAD, dt.date(2025, 2, 21))]),
    ("Turkish-backed rebels fought Islamic State in Syria. The rebels cleared Daesh from "
     "Jarabulus at the end of August 2016 and from al-Bab in February 2017.",
     dt.date(2018, 1, 20), "syrian-opposition",
     [(JARABULUS, dt.date(2016, 8, 1)), (AL_BAB, dt.date(2017, 2, 1))]),
])
def test_objects_with_a_repeated_preposition_each_keep_their_date(ex, text, published, taker,
                                                                  expected):
    got = claims(ex, text, published)
    for town, day in expected:
        assert any(c[:3] == (town, taker, "captured") and c[3] == day for c in got), got


def test_a_repeated_preposition_after_no_date_is_no_new_object(ex):
    # "from Mosul and from the north": the second "from" names no town of the verb's.
    got = claims(ex, "Iraqi forces are fighting Islamic State. Iraqi forces ousted the group "
                     "from Mosul in July and from villages to the north of Tal Afar.",
                 dt.date(2017, 10, 5))
    assert not {c for c in got if c[0] == TAL_AFAR and c[2] == "captured"}, got
