"""Round 207: a report whose only news is that it spread ("Reports that the SAF had withdrawn
from Al-Fula circulated online") leaves its content a question, as "Reports circulated that"
does; and a claim a semicolon follows with the lack of evidence for it ("...; there is no
evidence supporting this claim") is left unconfirmed, as one a contrast follows is.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

RASTAN, KUPIANSK = 172946, 703656


@pytest.mark.parametrize("text, place, force, event, published", [
    ("Reports that government troops had withdrawn from Rastan circulated online on Friday.",
     RASTAN, "syrian-government", "lost", dt.date(2024, 12, 6)),
    ("Reports that Russian troops had entered Kupiansk emerged on Telegram late on Sunday.",
     KUPIANSK, "russia", "captured", dt.date(2024, 11, 25)),
    ("Russian outlets claimed that Russian troops had entered Kupiansk; there is no evidence "
     "supporting this claim.", KUPIANSK, "russia", "captured", dt.date(2024, 11, 25)),
])
def test_a_report_that_only_spread_is_a_question(ex, text, place, force, event, published):
    assert (place, force, event) not in facts(ex, text, published)
    assert (place, force, event) in facts(ex, text, published, "question")


def test_a_confirmed_report_is_told(ex):
    text = ("Reports that Russian troops had entered Kupiansk were confirmed by the Ukrainian "
            "General Staff on Sunday.")
    assert (KUPIANSK, "russia", "captured") in facts(ex, text, dt.date(2024, 11, 25))
