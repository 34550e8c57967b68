"""Round 115: a count of people opening a clause before the force it counts ("Dozens of ISIS
fighters attacked Kirkuk") leaves the force the clause's subject; "many of them", people a
pronoun stands for, stays no force. Each test runs phrasings written for it, never a held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KIRKUK, NYALA, SINGA = 94787, 369004, 366847
DAY = dt.date(2023, 11, 5)


@pytest.mark.parametrize(("text", "fact"), [
    ("Dozens of ISIS fighters attacked Kirkuk before dawn.", (KIRKUK, "isis", "contested")),
    ("On Friday, hundreds of RSF fighters stormed Nyala.", (NYALA, "rsf", "captured")),
    ("Witnesses said that scores of RSF fighters had overrun Nyala.", (NYALA, "rsf", "captured")),
])
def test_a_counted_force_is_the_subject(ex, text, fact):
    assert fact in facts(ex, text, DAY)


def test_people_a_pronoun_counts_are_no_force(ex):
    got = facts(ex, "The RSF shelled Khartoum. Thousands of families, many of them displaced by "
                    "the fighting, have fled Singa since Saturday.", DAY)
    assert not {f for f in got if f[0] == SINGA}, got
