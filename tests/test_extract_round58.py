"""Families the misses of blind sets 239 to 245 pointed at: a capture noun timed with an
abbreviated month, a town's kind that is no distance, a town held despite a force's attacks,
and towns listed past an apposition that opens no clause. Each test runs several phrasings
written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

NYALA, ZALINGEI, SOLEDAR, VUHLEDAR, SENNAR, SINGA = (369004, 363533, 706757, 690823, 367644,
                                                     366847)


@pytest.mark.parametrize("text", [
    "The fall of the garrison follows the RSF's capture on Oct. 26 of Nyala.",
    "It came days after the RSF's seizure on 26 Oct. of Nyala, Sudan's second city.",
])
def test_a_capture_noun_timed_with_an_abbreviated_month(ex, text):
    got = claims(ex, text, dt.date(2023, 11, 5))
    assert (NYALA, "rsf", "captured", dt.date(2023, 10, 26), "day") in got


@pytest.mark.parametrize("text", [
    "Russia's capture of the nearby salt-mining town of Soledar in January opened the north.",
    "The Russian seizure of the small eastern salt-mining town of Soledar in January mattered.",
])
def test_a_towns_kind_is_no_distance_from_its_noun(ex, text):
    assert (SOLEDAR, "russia", "captured") in facts(ex, text, dt.date(2023, 5, 21))


@pytest.mark.parametrize(("text", "place", "force"), [
    ("Ukraine still holds Vuhledar despite repeated Russian attacks.", VUHLEDAR, "russia"),
    ("Ukraine still holds Vuhledar, further south, despite repeated assaults by Russian forces.",
     VUHLEDAR, "russia"),
    ("The city of Sennar, about 60 kilometers north of Singa, has remained in army hands "
     "despite repeated RSF attacks.", SENNAR, "rsf"),
])
def test_a_town_held_despite_a_forces_attacks_is_fought_for_by_it(ex, text, place, force):
    got = facts(ex, text, dt.date(2024, 11, 24))
    assert (place, force, "contested") in got
    assert (SINGA, force, "contested") not in got


@pytest.mark.parametrize("text", [
    "In late October the RSF took Nyala, Sudan's second-largest city before the war, and "
    "Zalingei.",
    "In late October the RSF took Nyala, the capital and the hub of South Darfur, and Zalingei.",
])
def test_towns_listed_past_an_apposition_that_opens_no_clause(ex, text):
    got = facts(ex, text, dt.date(2023, 12, 19))
    assert {(NYALA, "rsf", "captured"), (ZALINGEI, "rsf", "captured")} <= got
