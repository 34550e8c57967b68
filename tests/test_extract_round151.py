"""Round 151: a statement's line with no speaker of its own speaks in the voice of the last
speaker the text named ("The HTS-led Military Operations Command announced ... On Sunday our
units entered Khan Shaykhun"), not of one before a speaker who is no force ("..., a police
chief told reporters"); a taking word after a copula is an adjective ("Homs, which is fully
secure"); a town taken "into a semi-encirclement" is fought for, not taken. Phrasings
written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import facts

KHAN_SHAYKHUN, HOMS, BAKHMUT = 168325, 169577, 713174
SYRIA = "The war in Syria goes on. "


def test_a_statements_line_speaks_in_its_speakers_voice(ex):
    text = (SYRIA + "The HTS-led Military Operations Command announced that its fighters "
            "control Aleppo.\nOn Sunday our units entered Khan Shaykhun.")
    assert (KHAN_SHAYKHUN, "hts", "captured") in facts(ex, text, dt.date(2024, 12, 2))


def test_a_speaker_who_is_no_force_lends_no_voice(ex):
    text = (SYRIA + "The Islamic State said its fighters had attacked Homs. \"Our forces hold "
            "the city,\" a local police chief told reporters.")
    assert (HOMS, "isis", "held") not in facts(ex, text, dt.date(2024, 12, 2))


def test_secure_after_a_copula_is_no_taking(ex):
    text = (SYRIA + "Reinforcements have reached the city of Homs, which is fully secure and "
            "under the control of Syrian forces.")
    got = facts(ex, text, dt.date(2024, 12, 5))
    assert (HOMS, "syrian-government", "held") in got
    assert (HOMS, "syrian-government", "lost") not in got


def test_a_town_taken_into_an_encirclement_is_fought_for(ex):
    text = ("Russia's war against Ukraine goes on. Ukrainian forces have taken Bakhmut into a "
            "semi-encirclement.")
    got = facts(ex, text, dt.date(2023, 5, 21))
    assert (BAKHMUT, "ukraine", "contested") in got
    assert (BAKHMUT, "ukraine", "captured") not in got
    assert (BAKHMUT, "russia", "lost") not in got
