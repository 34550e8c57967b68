"""A town declared "fully liberated" in quotes, floating quantifiers in a passive, an
apposition before a list's date, "the fall of" as a noun after "after", and holders called
militants (misses of blind sets 274 to 280). Each test runs several phrasings written for it,
never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

FALLUJAH, MOSUL, TIKRIT, RAMADI, HIT, QAYYARAH, BAIJI = (99454, 99072, 90150, 98717, 95788,
                                                          99003, 97783)
MELITOPOL, BERDYANSK, JINDAYRIS, BAKHMUT = 701404, 712451, 169190, 713174


@pytest.mark.parametrize(("text", "place"), [
    ("Iraqi forces declared Falluja \u201cfully liberated\u201d on Sunday.", FALLUJAH),
    ("The Iraqi army declared Mosul completely liberated after nine months of fighting.",
     MOSUL),
    ("Iraqi troops pronounced Tikrit 'liberated' on Tuesday.", TIKRIT),
])
def test_a_town_declared_liberated_past_quotes_and_an_adverb(ex, text, place):
    assert (place, "iraqi-government", "captured") in facts(ex, text, dt.date(2017, 7, 10))


@pytest.mark.parametrize("text", [
    "Melitopol and Berdyansk were both captured by Russian forces in the first week.",
    "Melitopol and Berdyansk have all been captured by Russian forces.",
    "Melitopol and Berdyansk had both been taken by Russian troops by early March.",
])
def test_a_floating_quantifier_leaves_the_passive_whole(ex, text):
    got = facts(ex, text, dt.date(2022, 3, 10))
    assert {(MELITOPOL, "russia", "captured"), (BERDYANSK, "russia", "captured")} <= got


@pytest.mark.parametrize("text", [
    "Iraqi forces retook Ramadi, the capital of Anbar province, in December and Hit in April.",
    "Iraqi forces retook Ramadi, the provincial capital, in December and the Euphrates town "
    "of Hit in April.",
])
def test_an_apposition_may_stand_before_a_lists_date(ex, text):
    got = claims(ex, text, dt.date(2016, 6, 26))
    assert (RAMADI, "iraqi-government", "captured", dt.date(2015, 12, 1), "month") in got
    assert (HIT, "iraqi-government", "captured", dt.date(2016, 4, 1), "month") in got


@pytest.mark.parametrize("text", [
    "Troops moved on Afrin after the fall of Jandairis to Turkish forces on March 8.",
    "Once the fall of Jandairis to Turkish forces was confirmed on March 8, Afrin was cut off.",
])
def test_the_fall_of_a_town_after_after_is_a_noun_of_fact(ex, text):
    assert (JINDAYRIS, "turkey", "captured") in facts(ex, text, dt.date(2018, 3, 18))


def test_a_town_that_falls_once_is_still_to_come(ex):
    got = facts(ex, "Once Bakhmut falls to Russian forces, they will push west.",
                dt.date(2023, 5, 1))
    assert (BAKHMUT, "russia", "captured") not in got
    assert (BAKHMUT, "russia", "captured") in facts(
        ex, "Once Bakhmut falls to Russian forces, they will push west.", dt.date(2023, 5, 1),
        "expected")


@pytest.mark.parametrize("text", [
    "Qayyara, which remains in militant hands, lies south of Mosul.",
    "Baiji, still in jihadist hands, lies north of Tikrit.",
])
def test_militants_and_jihadists_as_holders_are_the_story_group(ex, text):
    got = facts(ex, text, dt.date(2016, 6, 26))
    assert any(f[1] == "isis" and f[2] == "held" for f in got)
