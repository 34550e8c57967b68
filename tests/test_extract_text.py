"""Sentence splitting and date expressions: the rule families under the frames."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract.dates import find_dates
from geo.extract.sentences import split_sentences

PUB = dt.date(2017, 10, 14)  # a Saturday


@pytest.mark.parametrize(("text", "expected"), [
    ("Maj. Gen. Igor Konashenkov said troops advanced. Fighting went on.",
     ["Maj. Gen. Igor Konashenkov said troops advanced.", "Fighting went on."]),
    ("U.S.-backed forces entered the city. The U.N. said civilians fled.",
     ["U.S.-backed forces entered the city.", "The U.N. said civilians fled."]),
    ("It began on Oct. 17 in Raqqa. It ended on Nov. 2.",
     ["It began on Oct. 17 in Raqqa.", "It ended on Nov. 2."]),
    ("“We took the town,” he said. “It is ours.”", ["“We took the town,” he said.",
                                                   "“It is ours.”"]),
    ("Raqqa is about to fall. Will this bring about ISIS’ demise? ",
     ["Raqqa is about to fall.", "Will this bring about ISIS’ demise?"]),
    ("J. Smith of Reuters reported it. Then it rained.",
     ["J. Smith of Reuters reported it.", "Then it rained."]),
])
def test_sentence_ends(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_headlines_questions_and_teasers():
    text = ("Syrian army battles Isis in al-Mayadin town\n\nTroops advanced. Did it fall?\n"
            "Read  Iranian officer killed in Syria blast\nLast line.")
    got = split_sentences(text)
    assert all(text[s.start:s.start + len(s.text)] == s.text for s in got)
    assert [s.headline for s in got] == [True, False, False, False]
    assert [s.question for s in got] == [False, False, True, False]
    assert not any("Iranian" in s.text for s in got)


@pytest.mark.parametrize(("text", "date", "precision"), [
    ("on Saturday", PUB, "day"),
    ("on Tuesday", dt.date(2017, 10, 10), "day"),
    ("on Oct. 12", dt.date(2017, 10, 12), "day"),
    ("on October 17", dt.date(2017, 10, 17), "day"),
    ("on 12 October 2016", dt.date(2016, 10, 12), "day"),
    ("on February 20, 2017", dt.date(2017, 2, 20), "day"),
    ("Oct 14 2017, 17:16 IST", dt.date(2017, 10, 14), "day"),
    ("2017-10-12", dt.date(2017, 10, 12), "day"),
    ("in June", dt.date(2017, 6, 1), "month"),
    ("in late May", dt.date(2017, 5, 1), "month"),
    ("in December 2016", dt.date(2016, 12, 1), "month"),
    ("in 2014", dt.date(2014, 1, 1), "year"),
    ("since 2014", dt.date(2014, 1, 1), "year"),
    ("yesterday", dt.date(2017, 10, 13), "day"),
    ("last week", dt.date(2017, 10, 5), "day"),  # its middle day
    ("earlier this week", dt.date(2017, 10, 9), "day"),
    ("earlier this month", dt.date(2017, 10, 1), "month"),
    ("last year", dt.date(2016, 1, 1), "year"),
    ("two weeks ago", dt.date(2017, 9, 30), "day"),
    ("3 days ago", dt.date(2017, 10, 11), "day"),
    ("a year ago", dt.date(2016, 1, 1), "year"),
])
def test_dates_relative_to_publication(text, date, precision):
    (w,) = find_dates(f"Troops advanced {text} near the city.", PUB)
    assert (w.date, w.precision) == (date, precision)


def test_month_without_year_is_the_nearest_past_one():
    (w,) = find_dates("The offensive began in December.", dt.date(2017, 2, 23))
    assert w.date == dt.date(2016, 12, 1)


@pytest.mark.parametrize("text", [
    "Troops may advance soon.",  # "may" is a verb
    "Some 4,000 civilians remain, 10 percent of them children.",
    "He said the city could fall on Saturday",  # weekday without a publication date
])
def test_no_false_dates(text):
    assert find_dates(text, None) == []


def test_since_is_marked():
    (w,) = find_dates("It has held the city since 2014.", PUB)
    assert w.since
