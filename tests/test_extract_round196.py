"""Round 196: an apposition set off by dashes, which may hold commas of its own, stands between
a subject and its verb as one set off by commas does ("Nyala, Zalingei and El Geneina – the
capitals of South, Central and West Darfur – were taken by the RSF"). Phrasings written for
these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

NYALA, ZALINGEI, GENEINA, TIKRIT, KHERSON = 369004, 363533, 379303, 90150, 706448


@pytest.mark.parametrize("text, places, force, published", [
    ("Nyala, Zalingei and El Geneina – the capitals of South, Central and West Darfur – were "
     "taken by the RSF in 2023.", (NYALA, ZALINGEI, GENEINA), "rsf", dt.date(2024, 9, 20)),
    ("Tikrit — the home town of Saddam Hussein, on the Tigris — was retaken by Iraqi forces "
     "in March.", (TIKRIT,), "iraqi-government", dt.date(2015, 6, 1)),
    ("Kherson -- the only regional capital of Ukraine, on the Dnipro -- was captured by "
     "Russian troops in early March.", (KHERSON,), "russia", dt.date(2022, 6, 1)),
])
def test_a_dashed_apposition_before_a_passive(ex, text, places, force, published):
    found = facts(ex, text, published)
    for p in places:
        assert (p, force, "captured") in found


def test_a_dashed_aside_that_is_no_apposition_keeps_its_own_town(ex):
    # The aside is a clause of its own, not a noun phrase: the town it names is not the
    # subject, and the one before the dash is.
    text = ("Nyala – where the army's 16th Division had its base – was taken by the RSF in "
            "October.")
    assert (NYALA, "rsf", "captured") in facts(ex, text, dt.date(2024, 1, 5))
