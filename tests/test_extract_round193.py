"""Round 193: a timeline's line dated by a month's name alone ("- September: Novohrodivka
captured"), and one whose town has an apposition before its participle ("- September:
Novohrodivka, a mining town south-east of Pokrovsk, captured"), tell a taking as a line dated
by a day does; the town the apposition names to place it is not taken. Phrasings written for
these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

NOVOHRODIVKA, POKROVSK = 699557, 704422
PUB = dt.date(2024, 11, 25)


@pytest.mark.parametrize("line", [
    "- September: Novohrodivka captured",
    "- September: Novohrodivka, a mining town south-east of Pokrovsk, captured",
    "• Sep – Novohrodivka taken",
])
def test_a_month_dated_line_tells_a_taking(ex, line):
    text = f"Russian forces captured Selydove in October.\n{line}\n"
    got = claims(ex, text, PUB)
    assert (NOVOHRODIVKA, "russia", "captured", dt.date(2024, 9, 1), "month") in got
    assert not {c for c in got if c[0] == POKROVSK}
