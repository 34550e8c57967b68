"""Force mentions: aliases, group nouns, hyphenated holders and possessive pronouns.

Aliases name one force outright. Group nouns ("militants", "government forces") and holder words
("Kurdish-held") may name several; they are resolved per article to the force the story is about
(``resolve``). Matching runs over folded text, so spans point into the original.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

from geo.extract.clauses import grammar, is_oblique, is_past, word_before, words
from geo.extract.data import rules, word_set
from geo.extract.folding import fold
from geo.extract.modality import attribution, speech_verbs
from geo.extract.starts import Starts, WordStarts, first_word, matches
from geo.extract.trie import trie_pattern
from geo.extract.values import evolve
from geo.forces import Force

MentionKind = Literal["alias", "group", "holder", "pronoun"]
# Entries of the matcher: a mention's kind, or "named" for a group noun that means its force
# only in a story naming it.
_EntryKind = Literal["alias", "group", "holder", "pronoun", "named"]
_GROUP = re.compile(r"\(([^()]*)\)")
_SEP = re.compile(r"([\s\-]+)")
_SPACE = r"[\s\-]+"
_PROPER_BEFORE = re.compile(r"\b((?:[A-Z]\.){2,}|[A-Z][\w'’-]*)[ \t]+$")
# "Ukrainian and Russian troops": a proper adjective coordinated before a name.
_SHARED_HEAD = re.compile(r"\b([A-Z][a-z]+)\s+(?:and|or)\s+$")
# "Russian and separatist forces": a proper adjective and a common one sharing a noun.
_ADJECTIVE_PAIR = re.compile(r"\b([A-Z][a-z]+)\s+(?:and|or)\s+[a-z][\w-]*\s+"
                             r"(forces|troops|units|soldiers|fighters)\b")
_DETERMINERS = frozenset({"The", "A", "An", "Its", "Their", "Both", "Local", "Pro"})
_CALENDAR = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])
_POSSESSIVES = ("its", "their", "his", "her")
# A mention of people by a country's adjective and a plural noun ("Ukrainian defenders",
# "Sudanese troops"), not an organisation's name before one ("RSF fighters": "its" may be the
# RSF's).
_PLURAL_HEAD = re.compile(r"\b[A-Z][a-z]+(?:ian|ese|ish|i|an)\s+(?:[a-z-]+\s+)?[a-z-]*[^s]s$")
_IT_ACTS = frozenset({"take", "lose", "expel", "hold", "siege"})
# "its Syrian proxies", "their allies", "their Syrian rebel auxiliaries": the owner's allies
# that are no state's forces.
_PROXY_NOUNS = ("proxies", "allies", "auxiliaries", "surrogates")
_SAID_BEFORE = re.compile(rf"\b(?:{speech_verbs()})\b[^.,;]{{0,25}}$")
# The verbs whose object "it" is a force, right before it ("attacked it", "encircled it" take a
# town).
_OBJECT_IT_VERB = re.compile(rf"\b(?:{'|'.join(rules('actors')['object_it_verbs'])})\s+$")


@dataclass(frozen=True, slots=True)
class ForceMention:
    """A force named in the text; ``candidates`` holds every force a group noun may mean."""

    start: int
    end: int
    surface: str
    candidates: tuple[str, ...]
    kind: MentionKind = "alias"
    holder: bool = False
    possessive: bool = False
    toponym: bool = False  # a country or capital standing for its forces ("Russia said")
    # A pronoun's next-best referent: the force named last before a different one.
    alternate: str = ""
    # "the group": a pronoun that only a non-state force can be.
    organisation: bool = False
    # "the ministry": a pronoun for the force whose military body was named last.
    body: bool = False
    # "our forces" (the speaker's side) or "the enemy" (the other side): a side's own voice.
    voice: Literal["", "our", "enemy"] = ""
    # Candidates a group noun means only where the story names them.
    named_only: tuple[str, ...] = ()

    @property
    def force(self) -> str:
        """The one force meant, or "" while the mention is still ambiguous."""
        return self.candidates[0] if len(self.candidates) == 1 else ""

    def as_alternate(self) -> ForceMention | None:
        """This mention read as its next-best referent, None if it has none: an object
        pronoun is not its own clause's subject ("The YPG drove the group out")."""
        return replace(self, candidates=(self.alternate,), alternate="") if self.alternate \
            else None

    @classmethod
    def unnamed(cls, candidates: tuple[str, ...]) -> ForceMention:
        """A force the sentence does not name but means (the story's actor, a two-sided war's
        other side): no span, read as a pronoun."""
        return cls(-1, -1, "", candidates, "pronoun")


def _char_units(text: str, multiword: bool) -> list[str]:
    """One regex unit per character position of a spelling, matched in folded text."""
    units: list[str] = []
    for tok in _SEP.split(text):
        if not tok:
            continue
        if _SEP.fullmatch(tok):
            units.append(_SPACE)
        elif multiword and tok.isupper() and tok.isalpha() and len(tok) <= 3:
            # "US-backed" also matches "U.S.-backed".
            units += [re.escape(c.lower()) + r"\.?" for c in tok]
        else:
            units += [re.escape(c) for c in fold(tok)]
    return units


def _literal(text: str, multiword: bool) -> str:
    return "".join(_char_units(text, multiword))


def _multiword(alias: str) -> bool:
    return bool(_SEP.search(alias)) or "(" in alias


def alias_pattern(alias: str) -> str:
    """Regex source matching an alias in folded text; ``(a|b|)`` groups are alternatives."""
    multiword = _multiword(alias)
    parts, pos = [], 0
    for m in _GROUP.finditer(alias):
        before, choices = alias[pos:m.start()], m.group(1).split("|")
        if "" in choices and before.endswith(" ") and m.end() == len(alias):
            # "Euphrates Shield (forces|)": the space goes with the last word, if any.
            before, choices = before[:-1], [f" {c}" if c else c for c in choices]
        parts.append(_literal(before, multiword))
        parts.append("(?:" + "|".join(_literal(a, multiword) for a in choices) + ")")
        pos = m.end()
    parts.append(_literal(alias[pos:], multiword))
    return "".join(parts)


def _is_acronym(alias: str) -> bool:
    return alias.isalpha() and alias.isupper()


def _acronym_regex(acronyms: Iterable[str]) -> re.Pattern[str] | None:
    """Case-sensitive acronyms as whole words: a prefix tree that opens with a capital letter,
    which the regex engine skips ahead to."""
    words = set(acronyms)
    if not words:
        return None
    return re.compile(rf"(?:{trie_pattern(words, re.escape, word_start=True)})(?![\w])")


def _spellings(alias: str) -> list[str]:
    """Every spelling an alias allows (its ``(a|b|)`` groups expanded; an empty choice leaves
    no space behind: "Euphrates Shield (forces|)" spells "Euphrates Shield")."""
    parts, pos = [], 0
    for m in _GROUP.finditer(alias):
        parts += [[alias[pos:m.start()]], m.group(1).split("|")]
        pos = m.end()
    parts.append([alias[pos:]])
    return [" ".join("".join(spelling).split()) for spelling in itertools.product(*parts)]


def _units(alias: str) -> list[tuple[str, ...]]:
    """Every spelling an alias allows, each as a sequence of one-character regex units (the
    same matching as ``alias_pattern``), for a prefix-tree regex."""
    multiword = _multiword(alias)
    return [tuple(_char_units(spelling, multiword)) for spelling in _spellings(alias)]


def _first_words(alias: str) -> set[str]:
    """The folded words a match of an alias can begin with (see ``WordStarts``), following
    ``_char_units``; "" when it may begin with no word character."""
    multiword = _multiword(alias)
    out = set()
    for spelling in _spellings(alias):
        tok = next((t for t in _SEP.split(spelling) if t), "")
        if _SEP.fullmatch(tok) or not tok:
            out.add("")
        elif multiword and tok.isupper() and tok.isalpha() and len(tok) <= 3:
            # "U.S." or "US": the word ends at any of the optional dots.
            out |= {tok[:k].lower() for k in range(1, len(tok) + 1)} if tok.isascii() else {""}
        else:
            out.add(first_word(fold(tok)))
    return out


def _tree(aliases: Iterable[str], tail: str = "") -> re.Pattern[str] | None:
    """One prefix-tree regex over the spellings of all ``aliases`` (far faster than an
    alternation of one pattern per alias), followed by ``tail``."""
    spellings = [u for a in aliases for u in _units(a)]
    if not spellings:
        return None
    return re.compile(rf"(?<![\w])(?:{trie_pattern(spellings, str)}){tail}(?![\w])")


@cache
def _generic_heads() -> frozenset[str]:
    return frozenset(rules("actors")["generic_heads"])


@cache
def _extension_patterns() -> tuple[re.Pattern[str], re.Pattern[str], str]:
    data = rules("actors")
    # ("Turkish troops and allied fighters of the SNA": the allies have a name of their own.)
    heads = "|".join(sorted((alias_pattern(h) + (r"(?!\s+(?:of|from)\b)" if h.startswith("and ")
                                                 else "") for h in data["heads"]),
                            key=len, reverse=True))
    pron = "|".join(data["pronoun_heads"])
    possessives = "|".join(_POSSESSIVES)
    proxies = "|".join(_PROXY_NOUNS)
    org = "|".join(alias_pattern(n) for n in data["organisation_nouns"])
    body = "|".join(alias_pattern(n) for n in data["body_nouns"])
    our = "|".join(alias_pattern(n) for n in data["our_nouns"])
    enemy = "|".join(alias_pattern(n) for n in data["enemy_nouns"])
    suffixes = "|".join(data["holder_suffixes"])
    # "it seized Nyala": "it" is a force only as the subject of a verb of taking, leaving,
    # holding or besieging.
    acts = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for f in rules("events")["frame"]
                            if f["kind"] in _IT_ACTS for w in f["words"]),
                           key=len, reverse=True))
    return (re.compile(rf"(?:{_SPACE}(?:{heads})(?![\w]))*"),
            re.compile(rf"(?<![\w])(?:(?:{possessives})\s+(?:(?:own|last|remaining|main|few)\s+)"
                       rf"{{0,2}}(?:{pron})|(?:{possessives})\s+(?:[\w-]+\s+){{0,2}}(?:{proxies})"
                       rf"|they|them"
                       rf"|it(?=\s+(?:(?:had|has|also|then|later|swiftly|quickly|finally|now|"
                       rf"still|already)\s+)"
                       rf"{{0,2}}(?:{acts})(?![\w]))"
                       # ... and as the object of a verb of driving out or of fighting, before
                       # where or whence ("drove it out of Kobani", "are fighting it around
                       # Deir ez-Zor"): kept only after such a verb (see ``find``).
                       r"|(?P<object>it)(?=\s+(?:back|out|from|in|around|near|inside|for)\b)"
                       rf"|(?P<org>{org})(?!\s+of\b)|(?P<body>{body})|(?P<our>{our})"
                       rf"|(?P<enemy>{enemy}))(?![\w])"),
            suffixes)


class ActorMatcher:
    """Finds the mentions of a set of forces in a document."""

    def __init__(self, forces: Sequence[Force]) -> None:
        heads, pronouns, suffixes = _extension_patterns()
        self._heads, self._pronouns = heads, pronouns
        units = "|".join(rules("actors")["unit_nouns"])
        self._units = re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{units})(?![\w])")
        self._holder_tail = re.compile(rf"-(?:{suffixes})(?![\w])")
        self._entries: list[tuple[re.Pattern[str], str, _EntryKind]] = []
        self._countries = {f.id: f.countries for f in forces}
        self._known: dict[tuple[str, str], tuple[str, ...]] = {}
        folded: list[str] = []
        acronyms: list[str] = []
        groups: list[str] = []
        holders: list[str] = []
        for f in forces:
            for a in (*f.aliases, *f.leaders):
                if _is_acronym(a):
                    # "Isil"; and the house style of some papers, "the S.D.F." (not "U.S.").
                    variants = [a] + ([a.capitalize()] if len(a) >= 4 else []) + (
                        [".".join(a) + "."] if len(a) >= 3 else [])
                    acronyms += variants
                    self._entries += [(re.compile(re.escape(v)), f.id, "alias") for v in variants]
                else:
                    folded.append(a)
                    self._entries.append((re.compile(alias_pattern(a)), f.id, "alias"))
            for g in f.group_nouns:
                groups.append(g)
                self._entries.append((re.compile(alias_pattern(g)), f.id, "group"))
            for g in f.named_group_nouns:
                groups.append(g)
                self._entries.append((re.compile(alias_pattern(g)), f.id, "named"))
            for h in f.holder_words:
                holders.append(h)
                self._entries.append((re.compile(alias_pattern(h)), f.id, "holder"))
        self._aliases = _tree(folded)
        self._acronyms = _acronym_regex(acronyms)
        self._groups = _tree(groups)
        # "Ukrainian-held", "under Ukrainian control" or "occupation" (read by the control
        # frame) and "the main Russian base" (read by the stronghold frame).
        held = "|".join(["control", "occupation", *rules("actors")["holding_nouns"],
                         *_fire_heads()])
        self._holders = _tree(holders, rf"(?=-(?:{suffixes})(?![\w])|\s+(?:{held})(?![\w]))")
        self.first_words: dict[str, set[str]] = {
            "alias": {w for a in folded for w in _first_words(a)},
            "group": {w for g in groups for w in _first_words(g)},
            "holder": {w for h in holders for w in _first_words(h)},
            "pronoun": {*_POSSESSIVES, "they", "them", "it",
                        *(w for k in ("organisation_nouns", "body_nouns", "our_nouns",
                                      "enemy_nouns")
                          for n in rules("actors")[k] for w in _first_words(n))},
        }
        self._starts = WordStarts(self.first_words)

    def _ids(self, surface: str, kind: _EntryKind) -> tuple[str, ...]:
        cached = self._known.get((surface, kind))
        if cached is None:
            cached = self._known[(surface, kind)] = self._lookup(surface, kind)
        return cached

    def _lookup(self, surface: str, kind: _EntryKind) -> tuple[str, ...]:
        key = surface if kind == "alias" and surface.isupper() else fold(surface)
        # A group noun's candidates include those it means only where they are named.
        kinds = ("group", "named") if kind == "group" else (kind,)
        ids: list[str] = []
        for rx, fid, k in self._entries:
            if k in kinds and rx.fullmatch(key) and fid not in ids:
                ids.append(fid)
        if not ids and kind == "alias":
            ids = [fid for rx, fid, k in self._entries if k == kind and rx.fullmatch(surface)]
        return tuple(ids)

    def find(self, text: str, folded: str | None = None, starts: Starts | None = None
             ) -> list[ForceMention]:
        """Every mention, longest first where they overlap, in text order. ``starts`` are the
        folded text's word starts for ``first_words`` (scanned here if not given)."""
        folded = fold(text) if folded is None else folded
        starts = self._starts.scan(folded) if starts is None else starts
        raw: list[tuple[int, int, str]] = []
        # Acronyms are matched in the original text, where their capitals are quick to find.
        for rx, kind, src, at in ((self._aliases, "alias", folded, starts["alias"]),
                                  (self._acronyms, "alias", text, None),
                                  (self._groups, "group", folded, starts["group"]),
                                  (self._holders, "holder", folded, starts["holder"])):
            if rx is not None:
                raw += [(m.start(), m.end(), kind) for m in matches(rx, src, at)]
        raw += [(m.start(), m.end(), "organisation" if m["org"] else "body" if m["body"]
                 else "our" if m["our"] else "enemy" if m["enemy"] else "pronoun")
                for m in matches(self._pronouns, folded, starts["pronoun"])
                # "the military said it had retaken P": the speaker is "it", read as such.
                if not (m.end() - m.start() == 2 and _SAID_BEFORE.search(
                    folded, max(0, m.start() - 40), m.start())) and not (
                    m["object"] and not _OBJECT_IT_VERB.search(folded, max(0, m.start() - 20),
                                                               m.start()))]
        # "The Armed Forces of Ukraine": a group noun an alias starting inside it runs past is
        # a part of the alias, not a mention before it.
        names = sorted((a[0], a[1]) for a in raw if a[2] == "alias")
        if names:
            starts = [a[0] for a in names]
            raw = [r for r in raw if r[2] == "alias" or not any(
                r[1] < names[i][1] for i in range(bisect.bisect_right(starts, r[0]),
                                                  bisect.bisect_left(starts, r[1])))]
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
        out: list[ForceMention] = []
        last_end = -1
        for start, end, kind in raw:
            if start < last_end:
                continue
            if kind == "group" and self._foreign(text, start, folded[start:end]):
                continue
            organisation, body = kind == "organisation", kind == "body"
            voice = kind if kind in ("our", "enemy") else ""
            kind = "pronoun" if organisation or body or voice else kind
            # ("the terror group" may also be a group noun's: its forces are kept for a story
            # that names no non-state force.)
            cands = (self._ids(text[start + 4:end], "group") if organisation else ()) \
                if kind == "pronoun" else self._ids(text[start:end], kind)
            if kind != "pronoun" and not cands:
                continue
            holder = bool(self._holder_tail.match(folded, end))
            if holder:
                end = self._holder_tail.match(folded, end).end()  # type: ignore[union-attr]
            else:
                end = self._heads.match(folded, end).end()  # type: ignore[union-attr]
            possessive = folded.startswith(("'s", "' "), end)
            if possessive:
                # "the SDF's fighters" is the SDF, not something of the SDF's; so is "the
                # army's 20th Infantry Division".
                own = max(self._heads.match(folded, end + 2).end(),  # type: ignore[union-attr]
                          (u.end() if (u := self._units.match(folded, end + 2)) else 0))
                if own > end + 2:
                    end, possessive = own, False
            named_only = self._ids(text[start:end], "named") if kind == "group" else ()
            out.append(ForceMention(start, end, text[start:end], cands, kind,  # type: ignore[arg-type]
                                    holder, possessive, organisation=organisation, body=body,
                                    voice=voice,  # type: ignore[arg-type]
                                    named_only=named_only))
            last_end = end
        return _merge_appositions(self._shared_heads(self._paired(out, text), text), text)

    def _paired(self, mentions: list[ForceMention], text: str) -> list[ForceMention]:
        """"Russian and separatist forces": a country's adjective coordinated with a common one
        before a force's noun names the force its own adjective and noun are an alias of,
        when no other mention is found in the phrase."""
        out = list(mentions)
        for m in _ADJECTIVE_PAIR.finditer(text):
            inside = [x for x in out if x.start < m.end() and m.start() < x.end]
            # (The bare noun read as a group of its own gives way: "allied troops".)
            if any(x.kind != "group" or x.start < m.start(2) for x in inside):
                continue
            cands = self._ids(f"{m[1]} {m[2]}", "alias")
            if cands:
                out = [x for x in out if x not in inside]
                out.append(ForceMention(m.start(), m.end(), m.group(), cands, "alias"))
        return sorted(out, key=lambda x: x.start)

    def _shared_heads(self, mentions: list[ForceMention], text: str) -> list[ForceMention]:
        """"Ukrainian and Russian troops": an adjective coordinated before a force's name
        shares its noun, and names a force of its own when adjective and noun are its alias
        (the same force too: "by Russian and Wagner Group forces")."""
        out: list[ForceMention] = []
        for m in mentions:
            # ("Russian and regime warplanes": also before a group noun with its owner.)
            a = _SHARED_HEAD.search(text, max(0, m.start - 30), m.start) \
                if m.kind in ("alias", "group") and text.endswith(("and ", "or "), 0, m.start) \
                and " " in m.surface else None
            if a is not None and (not out or out[-1].end <= a.start()):
                # "Russian and Wagner Group forces": the noun shared may be the last word only.
                cands = self._ids(f"{a[1]} {m.surface.split(None, 1)[1]}", "alias") or \
                    self._ids(f"{a[1]} {m.surface.rsplit(None, 1)[1]}", "alias")
                if cands:
                    out.append(ForceMention(a.start(1), a.end(1), a[1], cands, "alias"))
            out.append(m)
        return out

    def _foreign(self, text: str, start: int, noun: str) -> bool:
        """A generic noun after a proper adjective ("US army", "Lebanese troops") is someone
        else's, unless the adjective names the country of a force it may mean ("Syrian
        troops"); "Syrian terrorists" are still the terrorists of the story."""
        if noun.split()[-1] not in _generic_heads():
            return False
        m = _PROPER_BEFORE.search(text, max(0, start - 40), start)
        if (not m or m.group(1) in _DETERMINERS or m.group(1) in _CALENDAR
                or (low := m.group(1).lower()) in grammar().prepositions
                or low in grammar().time_words or low in grammar().adverbs
                or low.rpartition("-")[2] in grammar().patrons):
            # "With the army controlling El Obeid", "Today the army holds Singa": a sentence's
            # first word; "On Thursday the army said": a day's name; "Russian-backed
            # government forces": a sponsor, whose clients the noun still names.
            return False
        demonyms = rules("actors")["demonyms"]
        own = {d for fid in self._ids(text[start:start + len(noun)], "group")
               for c in self._countries.get(fid, ()) for d in demonyms.get(c, ())}
        return m.group(1) not in own


_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _merge_appositions(mentions: list[ForceMention], text: str) -> list[ForceMention]:
    """"Syrian Democratic Forces (SDF)", "militant group SDF" and "the jihadists of Islamic
    State" are one mention."""
    out: list[ForceMention] = []
    for m in mentions:
        if out:
            prev = out[-1]
            gap = text[prev.end:m.start]
            named = prev.kind == "group" and m.kind == "alias"
            if named and _MEMBERS_OF.fullmatch(gap):
                out[-1] = replace(m, start=prev.start, surface=text[prev.start:m.end])
                continue
            same = prev.candidates == m.candidates or named
            if gap.strip() in ("(", "") and len(gap) <= 2 and same:
                end = m.end + (1 if text[m.end:m.end + 1] == ")" else 0)
                out[-1] = replace(m, start=prev.start, end=end, surface=text[prev.start:end],
                                  possessive=m.possessive or text.startswith(("'s", "’s"), end))
                continue
        out.append(m)
    return out


def resolve(mentions: Sequence[ForceMention], forces: dict[str, Force],
            countries: Iterable[str], places: Sequence[tuple[int, str]] = (),
            text: str = "", sides: Sequence[str] = ()) -> list[ForceMention]:
    """Each mention bound to one force; group nouns and pronouns to the actor of the story.

    A group noun goes to a force it may mean that the article names (the one named last
    before it), else to the only one whose countries the article is about; but where the
    nearest place named (``places``: offset, country code) in a country its forces fight in
    lies in the country of only one of them, to that one ("In Syria, the army ..." in a story
    about Iraqi forces; "Albu Kamal remains in the hands of government forces and Iran-backed
    militias" is Syria's, Iran being no country either fights in). A
    pronoun ("its forces") goes to the force named last, but not to one named just before it
    after a preposition when a subject was named shortly before ("The RSF, at war with the army,
    said its fighters": ``text`` tells); "the group" to the non-state force (or one named as a
    group) named last, else the story's only one; "the ministry" to the force whose ministry
    was named last; "our forces" to the side of the sentence's speaker and "the enemy" to the
    other side of a war of two (``sides``). Ambiguous mentions are dropped.
    """
    named = {m.force for m in mentions if m.kind == "alias" and m.force in forces}
    here = set(countries)
    last_seen: dict[str, int] = {}
    # The mention each force was last named by.
    last_named: dict[str, ForceMention] = {}
    # Forces named by a town ("Baghdad", "Kyiv"): no relative clause after one is theirs.
    towns = {start for start, _ in places}
    # Every force named so far, by offset: obliqueness is only worked out for a pronoun.
    history: list[tuple[int, str]] = []
    # Forces named as a group ("the Wagner Group"), which "the group" may mean even when they
    # fight for a state.
    # (A name's group, not a unit's: "the Wagner Group", "the Tavria group", but not "Ukrainian
    # assault groups".)
    grouped = {m.force for m in mentions if m.kind == "alias" and _NAMED_GROUP.search(m.surface)}
    out: list[ForceMention] = []
    # Forces last named by a plural common noun ("Ukrainian defenders"), which "its" is not.
    plural: set[str] = set()
    # Owners in an object ("overran the army's base", "captured the army's 16th Infantry
    # Division headquarters") or an apposition ("El Fasher, the army's last foothold").
    # ... or a verb's going on ("has been squeezing the RSF's Sennar salient").
    owners = {m.start for m in mentions if (m.possessive or _OWNED.search(m.surface)) and text
              and (is_past(word_before(text, m.start, grammar().determiners))
                   or _going_on_object(text, m.start)
                   or _APPOSITION_OPEN.search(text, max(0, m.start - 8), m.start))}
    # Forces named as a past verb's object ("pushed Russian units out of P"), which a subject
    # pronoun in a clause after it does not mean.
    # ... nor a garrison's owner ("took over four of the five army division headquarters").
    objects = {m.start for m in mentions if text and m.kind != "pronoun"
               and (_object_of_past(text, m.start) or _OWNS_POST.match(text, m.end))}
    voiced: list[ForceMention] = []
    for m in mentions:
        if m.voice:
            voiced.append(m)  # read once every force the sentence names is known
            continue
        fid = ""
        if m.kind == "alias":
            fid = m.force if m.force in forces else ""
        elif m.kind == "pronoun":
            recent = [f for f, _ in sorted(last_seen.items(), key=lambda kv: kv[1])]
            if m.body:
                # "the ministry" is the force whose body was named last, or none.
                recent = [f] if (f := _body_owner(text, m, out)) else []
            elif m.organisation:
                # "the group" is the story's non-state actor, never the army named last.
                # ... and, of the last two such named, the one news calls "the group" first
                # ("The SDF encircled Manbij, and the group's fighters were trapped": IS).
                stateless = [f for f in recent if not forces[f].state or f in grouped]
                story = sorted({f for f in named if not forces[f].state or f in grouped})
                stateless = stateless[:-2] + ([f for f in stateless[-2:] if _the_group(
                    forces[f], last_named.get(f))] or stateless[-2:])
                # ... else the one force its noun may mean in the country the story is about.
                local = [c for c in m.candidates if c in forces and (
                    not forces[c].countries or here & set(forces[c].countries))]
                recent = stateless or (story if len(story) == 1 else []) or (
                    local if len(local) == 1 else [])
            if m.surface.lower().startswith("its ") and len(recent) > 1 and (
                    recent[-1] in plural):
                # "the last Ukrainian defenders had surrendered and its forces had taken
                # Mariupol": "its" cannot mean a plural noun.
                recent = [f for f in recent if f not in plural] or recent
            fid = recent[-1] if recent else ""
            if fid in last_seen and text and (
                    _AND_OWNER.fullmatch(text, last_seen[fid], m.start)
                    or _SPOKESMAN_OF.search(text, max(0, last_seen[fid] - 40), last_seen[fid])):
                # "fell to Turkish troops and their Syrian auxiliaries", "a statement from the
                # paramilitary said its fighters": the force just named
                pass
            elif fid in last_seen and text and not (m.organisation or m.body) and is_oblique(
                    text, last_seen[fid]) and not (
                    last_seen[fid] not in towns
                    and _HEADS_RELATIVE.fullmatch(text, last_named[fid].end, m.start)):
                # ("the group" is the non-state force it was resolved to, oblique or not,
                # here and below: "declared victory over Islamic State in Mosul, three years
                # after the terror group seized the city".)
                # (Not inside a relative clause that force heads: "retakes Qayyarah from IS,
                # which sets the wells on fire as it retreats".)
                # ... and a town standing for its government in passing ("closer to
                # Baghdad") is never what it means past the nearest subject.
                fid = _subject_before(text, history, m.start) or (
                    last_seen[fid] in towns and not last_named[fid].possessive
                    and _main_subject(text, history, m.start)) or fid
            elif fid in last_seen and text and not (m.organisation or m.body) and (
                    (_SUBORDINATE.search(text, max(0, last_seen[fid] - 30), last_seen[fid])
                     and _CLAUSE_BREAK.search(text, last_seen[fid], m.start)) or (
                    last_seen[fid] in owners and not _PERSONAL.match(m.surface)) or (
                    last_seen[fid] in objects and _SUBJECT_PRONOUN.fullmatch(m.surface)
                    and _taking_after().match(text, m.end)) or (
                    _RELATIVE_BEFORE.search(text, max(0, last_seen[fid] - 90), last_seen[fid])
                    and "," in text[last_seen[fid]:m.start])):
                # "IS overran Mosul after two army divisions disintegrated, and a day later its
                # fighters took Tikrit": a subordinate clause's subject is not what "its" means
                # past the clause ("a day after Moscow announced that its forces had withdrawn"
                # is Moscow's),
                # nor an owner, in an object ("the RSF overran the army's base, and days later
                # it took Zalingei") or inside an apposition ("El Fasher, the army's last
                # foothold, and still controls Singa, which it overran"), nor a force in a
                # relative clause ("The army, which broke the RSF's siege, said its forces"),
                # nor a verb's object for the subject pronoun of a taking ("Ukrainian troops
                # pushed Russian units out of P; in May they retook Q": the one pushed may be
                # what withdraws next).
                fid = _main_subject(text, history, last_seen[fid]) or fid
            if fid and m.surface.lower().endswith(_PROXY_NOUNS) and len(proxies := [
                    f.id for f in forces.values() if fid in f.affiliations and not f.state]) == 1:
                # "Turkey ... Its Syrian proxies captured P": the allied force without a state
                # (of a force with none, "its allies" are its own side).
                out.append(evolve(m, candidates=(proxies[0],)))
                continue
            others = [f for f in recent if f != fid]
            if fid and others:
                out.append(evolve(m, candidates=(fid,), alternate=others[-1]))
                last_seen[fid], last_named[fid] = m.start, m
                continue
        else:
            cands = [c for c in m.candidates if c in forces
                     and (c not in m.named_only or c in named)]
            in_story = [c for c in cands if c in named]
            if labelled := _labelled(m, forces, history, named):
                fid = labelled
            elif in_story:
                fid = max(in_story, key=lambda c: last_seen.get(c, -1))
            else:
                local = [c for c in cands if not forces[c].countries
                         or here & set(forces[c].countries)]
                fid = local[0] if len(local) == 1 else ""
            near = _nearest_country(m, places, {cc for c in cands for cc in forces[c].countries})
            fit = [c for c in cands if near in forces[c].countries]
            # (Not between a war's two sides, which fight in one country, once one was named:
            # "troops" crossing into Ukraine near Kharkiv are Russia's, named just before.)
            if len(fit) == 1 and fid != fit[0] and len(cands) > 1 and not labelled and not (
                    {fid, fit[0]} <= set(sides) and fid in last_seen):
                fid = fit[0]
        if not fid:
            continue
        # Most mentions name their one force already: no copy needed.
        out.append(m if m.candidates == (fid,) else evolve(m, candidates=(fid,)))
        if m.kind != "holder" or not text or _fire_head().match(text, m.end) is None:
            # (A side's fire names no troops: "troops" told after "Russian air strikes" are
            # not Russia's.)
            last_seen[fid], last_named[fid] = m.start, m
            history.append((m.start, fid))
            if _PLURAL_HEAD.search(m.surface):
                plural.add(fid)
            else:
                plural.discard(fid)
    if voiced and text:
        heard = [evolve(m, candidates=(fid,)) for m in voiced
                 if (fid := _voiced_side(text, m, out, sides))]
        out = sorted([*out, *heard], key=lambda m: m.start)
    return out


def _fire_heads() -> list[str]:
    """The nouns of fire a side's adjective may qualify: ``actors.toml``'s and the fire and
    air raids of ``events.toml``."""
    events = rules("events")
    return [*rules("actors")["fire_heads"], *events["fire_nouns"], *events["air_raids"]]


@cache
def _fire_head() -> re.Pattern[str]:
    """A noun of fire right after a holder's adjective ("Russian air strikes")."""
    heads = "|".join(alias_pattern(h) for h in _fire_heads())
    return re.compile(rf"\s+(?:{heads})(?![\w])", re.IGNORECASE)


def _voiced_side(text: str, m: ForceMention, resolved: Sequence[ForceMention],
                 sides: Sequence[str]) -> str:
    """The side "our forces" or "the enemy" means in its sentence: the speaker's, or the side
    other than the speaker's (else than the one side the sentence names), or ""."""
    start = _sentence_start(text, m.start)
    ends = [e for e in (text.find(". ", m.end), text.find("\n", m.end)) if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    speaker, named = _speaker(text, start, end, resolved)
    if m.voice == "our":
        # With no speaker of its own, a statement's line speaks in the voice of the last
        # speaker the text named ("The General Command said ... - Our forces are confronting
        # attacks on Rastan"); one who is no force ("he said") is not known.
        back = start
        for _ in range(_VOICE_REACH):
            if named or back <= 1:
                break
            end, back = back - 1, _sentence_start(text, back - 2)
            speaker, named = _speaker(text, back, end, resolved)
        # ... else ("The spokesperson said our forces had liberated Singa") the force whose
        # statement the text is, as its heading says.
        return speaker or _issuer(text, resolved)
    if len(sides) != 2:
        return ""
    named = {r.force for r in resolved if start <= r.start < end and r.force in sides}
    own = speaker if speaker in sides else next(iter(named)) if len(named) == 1 else ""
    return next((f for f in sides if own and f != own), "")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence around ``pos`` begins in a text not split into sentences: past the
    last full stop or line break before it."""
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1


# How many sentences back "our forces" may find the speaker of a statement.
_VOICE_REACH = 6
# How far into a text its heading may name who issues it.
_HEADING_REACH = 400
# A heading's line: short, with no full stop.
_HEADING_LINE = 120


@cache
def _issuer_noun() -> re.Pattern[str]:
    nouns = "|".join(alias_pattern(n) for n in rules("actors")["issuer_nouns"])
    return re.compile(rf"(?<![\w])(?:{nouns})(?![\w])", re.IGNORECASE)


def _issuer(text: str, resolved: Sequence[ForceMention]) -> str:
    """The force a statement's heading names as who issues it ("Rapid Support Forces –
    Official Spokesperson", "Statement of the SDF General Command — 15 December 2018"), or ""."""
    for r in resolved:
        if r.start > _HEADING_REACH:
            break
        end = text.find("\n", r.end)
        line = text[text.rfind("\n", 0, r.start) + 1:end if end >= 0 else len(text)]
        if len(line) <= _HEADING_LINE and ". " not in line and _issuer_noun().search(line):
            return r.force
    return ""


def _speaker(text: str, start: int, end: int, resolved: Sequence[ForceMention]
             ) -> tuple[str, bool]:
    """The force ``text[start:end]`` names as its speaker ("" if none or not a force), and
    whether it names a speaker at all."""
    _, span = attribution(text[start:end])
    return next((r.force for r in resolved if span is not None
                 and start + span[0] <= r.start < start + span[1]), ""), span is not None


@cache
def _body_head() -> re.Pattern[str]:
    heads = "|".join(alias_pattern(h) for h in rules("actors")["body_heads"])
    return re.compile(rf"(?<![\w])(?:{heads})(?![\w])", re.IGNORECASE)


def _body_owner(text: str, m: ForceMention, resolved: Sequence[ForceMention]) -> str:
    """The force whose military body was named last before the pronoun ``m`` ("the Turkish
    Defence Ministry", "Russia's defence ministry", or "the ministry" already resolved), if
    that body was a force's at all ("Sudan's health ministry" is none)."""
    # (Of the same noun: "the General Staff" is no ministry named before.)
    own = fold(_body_head().search(m.surface)[0])  # type: ignore[index]
    head = next((start for start, end, noun in reversed(_body_heads(text))
                 if end <= m.start and noun == own), None)
    if head is None:
        return ""
    kinds = word_set("actors", "body_kinds")
    for r in reversed(resolved):
        if r.start <= head < r.end:
            return r.force  # "Russia's defence ministry", or "the ministry" before
        if r.end <= head:
            gap = text[r.end:head]
            return r.force if len(gap) <= 40 and all(w in kinds for w in words(gap)) else ""
    return ""


@lru_cache(maxsize=8)
def _body_heads(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where ``text`` names a military body's noun, and the noun folded: found once per text,
    however many "the ministry" it has."""
    return tuple((h.start(), h.end(), fold(h[0])) for h in _body_head().finditer(text))


# A participle in -ing right before a noun phrase, in its clause.
_ING_BEFORE = re.compile(r"\b(\w+ing)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


def _going_on_object(text: str, pos: int) -> bool:
    """Whether the noun phrase at ``pos`` is the object of a participle in -ing, not of a
    preposition ("during", "including")."""
    m = _ING_BEFORE.search(text, max(0, pos - 30), pos)
    return m is not None and m.group(1).lower() not in grammar().prepositions


@cache
def _taking_after() -> re.Pattern[str]:
    """A verb of taking or expelling right after a pronoun, past adverbs and auxiliaries."""
    verbs = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for f in rules("events")["frame"]
                             if f["kind"] in ("take", "expel") and f["event"] == "captured"
                             for w in f["words"]), key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:had|have|has|then|also|later|soon|quickly|\w+ly)\s+)*"
                      rf"(?:{verbs})\b", re.IGNORECASE)


def _object_of_past(text: str, pos: int) -> bool:
    """Whether the noun phrase at ``pos`` is the object of a past verb, not a speech verb's
    reported subject ("said Russian troops had ...")."""
    verb = word_before(text, pos, grammar().determiners)
    return is_past(verb) and _SPEECH.fullmatch(verb) is None


def _subject_before(text: str, history: list[tuple[int, str]], pos: int) -> str:
    """The force named last within ``_NEAR`` characters before ``pos`` outside a
    prepositional phrase, or ""."""
    for start, fid in reversed(history):
        if pos - start >= _NEAR:
            break
        if not is_oblique(text, start):
            return fid
    return ""


def _main_subject(text: str, history: list[tuple[int, str]], pos: int) -> str:
    """The force named last before ``pos`` in its sentence, neither in a prepositional phrase
    nor a subordinate clause, or ""."""
    first = _sentence_start(text, pos)
    for start, fid in reversed(history):
        if start >= pos:
            continue
        if start < first:
            break
        if not is_oblique(text, start) and not _SUBORDINATE.search(text, max(0, start - 30),
                                                                   start):
            return fid
    return ""


# A bare "occupied" before a name or a town's kind noun ("occupied Melitopol", "the occupied
# port of Berdiansk"), after what may stand before an adjective, not a subject ("Ukrainian
# troops occupied Sudzha" is a verb).
_OCCUPIED = re.compile(r"(?:^|[.;:(“\"\n]|\b(?:the|in|of|from|to|into|at|near|across|toward|"
                       r"towards|and|or|for|with))\s*([Oo]ccupied)(?=\s+(?:[a-z]+\s+of\s+)?[A-Z])")


def occupied(text: str, mentions: list[ForceMention], occupier: str) -> list[ForceMention]:
    """``mentions`` with a holder for each bare "occupied" in a war whose ``occupier`` it
    means (sorted by start)."""
    extra = [ForceMention(m.start(1), m.end(1), m[1], (occupier,), "holder", holder=True)
             for m in _OCCUPIED.finditer(text)]
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions


_SUBJECT_PRONOUN = re.compile(r"they|it", re.IGNORECASE)
_HEADS_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,;.]*")
_OWNS_POST = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:garrisons?|bases?|divisions?|"
                        r"headquarters)\b", re.IGNORECASE)
_SPEECH = re.compile(speech_verbs())
# A person's pronoun: "army chief Burhan acknowledged that his forces" speaks of the owner.
_PERSONAL = re.compile(r"(?:his|her)\b", re.IGNORECASE)
_OWNED = re.compile(r"\w['’]s\s")
_NAMED_GROUP = re.compile(r"[A-Z][\w'’-]*[\"”]?\s+(?i:group)\b")
_APPOSITION_OPEN = re.compile(r",\s+(?:the\s+)?$")
# A force named inside a relative clause ("The army, which broke the RSF's siege, said its
# forces ..."): not what a pronoun after the clause means.
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who|whose)\b[^,;.]{0,80}$", re.IGNORECASE)
# Who speaks for a force named after a preposition: "a statement from the paramilitary".
_SPOKESMAN_OF = re.compile(r"\b(?:statement|statements|spokes(?:man|woman|person)|official|"
                           r"officials|commander|commanders|source|sources|office|channel)\s+"
                           r"(?:from|of|for)\s+(?:the\s+)?$", re.IGNORECASE)
# A pronoun coordinated right after the force it means: "Turkish troops and their".
_AND_OWNER = re.compile(r"[^,;.]{1,40}?\s(?:and|or)\s+")
# Where a subordinate clause may have ended before a pronoun.
_CLAUSE_BREAK = re.compile(r"[,;:.]\s")
# A subordinating word, then up to two words, before a force: its clause's subject.
_SUBORDINATE = re.compile(r"\b(?:after|before|as|when|while|because|until|once|although|though)"
                          r"\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_NEAR = 100  # characters: a place this close frames the group noun's sentence; a subject this
# close is what a pronoun after a prepositional phrase stands for


def _labelled(m: ForceMention, forces: dict[str, Force], history: list[tuple[int, str]],
              named: set[str]) -> str:
    """The force a group noun means in the words of the force named last that has its own
    meaning for it ("the Turkish General Staff said the town had been cleared of terrorists":
    the YPG): of the forces it may mean, the one named last before it, else the first the
    story names; "" when no such force was named."""
    noun = m.surface.lower().removeprefix("the ")
    for _, f in reversed(history):
        meant = dict(forces[f].labels).get(noun)
        if meant is not None:
            seen = [g for _, g in history if g in meant and g in forces]
            return seen[-1] if seen else next((g for g in meant if g in named), "")
    return ""


def _the_group(force: Force, named: ForceMention | None) -> bool:
    """Whether news calls ``force`` "the group" first, as it was last ``named``."""
    return force.the_group or (named is not None and any(
        n.lower() in named.surface.lower() for n in force.the_group_names))


def _nearest_country(m: ForceMention, places: Sequence[tuple[int, str]],
                     countries: set[str]) -> str:
    """The country of the place named nearest to a mention, within ``_NEAR`` characters, of
    the places in ``countries``."""
    best, where = "", _NEAR + 1
    for start, country in places:
        d = abs(start - m.start)
        if d < where and country in countries:
            best, where = country, d
    return best
