"""geo: read conflict news, keep a time-aware map of who controls which town."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from geo.claims import Claim, Evidence, PlaceRef
from geo.errors import GeoError, InputError, NotFoundError, StoreError
from geo.forces import load_forces

if TYPE_CHECKING:
    from geo import extract
    from geo.atlas import Atlas
    from geo.extract import extract_article
    from geo.render import render_map

__all__ = [
    "Atlas",
    "Claim",
    "Evidence",
    "GeoError",
    "InputError",
    "NotFoundError",
    "PlaceRef",
    "StoreError",
    "extract",
    "extract_article",
    "load_forces",
    "render_map",
]

# The store pulls in SQLAlchemy, the extractor the gazetteer and the map folium: loaded on first
# use so that ``import geo`` (and every CLI start) stays cheap.
_LAZY = {
    "Atlas": ("geo.atlas", "Atlas"),
    "extract": ("geo.extract", None),
    "extract_article": ("geo.extract", "extract_article"),
    "render_map": ("geo.render", "render_map"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    module_name, attr = _LAZY[name]
    module = importlib.import_module(module_name)
    value = module if attr is None else getattr(module, attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
