"""The compact on-disk index: place arrays plus tries of names (exact, folded, vowelless).

Built once from records, saved under the platform cache directory in a folder named by the
data version and :data:`FORMAT`, and memory-mapped on later loads, so a second process starts
in a fraction of a second.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import marisa_trie
import numpy as np
import platformdirs

from gazetteer.folding import Folder, exact_key
from gazetteer.model import KINDS, Place
from gazetteer.regions import Band, band_points
from gazetteer.sources import Record

FORMAT = 20
CACHE_ENV = "GEO_GAZETTEER_CACHE"


def cache_root() -> Path:
    """Where indexes are cached: ``$GEO_GAZETTEER_CACHE`` or the platform user cache dir."""
    env = os.environ.get(CACHE_ENV)
    return Path(env) if env else Path(platformdirs.user_cache_dir("geo-gazetteer"))


def index_dir(data_version: str, root: Path | None = None) -> Path:
    digest = hashlib.sha1(f"{data_version}|{FORMAT}".encode()).hexdigest()[:12]
    return (root or cache_root()) / f"index-v{FORMAT}-{digest}"


def _count(alternates: list[str]) -> int:
    """A place's number of alternate names, as stored (at most what uint16 holds)."""
    return min(len(alternates), np.iinfo(np.uint16).max)


def prune_stale_indexes(current: Path) -> None:
    """Remove the indexes of older data or format versions beside ``current``."""
    for other in current.parent.glob("index-v*"):
        if other != current and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)


@dataclass(frozen=True)
class Postings:
    """A trie of keys and, per key id, the places it names (``place * 2 + is_primary``).

    ``extra`` holds keys added after the build (the user's imports), looked up alongside.
    """

    trie: marisa_trie.Trie
    offsets: np.ndarray
    entries: np.ndarray
    extra: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, pairs: dict[str, set[int]]) -> Postings:
        trie = marisa_trie.Trie(pairs.keys())
        lists: list[list[int]] = [[] for _ in range(len(trie))]
        for key, entries in pairs.items():
            lists[trie[key]] = sorted(entries)
        offsets = np.zeros(len(lists) + 1, dtype=np.int64)
        np.cumsum([len(x) for x in lists], out=offsets[1:])
        flat = np.fromiter((e for x in lists for e in x), dtype=np.int32, count=int(offsets[-1]))
        return cls(trie, offsets, flat)

    def listed(self, key: str) -> list[int]:
        """The entries of a key, as a list: for the few entries of one name, cheaper than an
        array."""
        kid = self.trie.get(key, -1)
        found = self.entries[self.offsets.item(kid): self.offsets.item(kid + 1)].tolist() \
            if kid >= 0 else []
        if self.extra and key in self.extra:
            found += self.extra[key]
        return found

    def add(self, key: str, entry: int) -> None:
        if key:
            self.extra.setdefault(key, []).append(entry)


def _filed(key: str, length: int | None = None) -> tuple[str, str]:
    """The two typo-search buckets of ``key``: its first three letters and its length (or
    ``length``), and its last three (marked ``~``) and its length. One typo in a name of
    seven letters or more leaves one of the two ends intact."""
    n = chr(0x30 + (len(key) if length is None else length))
    return f"{key[:3]}{n}", f"~{key[:-4:-1]}{n}"


@dataclass(frozen=True)
class Buckets:
    """The folded keys filed by :func:`_filed`: a trie of bucket names and, per bucket id,
    a run of newline-ended keys in ``text`` (bytes, memory-mapped once saved). A bucket is
    one slice and one split, where listing it from a trie of filed keys cost a string per key.
    """

    trie: marisa_trie.Trie
    offsets: np.ndarray
    text: bytes | mmap.mmap

    @classmethod
    def build(cls, keys: Iterable[str]) -> Buckets:
        filed: dict[str, list[str]] = {}
        for k in keys:
            if len(k) >= 3:
                for b in _filed(k):
                    filed.setdefault(b, []).append(k)
        trie = marisa_trie.Trie(filed.keys())
        # Each bucket in the order one trie of all filed keys lists it: typo-search ties
        # keep the order they had when buckets were listed from that trie.
        whole = marisa_trie.Trie(b + k for b, ks in filed.items() for k in ks)
        runs: list[bytes] = [b""] * len(trie)
        for b in filed:
            runs[trie[b]] = "".join(f"{k[len(b):]}\n" for k in whole.keys(b)).encode()
        offsets = np.zeros(len(runs) + 1, dtype=np.int64)
        np.cumsum([len(r) for r in runs], out=offsets[1:])
        return cls(trie, offsets, b"".join(runs))

    def keys(self, bucket: str) -> list[str]:
        bid = self.trie.get(bucket, -1)
        if bid < 0:
            return []
        return self.text[self.offsets[bid]: self.offsets[bid + 1] - 1].decode().split("\n")


class Index:
    """Places as parallel arrays, and their names as exact, folded and vowelless postings
    (the last only for the towns of countries whose names are transliterated without their
    vowels, see :meth:`Folder.vowelless`)."""

    def __init__(self, arrays: dict[str, np.ndarray], tables: dict, exact: Postings,
                 folded: Postings, vowelless: Postings, words: marisa_trie.Trie,
                 buckets: Buckets) -> None:
        self.lat = arrays["lat"]
        self.lon = arrays["lon"]
        self.population = arrays["population"]
        self.geonameid = arrays["geonameid"]
        self.kind = arrays["kind"]
        self.feature = arrays["feature"]
        self.country = arrays["country"]
        self.admin1 = arrays["admin1"]
        # How many other names GeoNames gives each place: the world writes more about a place
        # it has more names for.
        self.alternates = arrays["alternates"]
        self.zipf_values = arrays["zipf"]
        self._gid_order = arrays["gid_order"]
        self._gid_sorted = self.geonameid[self._gid_order]
        self.names: list[str] = tables["names"]
        self.countries: list[str] = tables["countries"]
        self.features: list[str] = tables["features"]
        self.admin1s: list[str] = tables["admin1s"]
        self.exact = exact
        self.folded = folded
        self.vowelless = vowelless
        self.words = words
        self.buckets = buckets
        self._buckets: dict[str, list[str]] = {}  # typo-search buckets already listed
        self._places: dict[int, Place] = {}
        self._zipf: dict[str, float] = {}  # words already looked up in ``words``
        self.country_code_index = {cc: i for i, cc in enumerate(self.countries)}
        self._set_bands(arrays.get("band_rows", np.zeros(0, np.int64)),
                        tables.get("bands", []), arrays.get("band_points", np.zeros((0, 0, 2))))

    def _set_bands(self, rows: np.ndarray, bands: list[Band], points: np.ndarray) -> None:
        self._band_rows = rows
        self._band_of_row = {r: i for i, r in enumerate(rows.tolist())}
        self.bands = bands
        self._band_at = {b: j for j, b in enumerate(bands)}
        self._band_points = points

    def band_point(self, row: int, band: Band) -> tuple[float, float] | None:
        """The point of the ``band`` part of the country at ``row``, stored at build (see
        :func:`gazetteer.regions.band_points`), or None when not stored."""
        i, j = self._band_of_row.get(row), self._band_at.get(band)
        if i is None or j is None:
            return None
        lat, lon = self._band_points[i, j].tolist()
        return lat, lon

    def __len__(self) -> int:
        return len(self.names)

    def place(self, i: int) -> Place:
        """The :class:`Place` at row ``i`` (built once, then shared)."""
        p = self._places.get(i)
        if p is None:
            p = Place(
                name=self.names[i], latitude=float(self.lat[i]), longitude=float(self.lon[i]),
                country_code=self.countries[self.country[i]], geonameid=int(self.geonameid[i]),
                population=int(self.population[i]), feature_code=self.features[self.feature[i]],
                kind=KINDS[self.kind[i]], admin1=self.admin1s[self.admin1[i]],
            )
            self._places[i] = p
        return p

    def zipf(self, word: str) -> float:
        """How common ``word`` (lower case) is in English, on the Zipf scale (0 if rare)."""
        value = self._zipf.get(word)
        if value is None:
            if len(self._zipf) >= 100_000:  # bounded memory
                self._zipf.clear()
            wid = self.words.get(word, -1)
            value = self._zipf[word] = self.zipf_values[wid] / 10 if wid >= 0 else 0.0
        return value

    def folded_keys_like(self, key: str, spread: int) -> list[str]:
        """The folded keys that share the first or the last three letters of ``key`` and
        whose length is within ``spread`` of its length (the keys a typo or two away)."""
        out: dict[str, None] = {}
        for n in range(max(3, len(key) - spread), len(key) + spread + 1):
            for bucket in _filed(key, n):
                out.update(dict.fromkeys(self._bucket(bucket)))
        return list(out)

    def _bucket(self, prefix: str) -> list[str]:
        keys = self._buckets.get(prefix)
        if keys is None:
            if len(self._buckets) >= 512:  # bounded memory: a few tens of MB at most
                self._buckets.clear()
            keys = self._buckets[prefix] = self.buckets.keys(prefix)
        return keys

    def row_of(self, geonameid: int) -> int | None:
        """The row of a GeoNames id, or None."""
        pos = int(np.searchsorted(self._gid_sorted, geonameid))
        if pos < len(self._gid_sorted) and self._gid_sorted[pos] == geonameid:
            return int(self._gid_order[pos])
        return None

    def extend(self, records: Iterable[Record], folder: Folder) -> None:
        """Add places (or, for a known GeoNames id, names of that place) in memory."""
        new: list[Record] = []
        for r in records:
            row = self.row_of(r.geonameid)
            if row is None and r.name:
                row = len(self.names) + len(new)
                new.append(r)
            if row is None:
                continue
            is_new = row >= len(self.names)
            loose = folder.files_vowelless(r.kind, r.country_code) if is_new else \
                folder.files_vowelless(KINDS[self.kind[row]], self.countries[self.country[row]])
            for j, name in enumerate((r.name, *r.alternates)):
                if name:
                    entry = row * 2 + (j == 0 and is_new)
                    key = folder.fold(name)
                    self.exact.add(exact_key(name), entry)
                    self.folded.add(key, entry)
                    if loose and (vk := folder.vowelless(key)):
                        self.vowelless.add(vk, entry)
        if not new:
            return

        def code(table: list[str], value: str) -> int:
            if value not in table:
                table.append(value)
            return table.index(value)

        def grow(arr: np.ndarray, values: list) -> np.ndarray:
            return np.concatenate([arr, np.array(values, dtype=arr.dtype)])

        self.lat = grow(self.lat, [r.latitude for r in new])
        self.lon = grow(self.lon, [r.longitude for r in new])
        self.population = grow(self.population, [r.population for r in new])
        self.geonameid = grow(self.geonameid, [r.geonameid for r in new])
        self.kind = grow(self.kind, [KINDS.index(r.kind) for r in new])
        self.feature = grow(self.feature, [code(self.features, r.feature_code) for r in new])
        self.country = grow(self.country, [code(self.countries, r.country_code) for r in new])
        self.admin1 = grow(self.admin1, [code(self.admin1s, r.admin1) for r in new])
        self.alternates = grow(self.alternates, [_count(r.alternates) for r in new])
        self.names = [*self.names, *(r.name for r in new)]
        self.country_code_index = {cc: i for i, cc in enumerate(self.countries)}
        self._gid_order = np.argsort(self.geonameid, kind="stable")
        self._gid_sorted = self.geonameid[self._gid_order]

    # -- building and caching -------------------------------------------------------------

    @classmethod
    def build(cls, records: Iterable[Record], folder: Folder,
              tick: Callable[[int], None] = lambda n: None, bands: Iterable[Band] = ()) -> Index:
        """An index of ``records``; ``tick`` reports progress from 80 to 100. ``bands``: the
        parts of countries named by direction whose points are stored (see :meth:`band_point`).
        """
        from wordfreq import get_frequency_dict

        recs = list(records)
        tables: dict[str, list[str]] = {"names": [r.name for r in recs]}
        codes: dict[str, dict[str, int]] = {
            "countries": {"": 0}, "features": {}, "admin1s": {"": 0}}

        def code(table: str, value: str) -> int:
            return codes[table].setdefault(value, len(codes[table]))

        arrays: dict[str, np.ndarray] = {
            "lat": np.array([r.latitude for r in recs], dtype=np.float64),
            "lon": np.array([r.longitude for r in recs], dtype=np.float64),
            "population": np.array([r.population for r in recs], dtype=np.int64),
            "geonameid": np.array([r.geonameid for r in recs], dtype=np.int64),
            "kind": np.array([KINDS.index(r.kind) for r in recs], dtype=np.uint8),
            "feature": np.array([code("features", r.feature_code) for r in recs], dtype=np.uint8),
            "country": np.array([code("countries", r.country_code) for r in recs], dtype=np.uint16),
            "admin1": np.array([code("admin1s", r.admin1) for r in recs], dtype=np.int32),
            "alternates": np.array([_count(r.alternates) for r in recs], dtype=np.uint16),
        }
        arrays["gid_order"] = np.argsort(arrays["geonameid"], kind="stable")
        for table, mapping in codes.items():
            tables[table] = list(mapping)
        tick(85)
        exact: dict[str, set[int]] = {}
        folded: dict[str, set[int]] = {}
        vowelless: dict[str, set[int]] = {}
        for i, r in enumerate(recs):
            loose = folder.files_vowelless(r.kind, r.country_code)
            for j, name in enumerate((r.name, *r.alternates)):
                entry = i * 2 + (j == 0)
                ek = exact_key(name)
                if ek:
                    exact.setdefault(ek, set()).add(entry)
                # Codes ("RWA", "DEZ") are matched as written, never by spelling.
                fk = "" if name.isupper() and len(name) <= 4 else folder.fold(name)
                if fk:
                    folded.setdefault(fk, set()).add(entry)
                    vk = folder.vowelless(fk) if loose else None
                    if vk:
                        vowelless.setdefault(vk, set()).add(entry)
        tick(93)
        ex = Postings.build(exact)
        fo = Postings.build(folded)
        vo = Postings.build(vowelless)
        # How common each English word is (Zipf scale x 10), so that "Read" or "Will" in
        # running text need more than a village's name to count as a place.
        freq = {w: f for w, f in get_frequency_dict("en", wordlist="best").items()
                if f >= 1e-6 and w.isalpha()}
        words = marisa_trie.Trie(freq)
        zipf = np.zeros(len(words), dtype=np.uint8)
        for word, wid in words.items():
            zipf[wid] = int((np.log10(freq[word]) + 9) * 10)
        arrays["zipf"] = zipf
        index = cls(arrays, tables, ex, fo, vo, words, Buckets.build(folded))
        band_list = list(dict.fromkeys(bands))
        if band_list:
            rows = np.flatnonzero(arrays["kind"] == KINDS.index("country"))
            index._set_bands(rows, band_list,
                             band_points([index.place(r) for r in rows.tolist()], band_list))
        tick(100)
        return index

    def save(self, path: Path) -> None:
        """Write the index to ``path`` atomically (a half-written index is never seen)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=".building-"))
        try:
            arrays = {
                "lat": self.lat, "lon": self.lon, "population": self.population,
                "geonameid": self.geonameid, "kind": self.kind, "feature": self.feature,
                "country": self.country, "admin1": self.admin1, "alternates": self.alternates,
                "zipf": self.zipf_values,
                "gid_order": self._gid_order, "band_rows": self._band_rows,
                "band_points": self._band_points,
            }
            for name, postings in (("exact", self.exact), ("folded", self.folded),
                                   ("vowelless", self.vowelless)):
                postings.trie.save(str(tmp / f"{name}.marisa"))
                arrays[f"{name}_offsets"] = postings.offsets
                arrays[f"{name}_entries"] = postings.entries
            self.words.save(str(tmp / "words.marisa"))
            self.buckets.trie.save(str(tmp / "buckets.marisa"))
            arrays["bucket_offsets"] = self.buckets.offsets
            (tmp / "buckets.txt").write_bytes(self.buckets.text)
            for name, arr in arrays.items():
                np.save(tmp / f"{name}.npy", arr)
            tables = {"names": self.names, "countries": self.countries,
                      "features": self.features, "admin1s": self.admin1s, "bands": self.bands}
            with (tmp / "tables.pickle").open("wb") as f:
                pickle.dump(tables, f, protocol=pickle.HIGHEST_PROTOCOL)
            try:
                tmp.rename(path)
            except OSError:
                # Another process finished the same build first: its index is as good.
                if not (path / "tables.pickle").exists():
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @classmethod
    def load(cls, path: Path) -> Index:
        """Open an index written by :meth:`save` (arrays and tries memory-mapped)."""
        # Memory-mapped, then viewed as plain arrays: numpy's memmap subclass is slow to index.
        arrays = {p.stem: np.load(p, mmap_mode="r").view(np.ndarray) for p in path.glob("*.npy")}
        with (path / "tables.pickle").open("rb") as f:
            tables = pickle.load(f)
        post = {}
        for name in ("exact", "folded", "vowelless"):
            trie = marisa_trie.Trie()
            trie.mmap(str(path / f"{name}.marisa"))
            post[name] = Postings(trie, arrays.pop(f"{name}_offsets"),
                                  arrays.pop(f"{name}_entries"))
        words, bucket_trie = marisa_trie.Trie(), marisa_trie.Trie()
        words.mmap(str(path / "words.marisa"))
        bucket_trie.mmap(str(path / "buckets.marisa"))
        with (path / "buckets.txt").open("rb") as f:
            text = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        buckets = Buckets(bucket_trie, arrays.pop("bucket_offsets"), text)
        return cls(arrays, tables, post["exact"], post["folded"], post["vowelless"], words,
                   buckets)
