"""An "as have" ellipsis past the towns' kind and over a list, and a town's other name in
brackets before a bearing (misses of blind sets 302 to 315). Each test runs several phrasings
written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

BABANUSA, KADUGLI, DILLING, EL_FASHER, EL_DAEIN = 377962, 373141, 376450, 379555, 380148


@pytest.mark.parametrize("text", [
    "Army-held Babanusa has been under RSF siege for months, as have the South Kordofan cities "
    "of Kadugli and Dilling.",
    "Babanusa has been besieged by the RSF since last year, as have Kadugli and Dilling.",
])
def test_an_as_have_ellipsis_repeats_the_state_for_each_town_listed(ex, text):
    got = facts(ex, text, dt.date(2025, 10, 27))
    assert {(KADUGLI, "saf", "besieged"), (DILLING, "saf", "besieged")} <= got


def test_an_as_does_ellipsis_still_names_one_town(ex):
    got = facts(ex, "El Fasher remains under army control, as does Ed Daein.",
                dt.date(2024, 1, 10))
    assert (EL_DAEIN, "saf", "held") in got


def test_a_towns_other_name_in_brackets_closes_it_before_a_bearing(ex):
    # "al-Hamdaniya (Qaraqosh), southeast of Mosul, which ...": the relative clause is the
    # town's, as without the brackets.
    got = facts(ex, "The army consolidated control of al-Hamdaniya (Qaraqosh), southeast of "
                    "Mosul, which it recaptured on October 22.", dt.date(2016, 11, 3))
    assert (92430, "iraqi-government", "captured") in got
    assert (99072, "iraqi-government", "captured") not in got
