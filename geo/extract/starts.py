"""Where word-list matches can begin: one scan of a folded document for every list.

A regex over a word list (force aliases, group nouns, trigger words) opens with a lookbehind,
so the regex engine tries it at every position of a document. Its matches can only begin at a
word that is the first word of one of its entries; one prefix-tree scan for the first words of
all lists finds those places, and each list's regex is tried there only, which finds the same
matches as its scan of the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from geo.extract.trie import trie_pattern

_LEADING_WORD = re.compile(r"\w*")


def first_word(folded: str) -> str:
    """The word a folded entry begins with; "" when it begins with no word character."""
    return _LEADING_WORD.match(folded).group()  # type: ignore[union-attr]


Starts = dict[str, list[int] | None]


class WordStarts:
    """The first words of named word lists, scanned for together."""

    def __init__(self, lists: Mapping[str, Iterable[str]]) -> None:
        self._lists: dict[str, list[str]] = {}
        # A list with an entry that may begin without a word character is tried everywhere.
        self._anywhere: list[str] = []
        for name, firsts in lists.items():
            firsts = set(firsts)
            if "" in firsts:
                self._anywhere.append(name)
                continue
            for w in firsts:
                self._lists.setdefault(w, []).append(name)
        self._names = [n for n in lists if n not in self._anywhere]
        self._rx = re.compile(rf"(?<!\w)(?:{trie_pattern(self._lists, re.escape)})(?!\w)") \
            if self._lists else None

    def scan(self, folded: str) -> Starts:
        """For each list, the sorted offsets where one of its entries may begin (None:
        anywhere)."""
        out: Starts = {name: [] for name in self._names}
        if self._rx is not None:
            for m in self._rx.finditer(folded):
                for name in self._lists[m.group()]:
                    out[name].append(m.start())  # type: ignore[union-attr]
        return out | {name: None for name in self._anywhere}


def matches(rx: re.Pattern[str], text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a regex whose matches begin only at ``starts`` (None:
    anywhere)."""
    if starts is None:
        yield from rx.finditer(text)
        return
    end = 0
    for pos in starts:
        if pos >= end and (m := rx.match(text, pos)) is not None:
            yield m
            end = m.end()
