"""Round 133: a relative clause on people no noun names ("a haven for those who fled
Khartoum", "hundreds of thousands who had fled") has no force for its subject. Phrasings written
for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KHARTOUM, WAD_MADANI, MOSUL = 379252, 364103, 99072


@pytest.mark.parametrize("text", [
    "The RSF seized Wad Madani, a haven for those who fled Khartoum.",
    "RSF fighters swept into Wad Madani, a refuge for hundreds of thousands who had fled "
    "Khartoum, after army units withdrew.",
    "The army pulled out of Wad Madani, where many who left Khartoum had found shelter.",
])
def test_people_no_noun_names_who_fled_a_town_are_no_force(ex, text):
    got = facts(ex, text, dt.date(2023, 12, 19))
    assert not {f for f in got if f[0] == KHARTOUM}
    assert {f for f in got if f[0] == WAD_MADANI}


def test_a_force_that_fled_a_town_still_lost_it(ex):
    got = facts(ex, "Islamic State fighters, those who survived the siege, fled Mosul on Sunday.",
                dt.date(2017, 7, 10))
    assert (MOSUL, "isis", "lost") in got
