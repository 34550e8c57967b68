"""Round 174: "Kiev", the spelling of Russian and older English copy, names Ukraine's side as
"Kyiv" does ("Kiev's military command", "Kiev's troops", "the Kiev regime"), so a withdrawal
it announces is not a withdrawal from the capital. Phrasings written for these tests, never a
shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KYIV, AVDIIVKA, KRAMATORSK = 703448, 713122, 704508
DAY = dt.date(2024, 2, 17)


@pytest.mark.parametrize("who", ["Kiev's military command", "Kiev's new commander"])
def test_kiev_is_the_side_not_the_city(ex, who):
    got = facts(ex, "Russian forces took Avdiivka. " + who + " earlier announced that its "
                "forces were withdrawing to more favourable lines.", DAY)
    assert not {c for c in got if c[0] == KYIV}
    assert (AVDIIVKA, "russia", "captured") in got


def test_kiev_holds_what_it_controls(ex):
    got = facts(ex, "Russia's war in Ukraine. Russian artillery shelled Kiev-controlled "
                "Kramatorsk overnight.", DAY)
    assert (KRAMATORSK, "ukraine", "held") in got
