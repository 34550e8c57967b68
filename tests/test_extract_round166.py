"""Round 166: a retaking noun or passive with no force of its own is the story actor's even
when its clause names that actor's own side elsewhere ("the recapture of Fallujah in June
allowed the army to turn north"), not when it names another force; and a date past a verb of
sequence ("follows the army's return to Singa on 23 November") is the earlier event's, not the
noun's before it. Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims, facts

FALLUJAH, QAYYARAH, HIT, RAMADI = 99454, 99003, 95788, 98717
IRAQ = "Iraqi forces retook Qayyarah this week. "
DAY = dt.date(2016, 8, 25)


def test_a_retaking_noun_naming_the_actors_own_side_later_is_the_actors(ex):
    text = IRAQ + "The recapture of Fallujah in June let the army turn north toward Mosul."
    got = claims(ex, text, DAY)
    assert (FALLUJAH, "iraqi-government", "captured", dt.date(2016, 6, 1), "month") in got


def test_a_passive_naming_the_actors_own_side_later_is_the_actors(ex):
    text = IRAQ + "Fallujah was recaptured in June, and the army then turned north."
    assert (FALLUJAH, "iraqi-government", "captured") in facts(ex, text, DAY)


def test_another_force_named_keeps_the_noun_unowned(ex):
    for text in ("The recapture of Fallujah in June was a blow to Islamic State.",
                 "The recapture of Fallujah in June pleased the Peshmerga."):
        assert (FALLUJAH, "iraqi-government", "captured") not in facts(ex, IRAQ + text, DAY)


def test_a_date_past_a_verb_of_sequence_is_the_earlier_events(ex):
    text = ("Iraqi troops retook Hit on Thursday, officials said. The recapture of Hit follows "
            "the seizure of Ramadi in late December 2015.")
    got = claims(ex, text, dt.date(2016, 4, 15))
    assert (HIT, "iraqi-government", "captured", dt.date(2015, 12, 1), "month") not in got


WAD_MADANI, KHARTOUM = 364103, 379252


def test_a_change_retold_by_its_noun_takes_the_day_told_before(ex):
    text = ("The Sudanese army retook Wad Madani on Saturday, officials said. The recapture of "
            "Wad Madani comes after army advances in Sennar state.")
    got = claims(ex, text, dt.date(2025, 1, 14))
    assert (WAD_MADANI, "saf", "captured", dt.date(2025, 1, 11), "day") in got
    assert (WAD_MADANI, "saf", "captured", dt.date(2025, 1, 14), "day") not in got


def test_a_change_told_again_by_a_verb_keeps_its_own_day(ex):
    text = ("Last Friday, the army recaptured the Republican Palace in central Khartoum. On "
            "Wednesday the army said it had taken full control of Khartoum.")
    got = claims(ex, text, dt.date(2025, 3, 26))
    assert {(KHARTOUM, "saf", "captured", dt.date(2025, 3, 21), "day"),
            (KHARTOUM, "saf", "captured", dt.date(2025, 3, 26), "day")} <= got
