"""Round 107: a force that keeps (or puts) a town "under siege" besieges it, and whoever
holds the town, or the other side of a war of two, is besieged inside. Each test runs phrasings
written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

EL_FASHER = 379555
SUDAN = "The Sudanese army is fighting the RSF in Sudan. "


@pytest.mark.parametrize("text", [
    SUDAN + "In North Darfur, the RSF has kept the city of El Fasher, the army's last foothold "
    "in the region, under siege for a year, shelling it repeatedly.",
    SUDAN + "The RSF put El Fasher under a tight siege in May.",
    SUDAN + "The paramilitaries have kept the town of El Fasher under siege since the spring.",
])
def test_a_town_kept_under_siege_is_besieged_by_its_keeper(ex, text):
    got = facts(ex, text, dt.date(2025, 5, 3))
    assert {(EL_FASHER, "saf", "besieged"), (EL_FASHER, "rsf", "contested")} <= got, got


def test_a_town_held_under_fire_is_no_siege(ex):
    got = facts(ex, SUDAN + "The army held El Fasher under heavy fire.", dt.date(2025, 5, 3))
    assert not {f for f in got if f[2] == "besieged"}, got
