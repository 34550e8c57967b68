"""Round 187: towns returned to a force's control by a verb with an object ("the offensive
returned Balakliia and Kupiansk to Ukrainian control") or by its noun ("the return of al-Dinder
and al-Suki to army control") change hands to that force, as one that "returned to" it does; a
town that only places another is not returned. Phrasings written for these tests, never a
shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

BALAKLIIA, KUPIANSK, KHERSON, DINDER, SUKI = 712926, 703656, 706448, 13132448, 378271


@pytest.mark.parametrize("text, towns, force, published", [
    ("The counteroffensive returned Balakliia and the railway hub of Kupiansk to Ukrainian "
     "control within a week.", (BALAKLIIA, KUPIANSK), "ukraine", dt.date(2022, 9, 20)),
    ("Kyiv's troops have returned Balakliia, liberated on 8 September, and Kupiansk to "
     "Ukrainian control.", (BALAKLIIA, KUPIANSK), "ukraine", dt.date(2022, 9, 20)),
    ("The advance follows the return of al-Dinder and al-Suki to army control last week.",
     (DINDER, SUKI), "saf", dt.date(2024, 11, 30)),
])
def test_towns_returned_to_a_forces_control(ex, text, towns, force, published):
    got = facts(ex, text, published)
    for town in towns:
        assert (town, force, "captured") in got


def test_a_town_that_only_places_another_is_not_returned(ex):
    text = "The retreat returned Balakliia, north of Kherson, to Ukrainian control."
    got = facts(ex, text, dt.date(2022, 9, 20))
    assert (BALAKLIIA, "ukraine", "captured") in got
    assert (KHERSON, "ukraine", "captured") not in got
