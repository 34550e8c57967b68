"""Round 125: a side named in its own voice. "Our forces" are the side of who says so ("'Our
forces have liberated En Nahud,' the RSF said"); "the enemy" is the other side of a war of two,
of the speaker or of the one side its sentence names; a failed attempt to advance is a fight
("tried unsuccessfully to advance near Bohdanivka"), and a loss told "without confirming" it
is not asserted. Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import facts

EN_NAHUD, VOVCHANSK, BOHDANIVKA = 378699, 689304, 711933
DAY = dt.date(2024, 5, 20)


def test_our_forces_are_the_speakers(ex):
    got = facts(ex, "\"Our forces have liberated the city of En Nahud and seized the "
                    "headquarters of the army garrison,\" the RSF said in a statement.",
                dt.date(2025, 5, 3))
    assert (EN_NAHUD, "rsf", "captured") in got, got


def test_our_forces_with_no_speaker_are_no_one(ex):
    got = facts(ex, "\"Our forces have liberated the city of En Nahud.\"", dt.date(2025, 5, 3))
    assert not got, got


def test_the_enemy_is_the_other_side_of_the_speaker(ex):
    got = facts(ex, "The enemy shelled Vovchansk more than 30 times over the past day, the "
                    "Ukrainian General Staff said.", DAY)
    assert (VOVCHANSK, "russia", "contested") in got, got
    assert (VOVCHANSK, "ukraine", "contested") not in got, got


def test_enemy_attacks_are_the_other_side_of_the_named_one(ex):
    got = facts(ex, "Ukrainian defenders repelled 11 enemy attacks near Vovchansk.", DAY)
    assert {(VOVCHANSK, "ukraine", "contested"), (VOVCHANSK, "russia", "contested")} <= got, got


def test_a_failed_attempt_to_advance_is_a_fight(ex):
    got = facts(ex, "Russian forces tried unsuccessfully to advance near Bohdanivka.", DAY)
    assert (BOHDANIVKA, "russia", "contested") in got, got


def test_a_loss_told_without_confirming_it_is_not_asserted(ex):
    got = facts(ex, "Ukrainian forces are fighting near Vovchansk, a spokesperson told national "
                    "television, without confirming the loss of the town.", DAY)
    assert not {f for f in got if f[0] == VOVCHANSK and f[2] in ("captured", "lost")}, got
