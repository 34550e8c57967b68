"""Writing the atlas's status table to files: GeoJSON, GeoPackage, CSV and GeoParquet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from geo.errors import InputError, StoreError

if TYPE_CHECKING:
    import geopandas as gpd

# format name -> file suffix; the format is guessed from the suffix when not given.
FORMATS: dict[str, str] = {
    "geojson": ".geojson",
    "gpkg": ".gpkg",
    "csv": ".csv",
    "parquet": ".parquet",
}


def guess_format(path: Path) -> str:
    """The export format a file name implies; InputError when it implies none."""
    suffix = path.suffix.lower()
    for name, ext in FORMATS.items():
        if suffix == ext or (name == "geojson" and suffix == ".json"):
            return name
    raise InputError(f"{path}: cannot tell the format from the suffix; use --format")


def write(frame: gpd.GeoDataFrame, path: Path, format: str | None = None) -> Path:
    """Write a GeoDataFrame of place statuses; CSV gets longitude/latitude columns."""
    fmt = format or guess_format(path)
    if fmt not in FORMATS:
        raise InputError(f"{path}: unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    try:
        if fmt == "csv":
            table = frame.drop(columns="geometry")
            table.insert(2, "longitude", frame.geometry.x)
            table.insert(3, "latitude", frame.geometry.y)
            table.to_csv(path, index=False)
        elif fmt == "parquet":
            frame.to_parquet(path, index=False)
        else:
            driver = {"geojson": "GeoJSON", "gpkg": "GPKG"}[fmt]
            if path.exists():
                path.unlink()  # GPKG would otherwise add a layer to an old file
            frame.to_file(path, driver=driver, layer="places" if fmt == "gpkg" else None)
    except OSError as e:
        raise StoreError(f"{path}: cannot write export ({e.strerror or e})") from None
    return path
