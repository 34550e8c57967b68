"""Rule families the errors of blind sets 190 to 196 pointed at, after their honest figures were
taken: each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

CHASIV_YAR, MANBIJ, EL_FASHER, NYALA, EL_OBEID = 710915, 167357, 379555, 369004, 379003
UKRAINE_DAY, SUDAN_DAY = dt.date(2023, 5, 21), dt.date(2023, 11, 5)


@pytest.mark.parametrize("text", [
    "Ukrainian forces have dug in around Chasiv Yar, a town that Russian artillery pounds daily.",
    "Ukrainian forces have dug in around Chasiv Yar, which Russian troops shell daily.",
    "Ukrainian troops hold Chasiv Yar, which Russian artillery has bombarded for weeks.",
])
def test_a_town_a_relative_clause_fires_on_is_fought_for(ex, text):
    assert (CHASIV_YAR, "russia", "contested") in facts(ex, text, UKRAINE_DAY)


@pytest.mark.parametrize("text", [
    "Erdogan said the operation will extend to Manbij, a town controlled by the PYD/PKK.",
    "Turkish officials said the PYD still holds Manbij.",
])
def test_the_ypgs_party_names_its_force(ex, text):
    assert (MANBIJ, "sdf", "held") in facts(ex, text, dt.date(2018, 3, 18))


@pytest.mark.parametrize("text", [
    "The RSF advanced. The army's last major garrison in Darfur is in El Fasher, capital of North "
    "Darfur.",
    "The RSF advanced. The army's garrisons in the region are still in El Fasher.",
])
def test_a_garrison_said_to_be_in_a_town_holds_it(ex, text):
    assert (EL_FASHER, "saf", "held") in facts(ex, text, SUDAN_DAY)


@pytest.mark.parametrize("text", [
    "The RSF announced the capture of the army base in Nyala.",
    "The RSF's capture of the army base in Nyala shocked Khartoum.",
    "On October 26, the paramilitary announced the capture of the 16th Infantry Division "
    "headquarters in Nyala.",
])
def test_the_capture_of_an_armys_base_in_a_town_is_the_towns(ex, text):
    got = facts(ex, text, SUDAN_DAY)
    assert (NYALA, "rsf", "captured") in got
    assert (NYALA, "saf", "lost") in got


def test_the_capture_of_a_facility_in_a_town_is_not_the_towns(ex):
    got = facts(ex, "The RSF's capture of the airport in Nyala shocked Khartoum.", SUDAN_DAY)
    assert (NYALA, "rsf", "captured") not in got


def test_a_forces_own_garrison_in_a_town_holds_it(ex):
    text = "The RSF attacked. Soldiers posted photos from their garrison in El Obeid."
    assert (EL_OBEID, "saf", "held") in facts(ex, text, SUDAN_DAY)
