"""Round 122: "taken under control" is a taking, and a statement's word for its own side's
taking ("the centre of Ras al-Ain has been taken under control, the Turkish Defence Ministry
said"); a town's centre stands for the town as a subject; "Turkish troops and allied fighters
of the SNA" are two takers, and the second's "of" names no loser. Each test runs phrasings
written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

TAL_ABYAD, RAS_AL_AIN, TAL_AFAR = 163750, 165509, 90393
DAY = dt.date(2019, 10, 13)


@pytest.mark.parametrize("subject", ["The town of Ras al-Ain", "The centre of Ras al-Ain",
                                     "The residential center of Ras al-Ain"])
def test_taken_under_control_by_a_force(ex, subject):
    got = facts(ex, f"{subject} in northern Syria was taken under control by Turkish forces on "
                    "Saturday.", DAY)
    assert (RAS_AL_AIN, "turkey", "captured") in got, got


def test_a_statement_of_its_own_sides_taking(ex):
    got = facts(ex, "Fighting in northern Syria entered its fifth day. The residential centre of "
                    "Tal Abyad has been taken under control as a result of the operations, the "
                    "Turkish Defence Ministry said on Sunday.", DAY)
    assert (TAL_ABYAD, "turkey", "captured") in got, got


def test_allied_fighters_of_a_named_force_take_it_too(ex):
    got = facts(ex, "The ministry said the centre of Tal Abyad had been taken under control by "
                    "Turkish troops and allied fighters of the Syrian National Army (SNA).", DAY)
    assert {(TAL_ABYAD, "turkey", "captured"), (TAL_ABYAD, "syrian-opposition", "captured")} \
        <= got, got
    assert (TAL_ABYAD, "syrian-opposition", "lost") not in got, got


def test_a_loser_after_an_active_takers_object_is_kept(ex):
    got = facts(ex, "Iraqi forces declared Tal Afar, west of Mosul, free of ISIS on Aug. 31.",
                dt.date(2017, 9, 1))
    assert {(TAL_AFAR, "iraqi-government", "captured"), (TAL_AFAR, "isis", "lost")} <= got, got
