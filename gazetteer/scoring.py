"""How a candidate place is scored: the one place that says it, weights in ``data/weights.toml``.

score = logistic(match + population + kind + capital + renown + country + near + admin1
                 + sibling_division + hints - bias)

Each term is kept in ``why`` so a user can see why a candidate won. The document's terms
(country, near, admin1, sibling_division) are the finder's, see :mod:`gazetteer.finder`.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from gazetteer.errors import DataError
from gazetteer.index import Index
from gazetteer.model import KINDS

CITY, ADMIN1 = KINDS.index("city"), KINDS.index("admin1")
# The kinds of wide places: a country, a continent, a world region.
WIDE_KINDS = tuple(KINDS.index(k) for k in ("country", "continent", "region"))

EARTH_KM = 6371.0


@dataclass(frozen=True)
class Weights:
    """The weights of ``data/weights.toml``."""

    raw: dict[str, Any]

    @classmethod
    def from_toml(cls, text: str, source: str = "weights.toml") -> Weights:
        try:
            raw = tomllib.loads(text)
            missing = [s for s in ("match", "prior", "context", "find") if s not in raw]
            if missing or "bias" not in raw:
                raise KeyError(", ".join(missing) or "bias")
        except (tomllib.TOMLDecodeError, KeyError) as e:
            raise DataError(f"{source}: not a valid weights file ({e})") from None
        return cls(raw)

    def __getitem__(self, section: str) -> dict[str, Any]:
        return self.raw[section]


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    text = resources.files("gazetteer").joinpath("data/weights.toml").read_text("utf-8")
    return Weights.from_toml(text)


@dataclass(frozen=True)
class Context:
    """What the caller says about where a name is (a document's own context is the
    finder's, see :mod:`gazetteer.finder`)."""

    country_arg: str | None = None
    near_arg: tuple[float, float] | None = None


def distances_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle distances from one point to many, in kilometres."""
    p1, p2 = math.radians(lat), np.radians(lats)
    dl = np.radians(lons) - math.radians(lon)
    a = np.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def nearest_km(lat: np.ndarray, lon: np.ndarray, anchors: np.ndarray,
               skip: np.ndarray) -> np.ndarray:
    """For each point, the great-circle distance in km to the nearest of the points at
    positions ``anchors``, leaving out the pairs ``skip`` marks (inf when it marks them all)."""
    # Anchors are some of the points: radians and cosines once for all (called per document).
    la, lo = np.radians(lat), np.radians(lon)
    cos = np.cos(la)
    la1, lo1 = la[:, None], lo[:, None]
    a = np.sin((la[anchors] - la1) / 2) ** 2 \
        + cos[:, None] * cos[anchors] * np.sin((lo[anchors] - lo1) / 2) ** 2
    a[skip] = np.inf
    # The distance grows with ``a``: the nearest is found on ``a``, then converted once per
    # point rather than once per pair. ``a`` is never negative; min is a cheaper clip.
    least = a.min(axis=1)
    km = 2 * EARTH_KM * np.arcsin(np.sqrt(np.minimum(least, 1.0)))
    return np.where(np.isinf(least), np.inf, km)


class Scorer:
    """Scores rows of an :class:`Index` as the meaning of a name."""

    def __init__(self, index: Index, weights: Weights) -> None:
        self.index = index
        self.w = weights
        prior = weights["prior"]
        kind_w = np.array([prior["kind"].get(k, 0.0) for k in KINDS])
        capital = np.array([f == "PPLC" for f in index.features]) * prior["capital"]
        # The context-free part of every row, computed once for the whole index.
        self.prior = (self.population_term(index.population) + kind_w[index.kind]
                      + capital[index.feature])
        # A town's renown in decades of alternate names, which count against its namesakes'.
        self.renown = np.log10(index.alternates + 1.0)
        # What a loose match loses: the bonus of a wide kind (a country's, a region's). Not a
        # division's: its short name is often only a spelling of its official one ("Raqqa").
        wide = np.array([k in WIDE_KINDS for k in range(len(KINDS))])
        self.kind_bonus = (np.maximum(kind_w, 0.0) * wide)[index.kind]
        self.loose = weights["match"]["loose"]

    def population_term(self, population: np.ndarray) -> np.ndarray:
        prior = self.w["prior"]
        pop = np.where(population > 0, population, prior["unknown_population"])
        return np.log10(pop.astype(np.float64) + 1.0) * prior["population"]

    def match_score(self, matched_by: str, ratio: float = 100.0) -> float:
        m = self.w["match"]
        if matched_by == "fuzzy":
            return m["fuzzy"] - (100.0 - ratio) * m["fuzzy_per_point"]
        return m[matched_by]

    def totals(self, rows: np.ndarray, match: np.ndarray, ctx: Context | None,
               kind_hint: str | None = None) -> np.ndarray:
        """The sum of the terms for many rows at once (what :meth:`explain` itemises)."""
        idx, c = self.index, self.w["context"]
        total = match + self.prior[rows] - (match < self.loose) * self.kind_bonus[rows]
        if kind_hint:
            total += (idx.kind[rows] == KINDS.index(kind_hint)) * c["kind_hint"]
        else:
            total += self.namesake_terms(rows, match)
        total += self.renown_terms(rows, match)
        if ctx is None:
            return total
        if ctx.country_arg:
            total += np.array([idx.countries[i] == ctx.country_arg for i in idx.country[rows]]) \
                * c["country_arg"]
        if ctx.near_arg:
            d = distances_km(ctx.near_arg[0], ctx.near_arg[1], idx.lat[rows], idx.lon[rows])
            total += c["near_arg"] * np.exp(-d / c["distance_km"])
        return total

    def context_free_totals(self, rows: list[int], match: list[float],
                            kind_hint: str | None = None) -> list[float]:
        """:meth:`totals` with no context, in plain Python: for a few rows, numpy's fixed
        cost per operation outweighs the sums themselves. Same terms, same order, same floats."""
        # Row by row: for a few rows, ``item`` beats indexing with a list and ``tolist``.
        kind, prior, kind_bonus = self.index.kind.item, self.prior.item, self.kind_bonus.item
        kinds = [kind(r) for r in rows]
        if kind_hint:
            want, bonus = KINDS.index(kind_hint), self.w["context"]["kind_hint"]
            extra = [bonus if k == want else 0.0 for k in kinds]
        elif ADMIN1 in kinds:
            admin1 = self.index.admin1.item
            codes = [admin1(r) for r in rows]
            divisions = {c for c, k in zip(codes, kinds, strict=True) if k == ADMIN1}
            bonus = self.w["prior"]["namesake_city"]
            extra = [bonus if k == CITY and c in divisions and m >= self.loose else 0.0
                     for c, k, m in zip(codes, kinds, match, strict=True)]
        else:
            extra = [0.0] * len(rows)
        renown = self.renown_terms(rows, match) if CITY in kinds else [0.0] * len(rows)
        loose = self.loose
        return [m + prior(r) + e - (kind_bonus(r) if m < loose else 0.0) + n
                for r, m, e, n in zip(rows, match, extra, renown, strict=True)]

    def renown_terms(self, rows: Sequence[int] | np.ndarray,
                     match: Sequence[float] | np.ndarray) -> np.ndarray:
        """What each town among ``rows`` (with its ``match`` terms) trails the most renowned
        town of its country matched as well or better by (0 for the rest): of two towns of a
        country named alike, the one the world writes about wins ("Lyman" is the town of
        Donetsk oblast, with 30 names in GeoNames, not its namesake of Kharkiv oblast, with
        3) unless the document's context outweighs the gap. Towns abroad are the country
        evidence's to weigh, not renown's (a village of Iraq named like Saudi Arabia's capital
        loses nothing to it), a place's main name is not outweighed by another's alternate,
        and a gap under ``renown_margin`` decades is noise among villages."""
        rows, match = np.asarray(rows, dtype=np.int64), np.asarray(match, dtype=np.float64)
        towns = self.index.kind[rows] == CITY
        if not towns.any():
            return np.zeros(len(rows))
        renown, country = self.renown[rows], self.index.country[rows]
        rivals = towns[None, :] & (country[None, :] == country[:, None]) \
            & (match[None, :] >= match[:, None])
        top = np.where(rivals, renown[None, :], -np.inf).max(axis=1)
        prior = self.w["prior"]
        gap = np.maximum(top - renown - prior["renown_margin"], 0.0)
        return np.where(towns, -prior["renown"] * gap, 0.0)

    def namesake_terms(self, rows: np.ndarray, match: np.ndarray) -> np.ndarray:
        """A city named like its own first-level division ("Deir ez-Zor", "Aleppo") is what
        the bare name means, unless the words around it say "province"; not when its match
        is loose (``match``: the rows' match terms)."""
        kinds = self.index.kind[rows]
        admin_rows = kinds == ADMIN1
        if not admin_rows.any():
            return np.zeros(len(rows))
        codes = self.index.admin1[rows]
        division_codes = set(codes[admin_rows].tolist())
        named = np.fromiter((c in division_codes for c in codes.tolist()), bool, len(rows))
        return (named & (kinds == CITY) & (match >= self.loose)) * self.w["prior"]["namesake_city"]

    def explain(self, row: int, match: float, ctx: Context | None,
                kind_hint: str | None = None, namesake: float = 0.0,
                renown: float = 0.0) -> dict[str, float]:
        """Every term of the score of ``row`` (``namesake``, ``renown``: its
        :meth:`namesake_terms` and :meth:`renown_terms` among the name's candidates)."""
        idx, prior, c = self.index, self.w["prior"], self.w["context"]
        why = {
            "match": match,
            "population": float(self.population_term(idx.population[row: row + 1])[0]),
            "kind": float(prior["kind"].get(KINDS[idx.kind[row]], 0.0)),
        }
        if match < self.loose:
            why["kind"] -= float(self.kind_bonus[row])
        if idx.features[idx.feature[row]] == "PPLC":
            why["capital"] = float(prior["capital"])
        if kind_hint and KINDS[idx.kind[row]] == kind_hint:
            why["kind_hint"] = float(c["kind_hint"])
        if namesake:
            why["namesake_city"] = namesake
        if renown:
            why["renown"] = renown
        if ctx is not None:
            if ctx.country_arg and ctx.country_arg == idx.countries[idx.country[row]]:
                why["country_arg"] = float(c["country_arg"])
            if ctx.near_arg:
                d = float(distances_km(ctx.near_arg[0], ctx.near_arg[1], idx.lat[row: row + 1],
                                       idx.lon[row: row + 1])[0])
                why["near_arg"] = float(c["near_arg"] * math.exp(-d / c["distance_km"]))
        return why

    def score(self, why: dict[str, float]) -> float:
        """The logistic of the terms, in (0, 1)."""
        return self.logistic(sum(why.values()))

    def logistic(self, total: float) -> float:
        """A raw total (the sum of the terms) as a score in (0, 1)."""
        return 1.0 / (1.0 + math.exp(-(total - self.w.raw["bias"])))
