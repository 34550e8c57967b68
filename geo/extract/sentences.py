"""Sentence splitting with offsets, headline detection and teaser removal.

News text puts one paragraph per line; headlines and captions end without a full stop. A line
break always ends a sentence; inside a line a ``.``, ``!`` or ``?`` ends one unless it closes an
abbreviation or an initial ("Maj. Gen.", "U.S.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from geo.article import is_teaser
from geo.extract.data import rules

_LINE = re.compile(r"[^\n]+")
# A candidate end: terminal punctuation, closing quotes or brackets, then space and a new start.
# (One mark, then more: a pattern that opens with a character class, not a repeat, lets the
# regex engine skip ahead to the next mark.)
_END = re.compile(r"[.!?][.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# The word a period ends: all after the last character that cannot be part of it. Matched once
# from the start of the look-back window, not searched for from every position in it.
_WORD_BEFORE = re.compile(r"(?:.*[^\w.])?([\w.]*)\.$", re.DOTALL)
_LOOK_BACK = 40  # characters
_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")", ":")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and where it starts in the document; ``headline`` marks unpunctuated lines."""

    text: str
    start: int
    headline: bool = False

    @property
    def question(self) -> bool:
        """Whether the sentence asks rather than states (its claims become questions)."""
        return self.text.rstrip(" \"'”’").endswith("?")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(rules("sentences")["abbreviations"])


def _is_abbreviation(line: str, end: int) -> bool:
    """Whether the period ending at ``end`` closes an abbreviation or an initial."""
    # Matched in place: a slice of the line before each period would copy it quadratically.
    m = _WORD_BEFORE.match(line, max(0, end - _LOOK_BACK), end)
    if not m:
        return False
    word = m.group(1)
    # "U.S." and "J." are initials; "Gen." and "Oct." are listed abbreviations; a number
    # ends a sentence ("on October 9. Its proxies ...").
    last = word.rstrip(".").split(".")[-1]
    return (len(last) == 1 and last.isalpha()) or word.lower().lstrip(".") in _abbreviations()


def _split_line(line: str, offset: int) -> Iterator[tuple[str, int]]:
    start = 0
    for m in _END.finditer(line):
        if m.group().startswith(".") and _is_abbreviation(line, m.start() + 1):
            continue
        yield line[start:m.end()], offset + start
        start = m.end()
        while start < len(line) and line[start].isspace():
            start += 1
    if line[start:].strip():
        yield line[start:], offset + start


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a document, teaser lines left out, offsets into ``text``."""
    out: list[Sentence] = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped or is_teaser(stripped):
            continue
        lead = len(line) - len(line.lstrip())
        headline = not stripped.endswith(_TERMINAL) and len(stripped.split()) <= 25
        for s, start in _split_line(line.strip(), m.start() + lead):
            out.append(Sentence(s.rstrip(), start, headline))
    return out
