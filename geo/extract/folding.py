"""Offset-preserving folding: the gazetteer's character rules, one output char per input char.

Force aliases are matched in folded text and their spans must point into the original, so each
character folds to exactly one character (case, diacritics, Arabic letter variants, curly quotes).
"""

from __future__ import annotations

from functools import cache

from gazetteer import default_folder

_APOSTROPHES = "'‘’`´ʼʻ"


class _Table(dict[int, str]):
    """A ``str.translate`` table that works out each character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in _APOSTROPHES:
            out = "'"
        elif ch in "‐‑–—":
            out = "-"
        else:
            folded = default_folder().strip(ch)
            out = folded[0] if folded else " "
        self[code] = out
        return out


@cache
def _table() -> _Table:
    table = _Table()
    for code in range(32, 127):
        table[code] = chr(code).lower()
    return table


def fold(text: str) -> str:
    """``text`` case- and diacritic-folded, the same length, so offsets carry over."""
    return text.translate(_table())
