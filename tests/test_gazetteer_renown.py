"""Renown among namesakes: of towns that share a name, the one GeoNames gives more alternate
names (the one the world writes about) wins unless the document says otherwise; the term is
relative, so it never makes a name more or less of a place."""

from __future__ import annotations

import numpy as np
import pytest

from gazetteer import Gazetteer

LYMAN, LYMAN_KHARKIV = 704204, 703071
NIKOPOL = 700051


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_the_renowned_namesake_leads_and_the_others_trail_it(gaz: Gazetteer) -> None:
    cands = gaz.candidates("Lyman", limit=10)
    assert cands[0].place.geonameid == LYMAN
    assert "renown" not in cands[0].why  # the most renowned trails no one
    village = next(c for c in cands if c.place.geonameid == LYMAN_KHARKIV)
    assert village.why["renown"] < 0
    # The score is still the sum of its terms.
    assert village.score == pytest.approx(gaz.scorer.score(village.why))


@pytest.mark.parametrize("text, name, want", [
    # Kharkiv Oblast's towns around it, and the oblast named: still Donetsk oblast's Lyman.
    ("Ukrainian forces swept through Kharkiv Oblast, retaking Balakliia, Kupiansk and Izium, "
     "and are closing on Lyman.", "Lyman", LYMAN),
    # The city on the Dnipro, not a village of that name in Kharkiv Oblast.
    ("Russian forces shelled Nikopol and Marhanets across the reservoir; in Kharkiv Oblast, "
     "fighting went on near Kupiansk.", "Nikopol", NIKOPOL),
])
def test_renown_outweighs_a_division_named_elsewhere(gaz: Gazetteer, text: str, name: str,
                                                     want: int) -> None:
    found = {m.place.geonameid for m in gaz.find(text) if m.surface == name}
    assert found == {want}, found


def test_renown_is_relative_to_the_names_own_candidates(gaz: Gazetteer) -> None:
    found = gaz.matches("Lyman")
    terms = gaz.scorer.renown_terms(np.array(list(found)), np.array([m for _, m in
                                                                      found.values()]))
    assert max(terms) == 0.0 and min(terms) < 0.0


@pytest.mark.parametrize("name, want", [
    # Villages whose counts of names differ by chance keep their order by size and context.
    ("Shevchenkove", 694137),
    # A place's main name is not outweighed by another's alternate ("Gebeit", not Jubayt).
    ("Gebeit", None),
])
def test_small_gaps_and_other_names_are_no_renown(gaz: Gazetteer, name: str,
                                                  want: int | None) -> None:
    best = gaz.candidates(name, limit=10)[0]
    assert "renown" not in best.why
    if want is not None:
        text = f"Ukrainian troops retook Balakliia and then {name} in the Kharkiv region."
        assert {m.place.geonameid for m in gaz.find(text) if m.surface == name} == {want}
