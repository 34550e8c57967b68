"""``find``: every toponym of a text, disambiguated with the whole document as context.

Steps: one regular expression picks the runs of capitalised words (with the connectors a
place name may hold: "Deir el-Zour", "Bosnia and Herzegovina"); in each run the longest word
sequences the gazetteer knows become spans; the words around each span say what it is
(titles before a person, "the town of", "province", "northern"); every name then gets its
place with the document's countries, demonyms and other places as context, over a few
passes; last, names too weak to be places are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from gazetteer.folding import exact_key
from gazetteer.model import KINDS, Mention
from gazetteer.regions import band_place
from gazetteer.scoring import WIDE_KINDS, nearest_km

if TYPE_CHECKING:
    import marisa_trie

    from gazetteer.api import Gazetteer

MAX_WORDS = 6
CACHE_SIZE = 200_000  # entries per cache of distinct words, runs and names
# After a river's name: the end of a clause, not a hyphen ("the Sudan-Chad border") ...
_RIVER_END = frozenset(",.;:)")
# ... nor a coordination that makes it a modifier ("across the Gurjaani and Telavi districts").
_JOINING = frozenset({"and", "or"})
COUNTRY, ADMIN1, ADMIN2, CITY = (KINDS.index(k) for k in ("country", "admin1", "admin2", "city"))
AREA_KINDS = (COUNTRY, ADMIN1)
# How a name meets a place only as another spelling of one of its names.
_SPELLINGS = ("folded", "vowelless")
# First letters of a name: capitals of the Latin, Greek and Cyrillic scripts, and the
# uncased letters of Arabic and Hebrew. A short class keeps the scan fast (tens of MB/s);
# a run starts only at one of these, so the engine skips lower-case text quickly.
_FIRST = "A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Яء-يא-ת"
# Letters, and apostrophes inside a name but not the possessive: written as runs of letters
# between apostrophes, which the engine scans faster than one alternation per letter.
_NAME = rf"[{_FIRST}](?:\.(?:[A-Z]\.)+|[^\W\d_]*(?:['’](?!s\b)[^\W\d_]*)*)"
_SEP = r"(?:[ \t]{1,2}|[ \t]?[-‐‑][ \t]?)"
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*")
_NEXT_WORD = re.compile(r"[ \t]{1,2}([^\W\d_]+)")
_LOWER = re.compile(r"(?<![^\W\d_])[a-z]")  # a word in lower case: maybe a connector
_NEXT_NAME = re.compile(rf"[ \t]{{1,2}}[{_FIRST}]")
# Roles of a word inside a name that neither begins nor ends one ("of", the "s" of "King's").
_INNER = ("connector", "possessive")
# Roles of a word that breaks a run or stands alone, unless it opens a longer name.
_OPENERS = ("title", "acronym")
_QUALIFIER = re.compile(
    r",[ \t]*((?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z][a-z]\.|[A-Z]{2}\b)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]{1,2}$")
# A wire story's slug opening its headline ("Explainer-", "UPDATE 5-"): the word after it
# opens the line as if nothing stood before it.
_SLUG = re.compile(r"(?:^|\n)[A-Za-z]+(?: \d+)?-$")
# "the Syrian border town of", "the Iraqi city of": a demonym before a settlement's noun.
_DEMONYM_KIND = re.compile(r"\b([A-Z][a-z]+)\s+(?:[\w'’-]+\s+){0,2}?(?:city|town|village|port|"
                           r"settlement|hamlet)\s+of\s+$")
# "P, a railway junction in (northern) Y": an apposition placing P in Y.
_PLACED_IN = re.compile(r",\s+(?:a|an|the)\s+[^,;.()]{0,50}?\bin\s+(?:the\s+)?")
# ... or a division written right after it: "Lyman, Kharkiv Oblast", "Lyman in Kharkiv Oblast".
_DIVISION_AFTER = re.compile(r",[ \t]+|[ \t]+in[ \t]+(?:the[ \t]+)?")
# Between two names of a list: "Takeo, Svay Rieng and Siem Reap".
_LIST_GAP = re.compile(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]*")


@dataclass(slots=True)
class Span:
    """A candidate toponym: offsets, lookup key, and what the words around it say."""

    start: int
    end: int
    surface: str
    key: str
    single: bool
    first: int
    last: int
    acronym: bool = False
    dotted: bool = False
    hint: str | None = None
    glued_before: bool = False
    glued_after: bool = False
    direction: str | None = None
    direction_start: int = 0  # where the direction word stands in the text
    admin1: str | None = None
    located: bool = False
    shouting: bool = False
    feature: bool = False  # after a natural feature's head, capitalised ("Mount Sinjar")
    river: bool = False  # "the" name after a preposition of rivers ("across the Dnipro")
    listed: str | None = None  # the kind a plural kind word after it gives the list it ends
    within: bool = False  # followed by ", in" and, maybe, the area it lies in
    country: str | None = None  # "the Syrian border town of P": the country a demonym names
    group: str = ""  # name, hint and qualifiers: the spans that get one place per document

    @property
    def opening(self) -> int:
        """Where the span's words begin in the text, its direction word included."""
        return self.direction_start if self.direction else self.start


@dataclass(slots=True)
class _Cut:
    """A span as far as its run's own words tell (offsets in the run; never changed once
    made, but not frozen: a frozen dataclass is several times slower to create)."""

    start: int
    end: int
    surface: str
    key: str
    single: bool
    first: int
    last: int
    acronym: bool
    dotted: bool
    opener: int  # the word whose opening a sentence unglues the span (-1: none)
    glued: bool  # glued to a name before it whatever the text before the run
    glued_after: bool
    direction: str | None
    direction_start: int


# A run's words (offsets in the run), their roles, its cuts and the demonyms it leaves.
_Plan = tuple[list[tuple[int, int, str]], list[str], tuple[_Cut, ...], tuple[str, ...]]


# What separates two words of a run (``_SEP``): after one of these, a longer name's
# folded key starts with the folded key of the words before it.
_HYPHENS = ("-", "‐", "‑")
_SEPARATORS = (" ", "\t", *_HYPHENS)


def _regroup(span: Span) -> None:
    span.group = f"{span.key}|{span.hint or ''}|{span.admin1 or ''}|{span.country or ''}"


def _list_hints(text: str, spans: list[Span]) -> None:
    """Give every name of a list the kind that a plural kind word after the list says
    ("Fulton and DeKalb counties"), when the list holds two names or more."""
    for i, last in enumerate(spans):
        if last.listed is None:
            continue
        j = i
        while j and _LIST_GAP.fullmatch(text, spans[j - 1].end, spans[j].start):
            j -= 1
        for s in spans[j: i + 1] if j < i else ():
            if s.hint is None:
                s.hint = last.listed
                _regroup(s)


def _has_prefix(trie: marisa_trie.Trie, key: str) -> bool:
    """Whether some key of ``trie`` starts with ``key`` (never for an empty ``key``)."""
    return bool(key) and next(trie.iterkeys(key), None) is not None


def _alternation(words: list[str]) -> str:
    """Longest first, grouped by first letter (``a(?:ash|l|...)``): the same choices in the same
    order, but the engine tries one group, not every word, at each position."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_first.setdefault(w[:1], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in by_first.items())


class Finder:
    """Finds toponyms in texts with one gazetteer."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.index = gaz.index
        self.lex = lex = gaz.lexicon
        self.w = gaz.weights["find"]
        self._cache: dict[str, dict] = {}
        # Per distinct word or run: what never depends on the text around it.
        self._roles: dict[str, str] = {}
        self._skips: dict[str, int] = {}
        self._pairs: dict[str, bool] = {}
        self._possessives: dict[str, bool] = {}
        self._openers: dict[str, bool] = {}
        self._plans: dict[tuple[str, bool], _Plan] = {}
        self._rank_cache: dict[tuple[str, str | None, str | None, str | None],
                               tuple[list[int], list[float]]] = {}
        self._caches = (self._cache, self._roles, self._skips, self._pairs, self._plans,
                        self._rank_cache, self._possessives, self._openers)
        self._borders = self._border_matrix()
        c = gaz.weights["context"]
        # The most the document's context can add to a candidate (see _disambiguate).
        self._reach = c["country"] * (1.0 + self.w["neighbour"]) + c["admin1"] + c["near"]
        # ISO alpha-3 codes are database keys, not how prose names a country ("MAC" is not
        # Macao); the few that news does use are the lexicon's `acronym_names`.
        from gazetteer.sources import country_info

        self._alpha3 = {(i.get("ISO") or {}).get("alpha3") for i in country_info().values()}
        conn = _alternation(sorted(lex.connectors))
        elided = _alternation(sorted(lex.elisions))
        # A possessive between two names may be inside one name ("People's Republic"); an
        # article elided onto a name is inside one ("Côte d'Ivoire").
        self._runs = re.compile(
            rf"{_NAME}(?:(?:['’]s)?{_SEP}(?:(?:{conn}){_SEP})*(?:(?:{elided})['’])?{_NAME})*")
        self._article_before = re.compile(rf"(?<![^\W\d_])(?:{conn})-$")

    def _border_matrix(self) -> np.ndarray:
        """``m[a, b]`` = 1 when countries a and b (index country codes) share a border."""
        from gazetteer.sources import country_neighbours

        pos = self.index.country_code_index
        m = np.zeros((len(self.index.countries), len(self.index.countries)))
        for cc, neighbours in country_neighbours().items():
            for n in neighbours:
                if cc in pos and n in pos:
                    m[pos[cc], pos[n]] = 1.0
        return m

    def _matches(self, surface: str) -> dict:
        found = self._cache.get(surface)
        if found is None:
            found = self.gaz.matches(surface) if len(surface) > 1 else {}
            self._cache[surface] = found
        return found

    def find(self, text: str) -> list[Mention]:
        if any(len(c) > CACHE_SIZE for c in self._caches):
            # Bounded memory, trimmed between documents only: a plan's names stay looked up
            # for the whole document that uses it.
            for c in self._caches:
                c.clear()
        demonyms: list[tuple[str, bool]] = []
        people: set[str] = set()
        spans = self._spans(text, demonyms, people)
        if not spans:
            return []
        if any(s.listed for s in spans):
            _list_hints(text, spans)
        chosen = self._disambiguate(text, spans, demonyms)
        if any(s.within for s in spans):
            self._drop_misplaced(text, spans, chosen)
        self._relocate(text, spans, chosen)
        # A surname once seen after a given name or a title ("Bill Dunn", "Gen. Igor
        # Konashenkov") is that person when it comes back alone ("Dunn said").
        # ... unless the text also names it as a place ("Suspilne Kherson" is an outlet in
        # a story set "on the edge of Kherson").
        people |= {s.key for s in spans if s.glued_before}
        people -= {s.key for s in spans if s.located and not s.glued_before}
        return self._mentions(text, spans, chosen, people)

    # -- spans ----------------------------------------------------------------------------

    def _role(self, word: str) -> str:
        role = self._roles.get(word)
        if role is None:
            role = self._roles[word] = self._word_role(word)
        return role

    def _word_role(self, word: str) -> str:
        low = word.lower()
        head, _, tail = low.replace("’", "'").partition("'")
        if tail in self.lex.contractions:
            return "stop"  # "We're", "Don't"
        if word[0].islower():
            if tail and head in self.lex.elisions and word[len(head) + 1].isupper():
                return "name"  # "d'Ivoire"
            return "connector" if low in self.lex.connectors else "lower"
        if not word[0].isupper():
            # Arabic or Hebrew: no capitals to tell names from words, so no word is "glued".
            return "uncased"
        if low in self.lex.stopwords:
            return "stop"
        if low in self.lex.demonyms:
            return "demonym"
        if low in self.lex.adjectives:
            return "adjective"
        if low in self.lex.titles:
            return "title"
        if low in self.lex.features:
            return "feature"
        if low in self.lex.directions:
            return "direction"
        if word.isupper() and len(word) > 1:
            return "acronym"
        return "name"

    def _spans(self, text: str, demonyms: list[tuple[str, bool]],
               people: set[str]) -> list[Span]:
        spans: list[Span] = []
        title_end = -10
        title_start = 0  # where the last title begins in the text
        for run in self._runs.finditer(text):
            start = run.start()
            word = run.group()
            skip = self._skips.get(word)
            if skip is None:
                skip = self._skip(word)
            if skip == 2 or (skip and start - title_end > 2):
                continue  # the common case: one capitalised word that is no place
            person = -1  # the last word of a person's name that opens the run
            if start - title_end <= 2:
                title_end = -10
                first = _WORD.match(text, start)
                plan = self._plan_at(text, title_start, run.end()) \
                    if first and self._opens(text[title_start: first.end()]) else None
                if plan and any(c.first == 0 for c in plan[2]):
                    start = title_start  # the title opens a place's name ("St. Louis")
                elif _LOWER.search(word) is None:
                    # The names right after a title are a person's ("Gen. Igor Konashenkov"),
                    people.add(exact_key(_WORD.findall(word)[-1]))
                    continue
                else:
                    # up to a connector ("Dr. Kevin Reilly of the California Department").
                    plan = self._plan_at(text, start, run.end())
                    roles = plan[1]
                    person = roles.index("connector") - 1 if "connector" in roles \
                        else len(roles) - 1
                    people.add(exact_key(plan[0][person][2]))
            else:
                if start and text[start - 1] == "-":
                    article = self._article_before.search(text, max(0, start - 4), start)
                    if article:
                        start = article.start()  # "al-Mayadeen"
                # Inlined ``_plan_at``: the path of nearly every run.
                inside = bool(start) and (text[start - 1].isalpha() or text[start - 1] in "'’")
                plan = self._plans.get((text[start: run.end()], inside)) \
                    or self._plan_at(text, start, run.end())
            words, roles, cuts, run_demonyms = plan
            if roles[-1] == "title":
                title_start = start + words[-1][0]
                title_end = start + words[-1][1]
                title_end += text[title_end: title_end + 1] == "."
            for cut in cuts:
                if cut.first > person:
                    spans.append(self._span(text, start, words, cut))
            if run_demonyms and person < 0:
                demonyms += self._demonym_votes(text, start + words[-1][1], roles,
                                                run_demonyms)
        return spans

    def _plan_at(self, text: str, start: int, end: int) -> _Plan:
        """The plan of the run ``text[start:end]`` (cached)."""
        # The run starts inside a word ("iPhone", "d'Ivoire").
        inside = bool(start) and (text[start - 1].isalpha() or text[start - 1] in "'’")
        run_text = text[start: end]
        plan = self._plans.get((run_text, inside))
        if plan is None:
            plan = self._plans[run_text, inside] = self._plan(run_text, inside)
        return plan

    def _demonym_votes(self, text: str, end: int, roles: list[str],
                       codes: tuple[str, ...]) -> list[tuple[str, bool]]:
        """A run's demonyms (``end``: where the run ends in ``text``), each with whether it
        names an armed actor ("Russian troops"), which says who fights more than where."""
        nxt = _NEXT_WORD.match(text, end) if roles[-1] == "demonym" else None
        actor = bool(nxt) and nxt.group(1).lower() in self.lex.actor_nouns  # type: ignore[union-attr]
        return [(code, actor and i == len(codes) - 1) for i, code in enumerate(codes)]

    def _skip(self, word: str) -> int:
        """2 for a stopword run, always skipped; 1 for one capitalised word with no role and
        no place, skipped unless a title precedes it; 0 for a run to read."""
        role = self._role(word)
        skip = 2 if role == "stop" else int(word.isalpha() and role in ("name", "acronym")
                                            and not self._matches(word))
        self._skips[word] = skip
        return skip

    def _plan(self, run: str, inside: bool) -> _Plan:
        """What a run's own words say: its words and roles, the spans it holds (offsets in
        the run) and the demonyms left as context. Only the text around it is read again."""
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(run)]
        # A title hyphenated into a name is part of the name ("Port-au-Prince",
        # "Saint-Denis").
        roles = [("name" if r == "title" and "-" in run[max(0, a - 1): a] + run[b: b + 1] else r)
                 for r, (a, b, _) in zip(map(self._role, (w for _, _, w in words)), words,
                                         strict=True)]
        if "'s" in run or "’s" in run:
            # The "s" of a possessive: inside a name ("People's Republic of China",
            # "King's Lynn") or, as before, the end of one.
            for x, (a, _, w) in enumerate(words):
                if w == "s" and run[a - 1] in "'’":
                    roles[x] = "possessive"
        for x in range(1, len(words) - 1):
            _, b, w = words[x]
            if roles[x] == "stop" and run[b: b + 1] in _HYPHENS \
                    and w.lower() in self.lex.connectors:
                # An Arabic article hyphenated to the next word inside a name is no English
                # word ("Ma'arrat An-Nu'man"). (Opening a run, the name after it stands alone:
                # "As-Suwayda" is found as "Suwayda".)
                roles[x] = "connector"
        for x in range(len(words) - 1):
            # (Hyphenated, "As-Susah" opening a run is found as "Susah", see below.)
            if roles[x] == "stop" and roles[x + 1] == "name" and not (inside and x == 0) \
                    and run[words[x][1]: words[x][1] + 1] == " " \
                    and self._sun_article(words[x][2], words[x + 1][2]) and any(
                        how in ("exact", "alternate") for how, _ in self._matches(
                            run[words[x][0]: words[x + 1][1]]).values()):
                # An Arabic article opening a name the gazetteer knows with it ("An Nahud",
                # "As Suki"), which the English word of its spelling would cut off.
                roles[x] = "name"
        if inside:
            roles[0] = "lower"
        breaks = ("stop", "title", "lower", "acronym")
        cuts: list[_Cut] = []
        demonyms: list[str] = []
        i, n = 0, len(words)
        while i < n:
            role = roles[i]
            if role in breaks and role not in _OPENERS:
                i += 1
                continue
            j = i + 1
            while j < n and roles[j] not in breaks:
                j += 1
            if role in _OPENERS:
                # A title or an acronym breaks the run ("Gen. Igor", "UK Health") unless it
                # opens a longer name the gazetteer knows ("Prince Edward Island",
                # "General Santos", "DR Congo").
                lead = self._longest(run, words, roles, i, j, lead=True) \
                    if j > i + 1 and self._opens(run[words[i][0]: words[i + 1][1]]) else []
                if lead and lead[0].last > i and self._spelled(lead[0].surface):
                    found = self._longest(run, words, roles, i, j)
                elif role == "acronym":
                    # Otherwise an acronym ("UK", "U.S.") stands alone,
                    found, j = self._longest(run, words, roles, i, i + 1), i + 1
                else:  # and a title breaks the run.
                    i += 1
                    continue
            else:
                found = self._longest(run, words, roles, i, j)
                if j < n and roles[j] == "acronym" and found and found[-1].last == j - 1 \
                        and self._may_extend(run, words, found[-1].first, j + 1):
                    # An acronym may also end the name before it ("Washington DC").
                    longer = self._longest(run, words, roles, i, j + 1)
                    if longer and longer[-1].last == j and longer[-1].first < j \
                            and self._spelled(longer[-1].surface):
                        found, j = longer, j + 1
            cuts += found
            # A demonym that no longer name took ("British Columbia") is context.
            if "demonym" in roles[i:j]:
                taken = {k for c in found for k in range(c.first, c.last + 1)}
                demonyms += [self.lex.demonyms[words[k][2].lower()] for k in range(i, j)
                             if roles[k] == "demonym" and k not in taken]
            i = j
        return words, roles, tuple(cuts), tuple(demonyms)

    def _sun_article(self, word: str, name: str) -> bool:
        """Whether ``word`` is the Arabic article assimilated to the first letters of ``name``
        ("An Nahud", "As Suki", "Ash Shaddadi"): an English "As" or "At" before a name is
        that only by chance ("As Russia advanced")."""
        low = word.lower()
        return len(low) > 1 and low[0] in "ae" and low in self.gaz.folder.articles \
            and name.lower().startswith(low[1:])

    def _span(self, text: str, offset: int, words: list[tuple[int, int, str]],
              cut: _Cut) -> Span:
        """A cut of a run at ``offset`` in ``text``, with what the words around it say."""
        span = Span(cut.start + offset, cut.end + offset, cut.surface, cut.key, cut.single,
                    cut.first, cut.last, cut.acronym, cut.dotted)
        if cut.opener >= 0:
            a, b, w = words[cut.opener]
            span.glued_before = cut.glued or not self._sentence_opener(
                text, (a + offset, b + offset, w))
        else:
            span.glued_before = cut.glued
        span.glued_after = cut.glued_after
        if (span.glued_before or span.glued_after) and self._title_case(text, span.start):
            # "Ukrainian Troops Enter Kherson": in a title-case headline every word is
            # capitalised, so a capitalised neighbour says nothing of a person's name.
            span.glued_before = span.glued_after = False
        span.direction = cut.direction
        span.direction_start = cut.direction_start + offset if cut.direction else 0
        self._read_around(text, span)
        return span

    def _title_case(self, text: str, pos: int) -> bool:
        """Whether the line around ``pos`` is a headline in title case: short, no word of four
        letters or more in lower case but a stopword ("with", "from"), and common English
        words capitalised ("Troops Enter"), not only names ("Omar Alloush met Mustafa Bali")."""
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end - start > self.w["headline_chars"]:
            return False
        long = [w for w in _WORD.findall(text, start, end) if len(w) > 3]
        if any(w.islower() and self._role(w.capitalize()) != "stop" for w in long):
            return False
        return sum(w[0].isupper() and self.index.zipf(w.lower()) >= self.w["opener_zipf"]
                   for w in long) >= 2

    def _longest(self, run: str, words: list, roles: list[str], i: int, j: int,
                 lead: bool = False) -> list[_Cut]:
        """The longest names the gazetteer knows among words ``i`` to ``j`` (only the one that
        begins at word ``i`` when ``lead``)."""
        out: list[_Cut] = []
        k = i
        direction = None
        while k < j and not (lead and k > i):
            if roles[k] == "possessive":
                k += 1
                direction = None
                continue
            top = min(j, k + MAX_WORDS) if self._may_extend(run, words, k, j) else k + 1
            if top > k + 2 and "possessive" in roles[k + 1: top - 1]:
                # A name crosses a possessive only where some name begins with the words up
                # to the one after it ("People's Republic", "Queen Anne's County"), not
                # "China's Ministry".
                p = roles.index("possessive", k + 1)
                if not self._opens(run[words[k][0]: words[p + 1][1]]):
                    top = p
            for m in range(top, k, -1):
                if roles[m - 1] in _INNER or (roles[k] == "connector" and (
                        m == k + 1 or words[k][2] in self.lex.inner_connectors)):
                    continue
                single = m == k + 1
                if single and (roles[k] in ("direction", "demonym", "adjective", "title") or (
                        m < j and roles[m] == "name" and words[k][2].lower() in self.lex.compass)):
                    # Alone, "northern" qualifies the next name, "Syrian" is context,
                    # "Sunni" describes people and "Prince" is a title; a point of the compass
                    # before a name opens it ("West Nile"), it is no division called "West".
                    continue
                start, end = words[k][0], words[m - 1][1]
                surface = run[start:end]
                acronym = single and roles[k] == "acronym"
                dotted = acronym and "." in surface
                if dotted:
                    surface = surface.replace(".", "")
                if not self._matches(surface):
                    continue
                # "Sudan-Chad", "Central Africa - Nigeria": a place joined to the place before
                # by a dash is a second place, not the surname of the first.
                paired = bool(out) and out[-1].last == k - 1 and "-" in run[out[-1].end: start]
                free = direction is None and not paired
                out.append(_Cut(
                    start, end, surface, exact_key(surface), single, k, m - 1, acronym, dotted,
                    # Glued to a name before it, unless that name is a common word opening
                    # a sentence ("Neighbouring Uganda"): the text before the run decides.
                    opener=k - 1 if free and k > i and roles[k - 1] == "name" else -1,
                    glued=free and k > i + 1 and roles[k - 2] == "name"
                    and words[k - 1][2] in self.lex.name_particles,
                    glued_after=m < j and (roles[m] == "name" or (
                        m + 1 < j and words[m][2] in self.lex.name_particles
                        and roles[m + 1] == "name")),
                    direction=direction,
                    direction_start=words[k - 1][0] if direction else 0))
                k = m
                direction = None
                break
            else:
                direction = words[k][2].lower() if roles[k] == "direction" else None
                k += 1
        return out

    def _opens(self, two: str) -> bool:
        """Whether some place's name begins with the words ``two`` (cached): a narrower test
        than ``_may_extend``, for words that mostly stand alone."""
        known = self._openers.get(two)
        if known is None:
            idx = self.index
            # Exact keys keep full stops, folded keys drop them ("D.R. Congo"); folding
            # costs more, so only a dotted pair is folded.
            known = self._openers[two] = _has_prefix(idx.exact.trie, exact_key(two)) or (
                "." in two and _has_prefix(idx.folded.trie, self.gaz.folder.fold(two)))
        return known

    def _spelled(self, surface: str) -> bool:
        """Whether some place bears ``surface`` as written or as a long spelling: a short
        folded key ("U.S. Jon" as "usjon") meets names by chance."""
        least = self.gaz.weights["match"]["folded_long"]
        return any(how != "folded" or m >= least for how, m in self._matches(surface).values())

    def _may_extend(self, run: str, words: list, k: int, j: int) -> bool:
        """Whether some name begins with words ``k`` and ``k + 1``: if none does, no longer
        name starting at ``k`` is looked up (most capitalised runs are not places)."""
        if k + 1 >= j:
            return False
        # The character after the pair decides whether the pair's folded key starts the
        # longer names' keys (see ``Folder.prefix_key``): a space or a hyphen, it does.
        after = words[k + 1][1]
        pair = run[words[k][0]: after + 1]
        known = self._pairs.get(pair)
        if known is None:
            # Necessary conditions, cheap: some exact name starts with the two words, or
            # some folded name with the first word's folded key (already computed when the
            # word was looked up alone) and, where it is known, with the two words' key.
            idx, folder = self.index, self.gaz.folder
            two = pair[:-1] if after < len(run) else pair
            folded = idx.folded.trie
            known = bool(idx.exact.extra or idx.folded.extra) or (
                _has_prefix(folded, folder.fold(words[k][2])) and (
                    pair[-1:] not in _SEPARATORS
                    or (key := folder.prefix_key(two)) is None or _has_prefix(folded, key))
            ) or _has_prefix(idx.exact.trie, exact_key(two))
            self._pairs[pair] = known
        return known

    def _sentence_opener(self, text: str, word: tuple[int, int, str]) -> bool:
        """A common word capitalised because it opens a sentence ("Neighbouring Uganda")."""
        before = text[max(0, word[0] - 3): word[0]].rstrip(" \t\"“‘'")
        opens = not before or before[-1] in ".!?:\n" or (
            before[-1] == "-" and _SLUG.search(text, max(0, word[0] - 16), word[0]) is not None)
        low = word[2].lower()
        return (opens and low not in self.lex.given_names
                and self.index.zipf(low) >= self.w["opener_zipf"])

    def _read_around(self, text: str, span: Span) -> None:
        lex = self.lex
        after = text[span.end: span.end + 1]  # both patterns below start with one of these
        if after in ("'", "’") and text.startswith("s", span.end + 1) \
                and _NEXT_NAME.match(text, span.end + 2) is None:
            # A name that ends with a possessive ("St. John's", "Saint John's"); before
            # another name the possessive is the genitive ("St. Peter's Square").
            whole = text[span.start: span.end + 2]
            own = self._possessives.get(whole)
            if own is None:
                own = self._possessives[whole] = exact_key(whole) in self.index.exact.trie
            if own:
                span.end += 2
                span.surface, span.key = whole, exact_key(whole)
                after = text[span.end: span.end + 1]
        qualifier = _QUALIFIER.match(text, span.end) if after == "," else None
        if qualifier:
            span.admin1 = lex.state_abbreviations.get(qualifier.group(1))
        elif after == ",":
            span.within = text.startswith(", in ", span.end)
        nxt = _NEXT_WORD.match(text, span.end) if after in (" ", "\t") else None
        if nxt:
            word = nxt.group(1)
            span.hint = lex.after.get(word.lower())
            if span.hint is None:
                span.listed = lex.after_list.get(word)
        if span.acronym:
            # All capitals around it (a headline), or a currency ("US$5"): not a name.
            near = _WORD.findall(text, max(0, span.start - 20), span.start)[-1:] + \
                _WORD.findall(text, span.end, span.end + 20)[:1]
            span.shouting = text.startswith("$", span.end) or text.endswith("$", 0, span.start) \
                or any(x.isupper() and len(x) > 1 for x in near)
        # "in Ukraine", "Ukraine's east": the name is where things happen, not who acts.
        span.located = text.startswith(("'s", "’s"), span.end)
        if span.start and text[span.start - 1] in " \t":
            before = text[max(0, span.start - 30): span.start].lower().split()
            last = before[-1] if before else ""
            # A country after a comma is mostly a place's qualifier ("Athens, Greece").
            span.located |= last in lex.location_before or last.endswith(",")
            span.feature = last in lex.features and text[span.start - len(last) - 1].isupper()
            if last == "the" and span.single and len(before) > 1 \
                    and before[-2] in lex.river_before and (
                        text[span.end: span.end + 1] in _RIVER_END if nxt is None
                        else nxt.group(1).lower() in lex.river_after
                        or nxt.group(1).lower() in lex.stopwords - _JOINING):
                span.river = True  # "on the Donets, was", "across the Dnipro near Kherson"
            if last in lex.directions and span.direction is None:
                span.direction = last
                # Offsets come from the text as written: lower case can change lengths ("İ").
                chunk = text[max(0, span.start - 30): span.start]
                span.direction_start = span.start - len(chunk) + chunk.rindex(chunk.split()[-1])
            elif span.hint is None:
                span.hint = lex.before.get(" ".join(before[-2:])) or lex.before.get(last)
            if last == "of":
                kind = _DEMONYM_KIND.search(text, max(0, span.start - 50), span.start)
                span.country = lex.demonyms.get(kind.group(1).lower()) if kind else None
        if nxt and nxt.group(1).lower() in lex.features_after:
            span.feature = True  # "the Oskil River": the river, not the town
        _regroup(span)

    # -- disambiguation -------------------------------------------------------------------

    def _disambiguate(self, text: str, spans: list[Span],
                      demonyms: list[tuple[str, bool]]) -> dict[str, tuple[int, float]]:
        """Choose a row, with its total, for every distinct (name, hint) of the document."""
        idx, w = self.index, self.w
        groups: dict[str, Span] = {}
        located: set[str] = set()
        for s in spans:
            groups.setdefault(s.group, s)
            if s.located:
                located.add(s.group)
        keys = list(groups)
        spans_of = [groups[key] for key in keys]
        rows_of: list[int] = []
        base_of: list[float] = []
        group_of: list[int] = []
        first_of: list[int] = []
        for g, s in enumerate(spans_of):
            r, t = self._ranked(s)
            first_of.append(len(rows_of))
            rows_of += r
            base_of += t
            group_of += [g] * len(r)
        rows, base = np.array(rows_of, dtype=np.int64), np.array(base_of)
        group, firsts = np.array(group_of), np.array(first_of)
        total = base
        cc = idx.country[rows].astype(np.int64)
        kind = idx.kind[rows]
        adm = idx.admin1[rows].astype(np.int64)
        c = self.gaz.weights["context"]
        # A country named as where things happen is strong evidence; one named as an actor
        # ("Russia said") is weak: stories about Ukraine name Russia all the time.
        is_located = np.array([key in located for key in keys])[group]
        evidence_w = np.where(kind == COUNTRY, np.where(is_located, w["country_located"],
                                                        w["country_actor"]), w["place_country"])
        n_cc = len(idx.countries)
        demonym_ev = np.zeros(n_cc)
        # "Russian troops" fight at home or next door: evidence for that country and each of
        # its neighbours alike, that counts once in the document's total.
        region_ev, region_total = np.zeros(n_cc), 0.0
        for code, actor in demonyms:
            pos = idx.country_code_index.get(code)
            if pos is None:
                continue
            if actor:
                region_ev[pos] += w["demonym_actor"]
                region_ev += self._borders[pos] * w["demonym_actor"]
                region_total += w["demonym_actor"]
            else:
                demonym_ev[pos] += w["demonym"]
        lat, lon = idx.lat[rows], idx.lon[rows]
        best = firsts  # _ranked lists each name's candidates best first
        # A name that a little context would not make a place ("Union", "Matthews", a
        # person's name) says nothing of where the story is: it neither votes for a country
        # nor anchors distances. Weak but real places support each other ("Bara in North
        # Kordofan"): the margin lets them.
        margin = w["voter_margin"]
        voters = np.array([self._keep(text, s, rows_of[i], base_of[i] + margin)
                           for s, i in zip(spans_of, first_of, strict=True)])
        evidence_w = evidence_w * voters[group]
        # Another pass only when one changed the divisions the document names: their term
        # then weighs other places ("Donetsk" read as the oblast makes "Lyman" its town).
        divisions = self._named_divisions(best, kind, adm)
        for _ in range(w["passes"]):
            own = best[group]
            own_cc, own_w = cc[own], evidence_w[own]
            ev = demonym_ev + np.bincount(cc[best], evidence_w[best], minlength=n_cc)
            ev[0] = 0.0  # places with no country give no country evidence
            # A country named implies its neighbours a little ("Tripoli" beside "Syria").
            named = np.flatnonzero(ev)
            near_ev = self._borders[:, named] @ ev[named] * w["neighbour"]
            own_near = self._borders[cc, own_cc] * own_w * w["neighbour"]
            num = (ev + near_ev + region_ev)[cc] - np.where(cc == own_cc, own_w, 0.0) - own_near
            # A floor: weak evidence alone (one actor) is not the whole story's country.
            others = ev.sum() + region_total - np.where(own_cc != 0, own_w, 0.0)
            den = np.maximum(others, w["evidence_floor"])
            share = np.where((den > 0) & (cc != 0), num / np.maximum(den, 1e-9), 0.0)
            extra = share * c["country"]
            local = kind[best]
            best_adm = np.where(local == ADMIN1, adm[best], -1)
            if (best_adm >= 0).any():
                # Divisions named by the other names of the document.
                named = (best_adm[None, :] == adm[:, None]).sum(axis=1) - (adm == best_adm[group])
                extra += (named > 0) * c["admin1"]
                # A division among other divisions of its country ("Ohio, Texas and Wyoming")
                # is one too, not a town of that name; but a country named like one of its
                # divisions ("Mexico") is still the country.
                chosen = best[best_adm >= 0]
                sibling = (kind == ADMIN1) & ((
                    (cc[chosen][None, :] == cc[:, None]) & (adm[chosen][None, :] != adm[:, None])
                ).sum(axis=1) >= w["sibling_divisions"])
                extra += self._sibling_terms(sibling, rows, group, spans_of) \
                    * c["sibling_division"]
            # Towns and second-level divisions (counties, provinces) say where a story is.
            anchors = best[((local == CITY) | (local == ADMIN2)) & voters]
            if len(anchors):
                # Neither the name's own choice nor the same place under another name
                # ("Mexico" beside "Mexico City") is evidence for a candidate.
                near = nearest_km(lat, lon, anchors,
                                  (group[:, None] == group[anchors][None, :])
                                  | (rows[:, None] == rows[anchors][None, :]))
                extra += c["near"] * np.exp(-near / c["distance_km"])
            total = base + extra
            best = self._best_per_group(total, group, firsts)
            if (now := self._named_divisions(best, kind, adm)) == divisions:
                break
            divisions = now
        # A town (or county) for a name with a division's kind word ("Kasai province") in a
        # story whose other names give the town's country no support: the words name a
        # division the data lacks, not a namesake town far away. No place beats that one.
        chosen = dict(zip(keys, zip(rows[best].tolist(), total[best].tolist(), strict=True),
                          strict=True))
        for g in [g for g, s in enumerate(spans_of) if s.hint == "admin1"]:
            b = best[g]
            if kind[b] in (CITY, ADMIN2) and share[b] < w["stray_town_share"] and others[b] > 0:
                del chosen[keys[g]]
        return chosen

    @staticmethod
    def _named_divisions(best: np.ndarray, kind: np.ndarray, adm: np.ndarray) -> set[int]:
        """The first-level divisions the document's chosen places name as divisions."""
        return set(adm[best[kind[best] == ADMIN1]].tolist())

    def _sibling_terms(self, mask: np.ndarray, rows: np.ndarray, group: np.ndarray,
                       spans: list[Span]) -> np.ndarray:
        """``mask`` (divisions among divisions) kept where the span names the division by its
        main name as written (an alternate name may be noise: "Dunn" for Alaska) and where
        no candidate of the same name is the division's own country ("Mexico")."""
        out = np.zeros(len(rows), dtype=bool)
        idx = self.index
        for i in np.flatnonzero(mask).tolist():
            found = self._cache[spans[group[i]].surface].get(int(rows[i]))
            same = rows[group == group[i]]
            out[i] = found is not None and found[0] == "exact" and not (
                (idx.kind[same] == COUNTRY) & (idx.country[same] == idx.country[rows[i]])).any()
        return out

    def _ranked(self, span: Span) -> tuple[list[int], list[float]]:
        """A name's candidate rows and context-free totals, best first (cached)."""
        key = (span.surface, span.hint, span.admin1, span.country)
        hit = self._rank_cache.get(key)
        if hit is None:
            found = self._matches(span.surface)
            bonus = self.gaz.weights["context"]["qualifier"]
            if span.admin1:
                # "Alexandria, La.": the places in that division are what the name means.
                code = self.index.admin1s
                found = {r: (how, m + bonus * (code[self.index.admin1[r]] == span.admin1))
                         for r, (how, m) in found.items()}
            if span.country:
                # "the Syrian border town of Ras al-Ain": the places of that country.
                pos = self.index.country_code_index.get(span.country)
                found = {r: (how, m + bonus * (self.index.country[r] == pos))
                         for r, (how, m) in found.items()}
            if span.hint == "admin1":
                found = {**found, **self.gaz.namesake_divisions(found, span.surface)}
            # A bare name shared by a town and its own division is the town by the namesake
            # prior ("Raqqa", "Kherson"), unless the document makes it one of a list of
            # divisions ("New York, New Jersey and Connecticut"): both stay candidates.
            ranked = self.gaz.rank(found, None, span.hint, self.w["max_candidates"])
            # A candidate that trails the best by more than any context can add never wins:
            # dropped here, it costs the document's disambiguation nothing.
            floor = ranked[0][1] - self._reach if ranked else 0.0
            hit = self._rank_cache[key] = ([r for r, t in ranked if t >= floor],
                                           [t for _, t in ranked if t >= floor])
        return hit

    @staticmethod
    def _best_per_group(total: np.ndarray, group: np.ndarray,
                        firsts: np.ndarray) -> np.ndarray:
        order = np.lexsort((-total, group))
        return order[firsts]

    # -- output ---------------------------------------------------------------------------

    def _mentions(self, text: str, spans: list[Span], chosen: dict[str, tuple[int, float]],
                  people: set[str]) -> list[Mention]:
        idx = self.index
        lone = self._lone_namesakes(chosen)
        out = []
        for i, s in enumerate(spans):
            if s.group not in chosen:
                continue
            row, total = chosen[s.group]
            if row in lone or self._is_qualifier(text, s) or not self._keep(text, s, row, total):
                continue
            if (s.single and s.key in people and idx.kind[row] not in AREA_KINDS
                    and idx.population[row] < self.w["surname_max_population"]
                    and not self._qualified(text, row, spans[i + 1: i + 2], chosen)):
                continue
            place = idx.place(row)
            start = s.start
            if s.direction and idx.kind[row] in AREA_KINDS:
                band = self.lex.directions[s.direction]
                place = band_place(place, s.direction, band, idx.band_point(row, band))
                start = s.direction_start
            out.append(Mention(start, s.end, text[start: s.end], place))
        return out

    def _qualified(self, text: str, row: int, after: list[Span],
                   chosen: dict[str, tuple[int, float]]) -> bool:
        """Whether the place at ``row`` is followed by a comma and its own division or country
        ("Reston, Virginia"): a town so written is no person's name."""
        if not after or after[0].group not in chosen or \
                text[after[0].start - 2: after[0].start] != ", ":
            return False
        return self._contains(chosen[after[0].group][0], row)

    def _contains(self, area: int, row: int) -> bool:
        """Whether the place at ``row`` lies in ``area``, a first-level division or a
        country (never for an area of another kind)."""
        idx = self.index
        if idx.kind[area] == ADMIN1:
            return bool(idx.admin1[area] == idx.admin1[row])
        return idx.kind[area] == COUNTRY and bool(idx.country[area] == idx.country[row])

    def _drop_misplaced(self, text: str, spans: list[Span],
                        chosen: dict[str, tuple[int, float]]) -> None:
        """Drop the towns written "X, in Y" that are not in the division or country Y ("the
        town of Lassa, in Borno state" is not Lhasa): the data lacks that X. Areas so written
        are a list ("in Seychelles, in Mauritius"), not a place and its qualifier."""
        idx = self.index
        for s, nxt in pairwise(spans):
            if not s.within or s.group not in chosen or nxt.group not in chosen \
                    or text[s.end: nxt.opening] not in (", in ", ", in the "):
                continue
            row, area = chosen[s.group][0], chosen[nxt.group][0]
            if idx.kind[row] in (CITY, ADMIN2) and idx.kind[area] in (ADMIN1, COUNTRY) \
                    and not self._contains(area, row):
                del chosen[s.group]

    def _relocate(self, text: str, spans: list[Span],
                  chosen: dict[str, tuple[int, float]]) -> None:
        """A town its apposition places in a division ("Lyman, a railway junction in northern
        Donetsk") or that a division follows ("Lyman, Kharkiv Oblast", "Lyman in Kharkiv
        Oblast") is the namesake in that division, when the name has one among its
        candidates."""
        idx = self.index
        for s, nxt in pairwise(spans):
            if s.group not in chosen or nxt.group not in chosen:
                continue
            row, area = chosen[s.group][0], chosen[nxt.group][0]
            if not (_PLACED_IN.fullmatch(text, s.end, nxt.opening) or (
                    idx.kind[area] == ADMIN1
                    and _DIVISION_AFTER.fullmatch(text, s.end, nxt.opening))):
                continue
            if idx.kind[row] != CITY or idx.admin1[row] == idx.admin1[area]:
                continue
            there = next((r for r in self._ranked(s)[0]
                          if idx.kind[r] == CITY and idx.admin1[r] == idx.admin1[area]), None)
            if there is not None:
                # The apposition is evidence as strong as what chose the other namesake.
                chosen[s.group] = (there, chosen[s.group][1])

    def _is_qualifier(self, text: str, s: Span) -> bool:
        """The "Ore." of "Portland, Ore.": a division abbreviation qualifying the name before."""
        return (text[s.start: s.end + 1] in self.lex.state_abbreviations
                and text[max(0, s.start - 2): s.start].lstrip().startswith(","))

    def _lone_namesakes(self, chosen: dict[str, tuple[int, float]]) -> set[int]:
        """The villages chosen far from every other town and division the text names, in a
        text whose places lie together ("five villages in Kharkiv Oblast: Strilecha, Pylna,
        ..." with the only Pylna the data knows in Russia's Volga region): a namesake of a
        place the data lacks."""
        w, idx = self.w, self.index
        rows = np.array(sorted({r for r, _ in chosen.values()}), dtype=np.int64)
        local = rows[(idx.kind[rows] != COUNTRY)]
        if len(local) <= w["lone_min_places"]:
            return set()
        # A capital stands for its government ("Moscow said", "Kyiv denied") more often than
        # for a place near the fighting.
        capital = idx.features.index("PPLC") if "PPLC" in idx.features else -1
        near_field = np.flatnonzero(idx.feature[local] != capital)
        villages = (idx.kind[local] == CITY) & (idx.population[local] < w["lone_max_population"])
        if not villages.any() or not len(near_field):
            return set()
        # Each place's nearest other of the near field, all pairs at once: one distance call
        # per village cost more than the rest of the document's disambiguation. (A village
        # with no other place there has none: inf, never lone.)
        near = nearest_km(idx.lat[local], idx.lon[local], near_field,
                          near_field[None, :] == np.arange(len(local))[:, None])
        return set(local[villages & (near > w["lone_km"]) & np.isfinite(near)].tolist())

    def _keep(self, text: str, s: Span, row: int, total: float) -> bool:
        """Whether a span's best place is strong enough to be a place at all."""
        w, idx = self.w, self.index
        if s.feature or (s.river and idx.kind[row] == CITY):
            # "Mount Sinjar" is the mountain, not the town; "Lake Chad" the lake; "across the
            # Dnipro" the river (but "across the Pacific" the ocean).
            return False
        if s.glued_before or (s.single and s.key in self.lex.given_names
                              and (s.glued_after or not s.located)):
            # "Mustafa Bali": a name after an unknown capitalised word is a person's; a given
            # name before one ("Serhiy Kuzan") or alone ("Volodymyr said") is a person too,
            # unless named alone as a location ("in Vladimir").
            return False
        # A division found for a kind word ("Sennar state") is not among the name's matches.
        how = self._cache[s.surface].get(row, ("fuzzy",))[0]
        if how in _SPELLINGS and s.single and s.glued_after:
            # A word that meets a place only by another spelling, before an unknown
            # capitalised word, is a person's name more often than a place ("Serhiy Kuzan").
            return False
        if s.acronym:
            # "U.S." cannot be the pronoun "us" that an all-capitals "US" may be, and a bare
            # two-letter country code ("TV", "IT") is more often anything but the country;
            # but news writes some codes as the country's name ("US officials"), and in
            # mixed-case text (not a shouted headline) they are that name.
            if s.surface in self.lex.acronym_names:
                return idx.kind[row] in AREA_KINDS and not s.shouting
            # ... and a common word in capitals that meets a place only by another spelling
            # is the word ("PHOTO:" is no Phú Thọ).
            zipf = idx.zipf(s.key)
            common = self._by_code(s, row) or (
                not s.dotted and zipf >= w["acronym_max_zipf"]) or (
                how in _SPELLINGS and zipf >= w["common_word_zipf"])
            return idx.kind[row] in AREA_KINDS and not common
        if s.single and how == "alternate" and idx.kind[row] == COUNTRY \
                and self._by_code(s, row):
            # A country met by its code in mixed case is the word ("Can you", "Mar. 2005").
            return False
        if not s.single:
            # A world region's name ("Indian Ocean", "Middle East") is a curated name, not a
            # phrase that met a place by chance.
            if "-" not in s.surface and idx.kind[row] not in WIDE_KINDS \
                    and min(idx.zipf(k) for k in s.key.split()) >= w["phrase_zipf"]:
                # Every word common ("Old City", "Green Valley"): a phrase first, a place
                # only when that place is a strong answer. Hyphens make one name of the words
                # ("Port-au-Prince"), never a phrase of prose.
                return self.gaz.scorer.logistic(total) >= w["common_word_score"]
            total += w["multiword"]
        need = w["min_score"]
        zipf = idx.zipf(s.key) if s.single else 0.0
        if zipf >= w["common_word_zipf"]:
            # A common word is a place only by a name the place bears as written (a town's
            # main name, its accents aside: "Hit" is "Hīt"), and a strong one, unless a kind
            # word says it is a place ("the town of Hit").
            if s.hint is None and (not self._main_name(s, row, how) if idx.kind[row] == CITY
                                   else how not in ("exact", "alternate")):
                return False
            if s.hint:
                need = max(need, w["hinted_common_word_score"])
            else:
                # Strong with the document's context, unless a capitalised word follows: then
                # the word opens a longer name ("West Nile virus", "Paul Norris") and a US
                # story's context would make a town of each, so only the place alone counts.
                # Or, "Cases rose in Wales", "flights from Mobile Bay": after a preposition of
                # place, mid-sentence, a capitalised word is a name, when the place alone is a
                # notable one ("Democrats in Congress" are not in a town).
                logistic = self.gaz.scorer.logistic
                if not s.glued_after and logistic(total) >= max(need, w["common_word_score"]):
                    return True
                alone = logistic(self._alone(s, row, total))
                return alone >= max(need, w["common_word_score"]) or (
                    alone >= max(need, w["placed_common_word_score"]) and self._placed(text, s))
        elif zipf >= w["name_word_zipf"]:
            # A word English text knows, mostly as a person's or a firm's name ("Castro",
            # "Wagner"): a small namesake town needs support from the document.
            need = max(need, w["name_word_score"])
        if s.glued_after:
            need = max(need, w["glued_score"])
        if how in _SPELLINGS and s.single and (zipf or len(self.gaz.folder.fold(s.surface))
                                               < w["folded_word_letters"]):
            need = max(need, w["folded_word_score"])
        return self.gaz.scorer.logistic(total) >= need

    def _main_name(self, s: Span, row: int, how: str) -> bool:
        """Whether ``s`` writes the main name of the place at ``row``, with or without its
        accents."""
        strip = self.gaz.folder.strip
        return how == "exact" or strip(s.surface) == strip(self.index.names[row])

    def _by_code(self, s: Span, row: int) -> bool:
        """Whether ``s`` names the place at ``row`` by its country's ISO code, two letters or
        three ("BB", "MAR"): a database key, not how prose names a country ("B.B. King")."""
        key = s.key.upper()
        return key == self.index.countries[self.index.country[row]] or key in self._alpha3

    def _placed(self, text: str, s: Span) -> bool:
        """Whether a preposition of place (lexicon ``place_before``) comes right before ``s``
        or its direction word ("in northern Wales"), written in lower case or opening a
        sentence: a capitalised one elsewhere is a headline's title case ("Cases Rise In
        Spring"), where capitals say nothing."""
        end = s.opening
        before = _WORD_BEFORE.search(text, max(0, end - 16), end)
        if before is None or before.group(1).lower() not in self.lex.place_before:
            return False
        word = before.group(1)
        return word.islower() or self._sentence_opener(text, (before.start(1), before.end(1), word))

    def _alone(self, s: Span, row: int, total: float) -> float:
        """The context-free total of the place at ``row`` for ``s`` (``total`` if not ranked)."""
        rows, totals = self._ranked(s)
        return totals[rows.index(row)] if row in rows else total
