"""Round 97: in a story told of the past, a day or month written without its year is of the
year of the last date its paragraph wrote in full before it, not of the last such day before
the story ran. Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

TADMUR, QARYATAYN, MAHIN, AFRIN, BALAKLIIA = 163808, 173361, 167488, 174186, 712926

# A look back: most of the dates it names lie long before the day it ran.
LOOK_BACK = ("Palmyra changed hands four times. In May 2015 the Islamic State came; in March "
             "2016 the army returned; in December 2016 the jihadists swept back; on 2 March 2017 "
             "the army retook the town.\n\n")


@pytest.mark.parametrize(("paragraph", "place", "date", "precision"), [
    ("The first black flag went up in May 2015. Khaled remembers the dust. His brother hid the "
     "family's car. On 21 May, after a week of fighting, Islamic State fighters overran "
     "Tadmur.", TADMUR, dt.date(2015, 5, 21), "day"),
    ("The first black flag went up in May 2015. The militants kept moving. In November they "
     "overran Mahin, with its arms depots.", MAHIN, dt.date(2015, 11, 1), "month"),
    ("The jihadists' year began on 20 May 2015, when Tadmur fell. The museum was emptied. The "
     "guide's neighbours fled west. On August 5 they seized al-Qaryatayn.", QARYATAYN,
     dt.date(2015, 8, 5), "day"),
])
def test_a_yearless_date_is_of_the_year_its_paragraph_told(ex, paragraph, place, date,
                                                          precision):
    got = claims(ex, LOOK_BACK + paragraph, dt.date(2017, 4, 2))
    assert (place, "isis", "captured", date, precision) in got, got


def test_a_date_before_the_one_written_in_full_keeps_its_own_year(ex):
    # March lies before the May written in full: not of that year's March.
    text = (LOOK_BACK + "The first black flag went up in May 2015. On 27 March, the army "
            "retook Tadmur with Russian help.")
    got = claims(ex, text, dt.date(2017, 4, 2))
    assert not {c for c in got if c[0] == TADMUR and c[3] == dt.date(2015, 3, 27)}, got


def test_years_counted_on_from_the_story_s_date_are_not_its_year(ex):
    text = ("The YPG held Afrin from 2012. In January 2018 Turkey launched Operation Olive Branch "
            "against the enclave; in February 2018 its jets struck the town daily; in December "
            "2016 it had first threatened it.\n\nThe campaign began in January 2016. Two years "
            "later, Turkish troops and allied Syrian rebels entered Afrin on March 18.")
    got = claims(ex, text, dt.date(2019, 6, 1))
    assert not {c for c in got if c[0] == AFRIN and c[3].year == 2016}, got


def test_news_of_the_day_keeps_the_year_before_the_day_it_ran(ex):
    # Not a story told of the past: a yearless day is the last such day before it ran.
    text = ("Ukraine's counteroffensive in Kharkiv region began in September 2022. Balakliia "
            "was retaken on 8 September, officials said on Monday.")
    got = claims(ex, text, dt.date(2022, 9, 12))
    assert (BALAKLIIA, "ukraine", "captured", dt.date(2022, 9, 8), "day") in got, got
