"""A story's time told over several sentences: "two days later", "the next day" and "within
days" count from the date named last, across sentences that name none but not past one that
names another; "within two days" counts as "two days later" does; "two days earlier" counts
back from a day its sentence named before it; "within days of" an event is that event's time,
not the date before (misses of blind sets 270 to 322). Each test runs several phrasings
written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

# Lyman is Donetsk oblast's town, the one the news means, beside Balakliia too (round 217).
ZALINGEI, MOREK, IZIUM, KUPIANSK, LYMAN = 363533, 166640, 707292, 703656, 704204
VYSOKOPILLIA, KHARTOUM, BALAKLIIA = 688689, 379252, 712926


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("The RSF seized Nyala on October 26. The city is the capital of South Darfur. Two days "
     "later they took Zalingei.", dt.date(2024, 12, 5),
     (ZALINGEI, "rsf", "captured", dt.date(2024, 10, 28), "day")),
    ("Government forces entered Khan Sheikhoun on August 21. Most of its people had fled long "
     "before. The next day the army took Morek from the rebels.", dt.date(2019, 9, 4),
     (MOREK, "syrian-government", "captured", dt.date(2019, 8, 22), "day")),
    ("Ukrainian troops freed Balakliia on September 8. Few in Moscow had seen the blow coming. "
     "Within days Ukrainian units had retaken Izium.", dt.date(2022, 10, 6),
     (IZIUM, "ukraine", "captured", dt.date(2022, 9, 1), "month")),
])
def test_the_time_told_last_holds_across_a_sentence_that_names_none(ex, text, published, fact):
    assert fact in claims(ex, text, published)


def test_a_count_does_not_reach_past_a_sentence_with_a_date_of_its_own(ex):
    # The sentence between moved the story to late August: "two days later" is not counted
    # from the day before it.
    text = ("Russian forces took Kherson on March 2. The Ukrainian counteroffensive began in "
            "late August. Two days later Ukrainian troops retook Vysokopillia.")
    got = {c[3] for c in claims(ex, text, dt.date(2022, 11, 20)) if c[0] == VYSOKOPILLIA}
    assert got and dt.date(2022, 3, 4) not in got


@pytest.mark.parametrize(("text", "fact"), [
    ("Balakliia was freed on September 8. Within two days Ukrainian troops had retaken "
     "Kupiansk.", (KUPIANSK, "ukraine", "captured", dt.date(2022, 9, 10), "day")),
    ("Ukrainian troops freed Balakliia on September 8 and within three days retook Kupiansk.",
     (KUPIANSK, "ukraine", "captured", dt.date(2022, 9, 11), "day")),
    ("Balakliia was freed by Ukrainian troops on September 8. Within two weeks they had "
     "retaken Lyman.", (LYMAN, "ukraine", "captured", dt.date(2022, 9, 1), "month")),
])
def test_within_a_count_of_days_or_weeks_counts_from_the_date_before(ex, text, fact):
    assert fact in claims(ex, text, dt.date(2022, 11, 6))


@pytest.mark.parametrize("text", [
    "The army retook the Republican Palace on March 21, 2025. The RSF had seized much of "
    "Khartoum within days of the war breaking out in April 2023.",
    "The army retook the Republican Palace on March 21, 2025. Its commanders toured the ruins. "
    "The RSF had overrun most of Khartoum within days of the fighting erupting in April 2023.",
    "The army retook the Republican Palace on March 21, 2025. The RSF had taken Khartoum "
    "within two weeks of the war's outbreak in April 2023.",
])
def test_within_days_of_an_event_is_its_time_not_the_date_before(ex, text):
    got = {c[3:] for c in claims(ex, text, dt.date(2025, 4, 3))
           if c[:3] == (KHARTOUM, "rsf", "captured")}
    assert got == {(dt.date(2023, 4, 1), "month")}


@pytest.mark.parametrize(("text", "day"), [
    ("Ukrainian forces regained control of Izium on September 10, during a counteroffensive "
     "that saw them retake Balakliia two days earlier.", dt.date(2022, 9, 8)),
    ("Russian troops abandoned Izium on September 10; Ukrainian forces had retaken Balakliia "
     "two days earlier.", dt.date(2022, 9, 8)),
    ("Ukrainian forces took back Izium on September 10, five days earlier they had freed "
     "Balakliia.", dt.date(2022, 9, 5)),
])
def test_a_count_earlier_counts_back_from_the_day_its_sentence_named(ex, text, day):
    assert (BALAKLIIA, "ukraine", "captured", day, "day") in claims(ex, text, dt.date(2022, 10, 19))


def test_a_count_earlier_with_no_day_named_counts_back_from_publication(ex):
    got = claims(ex, "Ukrainian forces had retaken Balakliia two days earlier.",
                 dt.date(2022, 9, 10))
    assert (BALAKLIIA, "ukraine", "captured", dt.date(2022, 9, 8), "day") in got
