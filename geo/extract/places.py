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

from geo.extract.data import frame_words, rules
from geo.extract.trie import skipping_trie

# "the city", "the besieged northern town", "the city's" (a part of it follows), not "the city
# of X" nor "the city centre" (a part named as a compound); "the first town to fall" is a new
# referent, not a pointer back. Joined with the seats of ``places.toml`` in
# ``_pointer_patterns``.
_ANAPHOR = (r"(?!(?:first|second|third|last|only|next|latest|largest|biggest)\b)"
            r"(?:[A-Za-z][\w-]*\s+){0,2}?(?P<town>city|town|village|settlement)\b"
            r"(?!\s+(?:of|centre|center|hall|limits)\b|-)")
_TARGET_KINDS = frozenset({"city"})
# Between the towns of a list ("A, B and C"), as between the two a pair pointer points back
# to ("Sloviansk and Kramatorsk").
LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*")
# The feature code of a country's capital in the gazetteer.
_NATIONAL_CAPITAL = "PPLC"
# The frames whose verbs take a town as object, which "it" may then stand for.
_IT_FRAMES = frozenset({"take", "lose", "hold", "expel"})
# The word boundary is checked after the "i", as for ``_pointer_patterns``.
_IT = re.compile(r"i(?<![\w'’]i)t\b(?!['’])")
_WORDS_BEFORE = re.compile(r"(?:(?P<prev>[A-Za-z]+)\s+)?(?P<last>[A-Za-z]+)\s+$")
# What may open a sentence before its subject town: "The northern town of", a quote mark.
_OPENING = re.compile(r"[\s\"“‘']*(?:The\s+(?:[\w-]+\s+){0,2}?(?:city|town|village)\s+of\s+)?")


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


_DIVISIONS = rules("places")["division_words"]
# "rural Idlib", "northern rural Hama": the countryside of a province, as Syrian copy writes it.
_PART_BEFORE = re.compile(r"\b(?:rural|(?:north|south)(?:-?(?:east|west))?ern\s+rural)\s+$",
                          re.IGNORECASE)
# A bearing's word: "north", "south-east", "western".
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# A state said of a town before its name: "occupied Donetsk", "Russian-held Donetsk".
_STATE_BEFORE = r"(?:occupied|besieged|embattled|[\w-]+-(?:held|controlled|occupied))\s+"
_CAMPAIGN = re.compile(rf"\s+(?:{'|'.join(map(re.escape, rules('places')['campaign_nouns']))})\b",
                       re.IGNORECASE)
# ... and so does a campaign or an advance in it: "Russia's offensive in Donetsk", "the
# Russian advance in Donetsk", also in a side of it ("the regime offensive in northern Hama and
# southern Idlib").
_CAMPAIGN_IN = re.compile(rf"\b(?:{'|'.join(map(re.escape, rules('places')['campaign_nouns']))}|"
                          rf"advance|advances)\s+(?:in|into)\s+(?:{_COMPASS}\s+)?$", re.IGNORECASE)
_SIDE_JOINED = re.compile(rf"\s+and\s+{_COMPASS}\s+", re.IGNORECASE)
_NAME = r"(?-i:[A-Z])[\w'’-]*"  # a capitalised word, whatever the flags around it
# "annex four partly occupied regions, including Donetsk": the names a plural division word
# lists are divisions.
_DIVISIONS_LISTED = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, rules('places')['listing_divisions']))})\s*,?\s+"
    r"(?:including|such\s+as|among\s+them|namely)\s+"
    rf"(?:{_NAME}(?:\s+{_NAME})*(?:\s*,\s*|\s+and\s+))*$", re.IGNORECASE)
_DIVISION_WORD = re.compile(
    rf"\s+(?:{'|'.join(map(re.escape, _DIVISIONS))})\b"
    # ... also before the other names of a list and its plural ("the Donetsk and
    # Zaporizhzhia fronts", "the Mykolaiv and Kryvyi Rih directions").
    rf"|(?:\s*,\s*{_NAME}(?:\s+{_NAME})*)*\s*,?\s+(?:and|or)\s+{_NAME}(?:\s+{_NAME})*\s+"
    rf"(?:{'|'.join(re.escape(w) for w in _DIVISIONS if w.endswith('s'))})\b", re.IGNORECASE)
# ... and so does one of these before it and "of" ("the southeastern state of Sennar").
_DIVISION_OF = re.compile(rf"\b(?:{'|'.join(rules('places')['division_heads'])})\s+of\s+$",
                          re.IGNORECASE)


def _names_division(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` names a division by the words around it
    ("Raqqa province", "the state of Sennar"), not a town."""
    return _DIVISION_WORD.match(text, end) is not None or (
        _DIVISION_OF.search(text, max(0, start - 24), start) is not None)


def one_sense(text: str, mentions: Sequence[Any], town_of: Callable[[Any], Any],
              division_of: Callable[[Any], Any] = lambda m: None) -> list[PlaceMention]:
    """One place per name per story: a name the gazetteer read as a town somewhere in the text
    is that town everywhere in it (not "Raqqa province" though), including where it was
    missed. ``town_of`` gives the town a province shares its name with ("Kherson"), and
    ``division_of`` the province a town shares its name with, which a campaign's name means
    ("Russia presses Kharkiv offensive", "the Donetsk front"), and so does its countryside
    ("the towns of northern rural Hama")."""
    # "Sennar state", "Raqqa province": the province, about which no claim is made; "the Sea
    # of Azov": no town at all.
    # ... nor "the Dnipro", "the Oskil river": a town's name with an article is its river.
    out = [_with_article(text, PlaceMention(m.start, m.end, m.surface, m.place))
           for m in mentions
           if not (m.place.kind in _TARGET_KINDS and _no_town(text, m.start, m.end))]
    # A name the gazetteer read as two towns in one story is one of them: the bigger, as it
    # would be read alone.
    towns = {m.surface: m.place for m in out if m.target}
    if len({(m.surface, m.place.geonameid) for m in out if m.target}) > len(towns):
        for m in out:
            if m.target and (m.place.population or 0) > (towns[m.surface].population or 0):
                towns[m.surface] = m.place
        out = [PlaceMention(m.start, m.end, m.surface, towns[m.surface])
               if m.target and towns[m.surface] is not m.place else m for m in out]
    for i, m in enumerate(out):
        if m.target or m.place.kind != "admin1" or _names_division(text, m.start, m.end):
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
                    or _no_town(text, start, end)):
                out.append(PlaceMention(start, end, surface, place))
            start = text.find(surface, end)
    out = [PlaceMention(m.start, m.end, m.surface, division) if m.target and (
        _CAMPAIGN.match(text, m.end) or _CAMPAIGN_IN.search(text, max(0, m.start - 40), m.start)
        or _PART_BEFORE.search(text, max(0, m.start - 30), m.start)
        or _DIVISIONS_LISTED.search(text, max(0, m.start - 90), m.start))
        and (division := division_of(m)) is not None else m for m in out]
    out.sort(key=lambda m: m.start)
    for i in range(1, len(out)):
        # ... and so does the side of another joined to it ("in northern Hama and southern
        # Idlib").
        if (out[i].target and not out[i - 1].target and out[i - 1].place.kind == "admin1"
                and _SIDE_JOINED.fullmatch(text, out[i - 1].end, out[i].start)
                and (division := division_of(out[i])) is not None):
            out[i] = PlaceMention(out[i].start, out[i].end, out[i].surface, division)
    return out


_GLUED_ARTICLE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(rules('places')['glued_articles'])})-$", re.IGNORECASE)


def _no_town(text: str, start: int, end: int) -> bool:
    """Whether a town's name at ``start`` names something else: its province ("Raqqa
    province"), a sea ("the Sea of Azov"), its river ("the Dnipro") or its mountain ("Mount
    Sinjar")."""
    return (_names_division(text, start, end)
            or (text.endswith("of ", 0, start) and _of_water(text, start))
            or _river(text, start, end) or _MOUNT_BEFORE.search(text, max(0, start - 6), start)
            is not None)


_MOUNT_BEFORE = re.compile(
    rf"(?<![\w.])(?:{'|'.join(map(re.escape, rules('places')['mountain_heads']))})\s+$")


def _with_article(text: str, m: PlaceMention) -> PlaceMention:
    """``m`` with the Arabic article a hyphen glues before it ("As-Sanamayn", found as
    "Sanamayn"), which is part of the name."""
    glued = _GLUED_ARTICLE.search(text, max(0, m.start - 4), m.start)
    if glued is None:
        return m
    return PlaceMention(glued.start(), m.end, text[glued.start():m.end], m.place, m.anaphor)


# A departure's destination: "leaving Harasta for Idlib", "fled towards Sennar".
_DESTINATION = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in rules('places')['departures'])})\b"
    r"[^,;.]{0,40}?\s(?:for|to|towards?)\s+(?:the\s+)?$", re.IGNORECASE)


def _river(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start`` names a river: "the" before it and "river" or no noun
    after it ("back to the Dnipro.", "the east bank of the Oskil, where"), not a campaign
    named after a town ("the Bakhmut front")."""
    return (_THE_BEFORE.search(text, max(0, start - 5), start) is not None
            and _NO_NOUN_AFTER.match(text, end) is not None)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_AFTER_RIVER = "|".join(map(re.escape, rules("places")["after_river"]))
_NO_NOUN_AFTER = re.compile(rf"\s+[Rr]iver\b|\s*(?:[.,;:)!?]|$)|\s+(?:{_AFTER_RIVER})\b")


def _of_water(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "Sea of", "Gulf of" and the like."""
    return _after_head("water_heads", text, start)


def _of_ground(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "the countryside of" and the like."""
    return _after_head("ground_heads", text, start)


def _locating(text: str, start: int) -> bool:
    """Whether the name at ``start`` only locates another place ("20km south-east of P", "a
    town between P and Q")."""
    return _after_head("reference_heads", text, start) or _BETWEEN_TOWNS.search(
        text, max(0, start - 50), start) is not None


# "a town between Palmyra and Damascus": either name only places the town.
_BETWEEN_TOWNS = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}and\s+)?$",
                            re.IGNORECASE)


def _after_head(key: str, text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a head noun of ``places.toml``'s list ``key``."""
    return _head_before(key).search(text, max(0, start - 70), start) is not None


@cache
def _head_before(key: str) -> re.Pattern[str]:
    # "south-east of", "20km south-east of", "15 km from": a distance may run into the head.
    # ... and the town's state may stand before its name ("just north of occupied Donetsk"),
    # and its rank ("north of the Russian-controlled regional capital Donetsk").
    heads = "|".join(map(re.escape, rules("places")[key]))
    return re.compile(rf"(?:\b|\d)(?:{heads})\s+(?:of|from)\s+(?:the\s+)?"
                      rf"(?:{_STATE_BEFORE})?"
                      r"(?:(?:regional|provincial|state|district)\s+capital\s+(?:of\s+)?)?$",
                      re.IGNORECASE)


def _inside_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or before == "-" or after.isalnum() or after == "-"


def town_reading(gazetteer: Any, surface: str, country: str) -> Any:
    """The town of the same name in the same country as a province, if the gazetteer has one."""
    return _reading(gazetteer, surface, country,
                    lambda p: p.kind in _TARGET_KINDS and p.country_code == country)


def division_reading(gazetteer: Any, surface: str, country: str, admin1: str) -> Any:
    """The first-level division of a town's name that the town lies in ("Kharkiv" the
    oblast), if the gazetteer has one."""
    return _reading(gazetteer, surface, country,
                    lambda p: p.kind == "admin1" and p.admin1 == admin1)


def _reading(gazetteer: Any, surface: str, country: str, fits: Callable[[Any], bool]) -> Any:
    """The first of a name's five best places in ``country`` that ``fits``, or None."""
    return next((c.place for c in gazetteer.candidates(surface, limit=5, country=country or None)
                 if fits(c.place)), None)


_SEATS = frozenset({"seat", "capital"})
# What a seat of government is not called.
_SMALL = frozenset({"town", "village"})
# Between two names of a list: "Nyala, Zalingei and Ed Daein".
_LIST_GAP = re.compile(r",?\s+(?:and|or)\s+|,\s*")
_CALLED_BEFORE = re.compile(r"\b(city|town|village)\s+of\s+$")
_CALLED_AFTER = re.compile(r",\s+(?:once\s+|now\s+|formerly\s+)?(?:a|an|the)\s+"
                           r"(?:[\w'’-]+\s+){0,3}?(city|town|village)\b")


def _called(text: str, m: PlaceMention) -> str:
    """The noun the text names a place with: "the town of P", "P, a frontline town"."""
    before = _CALLED_BEFORE.search(text, max(0, m.start - 40), m.start)
    after = _CALLED_AFTER.match(text, m.end)
    return (before or after).group(1) if (before or after) else ""  # type: ignore[union-attr]


def _listed(text: str, towns: Sequence[PlaceMention]) -> set[int]:
    """The positions in ``towns`` of those named in a list ("Nyala, Zalingei and Ed Daein")."""
    return {i + j for i, (a, b) in enumerate(itertools.pairwise(towns))
            if _LIST_GAP.fullmatch(text, a.end, b.start) is not None for j in (0, 1)}


def _called_seat(text: str, m: PlaceMention) -> bool:
    """Whether the text names a place the seat of a division ("P, the capital of West Kordofan
    state", "the Sennar state capital, P")."""
    seats = _pointer_patterns()
    return bool(seats.called_after.match(text, m.end)
                or seats.called_before.search(text, max(0, m.start - 40), m.start))


@dataclass(frozen=True, slots=True)
class _Pointers:
    pointer: re.Pattern[str]
    called_after: re.Pattern[str]
    called_before: re.Pattern[str]
    pair: re.Pattern[str]


@cache
def _pointer_patterns() -> _Pointers:
    """The patterns of ``places.toml``: every pointer back to a town, "the city" or a seat ("the
    provincial capital", "the (Sudanese) capital"; not "the capital of ...", not "the state
    capital, P" naming the town next), in one scan of the text; and a town called a seat after
    or before its name. The word boundary is checked after the "T" (a lookbehind over it), so
    the regex engine can skip to each "T" instead of trying every position of the text. A
    sentence may open with "That city" or "This town" too (not "that" inside one: "said that
    town officials")."""
    data = rules("places")
    ranks = "|".join(map(re.escape, data["seat_ranks"]))
    nouns = "|".join(map(re.escape, data["seat_nouns"]))
    capital = "|".join(map(re.escape, data["capital_nouns"]))
    pointer = re.compile(
        rf"[Tt](?<!\w[Tt])(?:he|(?<=T)(?:hat|his))\s+(?:(?:(?P<seat>(?:{ranks})\s+(?:{nouns}))"
        rf"|(?:[A-Z][a-z]+\s+)?(?P<capital>{capital}))\b(?!\s+(?:of|city)\b|-|\s*,\s*[A-Z])"
        rf"|{_ANAPHOR})")
    called_after = re.compile(rf",\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b"
                              rf"(?!\s+city\b)", re.IGNORECASE)
    called_before = re.compile(rf"\b(?:{ranks})\s+(?:{nouns}),?\s+(?:of\s+)?$",
                               re.IGNORECASE)
    # "Both towns", "the two cities": as for "the city", the pattern opens with the pointers'
    # first letters in either case (a case-insensitive one would be tried at every position).
    pair = re.compile(skipping_trie(set(data["pair_pointers"]), re.escape)
                      + rf"(?i:\s+(?:{'|'.join(map(re.escape, data['pair_nouns']))})\b"
                      r"(?!\s*[,:(]\s*[A-Z]))")
    return _Pointers(pointer, called_after, called_before, pair)


def _pointers(text: str) -> list[tuple[int, int, str, str]]:
    """"The city"-style pointers back to a town and seats ("the provincial capital", "the
    capital"): span, surface and the noun it points with ("seat" and "capital" for seats)."""
    return [(a.start(), a.end(), a.group(), a["town"].lower() if a["town"] else
             "seat" if a["seat"] else "capital")
            for a in _pointer_patterns().pointer.finditer(text)]


@cache
def _it_verbs() -> frozenset[str]:
    """The words after which "it" is an object that may be a town: the event verbs of the
    frames that take one, fire on a town ("shelled it for months"), and "out of" / "from"
    ("drove them out of it")."""
    return frozenset({w.lower() for w in frame_words(*sorted(_IT_FRAMES))}
                     | set(rules("events")["bombardments"])
                     | {"out of", "from"})


def _it_objects(text: str) -> list[tuple[int, int, str, str]]:
    """The spans of "it" as the object of an event verb ("had retaken it"): each lower-case
    "it" is found, then the one or two words before it looked up."""
    verbs = _it_verbs()
    out = []
    for m in _IT.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before and (before["last"].lower() in verbs
                       or f"{before['prev']} {before['last']}".lower() in verbs):
            out.append((m.start(), m.end(), "it", "it"))
    return out


# "It" opening a sentence as the subject of a passive event verb or of a fall: "It was seized
# by Russian troops in February 2022", "It fell in May".
# (Opening with the literal "It" lets the regex engine skip ahead to it.)
_IT_SUBJECT = re.compile(r"It\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                         r"(?P<verb>[a-z]+(?:\s+[a-z]+)?)|(?:fell|remains|remained|changed\s+"
                         r"hands)\b)")


def _it_subjects(text: str) -> list[tuple[int, int, str, str]]:
    """The spans of "It" as a sentence's subject that may be a town: only the town the
    sentence before opened with can be meant."""
    verbs = _it_verbs()
    return [(m.start(), m.start() + 2, "it", "subject") for m in _IT_SUBJECT.finditer(text)
            if _opens_sentence(text, m.start())
            and (m["verb"] is None or m["verb"] in verbs or m["verb"].split()[0] in verbs)]


def _opens_sentence(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n" or (
        pos >= 2 and text[pos - 1].isspace() and text[pos - 2] in ".!?”\"")


def _seat_of(d: Any, town_of: Callable[[Any], Any]) -> list[PlaceMention]:
    """The town a division shares its name with, as a mention there."""
    town = d.place if d.place.kind in _TARGET_KINDS else town_of(d)
    return [] if town is None else [PlaceMention(d.start, d.end, d.surface, town)]


def with_anaphors(text: str, mentions: Sequence[Any], sentence_starts: Sequence[int],
                  town_of: Callable[[Any], Any], actors: frozenset[int] = frozenset(),
                  division_of: Callable[[Any], Any] = lambda m: None) -> list[PlaceMention]:
    """Gazetteer mentions as PlaceMentions, with "the city"-style references resolved.

    "The city" is the last town named in its sentence or the one before; further back, it is
    the town the story has named most often (the last of those on a tie). "The provincial
    capital" is the seat of the division just named, else the town the story called a seat;
    "the capital" is the country's capital, named in its sentence or the one before. A name
    that starts at one of ``actors`` (offsets of force names: "Kyiv said") is no town it can
    mean. ``division_of`` gives the province a town shares its name with (see `one_sense`).
    """
    found = one_sense(text, mentions, town_of, division_of)
    # In text order, as ``one_sense`` returns them.
    towns = [m for m in found if m.target and m.start not in actors]
    starts = sorted(sentence_starts)
    out = list(found)
    # A reference overlaps a name when one of the names starting before its end reaches past
    # its start: the furthest end of each prefix of ``found`` answers that in one look-up.
    found_starts = [m.start for m in found]
    reach = list(itertools.accumulate((m.end for m in found), max, initial=-1))
    divisions: list[Any] | None = None

    @cache
    def pointable() -> list[PlaceMention]:
        # "in the countryside of Hama, after the factions withdrew from it": the ground around
        # a town is named, not the town the story is about. Worked out once, if anything points.
        return [m for m in towns if not _of_ground(text, m.start)]
    for start, end, surface, noun in sorted(_pointers(text) + _it_objects(text)
                                            + _it_subjects(text)):
        if reach[bisect.bisect_left(found_starts, end)] > start:
            continue
        k = bisect.bisect_right(starts, start) - 2
        since = starts[k] if k >= 0 else 0
        before = prior = [m for m in pointable() if m.end <= start]
        if noun in ("town", "city", "village"):
            # "began leaving Harasta for Idlib ... army units moved into the town": a
            # destination is not the town (a seat in apposition to it may be).
            before = [m for m in before
                      if not _DESTINATION.search(text, max(0, m.start - 60), m.start)]
        if surface == "it":
            # "Suluk, a small town 20km south-east of Tal Abyad ... they seized it": a place
            # named to locate another is not what "it" stands for ("the city" may be).
            before = [m for m in before if not _locating(text, m.start)]
            # "Shaddadi, 60 km south of Hasakah, sits on the road linking Raqqa and Deir
            # ez-Zor. The militants had ruled it since 2014": with no town before it in its own
            # sentence, "it" is the town the sentence before was about, its subject.
            here = starts[k + 1] if k >= 0 else 0
            subject = [m for m in before if since <= m.start < here
                       and _OPENING.fullmatch(text, since, m.start)]
            if subject and not any(m.start >= here for m in before):
                before = subject[:1]
            elif noun == "subject":
                continue
        if noun == "capital":
            # "the capital" is the country's: the national capital, named in this sentence or
            # the one before (further back, "the capital" may be another country's).
            before = [m for m in before
                      if m.place.feature_code == _NATIONAL_CAPITAL and m.start >= since]
        elif noun in _SMALL:
            # A country's capital or a big city is no "town" ("as Damascus pressed a campaign
            # ... the town's outskirts"): "the town" means a smaller place named before it.
            biggest = rules("places")[f"{noun}_max_population"]
            before = [m for m in before if m.place.feature_code != _NATIONAL_CAPITAL
                      and (m.place.population or 0) <= biggest]
            if noun == "village":
                # "Shevchenkove, a settlement 60 km southwest of Kupiansk ... the village had
                # been liberated": a place named to locate another is no village pointed at.
                before = [m for m in before if not _locating(text, m.start)]
        seat: list[PlaceMention] = []
        if noun == "seat":
            if divisions is None:
                # Divisions named ("Deir el-Zour province"), whose seat "the provincial
                # capital" may be: looked for in the few texts that speak of a seat.
                divisions = [m for m in mentions if m.place.kind == "admin1" or (
                    m.place.kind in _TARGET_KINDS and _DIVISION_WORD.match(text, m.end))]
            named = [m for m in divisions if since <= m.start and m.end <= start]
            if named:
                # A seat is the one of the division just named: the town of its name ("Deir
                # el-Zour province ... the provincial capital"), else a town named in it.
                seat = _seat_of(named[-1], town_of)
                before = [m for m in before if m.place.admin1 == named[-1].place.admin1]
        # "the town Mayadeen", "the state capital al-Fula" name the town right after them;
        # "Singa, the state capital," is an apposition to the name before it, no pointer
        # (whatever division the data puts that town in).
        after = text[end:end + 2].strip()
        nxt = bisect.bisect_left(found_starts, end)
        named = (after and after[0].isupper()) or (
            nxt < len(found) and found[nxt].start <= end + 1)
        if not (before or seat) or (named and surface != "it") or (
                noun in _SEATS and prior and text[prior[-1].end:start].strip() == ","):
            continue
        recent = [m for m in before if m.start >= since]
        if surface != "it" and len(recent) > 2:
            # "El Fasher ... The RSF, which controls Nyala, Zalingei and Ed Daein, has
            # encircled the city": a list's towns are named in passing, the town named alone
            # is the one the story is about.
            listed = _listed(text, recent)
            alone = [m for i, m in enumerate(recent) if i not in listed]
            recent = alone or recent
        if noun == "seat":
            # Else the town called one before, however far back, else one the text did not
            # call a mere town or village.
            same = seat or [m for m in before if _called_seat(text, m)] or [
                m for m in recent if _called(text, m) not in _SMALL]
        else:
            # "the town" points back to a place the text called a town ("the eastern town of
            # Avdiivka") before one it did not.
            same = [m for m in recent if _called(text, m) == noun]
        if same or recent:
            ref = (same or recent)[-1]
        else:
            counts = Counter(m.place.geonameid for m in before)
            ref = max(reversed(before), key=lambda m: counts[m.place.geonameid])
        out.append(PlaceMention(start, end, surface, ref.place, anaphor=True))
    for m in _pointer_patterns().pair.finditer(text):
        if reach[bisect.bisect_left(found_starts, m.end())] > m.start():
            continue
        k = bisect.bisect_right(starts, m.start()) - 2
        since = starts[k] if k >= 0 else 0
        two = [t for t in pointable() if since <= t.start and t.end <= m.start()][-2:]
        if len(two) == 2 and LIST_JOINT.fullmatch(text, two[0].end, two[1].start) \
                and two[0].place.geonameid != two[1].place.geonameid:
            out += [PlaceMention(m.start(), m.end(), m.group(), t.place, anaphor=True)
                    for t in two]
    return sorted(out, key=lambda m: m.start)
