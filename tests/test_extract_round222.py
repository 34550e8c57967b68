"""Round 222: a month the day of writing places ("in July this year", "in March of last year",
or one the sentence also calls "last month") keeps that year in a story told of the past; the
year of the paragraph's last full date is for a month written bare ("In August, militants
briefly seized Makhmur ... days later"). Phrasings written for these tests, never a shared or
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

MOSUL, QAYYARAH, MAKHMUR = 99072, 99003, 93818

# A look back: most of the days and months it names lie long before the day it ran.
_PAST = ("The Long Road Back\n\nIn January 2014 the militants took Fallujah. On 10 June 2014 "
         "they overran Mosul, and on 11 June they entered Tikrit. In March 2015 the army began "
         "to fight back. ")


@pytest.mark.parametrize("text, fact", [
    (_PAST + "Iraqi forces declared victory in Mosul in July this year after nine months of "
     "street fighting.", (MOSUL, "iraqi-government", "captured", dt.date(2017, 7, 1), "month")),
    (_PAST + "The army retook Qayyarah in August of last year and made its airfield a base.",
     (QAYYARAH, "iraqi-government", "captured", dt.date(2016, 8, 1), "month")),
    (_PAST + "Iraqi forces recaptured Mosul last month after a nine-month battle, and the prime "
     "minister declared victory there in July.",
     (MOSUL, "iraqi-government", "captured", dt.date(2017, 7, 1), "month")),
])
def test_a_month_the_day_of_writing_places_keeps_its_year(ex, text, fact):
    assert fact in claims(ex, text, dt.date(2017, 8, 27))


def test_a_bare_month_takes_the_paragraph_s_year(ex):
    got = claims(ex, _PAST + "In August, militants briefly seized Makhmur, before peshmerga "
                             "units drove them out days later.", dt.date(2017, 8, 27))
    assert (MAKHMUR, "isis", "captured", dt.date(2015, 8, 1), "month") in got
