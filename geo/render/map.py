"""``render_map``: the whole control map as one self-contained HTML file."""

from __future__ import annotations

import datetime as dt
import html
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import folium

from geo.atlas.model import Interval
from geo.atlas.timeline import default_rules
from geo.errors import InputError
from geo.forces import ForceRegistry, load_forces
from geo.render.areas import located, place_cells
from geo.render.markers import PlaceLayer
from geo.render.offline import OfflineMap, inline_assets
from geo.render.payload import build_payload, force_color, force_name
from geo.render.style import map_style
from geo.render.timeline import date_range
from geo.render.widgets import Legend, TimeSlider

DEFAULT_DIR = Path("maps")
DEFAULT_TITLE = "Territorial control"


def render_map(
    histories: Mapping[int, Sequence[Interval]],
    path: str | Path | None = None,
    *,
    on: dt.date | None = None,
    forces: ForceRegistry | None = None,
    today: dt.date | None = None,
    stale_days: int | None = None,
    title: str | None = None,
) -> Path:
    """Write the control map of these place histories (keyed by geonameid) and return its path.

    Without ``on`` the map has a time slider from the first to the last reported day (and on
    towards ``today`` far enough to see evidence go stale) and opens on the last reported day;
    with ``on`` it shows that one day. ``path`` may be a file or a folder; by default the map
    goes to ``maps/``. An empty mapping gives a valid map saying there are no claims yet.
    ``stale_days`` defaults to the atlas's staleness horizon.
    """
    forces = forces or load_forces()
    if stale_days is None:
        stale_days = default_rules().horizon_days
    today = today or dt.date.today()
    title = title or DEFAULT_TITLE
    span = date_range(histories)
    latest = span[1] if span else (on or today)
    first = span[0] if span else latest
    last = max(latest, min(today, latest + dt.timedelta(days=stale_days)))
    shown = on or latest
    first, last = min(first, shown), max(last, shown)
    out = _output_path(path, on)

    places = [ivs[-1].place for ivs in histories.values() if ivs and located(ivs[-1].place)]
    cells = place_cells(places)
    payload = build_payload(
        histories, cells, forces,
        first=first, last=last, on=shown, fixed=on is not None, stale_days=stale_days,
        style=map_style(), title=title,
    )

    m = OfflineMap(location=(20, 20), zoom_start=2, tiles=None, prefer_canvas=True,
                   control_scale=True)
    m.get_root().title = f"{title} — {shown.isoformat()}"
    inline_assets(m.get_root())
    borders = folium.FeatureGroup("Country borders (offline)", overlay=False).add_to(m)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", overlay=False,
                     show=False).add_to(m)
    areas = folium.FeatureGroup("Control areas (approximate)").add_to(m)
    controllers = sorted(
        {iv.controller for ivs in histories.values() for iv in ivs if iv.controller},
        key=lambda f: force_name(forces, f).casefold(),
    )
    groups = {f: folium.FeatureGroup(_layer_label(forces, f)).add_to(m) for f in controllers}
    no_holder = folium.FeatureGroup(
        _layer_label(forces, None, "Holder unknown / no report")
    ).add_to(m)
    layer = PlaceLayer(payload, force_groups=groups, no_holder=no_holder, areas=areas,
                       borders=borders)
    m.add_child(layer)
    m.add_child(Legend(layer))
    if on is None:
        m.add_child(TimeSlider(layer))
    folium.LayerControl(collapsed=False).add_to(m)
    if places:
        lats = [p.latitude for p in places]
        lons = [p.longitude for p in places]
        # Room on the right for the layer control and the legend.
        m.fit_bounds([(min(lats), min(lons)), (max(lats), max(lons))],
                     padding_top_left=(40, 40), padding_bottom_right=(320, 110), max_zoom=9)
    _write(out, m.get_root().render())
    return out


def _layer_label(forces: ForceRegistry, force_id: str | None, name: str | None = None) -> str:
    """A layer-control label (Leaflet shows it as HTML): swatch and escaped force name."""
    text = html.escape(name or force_name(forces, force_id or ""))
    color = force_color(forces, force_id)
    return f'<span class="geo-swatch" style="background:{color}"></span>{text}'


def _output_path(path: str | Path | None, on: dt.date | None) -> Path:
    name = f"control-map-{on.isoformat()}.html" if on else "control-map.html"
    if path is None:
        return DEFAULT_DIR / name
    p = Path(path)
    # "maps/" names a folder even before it exists.
    return p / name if p.is_dir() or str(path).endswith(("/", os.sep)) else p


def _write(out: Path, text: str) -> None:
    """Write whole or not at all: a failed write leaves any earlier map in place."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    except OSError as e:
        raise InputError(f"{out}: cannot write the map ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{out}: cannot write the map ({e.strerror or e})") from None
