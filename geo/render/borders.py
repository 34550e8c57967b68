"""The shipped country borders (Natural Earth 1:110m): basemap and clip for control areas."""

from __future__ import annotations

from functools import cache
from importlib import resources

import geopandas as gpd
import shapely

ATTRIBUTION = "Borders: Natural Earth (public domain)"


@cache
def borders_geojson() -> str:
    """The borders as GeoJSON text, as the page embeds them."""
    path = resources.files("geo") / "data" / "borders" / "countries.geojson"
    return path.read_text(encoding="utf-8")


@cache
def country_shapes() -> dict[str, shapely.Geometry]:
    """Country outline (EPSG:4326) by ISO 3166 alpha-2 code."""
    gdf = gpd.read_file(borders_geojson(), engine="pyogrio")
    return {
        code: geom
        for code, geom in zip(gdf["iso_a2"], gdf.geometry, strict=True)
        if code
    }
