"""Round 153: a passive's subject is the town an apposition hangs on, not a place the
apposition names ("Selydove, a town on the road between Pokrovsk and Kurakhove, was taken by
Russian forces": Selydove). Phrasings written for these tests, never a shared or held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

SELYDOVE, KURAKHOVE, POKROVSK = 694677, 695357, 704422
UKRAINE = "Russia's war against Ukraine goes on. "


@pytest.mark.parametrize("text", [
    "Selydove, a town of twenty thousand on the road between Pokrovsk and Kurakhove, was taken "
    "by Russian forces at the end of October.",
    "Selydove, a mining town of 20,000 people south of Pokrovsk and Kurakhove, was captured by "
    "Russian troops in October.",
])
def test_a_passives_subject_is_the_head_of_its_apposition(ex, text):
    got = facts(ex, UKRAINE + text, dt.date(2024, 11, 15))
    assert (SELYDOVE, "russia", "captured") in got
    assert not {f for f in got if f[0] in (KURAKHOVE, POKROVSK) and f[2] == "captured"}


def test_a_list_of_subjects_is_no_apposition(ex):
    text = UKRAINE + "Pokrovsk, Selydove and Kurakhove were taken by Russian forces in October."
    got = facts(ex, text, dt.date(2024, 11, 15))
    assert {(p, "russia", "captured") for p in (POKROVSK, SELYDOVE, KURAKHOVE)} <= got
