"""Round 178: what a war's unofficial voices claim (milbloggers, war correspondents, Telegram
channels, partisan accounts on social media) is left open, a question, whichever side it
favours; what an official body or a named party says is still told. Phrasings written for
these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

KUPIANSK = 703656
UKRAINE = "Russia's war in Ukraine. "
DAY = dt.date(2022, 9, 11)


@pytest.mark.parametrize("voice", ["Russian Telegram channels claimed on Sunday",
                                   "Some Russian milbloggers claimed",
                                   "Pro-Kremlin war correspondents wrote",
                                   "Pro-Russian accounts on social media said"])
def test_an_unofficial_voice_leaves_its_claim_open(ex, voice):
    text = UKRAINE + f"{voice} that Ukrainian units had pulled back from Kupiansk."
    assert (KUPIANSK, "ukraine", "lost") in facts(ex, text, DAY, "question")
    assert (KUPIANSK, "ukraine", "lost") not in facts(ex, text, DAY)


@pytest.mark.parametrize("voice", ["The General Staff said on Sunday",
                                   "Russia's defence ministry claimed"])
def test_an_official_voice_is_told(ex, voice):
    text = UKRAINE + f"{voice} that Ukrainian units had pulled back from Kupiansk."
    assert (KUPIANSK, "ukraine", "lost") in facts(ex, text, DAY)
