"""Round 214: a verb coordinated after a clause of time or cause ("seized Mosul on June 10 after
Iraqi Army divisions abandoned the city, and captured Tikrit on June 11") shares the main
clause's subject, not the subordinate clause's, as one after a relative clause does.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

MOSUL, TIKRIT, NYALA, ZALINGEI = 99072, 90150, 369004, 363533


@pytest.mark.parametrize("text, place, force, wrong, published", [
    ("ISIS seized Mosul on June 10 after Iraqi Army divisions abandoned the city, and captured "
     "Tikrit on June 11.", TIKRIT, "isis", "iraqi-government", dt.date(2014, 8, 1)),
    ("The RSF took Nyala in October when the army's garrison collapsed under shelling, and "
     "seized Zalingei days later.", ZALINGEI, "rsf", "saf", dt.date(2024, 1, 5)),
])
def test_the_coordinated_verb_shares_the_main_subject(ex, text, place, force, wrong,
                                                      published):
    found = facts(ex, text, published)
    assert (place, force, "captured") in found
    assert (place, wrong, "captured") not in found


def test_a_clause_of_its_own_keeps_its_subject(ex):
    found = facts(ex, "ISIS seized Mosul on June 10, and Iraqi forces retook Tikrit in March.",
                  dt.date(2015, 4, 1))
    assert (TIKRIT, "iraqi-government", "captured") in found
