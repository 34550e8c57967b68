"""Round 167: a season's early or late part ("in the late summer", "by early autumn", "in
late spring") dates as the season does, to its year; a noun of change that is the subject of
a verb of sequence ("The recapture of Wad Madani follows ... on 23 November") takes no date
from past that verb, whatever clause hangs on it. Phrasings written for these tests, never a
shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

TAL_AFAR, HAWIJA, WAD_MADANI = 90393, 390188, 364103


@pytest.mark.parametrize("season", ["in the late summer", "in late summer", "by early autumn",
                                    "in the early autumn"])
def test_part_of_a_season_dates_to_its_year(ex, season):
    text = f"Iraqi troops retook Tal Afar and Hawija {season}, the army said."
    got = claims(ex, text, dt.date(2018, 1, 15))
    for town in (TAL_AFAR, HAWIJA):
        assert (town, "iraqi-government", "captured", dt.date(2017, 1, 1), "year") in got


def test_no_date_past_a_verb_of_sequence_and_its_when_clause(ex):
    text = ("The army retook Wad Madani on Saturday. The recapture of Wad Madani follows army "
            "gains late last year, when troops retook Singa on 23 November.")
    got = claims(ex, text, dt.date(2025, 1, 14))
    assert not {c for c in got if c[0] == WAD_MADANI and c[3] == dt.date(2024, 11, 23)}
