"""Place mentions: the gazetteer's toponyms, plus "the city" / "the town" (and "it" after an
event verb) pointing back to the last town named.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from geo.extract.data import rules

# "the city", "the besieged northern town", "the city's" (a part of it follows), not "the city
# of X" nor "the city centre" (a part named as a compound); "the first town to fall" is a new
# referent, not a pointer back. The word boundary is
# checked after the "T" (a lookbehind over it), so the regex engine can skip to each "T"
# instead of trying every position of the document.
_ANAPHOR = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(?!(?:first|second|third|last|only|next|latest|largest|biggest)\b)"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(?:city|town|village|settlement)\b(?!\s+(?:of|centre|center|hall|limits)\b|-)")
_TARGET_KINDS = frozenset({"city"})
# The frames whose verbs take a town as object, which "it" may then stand for.
_IT_FRAMES = frozenset({"take", "lose", "hold", "expel"})
# The word boundary is checked after the "i", as for ``_ANAPHOR``.
_IT = re.compile(r"i(?<![\w'’]i)t\b(?!['’])")
_WORDS_BEFORE = re.compile(r"(?:(?P<prev>[A-Za-z]+)\s+)?(?P<last>[A-Za-z]+)\s+$")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text; ``anaphor`` when the text says "the city" for it."""

    start: int
    end: int
    surface: str
    place: Any
    anaphor: bool = False

    @property
    def target(self) -> bool:
        """Whether claims can be about this place (a town, not a country or a province)."""
        return self.place.kind in _TARGET_KINDS


_DIVISION_WORD = re.compile(r"\s+(?:province|governorate|region|state|district)\b", re.IGNORECASE)


def one_sense(text: str, mentions: Sequence[Any], town_of: Callable[[Any], Any]
              ) -> list[PlaceMention]:
    """One place per name per story: a name the gazetteer read as a town somewhere in the text
    is that town everywhere in it (not "Raqqa province" though), including where it was
    missed. ``town_of`` gives the town a province shares its name with ("Kherson")."""
    # "Sennar state", "Raqqa province": the province, about which no claim is made.
    out = [PlaceMention(m.start, m.end, m.surface, m.place) for m in mentions
           if not (m.place.kind in _TARGET_KINDS and _DIVISION_WORD.match(text, m.end))]
    towns = {m.surface: m.place for m in out if m.target}
    for i, m in enumerate(out):
        if m.target or _DIVISION_WORD.match(text, m.end) or m.place.kind != "admin1":
            continue
        town = towns.get(m.surface) or town_of(m)
        if town is not None:
            out[i] = PlaceMention(m.start, m.end, m.surface, town)
            towns.setdefault(m.surface, town)
    taken = sorted((m.start, m.end) for m in out)
    for surface, place in towns.items():
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            i = bisect.bisect_left(taken, (end, 0))
            if not (_inside_word(text, start, end) or (i and taken[i - 1][1] > start)
                    or _DIVISION_WORD.match(text, end)):
                out.append(PlaceMention(start, end, surface, place))
            start = text.find(surface, end)
    return sorted(out, key=lambda m: m.start)


def _inside_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or before == "-" or after.isalnum() or after == "-"


def town_reading(gazetteer: Any, surface: str, country: str) -> Any:
    """The town of the same name in the same country as a province, if the gazetteer has one."""
    for c in gazetteer.candidates(surface, limit=5, country=country or None):
        if c.place.kind in _TARGET_KINDS and c.place.country_code == country:
            return c.place
    return None


_CALLED_BEFORE = re.compile(r"\b(city|town|village)\s+of\s+$")
_CALLED_AFTER = re.compile(r",\s+(?:once\s+|now\s+|formerly\s+)?(?:a|an|the)\s+"
                           r"(?:[\w'’-]+\s+){0,3}?(city|town|village)\b")


def _called(text: str, m: PlaceMention) -> str:
    """The noun the text names a place with: "the town of P", "P, a frontline town"."""
    before = _CALLED_BEFORE.search(text, max(0, m.start - 40), m.start)
    after = _CALLED_AFTER.match(text, m.end)
    return (before or after).group(1) if (before or after) else ""  # type: ignore[union-attr]


@cache
def _it_verbs() -> frozenset[str]:
    """The words after which "it" is an object that may be a town: the event verbs of the
    frames that take one, and "out of" / "from" ("drove them out of it")."""
    return frozenset({w.lower() for f in rules("events")["frame"] if f["kind"] in _IT_FRAMES
                      for w in f["words"]} | {"out of", "from"})


def _it_objects(text: str) -> list[tuple[int, int, str]]:
    """The spans of "it" as the object of an event verb ("had retaken it"): each lower-case
    "it" is found, then the one or two words before it looked up."""
    verbs = _it_verbs()
    out = []
    for m in _IT.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before and (before["last"].lower() in verbs
                       or f"{before['prev']} {before['last']}".lower() in verbs):
            out.append((m.start(), m.end(), "it"))
    return out


def with_anaphors(text: str, mentions: Sequence[Any], sentence_starts: Sequence[int],
                  town_of: Callable[[Any], Any], actors: frozenset[int] = frozenset()
                  ) -> list[PlaceMention]:
    """Gazetteer mentions as PlaceMentions, with "the city"-style references resolved.

    "The city" is the last town named in its sentence or the one before; further back, it is
    the town the story has named most often (the last of those on a tie). A name that starts
    at one of ``actors`` (offsets of force names: "Kyiv said") is no town it can mean.
    """
    found = one_sense(text, mentions, town_of)
    # In text order, as ``one_sense`` returns them.
    towns = [m for m in found if m.target and m.start not in actors]
    starts = sorted(sentence_starts)
    out = list(found)
    # A reference overlaps a name when one of the names starting before its end reaches past
    # its start: the furthest end of each prefix of ``found`` answers that in one look-up.
    found_starts = [m.start for m in found]
    reach = list(itertools.accumulate((m.end for m in found), max, initial=-1))
    for start, end, surface in sorted([(a.start(), a.end(), a.group())
                                       for a in _ANAPHOR.finditer(text)] + _it_objects(text)):
        if reach[bisect.bisect_left(found_starts, end)] > start:
            continue
        before = [m for m in towns if m.end <= start]
        # "the town Mayadeen" names the town right after it.
        after = text[end:end + 2].strip()
        if not before or (after and after[0].isupper() and surface != "it"):
            continue
        k = bisect.bisect_right(starts, start) - 2
        recent = [m for m in before if k < 0 or m.start >= starts[k]]
        # "the town" points back to a place the text called a town ("the eastern town of
        # Avdiivka") before one it did not.
        noun = surface.split()[-1]
        same = [m for m in recent if _called(text, m) == noun]
        if same or recent:
            ref = (same or recent)[-1]
        else:
            counts = Counter(m.place.geonameid for m in before)
            ref = max(reversed(before), key=lambda m: counts[m.place.geonameid])
        out.append(PlaceMention(start, end, surface, ref.place, anaphor=True))
    return sorted(out, key=lambda m: m.start)
