"""The representative point of a large area (a country, a first-level division).

A large area has no single point: each gazetteer or annotator follows a convention, and a
point is read as right within some tolerance of theirs. The rules, one per kind, with their
parameters in ``data/points.toml``:

- a country (:func:`country_point`): its reference centre and its mainland centroid are the
  two conventions. Where they lie close enough that one point can be near both, their
  midpoint; else the mainland centroid where they still broadly agree; else the reference
  centre. Never the capital.
- a first-level division: its ISO 3166-2 centre, unless that centre is one of its large towns
  (:func:`on_a_seat`), see :mod:`gazetteer.divisions`.
- continents keep GeoNames' points and world regions the points of ``data/regions.toml``.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from gazetteer.scoring import distances_km

LatLon = tuple[float, float]


@dataclass(frozen=True)
class PointRules:
    """The parameters of ``data/points.toml`` (see the comments there)."""

    tolerance_km: float
    margin_km: float
    agree_km: float
    seat_km: float
    seat_population: int

    @property
    def midpoint_km(self) -> float:
        """Conventions at most this far apart are both served by their midpoint."""
        return 2 * (self.tolerance_km - self.margin_km)


@lru_cache(maxsize=1)
def point_rules() -> PointRules:
    text = resources.files("gazetteer").joinpath("data/points.toml").read_text("utf-8")
    data = tomllib.loads(text)
    c, d = data["country"], data["division"]
    return PointRules(float(c["tolerance_km"]), float(c["margin_km"]), float(c["agree_km"]),
                      float(d["seat_km"]), int(d["seat_population"]))


def km_between(a: LatLon, b: LatLon) -> float:
    return float(distances_km(a[0], a[1], np.array([b[0]]), np.array([b[1]]))[0])


def midpoint(a: LatLon, b: LatLon) -> LatLon:
    """The great-circle midpoint of two points (right across the antimeridian too)."""
    v = sum(np.array([math.cos(math.radians(la)) * math.cos(math.radians(lo)),
                      math.cos(math.radians(la)) * math.sin(math.radians(lo)),
                      math.sin(math.radians(la))]) for la, lo in (a, b))
    return (math.degrees(math.atan2(v[2], math.hypot(v[0], v[1]))),
            math.degrees(math.atan2(v[1], v[0])))


def mainland(outline):  # type: ignore[no-untyped-def]
    """The largest landmass of an outline (shapely)."""
    return max(getattr(outline, "geoms", [outline]), key=lambda g: g.area)


def mainland_centre(outline) -> LatLon:  # type: ignore[no-untyped-def]
    """The centroid of the outline's largest landmass (a point inside it if the centroid falls
    outside): the geographic centre that encyclopaedias mostly give."""
    main = mainland(outline)
    pt = main.centroid if main.contains(main.centroid) else main.representative_point()
    return (pt.y, pt.x)


def country_point(reference: LatLon | None, outline) -> LatLon | None:  # type: ignore[no-untyped-def]
    """A country's point from its reference centre and its outline (shapely), either of which
    may be missing. See the module docstring and ``data/points.toml``."""
    if outline is None or outline.is_empty:
        return reference
    centre = mainland_centre(outline)
    if reference is None:
        return centre
    rules = point_rules()
    apart = km_between(reference, centre)
    if apart <= rules.midpoint_km:
        return _onto(midpoint(reference, centre), mainland(outline))
    return centre if apart <= rules.agree_km else reference


def _onto(point: LatLon, shape) -> LatLon:  # type: ignore[no-untyped-def]
    """The point, or the nearest point of ``shape`` where it falls outside (a bay, a coast)."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    p = Point(point[1], point[0])
    if shape.contains(p):
        return point
    q = nearest_points(shape, p)[0]
    return (q.y, q.x)


def on_a_seat(point: LatLon, seats: list[LatLon], km: float) -> bool:
    """Whether ``point`` lies within ``km`` of one of ``seats`` (a division's large towns)."""
    if not seats:
        return False
    pts = np.array(seats)
    return bool(distances_km(point[0], point[1], pts[:, 0], pts[:, 1]).min() <= km)
