"""Round 212: a month with no year in a sentence that tells a news event as following another,
in the present ("The Rawa operation follows the liberation of Mosul in July"), is the latest
such month before publication, not the year of a season the sentence before told ("in the
summer of 2014"). Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims

MOSUL, TAL_AFAR = 99072, 90393


def test_a_month_after_follows_is_this_years(ex):
    text = ("Iraqi forces on Friday liberated the town of Rawa. The militants seized Rawa, Anah "
            "and Al-Qaim in the summer of 2014. The Rawa operation follows the liberation of "
            "Mosul in July and Tal Afar in late August.")
    found = {c[:4] for c in claims(ex, text, dt.date(2017, 11, 17))}
    assert (MOSUL, "iraqi-government", "captured", dt.date(2017, 7, 1)) in found
    assert (TAL_AFAR, "iraqi-government", "captured", dt.date(2017, 8, 1)) in found


def test_a_month_told_in_the_past_keeps_the_season_told_before(ex):
    text = ("The end came in the autumn of 2017. On November 3, Iraqi troops pushed into "
            "al-Qaim, and in October they had retaken Tal Afar's last villages.")
    found = {c[:4] for c in claims(ex, text, dt.date(2018, 6, 1))}
    assert not {c for c in found if c[0] == TAL_AFAR and c[3] is not None and c[3].year == 2018}
