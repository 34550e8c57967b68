"""The data the page's script draws from: places, their histories, evidence, forces, cells.

Compact on purpose (arrays, not objects; claims shared by index) so a map of 50,000 places
stays a few megabytes. The page builds every popup from it with DOM text nodes, which is
what keeps article text from ever being read as HTML.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

import geopandas as gpd
import numpy as np
import shapely

from geo.atlas.model import Interval
from geo.claims import PRECISIONS, Claim
from geo.forces import ForceRegistry
from geo.render.areas import located
from geo.render.borders import ATTRIBUTION
from geo.render.timeline import evidence_date

STATES = ("held", "contested", "besieged")
COORD_DECIMALS = 4
EPOCH = dt.date(1970, 1, 1)
_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{3,8}")


class _Index:
    """Numbers the forces the histories mention, in first-seen order."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def __call__(self, force: str | None) -> int:
        if force is None:
            return -1
        return self.ids.setdefault(force, len(self.ids))


def build_payload(
    histories: Mapping[int, Sequence[Interval]],
    cells: gpd.GeoDataFrame,
    forces: ForceRegistry,
    *,
    first: dt.date,
    last: dt.date,
    on: dt.date,
    fixed: bool,
    stale_days: int,
    style: Mapping[str, Any],
    title: str,
) -> dict[str, Any]:
    """The page's data as one JSON-ready dict (see templates/geo_control.js for its reading)."""
    force_index = _Index()
    claim_index: dict[Claim, int] = {}
    cell_of = dict(zip(cells["geonameid"], range(len(cells)), strict=True))
    places = []
    for gid, intervals in histories.items():
        if not intervals or not located(intervals[-1].place):
            continue
        place = intervals[-1].place
        rows = [_interval_row(iv, force_index, claim_index) for iv in intervals]
        places.append(
            [gid, place.name, round(place.latitude, 5), round(place.longitude, 5),
             cell_of.get(gid, -1), rows]
        )
    return {
        "title": title,
        "attribution": ATTRIBUTION,
        "first": first.isoformat(),
        "last": last.isoformat(),
        "on": on.isoformat(),
        "fixed": fixed,
        "staleDays": stale_days,
        "style": style,
        "states": STATES,
        "precisions": PRECISIONS,
        "forces": [_force(forces, f) for f in force_index.ids],
        "places": places,
        "claims": [_claim_row(c, force_index) for c in claim_index],
        "cells": [
            [round(float(a), 1), rings]
            for a, rings in zip(cells["area_km2"], _cell_rings(cells.geometry.values), strict=True)
        ],
    }


def force_name(forces: ForceRegistry, force_id: str) -> str:
    """The lexicon's name for a force; its id when no lexicon knows it."""
    return forces.get(force_id).name if force_id in forces else force_id


def force_color(forces: ForceRegistry, force_id: str | None) -> str:
    """The force's colour if it is a plain hex colour (it ends up in style attributes)."""
    color = forces.color(force_id)
    return color if _HEX_COLOR.fullmatch(color) else forces.color(None)


def _force(forces: ForceRegistry, force_id: str) -> dict[str, str]:
    return {"id": force_id, "name": force_name(forces, force_id),
            "color": force_color(forces, force_id)}


def _day(d: dt.date | None) -> int | None:
    """Days since 1970-01-01, the page's unit of time."""
    return (d - EPOCH).days if d else None


def _interval_row(iv: Interval, force_index: _Index, claim_index: dict[Claim, int]) -> list:
    return [
        _day(iv.start), PRECISIONS.index(iv.start_precision),
        _day(iv.end), PRECISIONS.index(iv.end_precision),
        force_index(iv.controller), STATES.index(iv.state), round(iv.confidence, 2),
        _day(evidence_date(iv)),
        [force_index(f) for f in iv.contesting],
        [force_index(f) for f in iv.besiegers],
        [claim_index.setdefault(c, len(claim_index)) for c in iv.claims],
        iv.unattached,
    ]


def _claim_row(c: Claim, force_index: _Index) -> list:
    return [
        c.evidence.sentence, c.source, c.url, _day(c.date), PRECISIONS.index(c.date_precision),
        force_index(c.force), c.event, _day(c.published), c.attributed_to,
        _day(c.since), PRECISIONS.index(c.since_precision),
    ]


def _cell_rings(geoms: np.ndarray) -> list[list[list[list[float]]]]:
    """Each cell's polygons as lists of flat [lat, lon, lat, lon, ...] rings (Leaflet's axis
    order, closing vertex dropped); one vectorised pass, as 50,000 cells take seconds else."""
    parts, cell_of_part = shapely.get_parts(geoms, return_index=True)
    polygons = shapely.get_type_id(parts) == shapely.GeometryType.POLYGON
    parts, cell_of_part = parts[polygons], cell_of_part[polygons]
    rings, part_of_ring = shapely.get_rings(parts, return_index=True)
    by_cell: list[list[list[list[float]]]] = [[] for _ in range(len(geoms))]
    if not len(rings):
        return by_cell
    coords, ring_of_coord = shapely.get_coordinates(rings, return_index=True)
    per_ring = np.bincount(ring_of_coord, minlength=len(rings))
    keep = np.ones(len(coords), dtype=bool)
    keep[np.cumsum(per_ring) - 1] = False
    latlon = np.round(coords[keep][:, ::-1], COORD_DECIMALS).ravel()
    flat = np.split(latlon, 2 * np.cumsum(per_ring - 1)[:-1])
    by_part: list[list[list[float]]] = [[] for _ in range(len(parts))]
    for ring, part in zip(flat, part_of_ring, strict=True):
        by_part[part].append(ring.tolist())
    for polygon, cell in zip(by_part, cell_of_part, strict=True):
        by_cell[cell].append(polygon)
    return by_cell


def script_safe(json_text: str) -> str:
    """JSON text safe inside an HTML <script> block: no '<', '>' or '&' can end or open a tag."""
    return json_text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def to_script_json(data: object) -> str:
    """``data`` as compact JSON, safe inside an HTML <script> block."""
    return script_safe(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
