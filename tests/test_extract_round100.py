"""Round 100: in a story of several actors, a town "retaken" or "recaptured" with no force
named was taken back by the one force the story has told retook towns, and by none when the
story has told of no such force, or of two that are not allies. Each test runs phrasings
written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

HIT, HASAKAH, LYMAN = 95788, 173811, 704204


def test_a_town_retaken_by_no_one_named_is_the_one_retaker_s(ex):
    got = claims(ex, "Islamic State fighters seized Ramadi in May. Iraqi forces recaptured "
                     "Tikrit in April. Hit was retaken on Sunday.", dt.date(2015, 6, 20))
    assert (HIT, "iraqi-government", "captured", dt.date(2015, 6, 14), "day") in got, got


@pytest.mark.parametrize("text", [
    # No force has retaken a town: an entry is no retaking.
    "Islamic State fighters seized Ramadi in May. Iraqi forces entered Tikrit in April. Hit was "
    "retaken on Sunday.",
])
def test_no_retaker_told_no_taker_guessed(ex, text):
    got = facts(ex, text, dt.date(2015, 6, 20))
    assert not {f for f in got if f[0] == HIT}, got


def test_two_retakers_that_are_no_allies_leave_the_town_untaken(ex):
    got = facts(ex, "Islamic State fighters seized Palmyra in May. Syrian troops recaptured "
                    "Qaryatain in April, and the Kurdish-led SDF retook Tal Abyad on Monday. "
                    "Hasakah was retaken on Sunday.", dt.date(2015, 6, 20))
    assert not {f for f in got if f[0] == HASAKAH}, got


def test_a_holder_named_for_another_town_does_not_turn_the_retaker(ex):
    # "back under Ukrainian control" is Balakliia's; the recapture of Lyman is still Ukraine's.
    got = facts(ex, "Ukrainian forces regained control of Izium on September 10, as Russian "
                    "troops withdrew. Izium had been seized by Russian forces in early April. "
                    "The counteroffensive, which brought Balakliia back under Ukrainian control "
                    "on September 8, was followed in early October by the recapture of Lyman.",
                dt.date(2022, 10, 19))
    assert (LYMAN, "ukraine", "captured") in got, got
    assert (LYMAN, "russia", "captured") not in got, got
