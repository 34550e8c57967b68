"""Round 123: "the ministry" (or "the General Staff") is the force whose body of that name was
named last ("Russia's defence ministry ... The ministry said the town had been liberated"),
and no force when the body named last was no force's ("Sudan's health ministry"); a speaker
set off by commas before the clause's verb is no subject ("The YPG, the ministry said, had fled
the town"); people right before a participle are its subject ("civilians fleeing the city").
Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import facts

SOLEDAR, RAWA, EL_FASHER, SINGA = 706757, 92004, 379555, 366847


def test_the_ministry_is_the_force_whose_ministry_was_named(ex):
    got = facts(ex, "Russia's defence ministry says its forces are fighting in eastern Ukraine. "
                    "The ministry said Soledar had been liberated on Thursday evening.",
                dt.date(2023, 1, 13))
    assert {(SOLEDAR, "russia", "captured"), (SOLEDAR, "ukraine", "lost")} <= got, got
    assert (SOLEDAR, "ukraine", "captured") not in got, got


def test_the_ministry_of_no_force_names_no_taker(ex):
    got = facts(ex, "The army and the RSF fought on in Sennar state. Sudan's health ministry "
                    "said 30 people had died. The ministry said Singa had been liberated.",
                dt.date(2024, 11, 24))
    assert not {f for f in got if f[0] == SINGA and f[2] == "captured"}, got


def test_a_speaker_aside_before_the_verb_is_no_subject(ex):
    got = facts(ex, "ISIS fighters, the Iraqi army said, had fled Rawa.", dt.date(2017, 11, 17))
    assert (RAWA, "isis", "lost") in got, got
    assert (RAWA, "iraqi-government", "lost") not in got, got


def test_people_before_a_participle_are_its_subject(ex):
    got = facts(ex, "The RSF said on Sunday it had taken El Fasher, the army's last stronghold "
                    "in Darfur. Aid workers said they had received reports of killings of "
                    "civilians fleeing the city.", dt.date(2025, 10, 27))
    assert (EL_FASHER, "rsf", "lost") not in got, got
    assert (EL_FASHER, "rsf", "captured") in got, got
