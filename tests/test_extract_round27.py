"""Rule families the date errors of blind sets 59 to 74 pointed at, after their honest figures
were taken: each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

SNIHURIVKA, IZIUM, DINDER, KHERSON = 693379, 707292, 13132448, 706448


@pytest.mark.parametrize(("text", "fact"), [
    ("Timeline:\n- 10 November: Ukrainian forces regained control of Snihurivka, in Mykolaiv "
     "region.", (SNIHURIVKA, "ukraine", "captured", dt.date(2022, 11, 10), "day")),
    ("10 Sept - Russia abandons Izium, its main base in Kharkiv region",
     (IZIUM, "russia", "lost", dt.date(2022, 9, 10), "day")),
    ("• 9 September: Ukrainian troops enter Izium", (IZIUM, "ukraine", "captured",
                                                     dt.date(2022, 9, 9), "day")),
])
def test_a_day_and_month_opening_a_timeline_line_date_it(ex, text, fact):
    assert fact in claims(ex, text, dt.date(2022, 11, 16))


@pytest.mark.parametrize(("text", "fact"), [
    ("Russian forces seized Kherson in the first days of the invasion, on March 2, and held it "
     "for more than eight months.", (KHERSON, "russia", "captured", dt.date(2022, 3, 2), "day")),
    ("Russian troops captured Kherson in the spring, on 2 March.",
     (KHERSON, "russia", "captured", dt.date(2022, 3, 2), "day")),
])
def test_a_finer_date_set_off_after_another_restates_it(ex, text, fact):
    assert fact in claims(ex, text, dt.date(2022, 11, 11))


SELYDOVE, KRASNOHORIVKA = 694677, 704393


@pytest.mark.parametrize("text", [
    "Moscow said last month that it had captured Krasnohorivka, and fighting has now reached "
    "the outskirts of Selydove.",
    "In September Russian forces took Krasnohorivka; they are now attacking Selydove.",
])
def test_now_is_the_day_the_story_tells(ex, text):
    published = dt.date(2024, 10, 2)
    assert (SELYDOVE, "russia", "contested", published, "day") in claims(ex, text, published)


MAYADIN, ALBU_KAMAL, NYALA, SINGA = 173480, 174448, 369004, 366847


@pytest.mark.parametrize("text", [
    "Last Saturday the army announced it had retaken Mayadin, a town downstream.",
    "In Syria, last Saturday the army announced it had retaken Mayadin.",
])
def test_a_report_dated_by_its_opening_day_dates_its_content(ex, text):
    got = claims(ex, text, dt.date(2017, 10, 20))
    assert (MAYADIN, "syrian-government", "captured", dt.date(2017, 10, 14), "day") in got


def test_a_month_of_last_year_is_last_years(ex):
    text = ("The Syrian government controls Albu Kamal, which it wrested from the Islamic State in "
            "November of last year.")
    got = claims(ex, text, dt.date(2018, 12, 15))
    assert (ALBU_KAMAL, "syrian-government", "captured", dt.date(2017, 11, 1), "month") in got


@pytest.mark.parametrize(("text", "fact"), [
    ("The paramilitary captured Nyala, Sudan's second-largest city, after the army's 16th "
     "Infantry Division base there was overrun on Oct. 26.",
     (NYALA, "rsf", "captured", dt.date(2023, 10, 26), "day")),
    ("The RSF took Singa after the army withdrew on Saturday.",
     (SINGA, "rsf", "captured", dt.date(2023, 12, 16), "day")),
])
def test_a_change_dated_in_an_after_clause_dates_the_change_it_led_to(ex, text, fact):
    assert fact in claims(ex, text, dt.date(2023, 12, 19))


def test_a_start_dated_in_an_after_clause_dates_nothing_it_led_to(ex):
    text = "Russian forces took Avdiivka after an offensive launched on 10 October."
    got = claims(ex, text, dt.date(2024, 2, 17))
    assert not {c for c in got if c[3] == dt.date(2023, 10, 10)}
