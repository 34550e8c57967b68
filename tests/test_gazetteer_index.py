"""The index cache (keyed by data and format version) and the data-driven folding rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gazetteer import DataError, Gazetteer
from gazetteer.folding import Folder, default_folder
from gazetteer.index import CACHE_ENV, FORMAT, Index, cache_root, index_dir
from gazetteer.sources import Record, data_version

TINY = [
    Record("Testville", 10.0, 20.0, "SY", 900001, 5000, "PPL", "city", "SY.01",
           ["Tastvil", "تستفيل"]),
    Record("Otherton", -5.0, 30.0, "IQ", 900002, 800, "PPL", "city", "IQ.02"),
]


@pytest.fixture()
def tiny_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    Index.build(TINY, default_folder()).save(index_dir(data_version()))
    return tmp_path


def test_cache_dir_follows_the_environment(tiny_cache: Path) -> None:
    assert cache_root() == tiny_cache
    path = index_dir(data_version())
    assert path.parent == tiny_cache and f"v{FORMAT}" in path.name
    assert index_dir("other-data-1.0") != path


def test_a_cached_index_is_loaded_not_rebuilt(tiny_cache: Path, tmp_path: Path) -> None:
    gaz = Gazetteer(local_db=tmp_path / "none.sqlite")
    assert len(gaz.index) == 2
    place = gaz.resolve("Testville")
    assert place is not None and place.geonameid == 900001
    assert gaz.resolve("تستفيل").geonameid == 900001
    assert gaz.get(900002).name == "Otherton"


def test_typo_buckets_are_the_same_built_and_loaded(tiny_cache: Path, tmp_path: Path) -> None:
    folder = default_folder()
    built = Index.build(TINY, folder)
    loaded = Index.load(index_dir(data_version()))
    key = folder.fold("Testvile")
    assert folder.fold("Testville") in built.folded_keys_like(key, 2)
    assert loaded.folded_keys_like(key, 2) == built.folded_keys_like(key, 2)
    assert loaded.folded_keys_like("zzzzz", 1) == []
    place = Gazetteer(index=loaded, local_db=tmp_path / "none.sqlite").resolve("Testvile")
    assert place is not None and place.geonameid == 900001


def test_folding_rules_come_from_data() -> None:
    text = """
[chars]
"ʿ" = ""
[words]
articles = ["al"]
fused_article_vowels = ["a"]
[words.prefixes]
"abu" = "bu"
[spelling]
"ou" = "u"
[endings]
"ah" = "a"
[vowelless]
countries = ["SY"]
vowels = "aiu"
min_letters = 6
min_consonants = 4
"""
    folder = Folder.from_toml(text)
    assert folder.fold("Al-Boustan") == folder.fold("Bustan")
    assert folder.fold("Abu Ghraib") == folder.fold("Bughraib")
    assert folder.fold("Raqqah") == folder.fold("Raqa")


@pytest.mark.parametrize("pair", [
    ("Raqqa", "Ar Raqqah"), ("Mayadeen", "Al Mayādīn"), ("Deir el-Zour", "Deir ez-Zor"),
    ("Boukamal", "Ālbū Kamāl"), ("Abu Kamal", "Albu Kamal"), ("Deir Ezzor", "Dayr az Zawr"),
    ("Khan Sheikhoun", "Khān Shaykhūn"), ("Qamishli", "Al Qāmishlī"), ("Hasakeh", "Al Ḩasakah"),
])
def test_shipped_rules_make_spellings_meet(pair: tuple[str, str]) -> None:
    fold = default_folder().fold
    assert fold(pair[0]) == fold(pair[1])


def test_different_places_stay_apart() -> None:
    fold = default_folder().fold
    assert fold("Homs") != fold("Hama")
    assert fold("Raqqa") != fold("Rakhine")


def test_a_malformed_rules_file_is_a_one_line_error() -> None:
    with pytest.raises(DataError, match=r"rules\.toml: not a valid folding rules file"):
        Folder.from_toml("[chars\n", "rules.toml")


def test_stale_indexes_are_pruned(tiny_cache: Path) -> None:
    from gazetteer.index import prune_stale_indexes

    stale = tiny_cache / "index-v0-000000000000"
    stale.mkdir()
    current = index_dir(data_version())
    prune_stale_indexes(current)
    assert not stale.exists() and current.exists()


def test_a_prefix_key_starts_the_keys_of_every_longer_name() -> None:
    """The finder skips the longer names of a run whose first two words' prefix key starts no
    folded key: every name of the default index, cut after each word, proves that safe."""
    folder, names = default_folder(), Gazetteer.default().index.names
    cuts = re.compile(r"[ \-‐‑]")
    checked = 0
    for name in names:
        key = None
        for cut in cuts.finditer(name):
            if key is None:
                key = folder.fold(name)
            start = folder.prefix_key(name[: cut.start()])
            if start is not None:
                checked += 1
                assert key.startswith(start), (name, name[: cut.start()])
    assert checked > 100_000
    assert folder.prefix_key("El Al") is None and folder.prefix_key("Al-Bab") == "bab"


def test_a_town_listed_twice_is_one_place_under_its_populated_record() -> None:
    # GeoNames has "Al-Fulah" (no population) 2.7 km from "Al Fūlah" (26,020): one town.
    gaz = Gazetteer.default()
    assert gaz.get(11003055) is None
    town = gaz.get(379535)
    assert town is not None and town.population > 0
    assert gaz.resolve("Al-Fulah").geonameid == 379535
    text = "El Fula, the capital of West Kordofan state, fell to the RSF."
    assert [m.place.geonameid for m in gaz.find(text) if m.place.kind == "city"] == [379535]


def test_namesakes_far_apart_are_not_twins() -> None:
    # Two towns of one name in one country, far apart, both stay.
    gaz = Gazetteer.default()
    ids = {c.place.geonameid for c in gaz.candidates("Springfield", country="US", limit=20)}
    assert len(ids) > 5
