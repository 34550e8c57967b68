"""Approximate control areas: Voronoi cells around places, clipped to country borders.

Each country's places are split into cells in a Lambert azimuthal equal-area projection
centred on them, so cell areas come out in true square metres and a cell never crosses its
country's border. A cell reaches at most ``max_radius_km`` from its place.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

import geopandas as gpd
import numpy as np
import pyproj
import shapely

from geo.atlas.model import Interval
from geo.claims import PlaceRef
from geo.render.borders import country_shapes
from geo.render.style import map_style
from geo.render.timeline import controllers_on

WGS84 = "EPSG:4326"


def located(place: PlaceRef) -> bool:
    """Whether a place has coordinates that can be drawn."""
    return math.isfinite(place.latitude) and math.isfinite(place.longitude)


def place_cells(
    places: Sequence[PlaceRef], *, max_radius_km: float | None = None
) -> gpd.GeoDataFrame:
    """One row per place that gets a cell: geonameid, area_km2 and the cell (EPSG:4326).

    Places sharing a coordinate share one cell, given to the first of them.
    """
    radius_m = 1000.0 * (max_radius_km or map_style()["areas"]["max_radius_km"])
    unique: dict[tuple[float, float], PlaceRef] = {}
    for p in places:
        if located(p):
            unique.setdefault((round(p.longitude, 6), round(p.latitude, 6)), p)
    by_country: dict[str, list[PlaceRef]] = defaultdict(list)
    for p in unique.values():
        by_country[p.country_code.upper()].append(p)
    shapes = country_shapes()
    ids: list[int] = []
    areas: list[np.ndarray] = []
    cells: list[np.ndarray] = []
    for code, group in by_country.items():
        cell, area = _country_cells(group, shapes.get(code), radius_m)
        keep = area > 0
        ids.extend(p.geonameid for p, k in zip(group, keep, strict=True) if k)
        cells.append(cell[keep])
        areas.append(area[keep])
    geometry = np.concatenate(cells) if cells else np.array([], dtype=object)
    return gpd.GeoDataFrame(
        {"geonameid": ids, "area_km2": np.concatenate(areas) if areas else []},
        geometry=geometry,
        crs=WGS84,
    )


def _country_cells(
    group: list[PlaceRef], country: shapely.Geometry | None, radius_m: float
) -> tuple[np.ndarray, np.ndarray]:
    lon = np.array([p.longitude for p in group])
    lat = np.array([p.latitude for p in group])
    laea = pyproj.CRS.from_proj4(
        f"+proj=laea +lat_0={lat.mean():.4f} +lon_0={lon.mean():.4f} +datum=WGS84 +units=m"
    )
    fwd = pyproj.Transformer.from_crs(WGS84, laea, always_xy=True)
    back = pyproj.Transformer.from_crs(laea, WGS84, always_xy=True)
    x, y = fwd.transform(lon, lat)
    points = shapely.points(x, y)
    reach = shapely.buffer(points, radius_m, quad_segs=8)
    if len(group) == 1:
        cells = reach
    else:
        frame = shapely.box(x.min() - radius_m, y.min() - radius_m,
                            x.max() + radius_m, y.max() + radius_m)
        diagram = shapely.voronoi_polygons(
            shapely.multipoints(points), extend_to=frame, ordered=True
        )
        cells = shapely.intersection(shapely.get_parts(diagram), reach)
    if country is not None:
        land = shapely.transform(country, lambda xy: np.column_stack(fwd.transform(*xy.T)))
        shapely.prepare(land)
        cells = shapely.intersection(cells, land)
    area_km2 = shapely.area(cells) / 1e6
    cells = shapely.transform(cells, lambda xy: np.column_stack(back.transform(*xy.T)))
    return cells, area_km2


def control_areas(
    histories: Mapping[int, Sequence[Interval]],
    *,
    on: dt.date,
    cells: gpd.GeoDataFrame | None = None,
) -> gpd.GeoDataFrame:
    """Cells dissolved by controller on ``on``: controller, places, area_km2, geometry (EPSG:4326).

    Places with no known holder that day are left out. ``cells`` reuses a ``place_cells``
    result for the same places.
    """
    held = {g: iv.controller for g, iv in controllers_on(histories, on).items() if iv.controller}
    if cells is None:
        cells = place_cells([ivs[-1].place for ivs in histories.values() if ivs])
    rows = cells[cells["geonameid"].isin(held.keys())].copy()
    rows["controller"] = rows["geonameid"].map(held)
    if rows.empty:
        return gpd.GeoDataFrame(
            {"controller": [], "places": [], "area_km2": []}, geometry=[], crs=WGS84
        )
    out = rows.dissolve(
        by="controller", aggfunc={"geonameid": "count", "area_km2": "sum"}
    ).rename(columns={"geonameid": "places"})
    return out.reset_index()[["controller", "places", "area_km2", "geometry"]]


def area_by_force(histories: Mapping[int, Sequence[Interval]], *, on: dt.date) -> dict[str, float]:
    """Approximate area in km² each force held on ``on``, largest first."""
    areas = control_areas(histories, on=on)
    pairs = sorted(zip(areas["controller"], areas["area_km2"], strict=True), key=lambda p: -p[1])
    return {force: round(float(km2), 1) for force, km2 in pairs}
