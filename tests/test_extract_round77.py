"""Dates of blind copy (sets 295 to 329): "at the weekend", "over the weekend" and "last
weekend" are the last weekend before the day of writing; "days later", with no count, is in
the month of the date named before it, while "weeks later" says too little to date; a report's
date told before its verb ("The RSF on Tuesday announced (that) ...") dates what it reports; a
pluperfect's span ("which had been in RSF hands for more than a year") ends at the day told
before it, a present perfect's at the day of writing.
Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

from geo.extract.dates import find_dates

HASAHEISA, ZALINGEI, WAD_MADANI = 379427, 363533, 364103


@pytest.mark.parametrize(("published", "sunday"), [
    (dt.date(2023, 12, 20), dt.date(2023, 12, 17)),  # a Wednesday
    (dt.date(2023, 12, 18), dt.date(2023, 12, 17)),  # a Monday
    (dt.date(2023, 12, 17), dt.date(2023, 12, 17)),  # the Sunday itself
])
@pytest.mark.parametrize("phrase", ["at the weekend", "over the weekend", "last weekend"])
def test_the_weekend_is_the_last_one_before_writing(phrase, published, sunday):
    (w,) = find_dates(f"El Hasaheisa was overrun by the RSF {phrase}.", published)
    assert (w.date, w.precision) == (sunday, "day")


def test_a_capture_at_the_weekend_is_dated_by_it(ex):
    got = claims(ex, "El Hasaheisa, north of Wad Madani, was overrun by the RSF at the weekend.",
                 dt.date(2023, 12, 20))
    assert (HASAHEISA, "rsf", "captured", dt.date(2023, 12, 17), "day") in got


@pytest.mark.parametrize(("text", "date"), [
    ("The RSF seized Nyala in late October, and days later it took Zalingei.",
     dt.date(2023, 10, 1)),
    ("The RSF seized Nyala on October 26. Days later its fighters took Zalingei.",
     dt.date(2023, 10, 1)),
])
def test_days_later_is_in_the_month_of_the_date_before(ex, text, date):
    assert (ZALINGEI, "rsf", "captured", date, "month") in claims(ex, text, dt.date(2023, 12, 19))


def test_weeks_later_with_no_count_dates_nothing():
    assert find_dates("Weeks later its fighters took Zalingei.", dt.date(2023, 12, 19),
                      before=("The RSF seized Nyala on October 26.",)) == []


@pytest.mark.parametrize("text", [
    "The RSF on Tuesday announced that it had taken Zalingei.",
    "The RSF on Tuesday announced it had taken Zalingei.",
    "The RSF on Tuesday said its fighters had taken Zalingei.",
    "The RSF announced on Tuesday that it had taken Zalingei.",
])
def test_a_reports_date_before_its_verb_dates_what_it_reports(ex, text):
    got = claims(ex, text, dt.date(2023, 11, 5))
    assert (ZALINGEI, "rsf", "captured", dt.date(2023, 10, 31), "day") in got


def test_a_pluperfects_span_ends_at_the_day_told_before_it(ex):
    got = claims(ex, "On January 11, the army recaptured Wad Madani, which had been in RSF hands "
                     "for more than a year.", dt.date(2025, 4, 2))
    assert (WAD_MADANI, "rsf", "held", dt.date(2023, 1, 1), "year") in got


def test_a_present_perfects_span_ends_at_the_day_of_writing():
    (_, span) = find_dates("On January 11, the army retook the palace; the RSF has held Wad "
                           "Madani for more than a year.", dt.date(2025, 4, 2))
    assert (span.date, span.precision, span.duration) == (dt.date(2024, 1, 1), "year", True)
