"""A timeline's section headings ("Tue 6 Sep", "23 August 2019") date the entries under them
that name no date of their own, up to the first paragraph after a blank line that is not an
entry; a text with one such line is no timeline (misses of blind set 325 and of monitors'
digests in sets 112 to 318). Each test runs texts written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

BALAKLIIA, KUPIANSK, IZIUM = 712926, 703656, 707292
KHAN_SHAYKHUN, MOREK, IDLIB = 168325, 166640, 169389

WEEKDAYS = """Kharkiv counteroffensive: key events, 6-11 September

Tue 6 Sep
- 18:51 Ukrainian units pushing towards Balakliia, heavy fighting on the outskirts

Thu 8 Sep
- 21:40 Zelensky: Balakliia is liberated

Sat 10 Sep
- 08:58 Ukrainian troops entered Kupiansk and raised the flag over the city administration
- 18:21 Izium: Russian army left the city, Ukrainian troops entered
"""

NEWEST_FIRST = """Northern Hama: daily digest, 21-23 August 2019

23 August 2019
• 11:02 Syrian army enters Morek after rebel factions pulled out overnight

21 August 2019
• 21:44 SANA: Syrian army captured Khan Shaykhun

Context: Rebel factions led by HTS still hold Idlib city.
"""


@pytest.mark.parametrize(("text", "published", "fact"), [
    (WEEKDAYS, dt.date(2022, 9, 11), (BALAKLIIA, "ukraine", "captured", dt.date(2022, 9, 8))),
    (WEEKDAYS, dt.date(2022, 9, 11), (KUPIANSK, "ukraine", "captured", dt.date(2022, 9, 10))),
    (WEEKDAYS, dt.date(2022, 9, 11), (IZIUM, "ukraine", "captured", dt.date(2022, 9, 10))),
    (WEEKDAYS.replace("Tue 6 Sep", "Tuesday, 6 September").replace("Thu 8 Sep", "Thursday, "
     "8 September").replace("Sat 10 Sep", "Saturday, 10 September"), dt.date(2022, 9, 11),
     (BALAKLIIA, "ukraine", "captured", dt.date(2022, 9, 8))),
    (NEWEST_FIRST, dt.date(2019, 8, 23),
     (KHAN_SHAYKHUN, "syrian-government", "captured", dt.date(2019, 8, 21))),
    (NEWEST_FIRST, dt.date(2019, 8, 23),
     (MOREK, "syrian-government", "captured", dt.date(2019, 8, 23))),
])
def test_a_timelines_entries_are_of_their_sections_day(ex, text, published, fact):
    assert fact in {c[:4] for c in claims(ex, text, published)}


def test_a_paragraph_after_the_entries_is_of_the_day_the_timeline_ran(ex):
    got = {c[3] for c in claims(ex, NEWEST_FIRST, dt.date(2019, 8, 23))
           if c[0] == IDLIB and c[2] == "held"}
    assert got == {dt.date(2019, 8, 23)}


def test_one_date_line_is_no_timeline(ex):
    # A report dated by one line over its body keeps the report's own reading of it.
    text = ("Weekly update\n\n8 September\n\nUkrainian troops entered Balakliia. Fighting "
            "continues near Kupiansk.\n")
    got = claims(ex, text, dt.date(2022, 9, 11))
    assert (BALAKLIIA, "ukraine", "captured", dt.date(2022, 9, 8), "day") in got
