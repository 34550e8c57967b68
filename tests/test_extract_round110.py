"""Round 110: a year that names a campaign with no cue ("Ukraine's 2023 counteroffensive, when
troops liberated P", "the 2016 battle for Mosul") is the campaign's time, and a "when" clause
hung on it is dated by it; not after "since", where it starts a span. Each test runs
phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

STAROMAIORSKE, VOVCHANSK = 692812, 689304


@pytest.mark.parametrize("text", [
    "Velyka Novosilka was the launch pad for Ukraine's 2023 counteroffensive in the south, when "
    "troops pushed down the river valley and liberated Staromaiorske.",
    "The town was a staging ground for the 2023 offensive, when Ukrainian marines recaptured "
    "Staromaiorske.",
    "It served as a base during Kyiv's 2023 summer campaign, when Ukrainian troops retook "
    "Staromaiorske.",
])
def test_a_campaign_s_year_dates_the_when_clause(ex, text):
    got = claims(ex, text, dt.date(2025, 1, 26))
    assert (STAROMAIORSKE, "ukraine", "captured", dt.date(2023, 1, 1), "year") in got, got


def test_a_campaign_s_year_after_since_starts_a_span(ex):
    got = claims(ex, "Fighting in Vovchansk marks the most serious incursion into the region "
                     "since Kyiv's 2022 counteroffensive.", dt.date(2024, 5, 15))
    assert {c[3] for c in got if c[0] == VOVCHANSK} == {dt.date(2024, 5, 15)}, got
