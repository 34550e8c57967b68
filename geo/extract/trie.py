"""Word lists as prefix-tree regexes: one alternation per branching point instead of one per
word, so the regex engine rejects a non-matching position after a character or two."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence


def _spaced(ch: str) -> str:
    """A character as a regex unit; a space matches any run of whitespace."""
    return r"\s+" if ch == " " else re.escape(ch)


def trie_pattern(words: Iterable[Sequence[str]], escape: Callable[[str], str] = _spaced,
                 word_start: bool = False) -> str:
    """Regex source matching exactly the given words, longest first at each branch.

    A word is a string, or a sequence of ready regex units (one per character position, with
    ``escape=str``). ``word_start`` admits a match only where no word character precedes it,
    checked after the first character (each word's first must then be a single character): a
    pattern that opens with a lookbehind is tried at every position of a text, one that opens
    with a character lets the regex engine skip ahead to where that character occurs.
    """
    return _source(_tree(words), escape, word_start)


def skipping_trie(words: Iterable[str], escape: Callable[[str], str] = _spaced,
                  before: str = r"\w") -> str:
    """Regex source matching the given words in any case where no character of the class
    ``before`` precedes them, for a pattern compiled without ``re.IGNORECASE``. It opens with
    a case-sensitive class of the words' first characters, in both cases, so the regex engine
    skips ahead to where one stands; the boundary, then each word case-insensitively, are
    checked from there. (The engine tries a case-insensitive pattern, or one that opens with
    ``initials`` or a lookbehind, at every position of a text.) The class takes every
    non-ASCII character as well: case-insensitively, some match ASCII letters ("ſ", "K").
    It is written as the ASCII characters it leaves out, which compiles at once (a range up
    to the last code point does not)."""
    trie = _tree(words)
    cases = {c for ch in trie for c in (ch.lower(), ch.upper())}
    firsts = "^" + "".join(re.escape(c) for c in map(chr, range(128)) if c not in cases)
    branches = "|".join(rf"(?<={re.escape(ch)}){_source(child, escape)}"
                        for ch, child in sorted(trie.items()) if ch)
    return rf"[{firsts}](?<![{before}][{firsts}])(?i:{branches})"


def initials(*lists: Iterable[str], digits: bool = False) -> str:
    """A look-ahead for the first characters, in either case, of the words a pattern opens
    with (or a digit): most positions fail it before the case-insensitive pattern is tried."""
    chars = "".join(sorted({re.escape(w[0]) for words in lists for w in words}))
    return "(?i:(?=[" + chars + (r"\d" if digits else "") + "]))"


def _tree(words: Iterable[Sequence[str]]) -> dict:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _source(node: dict, escape: Callable[[str], str], word_start: bool = False) -> str:
    end = "" in node
    branches = [escape(ch) + (rf"(?<!\w{escape(ch)})" if word_start else "")
                + _source(child, escape) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        # Greedy optional: the longer word wins, as in the longest-first alternation.
        return "(?:" + body + ")?"
    return body
