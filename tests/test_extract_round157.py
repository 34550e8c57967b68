"""Round 157: a month written without its year after a dated clause is of that year's next
months ("began in December 2019 and took it on 28 January": 2020), but not across an "after"
or "following", which tells an earlier event ("began in earnest in August 2022, after the fall
of Severodonetsk in June": June 2022). Phrasings written for these tests, never a shared or
held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims

SEVERODONETSK, LYSYCHANSK = 691999, 702972
UKRAINE = "Russia's war against Ukraine goes on. "


def test_a_month_after_an_after_is_of_the_dated_year(ex):
    text = UKRAINE + ("The Russian push on Bakhmut began in earnest in August 2022, after the "
                      "fall of Severodonetsk in June and of Lysychansk in early July.")
    got = claims(ex, text, dt.date(2024, 3, 5))
    assert (SEVERODONETSK, "russia", "captured", dt.date(2022, 6, 1), "month") in got
    assert (LYSYCHANSK, "russia", "captured", dt.date(2022, 7, 1), "month") in got


def test_a_month_after_a_dated_clause_still_rolls_over(ex):
    text = UKRAINE + ("Russian forces began their offensive in August 2022 and captured "
                      "Severodonetsk in June.")
    got = claims(ex, text, dt.date(2023, 9, 1))
    assert (SEVERODONETSK, "russia", "captured", dt.date(2023, 6, 1), "month") in got
