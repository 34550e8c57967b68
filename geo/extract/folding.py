"""Offset-preserving folding: the gazetteer's character rules, one output char per input char.

Force aliases are matched in folded text and their spans must point into the original, so each
character folds to exactly one character (case, diacritics, Arabic letter variants, curly quotes).
"""

from __future__ import annotations

import re
from functools import cache

from gazetteer import default_folder

_APOSTROPHES = "'‘’`´ʼʻ"


class _Table(dict[int, str]):
    """A ``str.translate`` table that works out each character the first time it is seen."""

    # Whether lower case leaves every folded character as it is, so a text's other
    # characters can be folded first and the whole lower-cased after.
    lower_stable = True

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
        self.lower_stable = self.lower_stable and out.lower() == out
        return out


@cache
def _table() -> _Table:
    table = _Table()
    for code in range(32, 127):
        table[code] = chr(code).lower()
    return table


@cache
def _others() -> re.Pattern[str]:
    """Runs of the characters that need the table: all but the ASCII ones (line breaks
    included) that fold to their lower case."""
    table = _table()
    plain = "".join(re.escape(chr(c)) for c in range(128) if table[c] == chr(c).lower())
    # One character, then more: a pattern that opens with a class, not a repeat, lets the
    # regex engine skip ahead through the plain characters.
    return re.compile(f"[^{plain}][^{plain}]*")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_table())


def fold(text: str) -> str:
    """``text`` case- and diacritic-folded, the same length, so offsets carry over."""
    # Translating every character costs a table look-up each; most are ASCII.
    out = _others().sub(_fold_run, text)
    return out.lower() if _table().lower_stable else text.translate(_table())
