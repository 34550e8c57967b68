"""Towns a held ground includes, past a second object or a preposition (misses of blind sets
239 to 245). Each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

QAIM, RAWA, OLESHKY, HOLA_PRYSTAN = 92138, 92004, 691037, 708632


@pytest.mark.parametrize("text", [
    "ISIS still controls Hawija, and a stretch of the Euphrates valley that includes al-Qaim "
    "and Rawa.",
    "Islamic State still holds Hawija and a strip of desert which includes al-Qaim and Rawa.",
])
def test_the_towns_a_second_object_includes_are_held(ex, text):
    got = facts(ex, text, dt.date(2017, 9, 7))
    assert {(QAIM, "isis", "held"), (RAWA, "isis", "held")} <= got


@pytest.mark.parametrize("text", [
    "Russian forces now hold the left bank opposite the city, including in Oleshky and Hola "
    "Prystan.",
    "Russian troops still hold the east bank of the Dnipro, including at Oleshky and Hola "
    "Prystan.",
])
def test_an_including_list_may_repeat_its_preposition(ex, text):
    got = facts(ex, text, dt.date(2022, 11, 16))
    assert {(OLESHKY, "russia", "held"), (HOLA_PRYSTAN, "russia", "held")} <= got
