"""In a war of two sides, a town that "was shelled" with no shooter named was fired on by the
side that does not hold it, when the sentence or the story says who does; with nobody known to
hold it, nothing is said (misses of blind sets 323 to 329). Each test runs phrasings written
for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

CHASIV_YAR, KHARKIV, SENNAR = 710915, 706483, 367644


@pytest.mark.parametrize(("text", "fact"), [
    ("Ukrainian-held Chasiv Yar was shelled repeatedly overnight, the governor said.",
     (CHASIV_YAR, "russia", "contested")),
    ("Kharkiv remains under Ukrainian control. The city was shelled again overnight.",
     (KHARKIV, "russia", "contested")),
    ("Sennar, held by the army, was shelled on Sunday, killing five civilians.",
     (SENNAR, "rsf", "contested")),
])
def test_an_unnamed_shooter_is_the_side_that_does_not_hold_the_town(ex, text, fact):
    published = dt.date(2024, 7, 1) if fact[1] == "rsf" else dt.date(2023, 5, 21)
    assert fact in facts(ex, text, published)


def test_with_no_holder_known_an_unnamed_shooter_fights_for_nothing(ex):
    got = facts(ex, "Russia pressed its offensive in the east. Chasiv Yar was shelled "
                    "repeatedly overnight.", dt.date(2023, 5, 21))
    assert not {f for f in got if f[0] == CHASIV_YAR}
