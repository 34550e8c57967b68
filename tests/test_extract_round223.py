"""Round 223: a past participle set off after a town, with no object of its own, is the town's
passive without its auxiliary ("Bartella, recaptured on October 20, is now a staging area"),
taken by the story's actor as "Bartella was recaptured on October 20" is; a verb with an object
after the town's comma is no such participle. Phrasings written for these tests, never a
shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

BARTELLA, SHARQAT, TABQA = 97890, 91057, 172374


@pytest.mark.parametrize("text, place, force, day, published", [
    ("Iraqi forces retook the town of Hamdaniya on Sunday. Bartella, recaptured on October 20, "
     "is now being used as a staging area.", BARTELLA, "iraqi-government",
     dt.date(2016, 10, 20), dt.date(2016, 11, 9)),
    ("Iraqi troops retook Qayyarah in August. Sharqat, retaken on September 22, is "
     "under their control.", SHARQAT, "iraqi-government", dt.date(2016, 9, 22),
     dt.date(2016, 10, 26)),
    ("The SDF pressed on towards Raqqa on Thursday. Tabqa, seized in May after weeks of "
     "fighting, now hosts a civilian council.", TABQA, "sdf", dt.date(2017, 5, 1),
     dt.date(2017, 10, 21)),
])
def test_a_participle_set_off_after_a_town_is_its_passive(ex, text, place, force, day,
                                                          published):
    got = claims(ex, text, published)
    assert any(c[:3] == (place, force, "captured") and c[3] == day for c in got), got


def test_a_verb_with_an_object_is_no_participle(ex):
    found = facts(ex, "The army entered Bartella, recaptured the church and moved on.",
                  dt.date(2016, 11, 9))
    assert (BARTELLA, "iraqi-government", "captured") in found
