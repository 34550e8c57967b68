"""Parts of a country or division named by direction ("northern Syria"), as region places."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from gazetteer.model import Place
from gazetteer.sources import country_outline, synthetic_id

Band = tuple[float, float, float, float]


@lru_cache(maxsize=4096)
def band_place(area: Place, direction: str, band: Band,
               point: tuple[float, float] | None = None) -> Place:
    """The ``direction`` part of a country or division as a region place.

    Its point is the representative point of the area's outline clipped to the band (fractions
    of the bounding box: south, north, west, east) where the outline is known (countries),
    else the area's own point moved to the middle of the band of a box around it. ``point``
    is that point when already known (the index stores every country's, see
    :func:`band_points`), so finding names in a text never clips outlines.
    """
    lat, lon = point if point is not None else band_point(area, band)
    name = f"{direction} {area.name}"
    return Place(name=name, latitude=lat, longitude=lon, country_code=area.country_code,
                 geonameid=synthetic_id(f"band:{direction}:{area.geonameid}"),
                 population=0, feature_code="RGN", kind="region", admin1=area.admin1)


def band_points(areas: Sequence[Place], bands: Sequence[Band]) -> np.ndarray:
    """``out[i, j]`` = :func:`band_point` of ``areas[i]`` and ``bands[j]`` (latitude,
    longitude), computed once when the index is built."""
    out = np.empty((len(areas), len(bands), 2))
    for i, area in enumerate(areas):
        for j, band in enumerate(bands):
            out[i, j] = band_point(area, band)
    return out


def band_point(area: Place, band: Band) -> tuple[float, float]:
    """The point of the ``band`` part of ``area`` (see :func:`band_place`)."""
    s, n, w, e = band
    shape = country_outline(area.country_code) if area.kind == "country" else None
    if shape is None:
        half = 1.0  # degrees: a division's rough half-size when its outline is unknown
        minx, miny, maxx, maxy = area.longitude - half, area.latitude - half, \
            area.longitude + half, area.latitude + half
        return (miny + (s + n) / 2 * (maxy - miny), minx + (w + e) / 2 * (maxx - minx))
    from shapely.geometry import box

    minx, miny, maxx, maxy = shape.bounds
    clip = shape.intersection(box(minx + w * (maxx - minx), miny + s * (maxy - miny),
                                  minx + e * (maxx - minx), miny + n * (maxy - miny)))
    pt = (clip if not clip.is_empty else shape).representative_point()
    return (pt.y, pt.x)
