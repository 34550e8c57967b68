"""Rule families the errors of blind sets 197 to 203 pointed at, after their honest figures were
taken: each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

ZALINGEI, OMDURMAN, KADUGLI, DILLING, EL_FASHER = 363533, 365137, 373141, 376450, 379555
NOVA_KAKHOVKA, OLESHKY = 699839, 691037
SUDAN_DAY = dt.date(2023, 12, 19)


@pytest.mark.parametrize("text", [
    "The RSF took Nyala on 26 October. Five days later, the army's garrison in Zalingei, capital "
    "of Central Darfur, also fell.",
    "The RSF took Nyala on 26 October. A day later, the army garrison in Zalingei fell.",
])
def test_a_garrisons_fall_after_a_taking_is_the_same_takers(ex, text):
    got = facts(ex, text, SUDAN_DAY)
    assert (ZALINGEI, "saf", "lost") in got
    assert (ZALINGEI, "rsf", "captured") in got


@pytest.mark.parametrize("text", [
    "The RSF took Wad Madani. The army holds much of neighboring Omdurman.",
    "The RSF took Wad Madani. The army holds most of nearby Omdurman.",
])
def test_most_of_a_neighbouring_town_is_the_town(ex, text):
    got = facts(ex, text, SUDAN_DAY)
    assert (OMDURMAN, "saf", "held") in got
    assert (OMDURMAN, "saf", "contested") not in got


@pytest.mark.parametrize("text", [
    "The RSF advanced. Kadugli and Dilling, two army-held towns in South Kordofan, have been "
    "encircled for months.",
    "The RSF advanced. Kadugli and Dilling, both army-held, remain encircled.",
])
def test_a_holder_in_the_towns_aside_is_the_one_besieged(ex, text):
    got = facts(ex, text, SUDAN_DAY)
    assert {(KADUGLI, "saf", "besieged"), (DILLING, "saf", "besieged")} <= got


@pytest.mark.parametrize("text", [
    "Russian troops remain dug in on the eastern bank, including in the towns of Nova Kakhovka "
    "and Oleshky.",
    "Russian troops have dug in on the left bank, in the towns of Nova Kakhovka and Oleshky.",
])
def test_towns_named_after_where_a_force_digs_in_are_held(ex, text):
    got = facts(ex, text, dt.date(2022, 11, 11))
    assert {(NOVA_KAKHOVKA, "russia", "held"), (OLESHKY, "russia", "held")} <= got


@pytest.mark.parametrize("text", [
    "The RSF took Nyala. The army's only remaining strongholds in Darfur are El Fasher and El "
    "Daein.",
    "The RSF took Nyala. The army's last stronghold in Darfur is El Fasher.",
])
def test_a_forces_strongholds_a_copula_names_are_held(ex, text):
    assert (EL_FASHER, "saf", "held") in facts(ex, text, SUDAN_DAY)
