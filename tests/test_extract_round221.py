"""Round 221: round 214's verb coordinated after a clause of time shares the main clause's
subject also when the clause is set off by commas ("recaptured Ramadi in December, after ISIS
had seized the city in May, and retook Hit"); a phrase of time that names no force is no such
clause ("overran the army's division in Nyala, after weeks of fighting, and took over
Zalingei"). Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

HIT, SUKHNAH, ZALINGEI, TIKRIT = 95788, 172425, 363533, 90150


@pytest.mark.parametrize("text, place, force, event, wrong, published", [
    ("The ISF recaptured Ramadi in December 2015, after ISIS had seized the city in May, and "
     "retook Hit in April 2016.", HIT, "iraqi-government", "captured", "isis",
     dt.date(2016, 6, 27)),
    ("The army retook Palmyra in March, after IS fighters had held it for a year, and then "
     "advanced on Sukhnah.", SUKHNAH, "syrian-government", "contested", "isis",
     dt.date(2016, 6, 1)),
    ("Iraqi troops entered Samarra in June, when ISIS columns swept south from Mosul, and "
     "retook Tikrit the next spring.", TIKRIT, "iraqi-government", "captured", "isis",
     dt.date(2015, 6, 1)),
])
def test_the_set_off_clause_of_time_keeps_the_main_subject(ex, text, place, force, event, wrong,
                                                           published):
    found = facts(ex, text, published)
    assert (place, force, event) in found
    assert (place, wrong, event) not in found


def test_a_phrase_of_time_with_no_force_is_no_clause(ex):
    found = facts(ex, "The paramilitaries overran the army's 16th Infantry Division in Nyala on "
                      "October 26, after weeks of heavy fighting, and took over Zalingei five "
                      "days later.", dt.date(2023, 12, 20))
    assert (ZALINGEI, "rsf", "captured") in found
    assert (ZALINGEI, "saf", "captured") not in found
