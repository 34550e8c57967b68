"""A full date of an earlier year in the sentence before sets the story's time for bare months
(long reads retelling a campaign). Each test runs several phrasings written for it, never a
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

MAYADIN, ABU_KAMAL, SUSAH, BARTELLA = 173480, 174448, 172415, 97890


@pytest.mark.parametrize(("text", "town", "force", "day"), [
    ("The SDF announced the capture of Raqqa on October 17, 2017. Mayadin fell to the army in "
     "October and Albu Kamal in November.", ABU_KAMAL, "syrian-government",
     dt.date(2017, 11, 1)),
    ("Hajin fell to the SDF on December 14, 2018. Al-Susah followed in January.", SUSAH, "sdf",
     dt.date(2019, 1, 1)),
])
def test_a_bare_month_follows_the_full_date_told_before(ex, text, town, force, day):
    got = claims(ex, text, dt.date(2019, 11, 20))
    assert (town, force, "captured", day, "month") in got


def test_a_month_and_year_before_does_not_set_the_time(ex):
    # "June 2014" is background more often than the story's time: the month keeps the
    # publication's year.
    got = claims(ex, "IS took Mosul in June 2014. In October, Iraqi forces retook Bartella.",
                 dt.date(2016, 11, 8))
    assert (BARTELLA, "iraqi-government", "captured", dt.date(2016, 10, 1), "month") in got


def test_the_story_time_is_of_an_earlier_year_only(ex):
    got = claims(ex, "Russian forces took Avdiivka on February 17, 2024. Ocheretyne fell to "
                     "them in May.", dt.date(2024, 6, 1))
    assert any(c[3] == dt.date(2024, 5, 1) for c in got if c[0] == 698759)
