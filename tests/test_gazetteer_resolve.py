"""Single names to places: spellings, scripts, scores, unknown names, ids."""

from __future__ import annotations

import csv

import pytest

from gazetteer import Gazetteer
from gazetteer.scoring import distances_km

# GeoNames coordinates of the towns the AP spellings mean.
DEIR_EZ_ZOR = (35.33588, 40.14084)
TOWNS = {
    "Raqqa": (35.95283, 39.00788),
    "Mayadeen": (35.01982, 40.45154),
    "Deir el-Zour": DEIR_EZ_ZOR,
    "Boukamal": (34.45226, 40.91854),
    "دير الزور": DEIR_EZ_ZOR,
}
# Reached on toponyms.tsv when this test was written; a drop fails the test.
TOPONYMS_WITHIN_10KM = 0.95


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def km(place, point: tuple[float, float]) -> float:
    return float(distances_km(point[0], point[1], [place.latitude], [place.longitude])[0])


@pytest.mark.parametrize("name", list(TOWNS))
def test_ap_spellings_and_arabic_resolve_within_10_km(gaz: Gazetteer, name: str) -> None:
    place = gaz.resolve(name)
    assert place is not None and place.country_code == "SY" and place.kind == "city"
    assert km(place, TOWNS[name]) < 10


@pytest.mark.parametrize("name", ["Mayadeen", "Deir el-Zour", "Boukamal"])
def test_ap_spellings_are_not_aliases_in_the_data(gaz: Gazetteer, name: str) -> None:
    best = gaz.candidates(name, limit=1)[0]
    assert best.matched_by == "folded"


def test_toponyms_tsv_accuracy(gaz: Gazetteer, toponyms_tsv) -> None:
    with toponyms_tsv.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    within10 = 0
    for r in rows:
        gold = (float(r["latitude"]), float(r["longitude"]))
        if r["context"]:
            hits = [m.place for m in gaz.find(r["context"]) if r["spelling"] in m.surface]
            place = hits[0] if hits else None
        else:
            place = gaz.resolve(r["spelling"])
        within10 += place is not None and km(place, gold) <= 10
    assert within10 / len(rows) >= TOPONYMS_WITHIN_10KM


def test_candidates_are_scored_and_explained(gaz: Gazetteer) -> None:
    cands = gaz.candidates("Tripoli", limit=5)
    assert len(cands) >= 2
    assert all(0.0 <= c.score <= 1.0 for c in cands)
    assert [c.score for c in cands] == sorted((c.score for c in cands), reverse=True)
    assert {c.matched_by for c in cands} <= {"exact", "alternate", "folded", "fuzzy"}
    assert "population" in cands[0].why and "match" in cands[0].why


def test_country_argument_picks_that_countrys_place(gaz: Gazetteer) -> None:
    assert gaz.resolve("Tripoli", country="LB").country_code == "LB"
    assert gaz.resolve("Tripoli", country="LY").country_code == "LY"


def test_near_argument_picks_the_closer_place(gaz: Gazetteer) -> None:
    beirut = (33.89, 35.50)
    assert gaz.resolve("Tripoli", near=beirut).country_code == "LB"


def test_typo_falls_back_to_fuzzy_with_a_lower_score(gaz: Gazetteer) -> None:
    exact = gaz.candidates("Mogadishu", limit=1)[0]
    typo = gaz.candidates("Mogadshu", limit=1)[0]
    assert typo.matched_by == "fuzzy" and typo.place.geonameid == exact.place.geonameid
    assert typo.score < exact.score


def test_unknown_name_is_none(gaz: Gazetteer) -> None:
    assert gaz.resolve("Qxzvbnmwpt") is None
    assert gaz.candidates("Qxzvbnmwpt") == []


def test_kinds_countries_divisions_continents(gaz: Gazetteer) -> None:
    assert gaz.resolve("Syria").kind == "country"
    assert gaz.resolve("Deir ez-Zor province").kind == "admin1"
    assert gaz.resolve("Deir ez-Zor").kind == "city"
    assert gaz.resolve("Africa").kind == "continent"


def test_country_point_is_not_its_capital(gaz: Gazetteer) -> None:
    syria, damascus = gaz.resolve("Syria"), gaz.resolve("Damascus")
    assert km(syria, (damascus.latitude, damascus.longitude)) > 50


def test_get_by_geonameid(gaz: Gazetteer) -> None:
    place = gaz.get(170794)
    assert place is not None and place.name == "Deir ez-Zor"
    assert gaz.get(-7) is None
    province = gaz.resolve("Deir ez-Zor province")
    assert gaz.get(province.geonameid) == province


def test_place_to_dict_has_the_contract_fields(gaz: Gazetteer) -> None:
    d = gaz.resolve("Raqqa").to_dict()
    for field in ("name", "latitude", "longitude", "country_code", "geonameid", "population",
                  "feature_code", "kind"):
        assert field in d


def test_default_is_shared_and_a_second_instance_opens_the_cached_index() -> None:
    assert Gazetteer.default() is Gazetteer.default()
    assert Gazetteer().resolve("Raqqa").geonameid == 172955


# Spellings of one town that folding must bring together, with no alias added by hand.
SAME_TOWN = [("Deir el-Zour", "Deir ez-Zor"), ("Mayadeen", "Al Mayadin"),
             ("Boukamal", "Albu Kamal"), ("Raqqa", "Ar Raqqah"), ("Tal Afar", "Tall Afar"),
             ("Hasakeh", "Al Hasakah"), ("Qamishli", "Kamishli")]
# Near misses: a consonant more, less or different is another word, never a spelling.
NEAR_MISSES = [("Syrian", "Sayyan"), ("Homs", "Hama"), ("Tikrit", "Tikit"), ("Idlib", "Irbid"),
               ("Kirkuk", "Kirkut"), ("Manbij", "Mabij"), ("Deir Hafer", "Deir ez-Zor"),
               ("Raqqa", "Rasa"), ("Dara", "Daraya"), ("Aleppo", "Alep")]


@pytest.mark.parametrize(("a", "b"), SAME_TOWN)
def test_transliterations_fold_to_one_key_and_one_town(gaz: Gazetteer, a: str, b: str) -> None:
    assert gaz.folder.fold(a) == gaz.folder.fold(b)
    assert gaz.resolve(a).geonameid == gaz.resolve(b).geonameid


@pytest.mark.parametrize(("a", "b"), NEAR_MISSES)
def test_near_misses_never_fold_together(gaz: Gazetteer, a: str, b: str) -> None:
    assert gaz.folder.fold(a) != gaz.folder.fold(b)


def test_a_name_known_only_as_an_alias_is_not_a_spelling(gaz: Gazetteer) -> None:
    # Kobane is Ayn al-Arab by GeoNames' alternate names, not by any folding rule.
    assert gaz.folder.fold("Kobane") != gaz.folder.fold("Ayn al Arab")
    assert gaz.candidates("Kobane", limit=1)[0].matched_by == "alternate"
    assert gaz.resolve("Kobane").geonameid == gaz.resolve("Ayn al Arab").geonameid


@pytest.mark.parametrize(("word", "code"), [("Syrian", "SY"), ("Russian", "RU"),
                                            ("Iraqi", "IQ"), ("Thai", "TH"), ("Kurdish", "")])
def test_a_demonym_is_not_a_place(gaz: Gazetteer, word: str, code: str) -> None:
    assert gaz.demonym(word) == code
    assert gaz.resolve(word) is None and gaz.candidates(word) == []


def test_a_country_named_like_its_people_is_still_the_country(gaz: Gazetteer) -> None:
    assert gaz.demonym("Djibouti") is None and gaz.demonym("Raqqa") is None
    assert gaz.resolve("Djibouti").country_code == "DJ"


def test_a_division_is_not_pinned_on_its_largest_town(gaz: Gazetteer) -> None:
    # The ISO 3166-2 centre of some divisions is their seat ("New York" at the city): the
    # division's point is then its central member place, well inside it and off the seat.
    state = next(c.place for c in gaz.candidates("New York") if c.place.kind == "admin1")
    city = next(c.place for c in gaz.candidates("New York") if c.place.kind == "city")
    assert km(state, (city.latitude, city.longitude)) > 100
    assert 40.5 < state.latitude < 45.0 and -79.8 < state.longitude < -71.8


@pytest.mark.parametrize(("name", "geonameid"), [
    # "Anah" is the main name of the town (‘Anah) and an alternate of the old one flooded by
    # the Haditha dam lake: the town's own name, written without its ayn, wins.
    ("Anah", 6765385),
    ("‘Anah", 6765385),
])
def test_a_main_name_without_its_ayn_is_that_name(gaz: Gazetteer, name: str,
                                                  geonameid: int) -> None:
    place = gaz.resolve(name)
    assert place is not None and place.geonameid == geonameid


@pytest.mark.parametrize("name", ["Ras al-Ayn", "Ras al Ayn", "Ra's al-'Ayn"])
def test_ayn_and_hamza_marks_and_hyphens_make_no_other_name(gaz: Gazetteer, name: str) -> None:
    # Written without them, the main name "Ra’s al ‘Ayn" is met as that name, not a spelling.
    assert gaz.matches(name).get(gaz.index.row_of(165509)) == ("exact", 1.0)
