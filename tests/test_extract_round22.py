"""Rule families the misses and false alarms of blind sets 39 to 42 pointed at, after their
honest figures were taken: each test runs several phrasings written for it, never a held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

STRILECHA, VOVCHANSK, LYPTSI, KHARKIV = 692451, 689304, 702989, 706483


@pytest.mark.parametrize("text", [
    "The ministry announced the capture of Strilecha, just across the border from Russia's "
    "Belgorod region.",
    "Russian forces took Strilecha, a village across the border from Russia's Belgorod region.",
])
def test_the_owner_of_a_place_named_after_from_loses_nothing(ex, text):
    assert (STRILECHA, "russia", "lost") not in facts(ex, text, dt.date(2024, 5, 12))


@pytest.mark.parametrize(("text", "fact"), [
    ("Russia's defence ministry announced the capture of Strilecha.",
     (STRILECHA, "russia", "captured")),
    ("Ukraine's General Staff said its troops had pulled back from Vovchansk.",
     (VOVCHANSK, "ukraine", "lost")),
    ("Ukraine's ministry of defence announced the liberation of Vovchansk.",
     (VOVCHANSK, "ukraine", "captured")),
])
def test_the_body_that_speaks_for_a_force_is_the_force(ex, text, fact):
    assert fact in facts(ex, text, dt.date(2024, 5, 12))


@pytest.mark.parametrize("text", [
    "Russian forces attacked toward Lyptsi, a large village on the road to Kharkiv, where "
    "Ukrainian units repelled assaults overnight.",
    "Russian forces shelled Lyptsi, a village north of Kharkiv, where Ukrainian troops repelled "
    "an assault on Sunday.",
])
def test_where_after_a_kind_apposition_hangs_on_its_town(ex, text):
    got = facts(ex, text, dt.date(2024, 5, 13))
    # (Round 208: a defender repelling attacks toward or near a town fights for it.)
    assert {(LYPTSI, "ukraine", "held"), (LYPTSI, "ukraine", "contested")} & got
    assert not {f for f in got if f[0] == KHARKIV}


@pytest.mark.parametrize("text", [
    "Kherson is returning under Ukrainian control, the intelligence directorate said.",
    "Kherson returned under Ukrainian control on Friday.",
    "Kherson returns under Ukrainian control after eight months of occupation.",
])
def test_returning_under_control_is_a_change(ex, text):
    got = facts(ex, text, dt.date(2022, 11, 11))
    assert (706448, "ukraine", "captured") in got
    assert (706448, "ukraine", "held") not in got


@pytest.mark.parametrize("text", [
    "Turkish soldiers raised their flags over Afrin on Sunday morning.",
    "Turkish troops were raising their flags over Afrin by noon.",
])
def test_raising_flags_takes_the_town(ex, text):
    assert (174186, "turkey", "captured") in facts(ex, text, dt.date(2018, 3, 18))


@pytest.mark.parametrize("text", [
    "The fall of Raqqa, where the terror group had ruled since January 2014, is a turning point.",
    "Raqqa, where Islamic State has ruled since 2014, is under attack.",
])
def test_where_a_force_ruled_it_held_the_town(ex, text):
    assert (172955, "isis", "held") in facts(ex, text, dt.date(2017, 10, 17))


@pytest.mark.parametrize(("text", "fact"), [
    ("Sudan army withdraws from Wad Madani as RSF seizes key city", (364103, "saf", "lost")),
    ("Syria army retakes Palmyra", (163808, "syrian-government", "captured")),
])
def test_a_headline_names_an_army_by_its_country_without_the_possessive(ex, text, fact):
    assert fact in facts(ex, text, dt.date(2023, 12, 19))


OLESHKY, HOLA_PRYSTAN, NOVA_KAKHOVKA = 691037, 708632, 699839


@pytest.mark.parametrize("text", [
    "Ukrainian troops entered Kherson. Russian units are dug in along the left bank around "
    "Oleshky, Hola Prystan and Nova Kakhovka.",
    "Ukrainian troops entered Kherson. Russian troops are digging in on the left bank, in "
    "Oleshky, Hola Prystan and Nova Kakhovka.",
    "Ukrainian troops entered Kherson. Across the river, Nova Kakhovka, Oleshky and Hola "
    "Prystan all remain occupied.",
])
def test_the_towns_a_force_digs_in_around_or_still_occupies_are_held(ex, text):
    got = facts(ex, text, dt.date(2022, 11, 14))
    assert {(p, "russia", "held") for p in (OLESHKY, HOLA_PRYSTAN, NOVA_KAKHOVKA)} <= got
