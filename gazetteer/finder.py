"""``find``: every toponym of a text, disambiguated with the whole document as context.

Steps: one regular expression picks the runs of capitalised words (with the connectors a
place name may hold: "Deir el-Zour", "Bosnia and Herzegovina"); in each run the longest word
sequences the gazetteer knows become spans; the words around each span say what it is
(titles before a person, "the town of", "province", "northern"); every name then gets its
place with the document's countries, demonyms and other places as context, over a few
passes; last, names too weak to be places are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from gazetteer.folding import exact_key
from gazetteer.model import KINDS, Mention
from gazetteer.regions import band_place
from gazetteer.scoring import distances_km_pairs

if TYPE_CHECKING:
    from gazetteer.api import Gazetteer

MAX_WORDS = 6
COUNTRY, ADMIN1, CITY = (KINDS.index(k) for k in ("country", "admin1", "city"))
AREA_KINDS = (COUNTRY, ADMIN1)
# First letters of a name: capitals of the Latin, Greek and Cyrillic scripts, and the
# uncased letters of Arabic and Hebrew. A short class keeps the scan fast (tens of MB/s);
# a run starts only at one of these, so the engine skips lower-case text quickly.
_FIRST = "A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Яء-يא-ת"
_NAME = rf"[{_FIRST}](?:\.(?:[A-Z]\.)+|(?:[^\W\d_]|['’](?!s\b))*)"
_SEP = r"(?:[ \t]{1,2}|[ \t]?[-‐‑][ \t]?)"
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*")
_NEXT_WORD = re.compile(r"[ \t]{1,2}([^\W\d_]+)")


@dataclass
class Span:
    """A candidate toponym: offsets, lookup key, and what the words around it say."""

    start: int
    end: int
    surface: str
    key: str
    single: bool
    acronym: bool = False
    dotted: bool = False
    hint: str | None = None
    glued_before: bool = False
    glued_after: bool = False
    direction: str | None = None


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class Finder:
    """Finds toponyms in texts with one gazetteer."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.index = gaz.index
        self.lex = lex = gaz.lexicon
        self.w = gaz.weights["find"]
        self.bias = float(gaz.weights.raw["bias"])
        self._cache: dict[str, dict] = {}
        self._rank_cache: dict[tuple[str, str | None], tuple[np.ndarray, np.ndarray]] = {}
        conn = _alternation(sorted(lex.connectors))
        self._runs = re.compile(rf"{_NAME}(?:{_SEP}(?:(?:{conn}){_SEP})*{_NAME})*")
        self._article_before = re.compile(rf"(?<![^\W\d_])(?:{conn})-$")
        dirs = _alternation(list(lex.directions))
        before = _alternation(list(lex.before))
        self._before = re.compile(
            rf"(?i)\b(?:(?P<direction>{dirs})|(?P<hint>{before})(?:[ \t]+(?:{conn}))?)[ \t-]*$")

    def _matches(self, surface: str) -> dict:
        found = self._cache.get(surface)
        if found is None:
            found = self.gaz.matches(surface) if len(surface) > 1 else {}
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[surface] = found
        return found

    def find(self, text: str) -> list[Mention]:
        demonyms: list[str] = []
        spans = self._spans(text, demonyms)
        if not spans:
            return []
        chosen = self._disambiguate(spans, demonyms)
        return self._mentions(text, spans, chosen)

    # -- spans ----------------------------------------------------------------------------

    def _role(self, word: str) -> str:
        low = word.lower()
        if word[0].islower():
            return "connector" if low in self.lex.connectors else "lower"
        if low in self.lex.stopwords:
            return "stop"
        if low in self.lex.demonyms:
            return "demonym"
        if low in self.lex.titles:
            return "title"
        if low in self.lex.directions:
            return "direction"
        if word.isupper() and len(word) > 1:
            return "acronym"
        return "name"

    def _spans(self, text: str, demonyms: list[str]) -> list[Span]:
        spans: list[Span] = []
        title_end = -10
        lex = self.lex
        for run in self._runs.finditer(text):
            start = run.start()
            if run.group().lower() in lex.stopwords:
                continue
            if start and (text[start - 1].isalpha() or text[start - 1] in "'’"):
                continue  # inside a word ("iPhone", "McDonald")
            if start - title_end <= 2:
                # The run right after a title ("Gen. Igor Konashenkov") is a person.
                title_end = -10
                continue
            article = self._article_before.search(text, max(0, start - 4), start)
            if article:
                start = article.start()  # "al-Mayadeen"
            words = [(m.start(), m.end(), m.group())
                     for m in _WORD.finditer(text, start, run.end())]
            roles = [self._role(w) for _, _, w in words]
            if roles[-1] == "title":
                title_end = words[-1][1] + (text[words[-1][1]: words[-1][1] + 1] == ".")
            i, n = 0, len(words)
            while i < n:
                role = roles[i]
                if role == "demonym":
                    demonyms.append(self.lex.demonyms[words[i][2].lower()])
                if role in ("stop", "demonym", "title", "lower"):
                    i += 1
                    continue
                if role == "title":
                    i += 1
                    continue
                j = i + 1
                # An acronym ("UK", "U.S.") stands alone: "US-led" or "UK Health" are not
                # longer names.
                while role != "acronym" and j < n and roles[j] not in (
                        "stop", "demonym", "title", "lower", "acronym"):
                    j += 1
                spans += self._longest(text, words, roles, i, j)
                i = j
        return spans

    def _longest(self, text: str, words: list, roles: list[str], i: int, j: int) -> list[Span]:
        out: list[Span] = []
        k = i
        direction = None
        while k < j:
            for m in range(min(j, k + MAX_WORDS), k, -1):
                if roles[m - 1] == "connector" or (roles[k] == "connector" and m == k + 1):
                    continue
                single = m == k + 1
                if single and roles[k] == "direction":
                    continue  # a direction alone is not a place: it qualifies the next
                start, end = words[k][0], words[m - 1][1]
                surface = text[start:end]
                acronym = single and roles[k] == "acronym"
                dotted = acronym and "." in surface
                if dotted:
                    surface = surface.replace(".", "")
                if not self._matches(surface):
                    continue
                span = Span(start, end, surface, exact_key(surface), single, acronym, dotted)
                span.glued_before = k > i and roles[k - 1] == "name" and direction is None
                span.glued_after = m < j and roles[m] == "name"
                span.direction = direction
                self._read_around(text, span)
                out.append(span)
                k = m
                direction = None
                break
            else:
                direction = words[k][2].lower() if roles[k] == "direction" else None
                k += 1
        return out

    def _read_around(self, text: str, span: Span) -> None:
        lex = self.lex
        nxt = _NEXT_WORD.match(text, span.end)
        if nxt and nxt.group(1).lower() in lex.after:
            span.hint = lex.after[nxt.group(1).lower()]
        if span.start and text[span.start - 1] in " \t-":
            m = self._before.search(text, max(0, span.start - 30), span.start)
            if m and m.group("direction") and span.direction is None:
                span.direction = m.group("direction").lower()
            elif m and m.group("hint") and span.hint is None:
                span.hint = lex.before[" ".join(m.group("hint").lower().split())]

    # -- disambiguation -------------------------------------------------------------------

    def _disambiguate(self, spans: list[Span], demonyms: list[str]) -> dict[str, int]:
        """Choose a row for every distinct (name, hint) of the document."""
        idx, w = self.index, self.w
        groups: dict[str, Span] = {}
        for s in spans:
            groups.setdefault(f"{s.key}|{s.hint or ''}", s)
        keys = list(groups)
        ranked = [self._ranked(groups[key]) for key in keys]
        rows = np.concatenate([r for r, _ in ranked])
        base = np.concatenate([b for _, b in ranked])
        group = np.repeat(np.arange(len(keys)), [len(r) for r, _ in ranked])
        total = base
        n_groups = len(keys)
        cc = idx.country[rows].astype(np.int64)
        kind = idx.kind[rows]
        adm = idx.admin1[rows].astype(np.int64)
        c = self.gaz.weights["context"]
        evidence_w = np.where(kind == COUNTRY, w["country_mention"], w["place_country"])
        n_cc = len(idx.countries)
        demonym_ev = np.zeros(n_cc)
        for code in demonyms:
            pos = idx.country_code_index.get(code)
            if pos is not None:
                demonym_ev[pos] += w["demonym"]
        lat, lon = idx.lat[rows], idx.lon[rows]
        firsts = np.searchsorted(group, np.arange(n_groups))
        for _ in range(w["passes"]):
            best = self._best_per_group(total, group, n_groups, firsts)
            own_cc, own_w = cc[best][group], evidence_w[best][group]
            ev = demonym_ev.copy()
            np.add.at(ev, cc[best], evidence_w[best])
            ev[0] = 0.0  # places with no country give no country evidence
            num = ev[cc] - np.where(cc == own_cc, own_w, 0.0)
            den = ev.sum() - np.where(own_cc != 0, own_w, 0.0)
            share = np.where((den > 0) & (cc != 0), num / np.maximum(den, 1e-9), 0.0)
            extra = share * c["country"]
            best_adm = np.where(kind[best] == ADMIN1, adm[best], -1)
            named_adm = np.zeros(len(idx.admin1s) + 1)
            np.add.at(named_adm, best_adm[best_adm >= 0], 1.0)
            own_adm = best_adm[group]
            count = named_adm[adm] - (adm == own_adm)
            extra += (count > 0) * c["admin1"]
            anchors = best[kind[best] == CITY]
            if len(anchors):
                d = distances_km_pairs(lat, lon, lat[anchors], lon[anchors])
                d[group[:, None] == group[anchors][None, :]] = np.inf
                near = d.min(axis=1)
                extra += c["near"] * np.exp(-near / c["distance_km"])
            total = base + extra
        best = self._best_per_group(total, group, n_groups, firsts)
        self._totals = {keys[g]: (int(rows[b]), float(total[b])) for g, b in enumerate(best)}
        return {keys[g]: int(rows[b]) for g, b in enumerate(best)}

    def _ranked(self, span: Span) -> tuple[np.ndarray, np.ndarray]:
        """A name's candidate rows and context-free totals, best first (cached)."""
        key = (span.surface, span.hint)
        hit = self._rank_cache.get(key)
        if hit is None:
            ranked = self.gaz.rank(self._matches(span.surface), None, span.hint,
                                   self.w["max_candidates"])
            hit = (np.array([r for r, _ in ranked], dtype=np.int64),
                   np.array([t for _, t in ranked]))
            if len(self._rank_cache) > 200_000:
                self._rank_cache.clear()
            self._rank_cache[key] = hit
        return hit

    @staticmethod
    def _best_per_group(total: np.ndarray, group: np.ndarray, n: int,
                        firsts: np.ndarray) -> np.ndarray:
        order = np.lexsort((-total, group))
        return order[firsts]

    # -- output ---------------------------------------------------------------------------

    def _mentions(self, text: str, spans: list[Span], chosen: dict[str, int]) -> list[Mention]:
        idx, w = self.index, self.w
        out = []
        for s in spans:
            key = f"{s.key}|{s.hint or ''}"
            if key not in chosen:
                continue
            row, total = self._totals[key]
            if not self._keep(s, row, total):
                continue
            place = idx.place(row)
            start = s.start
            if s.direction and idx.kind[row] in AREA_KINDS:
                place = band_place(place, s.direction, self.lex.directions[s.direction])
                start = text.lower().rfind(s.direction, max(0, s.start - 30), s.start)
            out.append(Mention(start, s.end, text[start: s.end], place))
        del w
        return out

    def _keep(self, s: Span, row: int, total: float) -> bool:
        """Whether a span's best place is strong enough to be a place at all."""
        w, idx = self.w, self.index
        if s.glued_before:
            # "Mustafa Bali": a name after an unknown capitalised word is a person's.
            return False
        how = self._cache[s.surface][row][0]
        if s.acronym:
            # "U.S." cannot be the pronoun "us" that an all-capitals "US" may be.
            common = not s.dotted and idx.zipf(s.key) >= w["acronym_max_zipf"]
            return idx.kind[row] in AREA_KINDS and not common
        elif not s.single:
            total += w["multiword"]
        need = w["min_score"]
        if s.single and idx.zipf(s.key) >= w["common_word_zipf"]:
            # A common word is a place only by its place's own name, and a strong one.
            if how != "exact":
                return False
            need = max(need, w["common_word_score"])
        if s.glued_after:
            need = max(need, w["glued_score"])
        return 1.0 / (1.0 + np.exp(-(total - self.bias))) >= need
