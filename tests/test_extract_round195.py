"""Round 195: a country's adjective coordinated with a common one before a force's noun
("Russian and separatist forces", "Turkish and allied forces") names the force its own
adjective and noun are an alias of. Phrasings written for these tests, never a shared or
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

SIEVIERODONETSK, AFRIN = 691999, 174186


@pytest.mark.parametrize("text, place, force, published", [
    ("On 25 June Russian and separatist forces took control of Severodonetsk.",
     SIEVIERODONETSK, "russia", dt.date(2022, 7, 4)),
    ("Russian and allied troops captured Sievierodonetsk after weeks of shelling.",
     SIEVIERODONETSK, "russia", dt.date(2022, 7, 4)),
    ("On Sunday Turkish and allied forces entered Afrin.", AFRIN, "turkey",
     dt.date(2018, 3, 19)),
])
def test_a_country_adjective_paired_with_a_common_one(ex, text, place, force, published):
    assert (place, force, "captured") in facts(ex, text, published)
