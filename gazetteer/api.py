"""The :class:`Gazetteer`: names to places, one name at a time or every name of a text."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from gazetteer.folding import Folder, bare_key, default_folder, exact_key
from gazetteer.index import Index, cache_root, index_dir, prune_stale_indexes
from gazetteer.lexicon import Lexicon, default_lexicon
from gazetteer.model import KINDS, Candidate, Mention, Place
from gazetteer.online import OnlineGeocoder
from gazetteer.scoring import Context, Scorer, Weights, default_weights

Matches = dict[int, tuple[str, float]]
# Up to this many candidates, a name is ranked in plain Python (numpy costs more to call).
SMALL = 64
_CITY, _ADMIN1 = KINDS.index("city"), KINDS.index("admin1")
_default_lock = threading.Lock()
_default: Gazetteer | None = None


def _build_default(path: Path, folder: Folder) -> Index:
    from gazetteer.progress import progress_ticker
    from gazetteer.sources import build_records

    with progress_ticker("Building the gazetteer index (once)") as tick:
        records = build_records(tick)
        index = Index.build(records, folder, tick, default_lexicon().directions.values())
    index.save(path)
    prune_stale_indexes(path)
    return Index.load(path)


class Gazetteer:
    """Offline place-name resolution over GeoNames data.

    ``Gazetteer()`` opens the embedded default (building its index on first use);
    ``Gazetteer.default()`` returns one shared instance per process.
    """

    def __init__(self, *, cache_dir: Path | None = None, local_db: Path | None = None,
                 index: Index | None = None, weights: Weights | None = None,
                 online: bool | OnlineGeocoder = False) -> None:
        from gazetteer.local import LocalStore
        from gazetteer.sources import data_version

        self.folder = default_folder()
        # Each spelling rule, applied and reversed (see ``_one_step_rows``).
        self._steps = [(x, y) for a, b in self.folder.spelling.items() for x, y in ((a, b), (b, a))]
        self.weights = weights or default_weights()
        self.lexicon: Lexicon = default_lexicon()
        if index is None:
            path = index_dir(data_version(), cache_dir or cache_root())
            index = Index.load(path) if path.exists() else _build_default(path, self.folder)
        self.local = LocalStore(local_db)
        self.index = index
        self.local.extend(self.index, self.folder)
        self.scorer = Scorer(self.index, self.weights)
        if online is True:
            online = OnlineGeocoder()
        self.online: OnlineGeocoder | None = online or None
        self._finder: Callable[[str], list[Mention]] | None = None
        # Names repeat in news: each distinct name is looked up once (bounded memory).
        self._found_cached = lru_cache(maxsize=100_000)(self._found)
        self._divisions: dict[int, int] | None = None  # admin1 code -> its division's row

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide default gazetteer (opened once, then shared)."""
        global _default
        with _default_lock:
            if _default is None:
                _default = cls()
            return _default

    # -- single names ---------------------------------------------------------------------

    def matches(self, name: str) -> Matches:
        """Rows a name meets by exact, alternate or folded name, with the match term."""
        low, key = exact_key(name), self.folder.fold(name)
        entries = self.index.exact.listed(low)
        spelt_entries = self.index.folded.listed(key)
        m = self.weights["match"]
        if not entries and not spelt_entries:
            # Most capitalised words: no place bears them. A one-word name may still be a
            # town's written with other vowels ("Shirqat" of "Ash Sharqāt").
            bare = None if any(c.isspace() for c in name) else self.folder.vowelless(key)
            return {e >> 1: ("vowelless", m["vowelless"])
                    for e in self.index.vowelless.listed(bare)} if bare else {}
        out: Matches = {}
        # A place's main name outweighs another town's alternate (often former) name of the
        # same spelling ("Pokrovsk" is a town, and once the name of Engels). A division's
        # short name is an alternate by construction ("Pangasinan"): it keeps its weight.
        beside = any(e & 1 for e in entries)
        kind = self.index.kind
        # A name in another script than Latin ("دير الزور") may be a town's spelling or another
        # name of it: it is never taken for another name.
        division = len(entries) > 1 and key.isascii() \
            and any(kind[e >> 1] == _ADMIN1 for e in entries)
        for e in entries:
            row, primary = e >> 1, e & 1
            if primary:
                out[row] = ("exact", m["exact"])
            elif row not in out:
                weight = m["alternate"]
                if kind[row] == _CITY:
                    if division and not self._spelling_of(low, key, row):
                        # A division's name that is another name of a town ("Bahia" was
                        # Salvador's, "Edo" Tokyo's): the town does not bear the name.
                        weight = m["alternate_beside_division"]
                    elif beside:
                        weight = m["alternate_beside_main"]
                out[row] = ("alternate", weight)
        folded = m["folded_long"] if len(key) >= m["long_key"] else m["folded"]
        if out:
            # The name is some place's real name: a mere spelling match counts for less.
            folded = m["folded_beside_exact"]
        spelt = [e >> 1 for e in spelt_entries if e >> 1 not in out]
        if spelt:
            # "Anah" of "‘Anah", "Ras al-Ayn" of "Ra’s al ‘Ayn": a place's main name written
            # without its ayn or hamza marks and accents is that name, not a spelling of it,
            # also where another place bears the name as an alternate.
            bare = bare_key(low)
            for row in spelt:
                if bare_key(exact_key(self.index.names[row])) == bare:
                    out[row] = ("exact", m["exact"])
            spelt = [row for row in spelt if row not in out]
        if len(spelt) > 1:
            # Several places meet only by folding: one a single spelling step away ("Makhmour"
            # is "Makhmur") beats those further off ("Mahmur", two steps).
            near = self._one_step_rows(name)
            far = folded + m["folded_far"] if near.intersection(spelt) else folded
            for row in spelt:
                out.setdefault(row, ("folded", folded if row in near else far))
        else:
            for row in spelt:
                out.setdefault(row, ("folded", folded))
        return out

    def _spelling_of(self, low: str, key: str, row: int) -> bool:
        """Whether a name (``low``: its exact key, ``key``: folded) is a spelling of the main
        name of the place at ``row`` or of a part of it ("Herat" of "Herāt", "Rostov" of
        "Rostov-on-Don"), not another name of it ("Bahia" of Salvador)."""
        name = self.index.names[row]
        if low in name.casefold():
            return True  # most often: "San Juan" of "San Juan de la Maguana"
        main = self.folder.fold(name)
        return key in main or fuzz.partial_ratio(key, main) >= \
            self.weights["match"]["namesake_division_ratio"]

    def _one_step_rows(self, name: str) -> set[int]:
        """Rows bearing, as written, a spelling of ``name`` one folding step away: one
        spelling rule applied or reversed once, or one letter doubled or undoubled."""
        low = exact_key(name)
        variants = set()
        for x, y in self._steps:
            i = low.find(x)
            while i >= 0:
                variants.add(low[:i] + y + low[i + len(x):])
                i = low.find(x, i + 1)
        for i, c in enumerate(low):
            if c.isalpha():
                variants.add(low[:i] + c + low[i:])
                if low[i + 1: i + 2] == c:
                    variants.add(low[:i] + low[i + 1:])
        variants.discard(low)
        exact = self.index.exact
        # Most variants name nothing: a trie membership test is far cheaper than a lookup.
        return {e >> 1 for v in variants if v in exact.trie or v in exact.extra
                for e in exact.listed(v)}

    def fuzzy_matches(self, name: str, limit: int = 10) -> Matches:
        """Rows whose whole folded name is within a typo or two of the folded ``name``."""
        m = self.weights["match"]
        key = self.folder.fold(name)
        if len(key) < m["fuzzy_min_letters"]:
            return {}
        edits = len(key) // m["fuzzy_letters_per_edit"]
        # A key more than ``edits`` letters longer or shorter cannot be that close, and a
        # typo rarely touches both ends of a name: only those keys are compared.
        choices = self.index.folded_keys_like(key, edits)
        out: Matches = {}
        close = process.extract(key, choices, scorer=Levenshtein.distance, limit=limit,
                                score_cutoff=edits)
        for k, _, _ in close:
            ratio = fuzz.ratio(key, k)
            for e in self.index.folded.listed(k):
                row = e >> 1
                if row not in out:
                    out[row] = ("fuzzy", self.scorer.match_score("fuzzy", ratio))
        return out

    def namesake_divisions(self, found: Matches, name: str) -> Matches:
        """When no first-level division matched ``name``, the divisions of the matched towns
        whose name is a spelling of it ("Sennar state" is the division Sinnar)."""
        idx = self.index
        admin1 = KINDS.index("admin1")
        if any(idx.kind[r] == admin1 for r in found):
            return {}
        if self._divisions is None:
            rows = np.flatnonzero(idx.kind == admin1)
            self._divisions = dict(zip(idx.admin1[rows].tolist(), rows.tolist(), strict=True))
        key, m = self.folder.fold(name), self.weights["match"]
        out: Matches = {}
        for code in {int(idx.admin1[r]) for r in found}:
            row = self._divisions.get(code)
            if row is not None:
                ratio = fuzz.ratio(key, self.folder.fold(idx.names[row]))
                if ratio >= m["namesake_division_ratio"]:
                    out[row] = ("fuzzy", self.scorer.match_score("fuzzy", ratio))
        return out

    def rank(self, found: Matches, ctx: Context | None = None, kind_hint: str | None = None,
             limit: int | None = None) -> list[tuple[int, float]]:
        """The best ``limit`` rows, best first, with their raw total (before the logistic)."""
        if not found:
            return []
        if len(found) == 1 and ctx is None and kind_hint is None:
            # One candidate and no context: its total is its match and prior (no numpy).
            (row, (_, only)), = found.items()
            return [(row, only + float(self.scorer.prior[row]))]
        if ctx is None and len(found) <= SMALL:
            rows_ = list(found)
            totals = self.scorer.context_free_totals(rows_, [v[1] for v in found.values()],
                                                     kind_hint)
            # Ties keep the order of ``found``, as numpy's stable sort and argmax do.
            if limit == 1:
                best = max(range(len(rows_)), key=totals.__getitem__)
                return [(rows_[best], totals[best])]
            order = sorted(range(len(rows_)), key=totals.__getitem__, reverse=True)[:limit]
            return [(rows_[i], totals[i]) for i in order]
        rows = np.fromiter(found, dtype=np.int64, count=len(found))
        match = np.fromiter((v[1] for v in found.values()), dtype=np.float64, count=len(found))
        total = self.scorer.totals(rows, match, ctx, kind_hint)
        if limit == 1:
            best = int(np.argmax(total))
            return [(int(rows[best]), float(total[best]))]
        order = np.argsort(-total, kind="stable")[:limit]
        return [(int(rows[i]), float(total[i])) for i in order]

    def _context(self, country: str | None, near: tuple[float, float] | None) -> Context | None:
        if country is None and near is None:
            return None
        return Context(country_arg=country.upper() if country else None,
                       near_arg=(float(near[0]), float(near[1])) if near else None)

    def demonym(self, name: str) -> str | None:
        """The ISO code of the country whose people ``name`` names ("Syrian" -> "SY"), ""
        for a people with no country of its own ("Kurdish"), None for any other word.

        A word that is also a country's own name ("Djibouti") is that country, not a demonym.
        """
        low = exact_key(name)
        cc = self.lexicon.demonyms.get(low)
        if cc is None and low in self.lexicon.adjectives:
            cc = ""
        if cc is None:
            return None
        country = KINDS.index("country")
        named = any(e & 1 and self.index.kind[e >> 1] == country
                    for e in self.index.exact.listed(low))
        return None if named else cc

    def _found(self, name: str) -> tuple[Matches, str | None]:
        if self.demonym(name) is not None:
            # "Syrian" names people: its spellings meet villages ("Siryan"), never the place.
            return {}, None
        head, hint = self.split_kind_word(name)
        found = self.matches(head) if hint else {}
        if found and hint == "admin1":
            found = {**found, **self.namesake_divisions(found, head)}
        if not found:
            # "Raqqa Test City" may be a name in its own right: the kind word stays.
            hint = None
            found = self.matches(name) or self.fuzzy_matches(name)
        if not found and self.online is not None:
            found = self._online_matches(name)
        return found, hint

    def _online_matches(self, name: str) -> Matches:
        """Ask the online geocoder; its answers join the index (and the local cache)."""
        assert self.online is not None
        records = self.online.lookup(name, self.local)
        self._found_cached.cache_clear()
        self.index.extend(records, self.folder)
        self.scorer = Scorer(self.index, self.weights)
        self._finder = None  # its tables follow the index
        m = self.weights["match"]["online"]
        rows = (self.index.row_of(r.geonameid) for r in records)
        return {row: ("online", m) for row in rows if row is not None}

    def split_kind_word(self, name: str) -> tuple[str, str | None]:
        """``"Deir ez-Zor province"`` -> ``("Deir ez-Zor", "admin1")``."""
        head, _, last = name.strip().rpartition(" ")
        kind = self.lexicon.after.get(last.lower()) if head else None
        return (head, kind) if kind else (name, None)

    def candidates(self, name: str, *, limit: int = 10, country: str | None = None,
                   near: tuple[float, float] | None = None) -> list[Candidate]:
        """The places ``name`` may mean, best first, each with its score and why."""
        found, hint = self._found_cached(name)
        ctx = self._context(country, near)
        out = []
        rows = np.fromiter(found, dtype=np.int64, count=len(found))
        match = np.fromiter((v[1] for v in found.values()), dtype=np.float64, count=len(found))
        namesake = dict(zip(rows.tolist(), self.scorer.namesake_terms(rows, match).tolist(),
                            strict=True)) if not hint else {}
        renown = dict(zip(rows.tolist(), self.scorer.renown_terms(rows, match).tolist(),
                          strict=True))
        for row, _ in self.rank(found, ctx, hint, limit):
            how, match = found[row]
            why = self.scorer.explain(row, match, ctx, hint, namesake.get(row, 0.0),
                                      renown.get(row, 0.0))
            out.append(Candidate(self.index.place(row), self.scorer.score(why), how, why))  # type: ignore[arg-type]
        return out

    def resolve(self, name: str, *, country: str | None = None,
                near: tuple[float, float] | None = None) -> Place | None:
        """The best place for ``name``, or None when nothing matches."""
        found, hint = self._found_cached(name)
        ranked = self.rank(found, self._context(country, near), hint, limit=1)
        return self.index.place(ranked[0][0]) if ranked else None

    def suggestions(self, name: str, limit: int = 5) -> list[str]:
        """Names close to ``name``, for "did you mean" messages."""
        key = self.folder.fold(name)
        if not key:
            return []
        pairs = process.extract(key, self.index.folded.trie.keys(key[:1]), scorer=fuzz.ratio,
                                limit=limit * 3)
        seen: list[str] = []
        for k, _, _ in pairs:
            for e in self.index.folded.listed(k)[:1]:
                n = self.index.names[e >> 1]
                if n not in seen:
                    seen.append(n)
        return seen[:limit]

    def get(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id (or the gazetteer's own negative id), or None."""
        row = self.index.row_of(int(geonameid))
        return self.index.place(row) if row is not None else None

    # -- texts ----------------------------------------------------------------------------

    def find(self, text: str) -> list[Mention]:
        """Every toponym in ``text``, resolved using the whole document as context."""
        if self._finder is None:
            from gazetteer.finder import Finder

            self._finder = Finder(self).find
        return self._finder(text)
