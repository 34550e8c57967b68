"""Round 113: leaving a town cut off ("the advance has left the rebel-held towns of Morek and
Kafr Zita effectively surrounded") tells a siege, not a withdrawal: no one lost the town. A
withdrawal told before another clause with its own siege still is one. Each test runs
phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

MOREK, KAFR_ZITA, AVDIIVKA = 166640, 168620, 713122
DAY = dt.date(2019, 8, 21)


@pytest.mark.parametrize(("text", "towns"), [
    ("The government advance has left the rebel-held towns of Morek and Kafr Zita in northern "
     "Hama effectively surrounded.", (MOREK, KAFR_ZITA)),
    ("Syrian troops have left rebel-held Morek and Kafr Zita all but cut off.",
     (MOREK, KAFR_ZITA)),
    ("Russian forces have left Ukrainian-held Avdiivka almost encircled.", (AVDIIVKA,)),
    ("Russian troops left Avdiivka, held by Ukrainian troops, nearly isolated.", (AVDIIVKA,)),
])
def test_a_town_left_cut_off_is_no_loss(ex, text, towns):
    got = facts(ex, text, DAY)
    assert not {f for f in got if f[0] in towns and f[2] in ("lost", "captured")}, got


@pytest.mark.parametrize("text", [
    "Rebels left Morek on Friday, and the town was surrounded by nightfall.",
    "Rebels left Morek on Friday and the town was surrounded by nightfall.",
])
def test_a_withdrawal_before_a_siege_of_its_own_is_one(ex, text):
    got = facts(ex, text, DAY)
    assert (MOREK, "syrian-opposition", "lost") in got, got
