"""Round 189: a passive infinitive after a verb of expecting is still to come ("analysts expect
Bakhmut to be retaken within months", "officers expect the town to be lost"), as an active one
is; a passive infinitive after a verb of report is not made expected. Phrasings written for
these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

BAKHMUT, KURAKHOVE = 713174, 695357
DAY = dt.date(2023, 6, 10)


@pytest.mark.parametrize("text, place, force, event", [
    ("Some analysts expect Bakhmut to be retaken by Ukrainian troops within months.",
     BAKHMUT, "ukraine", "captured"),
    ("Many officers predicted Kurakhove to be lost to Russian forces within weeks.",
     KURAKHOVE, "ukraine", "lost"),
])
def test_a_passive_infinitive_after_expecting_is_expected(ex, text, place, force, event):
    assert (place, force, event) in facts(ex, text, DAY, "expected")
    assert (place, force, event) not in facts(ex, text, DAY)


def test_a_passive_infinitive_after_a_report_stays_told(ex):
    text = "Bakhmut is thought to be controlled by Russian forces."
    assert (BAKHMUT, "russia", "held") in facts(ex, text, DAY)
