"""Rule families the errors of blind sets 79 to 82 pointed at, after their honest figures were
taken: each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

CHASIV_YAR, KOSTIANTYNIVKA, BAKHMUT, POPASNA = 710915, 705104, 713174, 696566
EL_OBEID, SENNAR, DILLING, KADUGLI, EL_FASHER = 379003, 367644, 376450, 373141, 379555
SUDAN_DAY, UKRAINE_DAY = dt.date(2024, 7, 3), dt.date(2023, 5, 21)


@pytest.mark.parametrize(("text", "fact", "day"), [
    ("The RSF shelled El Obeid on Monday, residents said.", (EL_OBEID, "rsf", "contested"),
     SUDAN_DAY),
    ("Fighting has shifted to Kordofan, where the RSF is shelling El Obeid.",
     (EL_OBEID, "rsf", "contested"), SUDAN_DAY),
    ("Sennar was shelled by the RSF several times earlier this month.",
     (SENNAR, "rsf", "contested"), SUDAN_DAY),
    ("Dilling has been pounded by the paramilitary for weeks.", (DILLING, "rsf", "contested"),
     SUDAN_DAY),
    ("Russian forces continued to pound Chasiv Yar on Saturday.",
     (CHASIV_YAR, "russia", "contested"), UKRAINE_DAY),
])
def test_a_force_shelling_a_town_fights_for_it_active_or_passive(ex, text, fact, day):
    assert fact in facts(ex, text, day)


@pytest.mark.parametrize(("text", "place", "force"), [
    # The shelling noun has no agent of its own: whoever withdrew after it fought no more.
    ("Ukrainian troops have withdrawn from Popasna after weeks of heavy shelling.", POPASNA,
     "ukraine"),
    ("The army pulled out of Dilling after four days of shelling.", DILLING, "saf"),
])
def test_a_withdrawal_after_shelling_is_no_fight_of_the_force_that_left(ex, text, place, force):
    got = facts(ex, text, SUDAN_DAY if force == "saf" else UKRAINE_DAY)
    assert (place, force, "lost") in got and (place, force, "contested") not in got


@pytest.mark.parametrize("text", [
    "The retreat leaves Russian forces on the eastern bank, from where they can shell Kherson.",
    "From the heights, the army can pound Dilling at will, commanders said.",
])
def test_what_a_force_can_do_is_not_asserted(ex, text):
    assert not {c for c in claims(ex, text, SUDAN_DAY) if c[2] == "contested"}


@pytest.mark.parametrize("text", [
    "Russian forces continued to shell Chasiv Yar, west of Bakhmut, as well as Kostiantynivka.",
    "Russian forces pounded Chasiv Yar, a town near Bakhmut, as well as Kostiantynivka.",
])
def test_a_list_goes_on_past_a_members_locating_aside(ex, text):
    got = facts(ex, text, UKRAINE_DAY)
    assert {(CHASIV_YAR, "russia", "contested"), (KOSTIANTYNIVKA, "russia", "contested")} <= got


@pytest.mark.parametrize(("text", "taker", "loser", "place"), [
    ("The Rapid Support Forces, the paramilitary group battling Sudan's army for control of "
     "the country, seized El Fasher on Sunday.", "rsf", "saf", EL_FASHER),
    ("The army, a force that has fought the RSF since April 2023, retook Sennar on Saturday.",
     "saf", "rsf", SENNAR),
    ("Russian troops, the units that drove Ukrainian forces out of Soledar in January, "
     "captured Bakhmut on Saturday.", "russia", "ukraine", BAKHMUT),
])
def test_a_subject_keeps_its_verb_past_an_aside_naming_its_enemy(ex, text, taker, loser, place):
    day = UKRAINE_DAY if taker == "russia" else SUDAN_DAY
    got = facts(ex, text, day)
    assert (place, taker, "captured") in got and (place, loser, "captured") not in got


MAYADIN = 173480


@pytest.mark.parametrize("text", [
    "Syrian government troops backed by Russian air power broke the IS siege of Deir ez-Zor "
    "in September, and on Saturday seized the town of Mayadin.",
    "Syrian troops ended the Islamic State siege of Deir ez-Zor and later took Mayadin.",
    "The Syrian army drove IS fighters from the desert near Deir ez-Zor, but then seized "
    "Mayadin within days.",
])
def test_a_coordinated_verb_shares_the_subject_that_opened_the_clause(ex, text):
    got = facts(ex, text, dt.date(2017, 10, 14))
    assert (MAYADIN, "syrian-government", "captured") in got
    assert (MAYADIN, "isis", "captured") not in got


@pytest.mark.parametrize("text", [
    "The army's garrison in Kadugli is encircled by the paramilitary, which has repeatedly "
    "shelled the town in recent weeks.",
    "The army's garrison in Kadugli is encircled by the RSF, which has constantly shelled the "
    "town since June.",
])
def test_an_adverb_in_a_relative_clause_keeps_its_head(ex, text):
    got = facts(ex, text, SUDAN_DAY)
    assert (KADUGLI, "rsf", "contested") in got and (KADUGLI, "saf", "contested") not in got
