"""Round 211: three narrow ways a day or a month is written beside its town or its weekday: a
date set off by commas after each town of a list ("Raju, on March 3, and Jinderes, on March
8"), a weekday with its part of the day before its date ("On Saturday morning, 11 January"),
and "around the same time" as the month of the date told before it. Phrasings written for
these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims

RAJU, JINDERES, WAD_MADANI, GENEINA = 165571, 169190, 364103, 379303


def dated(ex, text, published):
    return {(c[0], c[1], c[2], c[3]) for c in claims(ex, text, published)}


def test_each_town_of_a_list_keeps_the_date_set_off_after_it(ex):
    found = dated(ex, "Turkish troops and the FSA cleared Raju, on March 3, and Jinderes, on "
                      "March 8.", dt.date(2018, 3, 20))
    assert (RAJU, "turkey", "captured", dt.date(2018, 3, 3)) in found
    assert (JINDERES, "turkey", "captured", dt.date(2018, 3, 8)) in found


def test_a_weekday_and_its_part_of_the_day_name_the_date_after_them(ex):
    found = dated(ex, "On Saturday morning, 11 January, the army announced that it had "
                      "recaptured Wad Madani.", dt.date(2025, 1, 20))
    assert (WAD_MADANI, "saf", "captured", dt.date(2025, 1, 11)) in found


def test_around_the_same_time_is_the_month_told_before(ex):
    found = dated(ex, "The RSF captured Nyala in October 2023, and took Geneina in West Darfur "
                      "around the same time.", dt.date(2024, 6, 14))
    assert (GENEINA, "rsf", "captured", dt.date(2023, 10, 1)) in found
