"""The extractor's rule data: TOML files under ``geo/data/extract/``, read once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def rules(name: str) -> dict[str, Any]:
    """The parsed ``geo/data/extract/<name>.toml``."""
    path = resources.files("geo") / "data" / "extract" / f"{name}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of ``geo/data/extract/<name>.toml`` as a set, built once."""
    return frozenset(rules(name)[key])


@cache
def frame_words(*kinds: str) -> frozenset[str]:
    """The event words of ``events.toml``'s frames of ``kinds``, as a set, built once."""
    return frozenset(w for f in rules("events")["frame"] if f["kind"] in kinds
                     for w in f["words"])
