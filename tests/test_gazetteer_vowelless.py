"""Names transliterated from a script without short vowels: one town, several vowel spellings
("Shirqat" and "Ash Sharqāt", "Jindires" and "Jindayris"), met through the vowelless key of
the towns of the countries `folding.toml` lists, only as a weak match the story must carry."""

from __future__ import annotations

import pytest

import geo
from gazetteer import Gazetteer
from gazetteer.folding import default_folder
from gazetteer.index import Index
from gazetteer.sources import Record


@pytest.mark.parametrize("pair", [
    ("Shirqat", "Ash Sharqāt"), ("Jindires", "Jindayris"), ("Akerbat", "‘Uqayribāt"),
    ("Jandairis", "Jindires"),
])
def test_vowel_spellings_share_one_vowelless_key(pair: tuple[str, str]) -> None:
    folder = default_folder()
    a, b = (folder.vowelless(folder.fold(n)) for n in pair)
    assert a is not None and a == b


@pytest.mark.parametrize("name", ["Homs", "Hama", "Irbin", "Nubl", "Idlib"])
def test_short_names_get_no_vowelless_key(name: str) -> None:
    # Three consonants or a short word meet other names by chance.
    folder = default_folder()
    assert folder.vowelless(folder.fold(name)) is None


def _index(records: list[Record]) -> Index:
    return Index.build(records, default_folder())


def _town(name: str, cc: str, gid: int, lat: float = 36.0, lon: float = 38.0) -> Record:
    return Record(name, lat, lon, cc, gid, 20000, "PPL", "city", f"{cc}.01")


def test_only_the_listed_countries_towns_are_filed_by_consonants() -> None:
    index = _index([_town("Sharqat", "IQ", 900101), _town("Shirkat", "GB", 900102, 52, -1),
                    Record("Sharqat Province", 35.0, 43.0, "IQ", 900103, 0, "ADM1", "admin1",
                           "IQ.09")])
    rows = {int(index.geonameid[e >> 1]) for e in index.vowelless.listed("srkt")}
    # A division is named as written, never by its consonants.
    assert rows == {900101}


def test_places_added_later_are_filed_too(tmp_path) -> None:
    index = _index([_town("Otherton", "IQ", 900201)])
    index.extend([_town("Jindayris", "SY", 900202), _town("Jindayris", "FR", 900203, 45, 2)],
                 default_folder())
    gaz = Gazetteer(index=index, local_db=tmp_path / "none.sqlite")
    found = gaz.matches("Jindires")
    assert {int(index.geonameid[r]) for r in found} == {900202}
    assert {how for how, _ in found.values()} == {"vowelless"}


def test_a_name_some_place_bears_is_never_read_by_its_consonants(tmp_path) -> None:
    index = _index([_town("Sharqat", "IQ", 900301), _town("Shirqat", "FR", 900302, 45, 2)])
    gaz = Gazetteer(index=index, local_db=tmp_path / "none.sqlite")
    assert {int(index.geonameid[r]) for r in gaz.matches("Shirqat")} == {900302}


@pytest.mark.parametrize("text,gid", [
    ("Islamic State still controls Shirqat, a town on the Tigris south of Mosul in Iraq.", 91057),
    ("Turkish troops and Syrian rebels took Jindires, south-west of Afrin, on March 8.", 169190),
    ("Syrian army units restored security to Akerbat, east of Homs, on Saturday.", 162803),
])
def test_find_reads_another_vowel_spelling_in_its_country(text: str, gid: int) -> None:
    found = {m.place.geonameid: m for m in Gazetteer.default().find(text)}
    assert gid in found


@pytest.mark.parametrize("text", [
    "Shirqat, the new album, opens with a long guitar solo recorded in London.",
    "Councillors in Leeds met Jindires and other suppliers on Tuesday.",
])
def test_without_the_country_in_the_story_a_loose_spelling_is_no_place(text: str) -> None:
    assert all(m.place.country_code not in ("IQ", "SY") for m in Gazetteer.default().find(text))


def test_a_multiword_run_is_not_read_by_its_consonants() -> None:
    # Only one-word names: a run of names and connectors ("El Geneina and Ed Daein") would
    # otherwise meet some town by its consonants.
    gaz = Gazetteer.default()
    assert gaz.matches("Kafr Nabudah Qalaat") == {}
    assert all(how != "vowelless" for how, _ in gaz.matches("El Geneina and Ed Daein").values())


def test_a_claim_is_made_of_a_town_spelt_with_other_vowels() -> None:
    claims = geo.extract("Iraqi forces retook Shirqat from Islamic State militants on Thursday.",
                         published="2016-09-23")
    taken = {(c.place.geonameid, c.force, c.event) for c in claims if c.modality == "asserted"}
    assert (91057, "iraqi-government", "captured") in taken
