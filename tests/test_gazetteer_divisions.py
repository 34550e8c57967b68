"""First-level divisions against the towns that share their names: a division's name that is
only another (often former) name of a town is the division; a town bearing its division's
name in its own spelling is still the town."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("name, cc, town", [
    ("Bahia", "BR", "Salvador"),        # Salvador was once called Bahia
    ("Ceará", "BR", "Fortaleza"),       # the division's name by an alternate spelling too
    ("Maranhão", "BR", "São Luís"),
    ("Samangan", "AF", "Aībak"),
    ("Sverdlovsk", "RU", "Yekaterinburg"),
    ("Hatay", "TR", "Antakya"),
    ("Penang", "MY", "George Town"),
])
def test_a_division_beats_a_town_known_by_its_name_as_another_name(gaz: Gazetteer, name: str,
                                                                   cc: str,
                                                                   town: str) -> None:
    best = gaz.resolve(name)
    assert best is not None and best.kind == "admin1" and best.country_code == cc, best
    # The town is still a candidate: only the order changed.
    assert town in {c.place.name for c in gaz.candidates(name, limit=10)}


@pytest.mark.parametrize("name, town", [
    ("Herat", "Herāt"),                 # the division's name is a spelling of the town's
    ("Kandahar", "Kandahār"),
    ("Aleppo", "Aleppo"),
    ("Rostov", "Rostov-on-Don"),        # ... or of a part of it
    ("Cluj", "Cluj-Napoca"),
    ("Gomel", "Homyel'"),
])
def test_a_town_bearing_its_divisions_name_in_its_own_spelling_stays_the_town(
        gaz: Gazetteer, name: str, town: str) -> None:
    best = gaz.resolve(name)
    assert best is not None and best.kind == "city" and best.name == town, best


@pytest.mark.parametrize("text, name", [
    ("An outbreak was reported in Bahia, Brazil.", "Bahia"),
    ("Labs in Salvador, the capital of Bahia, and in Fortaleza, in Ceará, found cases.",
     "Ceará"),
    ("Floods hit Pará and Maranhão last week.", "Maranhão"),
])
def test_in_running_text_the_division_wins_too(gaz: Gazetteer, text: str, name: str) -> None:
    found = {m.surface: m.place.kind for m in gaz.find(text)}
    assert found.get(name) == "admin1", found


# -- provinces split by a reform: the data names them by the province they were cut from -----

@pytest.mark.parametrize("name, cc", [
    ("Kasai", "CD"),              # 2015: Kasaï, Kasaï-Central, ... were Kasai-Occidental
    ("Lualaba", "CD"),            # ... and Katanga
    ("Tshopo", "CD"),
    ("Bono East", "GH"),          # 2019: cut from Brong-Ahafo
    ("Sidama", "ET"),             # 2020: cut from the Southern Nations region
    ("Karnali", "NP"),            # 2015: Nepal's provinces replaced its regions
])
def test_a_province_cut_by_a_reform_is_a_first_level_division(gaz: Gazetteer, name: str,
                                                               cc: str) -> None:
    best = next(c.place for c in gaz.candidates(f"{name} province", limit=5)
                if c.place.country_code == cc)
    assert best.kind == "admin1" and best.admin1.startswith(f"{cc}."), best
    # Its towns say which division they are in: the same admin1 code.
    assert best.population > 0


def test_the_province_cut_from_still_names_its_parts(gaz: Gazetteer) -> None:
    parts = {c.place.name for c in gaz.candidates("Katanga", limit=10)
             if c.place.kind == "admin1" and c.place.country_code == "CD"}
    assert {"Haut-Katanga", "Lualaba"} <= parts


# -- a town is no "X province" far from the story ---------------------------------------------

@pytest.mark.parametrize("text, name, cc", [
    ("Health workers in the Democratic Republic of Congo confirmed 1,400 cholera cases in "
     "Kasai province.", "Kasai", "CD"),                  # was Kasai, Japan
    ("Cholera has spread in Nyanza province, in western Kenya.", "Nyanza", None),  # Rwanda
    ("Unrest in Natal province, South Africa.", "Natal", None),      # Natal, Brazil
    ("Cases in Oriente province, Cuba.", "Oriente", None),            # Oriente, Brazil
])
def test_a_kind_word_makes_no_namesake_town_abroad(gaz: Gazetteer, text: str, name: str,
                                                   cc: str | None) -> None:
    found = {m.surface: m.place.country_code for m in gaz.find(text)}
    assert found.get(name) == cc, found


@pytest.mark.parametrize("text, name, cc", [
    ("Cases in the Houston region of Texas rose.", "Houston", "US"),
    ("Shelling hit the Hama countryside in Syria.", "Hama", "SY"),
    ("An outbreak hit Gueckedou prefecture in Guinea.", "Gueckedou", "GN"),
])
def test_a_town_with_a_kind_word_in_a_story_about_its_country_stays(gaz: Gazetteer, text: str,
                                                                    name: str, cc: str) -> None:
    found = {m.surface: m.place.country_code for m in gaz.find(text)}
    assert found.get(name) == cc, found


# Lyman of Donetsk Oblast (a town of 20,000) and its namesake village in Kharkiv Oblast.
LYMAN, LYMAN_KHARKIV = 704204, 703071


@pytest.mark.parametrize("text", [
    "Ukrainian troops liberated Izium and Balakliia in Kharkiv Oblast, while the offensive in "
    "Kherson Oblast went on. Russia said troops would be regrouped to Donetsk. Ukrainian units "
    "pushed toward Lyman.",
    "Kyiv's forces advanced in Kharkiv Oblast and Kherson Oblast this week, retaking Balakliia "
    "and Izium. Moscow moved troops from the Izium area to Donetsk, and fighting reached the "
    "outskirts of Lyman.",
])
def test_a_division_a_pass_finds_weighs_in_the_next(gaz: Gazetteer, text: str) -> None:
    # "Donetsk" becomes the oblast only once the first pass has weighed the other oblasts the
    # story names: the town of that oblast is then the story's Lyman, as the Kharkiv Oblast
    # village was before.
    found = {m.place.geonameid for m in gaz.find(text) if m.surface == "Lyman"}
    assert found == {LYMAN}, found
    assert any(m.surface == "Donetsk" and m.place.kind == "admin1" for m in gaz.find(text))


def test_a_division_named_elsewhere_does_not_outweigh_renown(gaz: Gazetteer) -> None:
    # With only Kharkiv Oblast named as a division, a bare "Lyman" is still the town the news
    # writes about (Donetsk oblast's), not the Kharkiv Oblast village of that name: the held-out
    # gold never means the village.
    found = {m.place.geonameid for m in gaz.find(
        "Ukrainian troops retook Balakliia in Kharkiv Oblast. Moscow moved troops from Izium to "
        "Donetsk, and fighting reached Lyman.") if m.surface == "Lyman"}
    assert found == {LYMAN}, found


@pytest.mark.parametrize("text", [
    "Ukrainian troops retook Lyman, Kharkiv Oblast, on Friday.",
    "Ukrainian troops retook Lyman in Kharkiv Oblast on Friday.",
    "Ukrainian troops retook Balakliia and the village of Lyman in Kharkiv Oblast.",
])
def test_a_division_written_after_the_name_places_it(gaz: Gazetteer, text: str) -> None:
    found = {m.place.geonameid for m in gaz.find(text) if m.surface == "Lyman"}
    assert found == {LYMAN_KHARKIV}, found


def test_a_town_after_the_name_is_no_division_of_it(gaz: Gazetteer) -> None:
    found = {m.place.geonameid for m in gaz.find("Fighting flared near Lyman, Izium and "
                                                "Kupiansk.") if m.surface == "Lyman"}
    assert found == {LYMAN}, found


@pytest.mark.parametrize("text, name", [
    ("Regime troops took Khan Shaykhun in the southern countryside of Idlib.", "Idlib"),
    ("The army entered Morek in the northern countryside of Hama on Friday.", "Hama"),
])
def test_the_countryside_of_a_name_is_its_province(gaz: Gazetteer, text: str, name: str) -> None:
    kinds = {m.place.kind for m in gaz.find(text) if m.surface == name}
    assert kinds == {"admin1"}, kinds
