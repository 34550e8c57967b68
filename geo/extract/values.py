"""Copies of frozen dataclass values with some fields changed, fast enough for hot loops.

``dataclasses.replace`` looks the fields up on every call; here the field names and a getter
are worked out once per class.
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T")

_LAYOUT: dict[type, tuple[dict[str, int], attrgetter]] = {}


def _layout(cls: type) -> tuple[dict[str, int], attrgetter]:
    layout = _LAYOUT.get(cls)
    if layout is None:
        names = [f.name for f in fields(cls)]
        layout = _LAYOUT[cls] = ({n: i for i, n in enumerate(names)}, attrgetter(*names))
    return layout


def evolve(value: T, **changes: Any) -> T:
    """``value`` with ``changes`` applied, as ``dataclasses.replace`` (no ``__post_init__``
    fields or ``init=False`` fields, which the extractor's values do not have)."""
    cls = type(value)
    index, get = _layout(cls)
    values = list(get(value))
    for name, v in changes.items():
        values[index[name]] = v
    return cls(*values)


def shifted(value: T, offset: int) -> T:
    """A mention or trigger moved back by ``offset``: ``start`` and ``end`` are its first two
    fields."""
    cls = type(value)
    values = list(_layout(cls)[1](value))
    values[0] -= offset
    values[1] -= offset
    return cls(*values)
