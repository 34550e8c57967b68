"""Round 116: an Arabic article hyphenated to a name the gazetteer found without it is part of
the place's mention ("As-Sanamayn"), and a word hyphenated to another is no clause boundary
("As-" is no "as"). Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest

SANAMAYN = 172469
DAY = dt.date(2018, 7, 7)


@pytest.mark.parametrize(("text", "event"), [
    ("Government forces took As-Sanamayn on Friday.", "captured"),
    ("In GoS-held As-Sanamayn, to the north, partners report the arrival of some 2,000 people.",
     "held"),
    ("Syrian troops entered As-Sanamayn after rebels withdrew.", "captured"),
])
def test_a_hyphenated_article_opens_the_place(ex, text, event):
    got = [c for c in ex.extract(text, published=DAY) if c.place.geonameid == SANAMAYN]
    assert ("syrian-government", event) in {(c.force, c.event) for c in got}, got
    assert {c.place.surface for c in got} == {"As-Sanamayn"}, got
