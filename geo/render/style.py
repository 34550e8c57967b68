"""The map's drawing settings, read from geo/data/map.toml."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def map_style() -> dict[str, Any]:
    """Sizes, opacities and non-force colours of the control map."""
    text = (resources.files("geo") / "data" / "map.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)
