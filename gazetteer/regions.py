"""Parts of a country or division named by direction ("northern Syria"), as region places."""

from __future__ import annotations

from functools import lru_cache

from gazetteer.model import Place
from gazetteer.sources import country_outline, synthetic_id


@lru_cache(maxsize=4096)
def band_place(area: Place, direction: str, band: tuple[float, float, float, float]) -> Place:
    """The ``direction`` part of a country or division as a region place.

    Its point is the representative point of the area's outline clipped to the band (fractions
    of the bounding box: south, north, west, east) where the outline is known (countries),
    else the area's own point moved to the middle of the band of a box around it.
    """
    lat, lon = _band_point(area, band)
    name = f"{direction} {area.name}"
    return Place(name=name, latitude=lat, longitude=lon, country_code=area.country_code,
                 geonameid=synthetic_id(f"band:{direction}:{area.geonameid}"),
                 population=0, feature_code="RGN", kind="region", admin1=area.admin1)


def _band_point(area: Place, band: tuple[float, float, float, float]) -> tuple[float, float]:
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
