"""Round 158: a retaking noun with no force named ("the liberation of Ramadi in December 2015")
is the story's retaker's even when its clause names a year, as a retaking verb's is; a
capture noun so dated is not ("the capture of Mosul in 2014" was someone else's). Phrasings
written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims, facts

RAMADI, HIT, MOSUL = 98717, 95788, 99072
STORY = "Iraqi forces recaptured Fallujah from Islamic State on Sunday. "
DAY = dt.date(2016, 6, 26)


def test_a_dated_retaking_noun_is_the_story_retakers(ex):
    text = STORY + ("The victory follows the liberation of Ramadi, the capital of Anbar "
                    "province, in December 2015, and of the town of Hit in April.")
    got = claims(ex, text, DAY)
    assert (RAMADI, "iraqi-government", "captured", dt.date(2015, 12, 1), "month") in got
    assert (HIT, "iraqi-government", "captured", dt.date(2016, 4, 1), "month") in got


def test_a_dated_capture_noun_is_not(ex):
    text = STORY + "The capture of Mosul in June 2014 shocked the country."
    assert (MOSUL, "iraqi-government", "captured") not in facts(ex, text, DAY)
