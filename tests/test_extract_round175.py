"""Round 175: a town told by its rank among those taken ("Kherson was the only regional capital
captured by Russian forces", "the largest settlement to fall to its forces") is a change with
no time of its own: it takes the time the story gives that change elsewhere, and told nowhere
else it is a trait of the town, not news of a change on the day of writing. Phrasings written
for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

KHERSON = 706448
UKRAINE = "Russia's war in Ukraine. Ukrainian troops entered Mykolaiv region villages. "
PUB = dt.date(2022, 11, 11)


@pytest.mark.parametrize("rank", [
    "Kherson was the only regional capital captured by Russian forces since the invasion.",
    "Kherson was the first big Ukrainian city to fall to Russian forces.",
    "Kherson, the largest city seized by Russian troops in the war, is quiet.",
])
def test_a_rank_alone_is_no_change_of_the_day(ex, rank):
    got = claims(ex, UKRAINE + rank, PUB)
    assert not {c for c in got if c[0] == KHERSON and c[2] in ("captured", "lost")}


def test_a_rank_takes_the_time_told_elsewhere(ex):
    text = (UKRAINE + "Kherson was the only regional capital captured by Russian forces since "
            "the invasion. Russian troops took Kherson on 2 March after days of fighting.")
    got = claims(ex, text, PUB)
    assert (KHERSON, "russia", "captured", dt.date(2022, 3, 2), "day") in got
    assert not {c for c in got if c[:3] == (KHERSON, "russia", "captured") and c[3] == PUB}


def test_a_change_told_with_its_rank_keeps_its_own_time(ex):
    text = UKRAINE + ("Russian troops took Kherson on 2 March, the first big city to fall "
                      "since the invasion began.")
    got = claims(ex, text, dt.date(2022, 3, 5))
    assert (KHERSON, "russia", "captured", dt.date(2022, 3, 2), "day") in got
