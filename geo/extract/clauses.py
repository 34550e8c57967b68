"""Clause structure without a parser: where a clause ends, which noun phrase is a subject,
which words may stand between a verb and its object.

A sentence is cut at clause boundaries (relative pronouns, subordinators, speech verbs,
semicolons); a noun phrase right after a preposition is oblique and cannot be a subject.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from geo.extract.data import rules
from geo.extract.trie import initials, trie_pattern

_WORD = re.compile(r"[\w%][\w'’%-]*")
# A pause inside a sentence, which ends a clause's run of words.
PAUSES = re.compile(r"[,;:]")


@dataclass(frozen=True)
class Grammar:
    """The function-word lists of ``clauses.toml``, compiled."""

    boundary_words: frozenset[str]
    boundary_pairs: frozenset[tuple[str, str]]
    boundary_marks: frozenset[str]
    prepositions: frozenset[str]
    object_words: frozenset[str]
    partitives: frozenset[str]
    determiners: frozenset[str]
    adverbs: frozenset[str]
    auxiliaries: frozenset[str]
    complements: frozenset[str]
    past_tense: frozenset[str]
    modifier_heads: frozenset[str]
    adverbial: frozenset[str]
    completives: frozenset[str]
    vicinity: frozenset[str]
    plural_heads: frozenset[str]
    attempts: frozenset[str]
    facilities: frozenset[str]
    seats: frozenset[str]
    lesser_posts: frozenset[str]
    time_words: frozenset[str]
    area_heads: frozenset[str]
    patrons: frozenset[str]
    aids: frozenset[str]
    compass_adjectives: frozenset[str]
    intensities: frozenset[str]
    town_heads: frozenset[str]
    commands: frozenset[str]
    named_divisions: frozenset[str]
    quantities: frozenset[str]
    members: frozenset[str]
    quote_continues: frozenset[str]
    command_bases: frozenset[tuple[str, ...]]


# The word lists that ``clauses.toml`` names as the grammar does.
_LISTS = ("prepositions", "object_words", "partitives", "determiners", "adverbs", "auxiliaries",
          "complements",
          "modifier_heads", "adverbial", "completives", "vicinity", "plural_heads", "attempts",
          "facilities", "seats", "lesser_posts", "time_words", "area_heads", "patrons", "aids",
          "compass_adjectives", "intensities", "town_heads", "commands", "named_divisions",
          "quantities", "members", "quote_continues")


@cache
def grammar() -> Grammar:
    """The clause rules of ``data/extract/clauses.toml``, read once."""
    data = rules("clauses")
    bounds = [b.strip().lower() for b in data["boundaries"]]
    return Grammar(
        boundary_words=frozenset(b for b in bounds if b.isalpha()),
        boundary_pairs=frozenset(tuple(b.split()) for b in bounds if len(b.split()) == 2),
        boundary_marks=frozenset(b for b in bounds if not b[:1].isalpha()),
        past_tense=frozenset(data["irregular_past"]),
        command_bases=frozenset(tuple(b.split()) for b in data["command_bases"]),
        **{name: frozenset(data[name]) for name in _LISTS},
    )


# After "that", nouns that make it a determiner: "That city remains its bastion", "retook it
# that month", "that (same) November".
_TOWN_NOUN = re.compile(r"\s+(?:same\s+)?(?:(?:city|town|village|settlement|day|week|month|year|"
                        r"morning|evening|night|afternoon|spring|summer|autumn|winter)\b"
                        rf"|(?-i:{'|'.join(calendar.month_name[1:])})\b)")
# How often a deed was done, between its verb and what follows: "attacked nine times near P",
# "attempted eight times to advance".
# The auxiliary "is", never the acronym "IS" ("after IS seized the town" is no present tense),
# for patterns read case-insensitively.
AUX_IS = r"(?-i:is|Is)"
HOW_OFTEN = (r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
             r"many|multiple|numerous)\s+times|twice|repeatedly)")
# "As Suki", "As Sukhnah": "as" capitalised before a capitalised word is a name's article ...
_ARTICLE_AS = re.compile(r"(?-i:As)\s+(?-i:[A-Z])")
# ... after a word in lower case (not a headline's "Army Retreats As Rebels Advance").
_LOWER_BEFORE = re.compile(r"(?:^|[^\w\s]|\b(?-i:[a-z])[\w'’-]*)\s*$")
_NAMED_AS = re.compile(r"\b(?:known|called|referred\s+to|dubbed|renamed)(?:\s+(?:to|by)\s+"
                       r"[\w'’-]+(?:\s+[\w'’-]+)?)?\s+$", re.IGNORECASE)
# "leaves P as the only town held by F": a town's standing told as a predicate, no clause.
_LEFT_AS = re.compile(r"\b(?:leaves|left|leaving|leave)\s+[^,;.]{1,40}(?:,[^,;.]{1,40},)?\s+$",
                      re.IGNORECASE)
_ONLY_AFTER = re.compile(r"\s+(?:the|its)\s+(?:only|last|sole|final)\b", re.IGNORECASE)
# "once" before a noun phrase is "formerly": "Kurakhove, once a bastion, was captured".
_ONCE_NP = re.compile(r"\s+(?:a|an|the|home|again|more|part|among|its|their)\b", re.IGNORECASE)
# "before" or "after" with only a short noun phrase of its own before a comma ("before the
# war,", "after weeks of fighting,") opens no clause.
_PREPOSITIONAL = frozenset({"before", "after"})
# ... also counted, its fight a noun after "of" ("after 18 months of fighting,").
_NOUN_PHRASE_AFTER = re.compile(r"\s+(?:(?:some|about|around|nearly|almost|over|\d+)\s+)?"
                                r"(?:the|a|an|its|their|months|weeks|days|years)\s+"
                                r"(?:(?!\w+(?:ed|ing)\b)[a-z][\w'’-]*\s+){0,2}"
                                r"(?:of\s+[a-z][\w'’-]*|(?!\w+(?:ed|ing)\b)[a-z][\w'’-]*)\s*,")
# Where something took place, after a passive of speech.
_WHERE_NEXT = re.compile(r"\s+(?:in|inside|around|near|on|at|across)\b")
_PUNCT_AFTER = re.compile(r"\s*(?:(?:before|again|more)\s*)?[,.;)]")
_RELATIVES = frozenset({"who", "which", "whom", "whose"})
# ... and "that" after the head of an apposition, where it can only open a relative clause
# ("Pokrovsk, a logistics hub that once supplied the front, is still in Ukrainian hands").
_APPOSED_HEAD = re.compile(r"(?<![\w'’])(?-i:[A-Z])[\w'’-]*,\s+(?:a|an|the)\s+"
                           r"(?![^,;:()\n]*\b(?:said|says|announced|reported|told|claimed|added|"
                           r"stated)\b)[^,;:()\n]{1,60}\s+$")
# A place's name: capitalised words, with the particles names carry inside.
_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|al|el|ez|az|of))*"
# A name in apposition between commas (", Khartoum,", ", Deir ez-Zor,"), or where the town
# lies (", 60 kilometres to the north,", ", north of El Fasher,").
_APPOSED = re.compile(rf",\s*(?:{_NAME}"
                      r"|(?:(?:some|about|around|roughly)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|"
                      r"miles)\s+)?(?:to\s+the\s+)?(?:north|south|east|west)\w*"
                      r"(?:\s+of\s+[\w'’ -]{1,30}?)?)\s*,")
# The rest of a list of names the comma after a name goes on with (", Irbin and Kafr Batna",
# ", Zalingei, El Geneina and El Daein"); a lone ", and X" may be the main clause's own.
_LIST_ON = re.compile(rf"(?:,\s*{_NAME})+,?\s+(?:and|or)\s+{_NAME}")
_NAME_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]*$")
# An aside set off in commas inside a clause: ", backed by American air power,".
_ASIDE = re.compile(r",\s*(?:backed|supported|aided|helped|assisted|covered|with|along\s+with|"
                    r"together\s+with|alongside)\b[^,;()]{0,60}(?=,)")
# A list of what the object includes, and its further members.
_INCLUDING_AFTER = re.compile(r",\s*(?:including|among\s+them|such\s+as)\b")
_LIST_ITEM = re.compile(r",\s*(?:and\s+)?(?-i:[A-Z])")
# The time told right after such an apposition: ", in March,".
_TIME_AFTER = re.compile(r"\s*(?:in|on|last|earlier|late|early|this)\s+[^,;]{1,30}?(?=,|$)")
_OPEN_PUNCT = re.compile(r"[,;:(]\s*$")
_PRONOUN_AT = re.compile(r"(?:them|those|these|whom|us)\b", re.IGNORECASE)
_ING = re.compile(r"\w+ing\b")
# A line's label: a name and a colon opening the line ("- Vysokopillia: ").
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*][ \t]*)?[A-Z][^\W\d][^:\n.]{0,40}:[ \t]*$")
_NEAR = 24  # characters: the short look-back of ``_words_back``


def is_past(word: str) -> bool:
    """Whether a (lower-case) verb, or a phrasal verb's verb ("swept into"), is in the past."""
    verb = word.split(" ", 1)[0]
    return verb.endswith("ed") or verb in grammar().past_tense


def words(text: str) -> list[str]:
    """The lower-cased words of a stretch of text."""
    if text.isascii():
        # Lower case changes no word boundary in ASCII text: one call for the whole stretch.
        return _WORD.findall(text.lower())
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@cache
def _boundary_pattern() -> re.Pattern[str]:
    """Boundary words and word pairs ("according to") in one prefix-tree regex, and the marks
    that may end a clause (dashes only between spaces; no colon inside a time, "08:30"): a
    sentence is scanned once. A word hyphenated to another is no boundary ("As-Sanamayn",
    "once-mighty")."""
    g = grammar()
    phrases = [w for w in g.boundary_words] + [f"{a} {b}" for a, b in g.boundary_pairs]
    tree = trie_pattern(phrases)
    marks = "".join(re.escape(m) for m in g.boundary_marks if len(m) == 1 and m not in "—–")
    # A look-ahead for the characters a cut can start with turns most positions away at once.
    return re.compile(rf"(?i){initials(phrases, g.boundary_marks)}"
                      rf"(?:(?<![\w'’-])(?:{tree})(?![\w'’-])|(?<!\d(?=:\d))[{marks}]"
                      r"|(?<=\s)(?:—|–|--)(?=\s))")


@cache
def _joins() -> dict[str, list[tuple[int, str]]]:
    """The joining phrases of ``clauses.toml`` by the boundary words in them, with where in
    the phrase each stands."""
    out: dict[str, list[tuple[int, str]]] = {}
    for phrase in rules("clauses")["joins"]:
        for m in _WORD.finditer(phrase):
            out.setdefault(m.group(), []).append((m.start(), phrase))
    return out


def _joined(text: str, pos: int, tok: str) -> bool:
    """Whether the boundary word at ``pos`` is inside a joining phrase ("as well as")."""
    return any(text.startswith(phrase, pos - at) for at, phrase in _joins()[tok] if pos >= at)


# A quoted word or two with no punctuation inside (but the comma or full stop American style
# puts there: 'had been "liberated," and'): the writer's distance from a word, not a quotation
# ('troops had "cleansed" Merowe of the paramilitaries').
_SCARE = re.compile(r"[\"“]([\w'’-]+(?: [\w'’-]+){0,2})[,.]?[\"”]")


def _scare_quotes(text: str) -> frozenset[int]:
    """Where the quote marks of scare quotes stand."""
    if '"' not in text and "“" not in text:
        return frozenset()
    return frozenset(i for m in _SCARE.finditer(text) for i in (m.start(), m.end() - 1))


_OPENING_QUOTES = frozenset({'"', "“"})


def formerly(text: str, pos: int) -> bool:
    """Whether the "once" ending at ``pos`` means "formerly", a noun phrase after it: no
    clause follows, and no condition."""
    return text[max(0, pos - 4):pos].lower() == "once" and _ONCE_NP.match(text, pos) is not None


class Clauses:
    """The clause boundaries of one sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        g = grammar()
        cuts = []
        scare = _scare_quotes(text)
        for m in _boundary_pattern().finditer(text):
            tok = m.group().lower()
            if m.start() in scare:
                continue  # 'had "cleansed" Merowe': a word quoted, no speech begins or ends
            if tok in _OPENING_QUOTES and word_before(text, m.start()) in g.quote_continues:
                continue  # 'his forces would "enter El Fasher soon"': one verb group
            if tok in _joins() and _joined(text, m.start(), tok):
                continue  # "Fallujah as well as Mosul": no clause ends there
            if tok in g.complements and _WHERE_NEXT.match(text, m.end()) and word_before(
                    text, m.start(), g.adverbs) in g.auxiliaries:
                continue  # "fighting was reported around Dinder on 3 July": a passive, no speech
            if tok == "that" and _TOWN_NOUN.match(text, m.end()):
                continue  # "That city remains its bastion", "that month": a determiner
            if tok == "as" and _ARTICLE_AS.match(text, m.start()) and m.start() and (
                    _LOWER_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                continue  # "attacked As Suki", "in As Sukhnah": the Arabic article of a name
            if tok == "as" and _NAMED_AS.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Ras al-Ain, known to Kurds as Serekaniye": a name, no clause
            if tok == "as" and _LEFT_AS.search(text, max(0, m.start() - 80), m.start()) and (
                    _ONLY_AFTER.match(text, m.end())):
                continue  # "leaves El Fasher as the only capital still held by": a predicate
            first = tok.split(None, 1)[0] if tok[:1].isalpha() else tok
            if first != tok and first in g.boundary_words:
                cuts.append((m.start(), m.start() + len(first)))  # "since" of "since then"
            if tok in g.adverbial and _PUNCT_AFTER.match(text, m.end()):
                continue  # "driven out once before, in April": an adverb, no clause follows
            if tok in _PREPOSITIONAL and _NOUN_PHRASE_AFTER.match(text, m.end()):
                continue  # "a city of 200,000 before the war, in June 2014": a time, no clause
            if tok == "once" and formerly(text, m.end()):
                continue  # "Kurakhove, once a bastion, was captured": "formerly", no clause
            cuts.append((m.start(), m.end()))
            if tok not in _RELATIVES and not (tok == "that" and _APPOSED_HEAD.search(
                    text, max(0, m.start() - 80), m.start())):
                continue
            # (Looked for after a relative pronoun only: no other cut has a close.)
            comma = _close_after(text, m.end())
            if comma >= 0 and _NAME_BEFORE.search(text, m.end(), comma) and (
                    listed := _LIST_ON.match(text, comma)) is not None:
                # ", which liberated Harasta, Irbin and Kafr Batna last month, ...": the
                # clause holds the whole list.
                comma = text.find(",", listed.end())
            while (apposed := _APPOSED.match(text, comma)) is not None:
                # ", which retook the capital, Khartoum, in March, ...": a name set off in
                # commas, and the time after it, are part of the relative clause.
                comma = apposed.end() - 1
                if (timed := _TIME_AFTER.match(text, apposed.end())) is not None:
                    comma = timed.end() if timed.end() < len(text) else -1
            if comma >= 0:
                # ", who seized Raqqa in 2014," closes where the main clause resumes.
                cuts.append((comma, comma + 1))
        self.cuts = sorted(set(cuts))
        self._starts = [c[0] for c in self.cuts]

    def bounds(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The clause around the span ``[start, end)``: (first char, end char)."""
        end = start if end is None else end
        i = bisect.bisect_right(self._starts, start) - 1
        left = 0
        while i >= 0:
            if self.cuts[i][1] <= start:
                left = self.cuts[i][1]
                break
            i -= 1
        j = bisect.bisect_left(self._starts, end)
        right = self.cuts[j][0] if j < len(self.cuts) else len(self.text)
        return left, right


def _close_after(text: str, pos: int) -> int:
    """The comma after ``pos`` that may close a relative clause opened there: not one inside
    brackets ("that the Islamic State of Iraq and the Levant (ISIL, also known as ISIS) had
    held"), nor one that sets off an aside ("that the YPG, backed by American air power,
    wrested back"); -1 if none."""
    comma = text.find(",", pos)
    while comma >= 0:
        opened = text.rfind("(", pos, comma)
        closed = text.find(")", comma)
        if opened >= 0 and text.find(")", opened, comma) < 0 and closed >= 0:
            comma = text.find(",", closed)
        elif (aside := _ASIDE.match(text, comma)) is not None:
            comma = text.find(",", aside.end() + 1)  # (past the comma that closes the aside)
        elif _INCLUDING_AFTER.match(text, comma):
            # "in which the army drove Daesh from a string of towns, including Jarablus in
            # August 2016 and al-Bab in February 2017": the towns included are the clause's.
            comma = text.find(",", comma + 1)
            while comma >= 0 and _LIST_ITEM.match(text, comma):
                comma = text.find(",", comma + 1)
        else:
            break
    return comma


def _words_back(text: str, pos: int, span: int) -> Iterator[str]:
    """``reversed(_WORD.findall(text[max(0, pos - span):pos]))``, lazily: most callers want
    only the last word or two, found in a short look-back; the full one is read when more are
    needed. Past the first word of a window its words are those of any longer window."""
    start = max(0, pos - span)
    near = max(start, pos - _NEAR)
    found = _WORD.findall(text[near:pos])
    if near == start:
        yield from reversed(found)
        return
    # The short window's first word may be cut by its edge: it comes from the full window.
    for i in range(len(found) - 1, 0, -1):
        yield found[i]
    full = _WORD.findall(text[start:pos])
    yield from reversed(full[:len(full) - len(found) + 1])


def word_before(text: str, pos: int, skip: frozenset[str] = frozenset()) -> str:
    """The last word before ``pos``, skipping words in ``skip``; "" at the start or after
    punctuation other than a comma."""
    for w in _words_back(text, pos, 80):
        lw = w.lower()
        if lw in skip:
            continue
        if skip and ("-" in lw or lw.endswith(("'s", "’s"))):
            # A sponsor's compound is skipped with the determiners ("the US-backed SDF"), and
            # so is a country's name owning the force ("by Iraq's counterterrorism service").
            g = grammar()
            if skip is g.determiners and (lw[lw.rfind("-") + 1:] in g.patrons or (
                    w[:1].isupper() and lw.endswith(("'s", "’s")))):
                continue
        return lw
    return ""


# Where a noun phrase opens a clause: at the sentence's start, after a dateline's dash
# ("KHERSON, 12 November (Ukrinform) – Units of the Armed Forces of Ukraine entered ...") or a
# speech verb ("said units of"), after an opening phrase ("On Sunday, the last fighters of the
# SDF left") or a conjunction of time ("a day after fighters of HTS withdrew").
_OPENINGS = (r"^", r"(?<=\s[-–—]\s)", r"(?<=:\s)", r"(?<=,\s)", r"(?<=\b(?:said|says|that)\s)",
             r"(?<=\bafter\s)", r"(?<=\bwhen\s)", r"(?<=\bbefore\s)")


@cache
def _members_of() -> re.Pattern[str]:
    nouns = "|".join(rules("clauses")["members"])
    # (... also after "once": "once fighters of IS had left".)
    opening = "|".join((*_OPENINGS, r"(?<=\bonce\s)"))
    return re.compile(rf"(?:{opening})\s*"
                      rf"(?:the\s+|some\s+|hundreds\s+of\s+|dozens\s+of\s+)?"
                      rf"(?:(?:last|remaining|final|first)\s+)?"
                      rf"(?:(?:assault|elite|special|advance|forward|armoured|armored)\s+)?(?:{nouns})"
                      rf"\s+(?:from|of)\s+(?:(?:the|so-called|self-styled|self-declared)\s+)"
                      rf"{{0,2}}[\"“]?$", re.IGNORECASE)


@cache
def _counted_of() -> re.Pattern[str]:
    """A count of people opening a clause before the force it counts ("Dozens of")."""
    counts = "|".join(re.escape(c).replace(r"\ ", r"\s+")
                      for c in sorted(rules("clauses")["counted_members"], key=len, reverse=True))
    return re.compile(rf"(?:{'|'.join(_OPENINGS)})\s*"
                      rf"(?:(?:some|about|around|nearly|at\s+least|more\s+than)\s+)?"
                      rf"(?:\d[\d,]*|{counts})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _before_noun() -> frozenset[str]:
    """The words between a preposition and its noun phrase: joined once, not per mention."""
    g = grammar()
    return g.determiners | g.compass_adjectives | g.intensities


def is_oblique(text: str, pos: int) -> bool:
    """Whether a noun phrase starting at ``pos`` follows a preposition ("from ISIS")."""
    g = grammar()
    head = text[max(0, pos - 80):pos]
    if _OPEN_PUNCT.search(head):
        return False
    prep = word_before(text, pos, _before_noun())
    if prep not in g.prepositions:
        return False
    # "Fighters from the Islamic State have taken Sinjar": the force names the sentence's
    # subject, its members standing first; so does "Dozens of ISIS fighters attacked".
    # ("Many of them", people a pronoun stands for, are no force.)
    return _members_of().search(text, max(0, pos - 100), pos) is None and (
        prep != "of" or _counted_of().search(text, max(0, pos - 60), pos) is None
        or _PRONOUN_AT.match(text, pos) is not None)


def passive_before(text: str, pos: int) -> bool:
    """Whether an auxiliary of the passive stands right before ``pos`` ("was fully taken"),
    and the verb there is no "-ing" form ("are advancing")."""
    g = grammar()
    if _ING.match(text, pos, pos + 30):
        return False
    if _LABEL_BEFORE.search(text, max(0, pos - 50), pos) and is_past(
            text[pos:pos + 30].split(" ", 1)[0].lower()):
        # "- Snihurivka: liberated November 10": a timeline's place, then what befell it.
        return True
    for w in _words_back(text, pos, 60):
        if w.lower() in g.adverbs or w.lower() in g.complements:
            continue
        # "IS now holds": an acronym is a name, not the verb "is".
        return w.lower() in g.auxiliaries and not (w.isupper() and len(w) > 1)
    return False
