"""From an article to claims: mentions, lexicon choice, frames, dates, modality, assembly."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from geo.article import Article, make_article, parse_date
from geo.claims import Claim, Event, Evidence, Modality, PlaceRef, Precision
from geo.extract.actors import ActorMatcher, ForceMention, occupied, resolve
from geo.extract.clauses import AUX_IS, PAUSES, is_oblique, is_past, words
from geo.extract.data import frame_words, rules, word_set
from geo.extract.dates import (
    PRECISION_RANK,
    PRESENT_PERFECT,
    WEEKDAY,
    WEEKDAY_SHORT,
    WHICH_YEAR,
    YEAR,
    When,
    as_past,
    find_dates,
    in_year,
    names_month,
    report_day,
    report_month,
    section_days,
    spanned,
    stated_start,
    written_years,
)
from geo.extract.folding import fold
from geo.extract.frames import (
    SIEGE_NOUNS,
    TIMING,
    Finding,
    Scene,
    Trigger,
    both_sides,
    nominal_use,
    read_scene,
    retakes,
    tells_holding,
    trigger_first_words,
    triggers,
    withdrawal,
)
from geo.extract.frames.fighting import _AIR_RAIDS, _BULLET_LINE
from geo.extract.modality import (
    attribution,
    cues,
    hedged,
    modality,
    plain_denial,
    report_mood,
    speech_verbs,
)
from geo.extract.places import (
    LIST_JOINT,
    PlaceMention,
    division_reading,
    town_reading,
    with_anaphors,
)
from geo.extract.sentences import Sentence, split_sentences
from geo.extract.sides import holders_losses, implied_changes, other_side
from geo.extract.starts import WordStarts
from geo.extract.values import evolve, shifted
from geo.forces import (
    Alliances,
    Force,
    ForceRegistry,
    Lexicon,
    alliances,
    allied,
    builtin_lexicons,
    load_lexicon,
)

# Frames whose trigger is a state noun, like the siege nouns: "close to breaking a siege" does
# not make the siege expected.
_STATE_NOUNS = frozenset({"stronghold", "holder"})
# "Between late October and November it seized ...": the "and" closes a range of dates.
_RANGE_OPEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# A participle of beginning right before a date: the date is the start of its noun.
_STARTED = re.compile(r"(?=[lbsek])\b(?:launched|began|begun|started|erupted|broke out|"
                      r"kicked off)\s+(?:(?:in|on|at)\s+)?(?:(?:early|late|mid)[\s-]+)?$",
                      re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_FRONTED_AFTER = re.compile(r"\W*(?:after|following)\s+(?:[\w'’-]+\s+){0,4}", re.IGNORECASE)
_OWN_PARTICIPLE = re.compile(r",\s+(?:[\w-]+ed|taken|retaken|overrun|won\s+back)\s+(?:on|in)\s+",
                             re.IGNORECASE)
_FINITE = re.compile(rf"\b(?:had|has|have|was|were|{AUX_IS}|are)\s", re.IGNORECASE)
_HAD_HELD = re.compile(r"\bhad\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"(?=s)\bsince\s+(?:(?!(?:and|after|before|when|which|who|that)\b)"
                           r"[\w'’-]+\s+){1,8}$", re.IGNORECASE)
# A look-ahead of the first letters turns most positions away before the full pattern.
_SAME_TIME = re.compile(r"(?=[hltw])\b(?:within (?:hours|minutes|a day)|hours later|later that day|"
                        r"the same day)\b", re.IGNORECASE)
_INTERJECTION = re.compile(r"(?:,|(?:which|who)\b)(?:[^,;.]|(?<=\d)[,.](?=\d))*,\s*(?:since\s+)?")
# Adverbs of a lasting state that may stand before a participle set off after a town.
_STATE_ADVERBS = ("still", "now", "long", "already", "largely")
# ", the last big city ..." after a place, or after a list of places ("P and Q, the ...").
_APPOSITIVE = re.compile(r"(?:\s*(?:,|and|or)\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*"
                         r"(?:\s+[A-Z][\w'’-]*)*)*"
                         r"\s*,\s*(?:(?i:the|a|an|its|their|one\s+of\s+the)\s[^,;]*"
                         # ... or the trigger is a participle set off after the town: "could
                         # be Tal Afar, still held by ISIS"; "toward Manbij and Kobani, both
                         # held by the SDF", "both still in SDF hands".
                         r"|(?i:(?:both|all|each)\s+)?"
                         rf"(?i:(?:{'|'.join(_STATE_ADVERBS)})\s+)?"
                         r"(?i:(?:in|under)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3})?)$")
# What may stand between a town and the date of its own event ("Kupiansk on Sunday", "and
# Dinder a few days later", "Staromaiorske (27 July)"), also before a part of a month ("and of
# Selydove at the end of October").
_DATE_LINKS = frozenset({"", "on", "at", "in", "a", "(", "at the end", "at the start",
                         "at the beginning", "in the middle", "by the end", "towards the end",
                         "toward the end"})
_AND_DATE = re.compile(r"\band\s+(?:(?:in|on|at|by)\s+)?$")
_DASHED_ASIDE = re.compile(r"\s?(?:--|[–—])\s[^–—;.]{1,80}?\s(?:--|[–—])\s")
# "still" in an aside set off by a comma, right before a holding word: ", the last city there
# still held by".
_STILL_SET_OFF = re.compile(r",[^,;]*\bstill\s+(?:\w+ly\s+)?(?:(?:in|under)\s+(?:the\s+)?"
                            r"(?:[\w'’-]+\s+){0,2})?$", re.IGNORECASE)
_ASIDE = re.compile(r"^\s*,[^,;]{1,40},")
# "..., in which", "during which": a relative clause on an event, not a place.
_IN_WHICH = re.compile(r"(?:in|during|amid)\s+which\s*$", re.IGNORECASE)
_EVENT_NOUN = re.compile(r"[\s,]*(?:(?:during|in|amid)\s+(?:an?|the|its|their)\s+"
                         r"(?:[\w-]+\s+){0,2}[\w-]+[\s,]*)?", re.IGNORECASE)
# Events that make a force the one the story is about (see ``Scene.actor``), when of the
# story's own year: "more than two years after IS seized the city" tells background.
_ATTACKS = frozenset({"captured", "contested"})
_RECENT_DAYS = 366
# How far back a day told before may be that a change told again undated retells.
_RETOLD_DAYS = 31


def _lead(actors: Counter[str], pacts: Alliances, day: dt.date | None) -> list[str]:
    """The story's actors; of allies only ("Turkish troops and their Syrian rebel allies took
    Afrin"), the one that took or fought most, the first told of on a tie."""
    if len(actors) > 1 and all(allied(pacts, a, b, day) for a, b in
                               itertools.combinations(actors, 2)):
        return [max(actors, key=lambda a: actors[a])]
    return list(actors)


def _sole(forces: Iterable[str]) -> ForceMention | None:
    """The one force of ``forces`` as a mention the text does not name, or None when there
    are none or several."""
    only = tuple(forces)
    return ForceMention.unnamed(only) if len(only) == 1 else None


def _recent(c: Claim, published: dt.date | None) -> bool:
    """Whether a claim's force acts in the story: named in it (not inferred, as a fall's taker
    is) and of the story's year."""
    return c.evidence.force_span is not None and (
        published is None or c.date is None or (published - c.date).days <= _RECENT_DAYS)
# The lists of cues before "that" and the mood each gives the clause "that" opens.
_EMBEDDINGS: tuple[tuple[str, Modality], ...] = (
    ("denied_embedding", "negated"), ("unverified_embedding", "question"),
    ("demanded_embedding", "expected"))
_STILL = re.compile(r"\b(?:remain|remains|remained|stay|stays|stayed|still)\s+(?:\w+\s+)?$",
                    re.IGNORECASE)
# "no longer (fully) controls": a holding denied as over, a loss.
_NO_LONGER = re.compile(r"\bno\s+longer\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# A present perfect right before a holding word ("has controlled", "have long held", "has
# been in Russian hands", "has been largely under army control"): the holding that began then
# still lasts as the story is written.
_LASTING = re.compile(r"\b(?:has|have)\s+(?:[\w'’/-]+\s+){0,4}$", re.IGNORECASE)
# The words of fire on a town: the sides that fire so are the story's shooters.
_FIRE_WORDS = frozenset().union(*(word_set("events", k) for k in (
    "fire_nouns", "bombardments", "air_raids")))
_STATES = frozenset({"held", "besieged", "contested"})
# The events that change a town's hands.
_CHANGES = frozenset({"captured", "lost"})


class Extractor:
    """Reads articles into claims with one gazetteer and one set of force lexicons.

    ``forces`` are extra lexicon files (``--forces``): always applied, overriding shipped
    forces with the same id.
    """

    def __init__(self, gazetteer: Any = None, forces: Iterable[str | Path] = ()) -> None:
        self._gazetteer = gazetteer
        self.builtin = builtin_lexicons()
        self.extra: tuple[Lexicon, ...] = tuple(load_lexicon(p) for p in forces)
        self.registry = ForceRegistry(self.builtin + self.extra)
        self._all = ActorMatcher(list(self.registry))
        # Where force names and trigger words may begin: one scan of each document for both.
        self._starts = WordStarts({**self._all.first_words, "trigger": trigger_first_words()})
        # The shipped lexicons each force id belongs to.
        self._owners: dict[str, set[str]] = {}
        for lex in self.builtin:
            for f in lex.forces:
                self._owners.setdefault(f.id, set()).add(lex.id)
        self._active: dict[tuple[str, ...], dict[str, Force]] = {}
        self._towns: dict[tuple[str, str], Any] = {}
        self._divisions: dict[tuple[str, str, str], Any] = {}

    @property
    def gazetteer(self) -> Any:
        """The gazetteer given, else the default one, loaded on first use."""
        if self._gazetteer is None:
            from gazetteer import Gazetteer

            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    # -- lexicons ---------------------------------------------------------------------------

    def lexicons_for(self, aliases: Sequence[ForceMention], countries: Counter[str]
                     ) -> tuple[Lexicon, ...]:
        """The shipped lexicons an article is about (by the places and forces it names), plus
        the extra ones."""
        scores = {}
        for lex in self.builtin:
            named = sum(1 for m in aliases if self._owners.get(m.force) == {lex.id})
            placed = sum(n for c, n in countries.items() if c in lex.countries)
            scores[lex.id] = 2 * named + placed
        best = max(scores.values(), default=0)
        chosen = tuple(lex for lex in self.builtin if best == 0 or scores[lex.id] == best)
        return chosen + self.extra

    def _forces(self, lexicons: Sequence[Lexicon]) -> dict[str, Force]:
        """The forces of these lexicons by id, overrides applied."""
        key = tuple(lex.id + lex.source for lex in lexicons)
        if key not in self._active:
            forces: dict[str, Force] = {}
            for lex in lexicons:
                for f in lex.forces:
                    forces.setdefault(f.id, self.registry.get(f.id))
            self._active[key] = forces
        return self._active[key]

    def _town_of(self, mention: PlaceMention) -> Any:
        key = (mention.surface, mention.place.country_code)
        if key not in self._towns:
            self._towns[key] = town_reading(self.gazetteer, *key)
        return self._towns[key]

    def _division_of(self, mention: PlaceMention) -> Any:
        key = (mention.surface, mention.place.country_code, mention.place.admin1)
        if key not in self._divisions:
            self._divisions[key] = division_reading(self.gazetteer, *key)
        return self._divisions[key]

    # -- extraction -------------------------------------------------------------------------

    def extract(self, text: str, *, published: dt.date | str | None = None,
                source: str | None = None) -> list[Claim]:
        """The claims of one text; ``published`` is a date or ISO text."""
        return self.extract_article(make_article(text, {"source": source or ""}, "text",
                                                 parse_date(published, "published")))

    def extract_article(self, article: Article) -> list[Claim]:
        """The claims of one article, in text order, duplicates merged."""
        doc = article.document
        folded = fold(doc)
        sentences = split_sentences(doc)
        starts = self._starts.scan(folded)
        found = self._all.find(doc, folded, starts)
        places = with_anaphors(doc, self.gazetteer.find(doc), [s.start for s in sentences],
                               self._town_of, frozenset(m.start for m in found
                                                        if m.kind != "pronoun"),
                               self._division_of)
        countries = Counter(p.place.country_code for p in places if not p.anaphor)
        lexicons = self.lexicons_for([m for m in found if m.kind == "alias"], countries)
        forces = self._forces(lexicons)
        sides = lexicons[0].sides if len(lexicons) == 1 else ()
        # Claims are about the theatre of the war the article is about, not a namesake
        # elsewhere ("Old City" in Jerusalem, "Castro" the photographer).
        theatre = {c for lex in lexicons for c in lex.countries + lex.fronts}
        if theatre and all(lex.countries for lex in lexicons):
            places = [p for p in places if not p.target or p.place.country_code in theatre]
        mentions = resolve(found, forces, countries,
                           [(p.start, p.place.country_code) for p in places if not p.anaphor],
                           doc, sides)
        occupier = lexicons[0].occupier if len(lexicons) == 1 else ""
        # The country it occupies towns of: the war's own, not its fronts abroad.
        occupied_countries = frozenset(lexicons[0].countries) if occupier else frozenset()
        if occupier:
            mentions = occupied(doc, mentions, occupier)
        # A name that is a force ("Wagner", "Russia") is not also a place in the story.
        named = {(p.start, p.end) for p in places if not p.anaphor}
        mentions = [evolve(m, toponym=True) if (m.start, m.end) in named else m
                    for m in mentions]
        places = [p for p in places if not _overlaps(p, mentions)]
        # A force name in quotes is someone else's label ('fighting "terrorists"'), which
        # names no force the writer vouches for.
        # (Not a force's own name, which some monitors quote as a habit: 'under "IS" control'.)
        mentions = [m for m in mentions if m.kind == "alias" or not _quoted(doc, m.start, m.end)]
        firsts = {lex.began for lex in lexicons if lex.began is not None}
        began = stated_start(doc, (s.text for s in sentences), article.published) or (
            firsts.pop() if len(firsts) == 1 else None)
        written = written_years(doc)
        claims: list[Claim] = []
        last: ForceMention | None = None
        # The forces that took a town so far, and those that only fought for one: the story's
        # actor is the one taker, else the one fighter.
        # (Counted, in the order first told: allies that took towns together have a lead.)
        takers: Counter[str] = Counter()
        fighters: Counter[str] = Counter()
        # ... and those that took towns back: where a story tells of several actors, the one
        # retaker is who took back a town "recaptured" with no force named.
        retakers: Counter[str] = Counter()
        shooters: Counter[str] = Counter()
        pacts = alliances(forces.values())
        holders: dict[int, tuple[dt.date, str]] = {}
        # Who the story last said holds or defends each town, whatever the date.
        keepers: dict[int, str] = {}
        # Trigger words are found once over the whole folded text, then dealt to sentences.
        trigger_words = triggers(folded, starts["trigger"])
        before: tuple[list[Claim], list[PlaceMention]] = ([], [])
        told: tuple[str, ...] = ()
        # The force a bulleted list of strikes is introduced as conducting them.
        striker: ForceMention | None = None
        strike_day: When | None = None
        for s, ps, fs, ts in zip(sentences, _per_sentence(places, sentences),
                                 _per_sentence(mentions, sentences),
                                 _per_sentence(trigger_words, sentences), strict=True):
            # Only a sentence naming a town and a force, with an event word or a holder
            # ("ISIS-held", "the army garrison in"), can say who holds it; or one where a force
            # withdraws, from the town the sentence before fought for.
            said: list[Claim] = []
            # The town the sentence before fought for, which a withdrawal here may leave.
            previous = _fought_for(*before) if fs and ts and any(
                withdrawal(doc, t) for t in ts) else None
            # (Both are asked of a sentence with an event word only: most have none.)
            actor = _sole(_lead(takers or fighters, pacts, article.published)) if ts else None
            retaking = any(retakes(t.word) for t in ts)
            retaker = _sole(_lead(retakers, pacts, article.published)) \
                if retaking and actor is None else None
            # In a war of two sides, the one side told so far to fire on towns fires on one
            # with no shooter named.
            firing = bool(sides) and any(t.word in _FIRE_WORDS for t in ts)
            shooter = _sole(shooters) if firing else None
            raids = any(t.word in _AIR_RAIDS for t in ts)
            listed = None
            if _BULLET_LINE.match(s.text):
                # "Coalition military forces conducted 21 strikes against ISIS targets: • Near
                # Raqqa, 13 strikes engaged ...": a list's strikes are its lead-in's striker's,
                # on the lead-in's day.
                if raids and shooter is None:
                    listed = shooter = striker
            elif fs:
                # (A line naming no force, a heading such as "Strikes in Syria", keeps the
                # striker for the list after it; so does one whose strikes name no striker
                # before them: "Aircraft conducted 17 strikes in support of the Government of
                # Iraq:".)
                raid_at = max((t.start for t in ts if t.word in _AIR_RAIDS), default=-1)
                named = next((m for m in fs if m.start < raid_at
                              and not is_oblique(s.text, m.start - s.start)), None)
                day = next((d for d in find_dates(s.text, article.published)
                            if d.precision == "day" and not (d.since or d.duration)), None)
                if not raids:
                    striker = strike_day = None
                elif named is not None:
                    # "On June 18, Coalition forces conducted 26 strikes. ... In Syria,
                    # Coalition forces conducted 21 strikes:": a lead-in with no day of its
                    # own keeps the day its striker was last told to strike on.
                    if day is None and striker is not None and striker.force == named.force:
                        day = strike_day
                    striker, strike_day = named, day
            # The forces the sentence before told took a town: "P followed" is theirs too.
            followed = frozenset(c.force for c in before[0]
                                 if c.event == "captured" and c.modality == "asserted"
                                 ) if ts else frozenset()
            # A war's occupier holds what is "under occupation" with no force named.
            if ts and (fs or actor or retaker or shooter or occupier or (
                    len(followed) == 1 and any(t.kind in ("follow", "fall") for t in ts)) or (
                    sides and (
                    both_sides(s.text) or any(p.place.geonameid in holders for p in ps)
                    # (... or both sides were told to fight already: no one actor, but a
                    # fight with no party named is still theirs.)
                    or set(sides) <= fighters.keys()))) and (
                    any(p.target for p in ps) or previous is not None):
                said = self._sentence_claims(article, s, ps, fs, ts, last, began, actor,
                                             previous, sides, _losses(before[0]), occupier,
                                             holders, told, keepers, occupied_countries,
                                             followed, written, retaker, shooter)
                for c in said:
                    if c.modality == "asserted" and c.event in _ATTACKS and _recent(
                            c, article.published):
                        (takers if c.event == "captured" else fighters)[c.force] += 1
                        if c.event == "captured" and retaking:
                            retakers[c.force] += 1
                        if c.event == "contested" and firing:
                            shooters[c.force] += 1
                if listed is not None and strike_day is not None and not _named_dates(
                        s.text, article.published):
                    said = [evolve(c, date=strike_day.date, date_precision="day")
                            if c.force == listed.force and c.date == article.published else c
                            for c in said]
            elif fs and any(tells_holding(m) for m in fs) and any(p.target for p in ps):
                said = self._sentence_claims(article, s, ps, fs, ts, last, began, sides=sides,
                                             told=told, written=written)
            claims.extend(said)
            if sides:
                _note_holders(holders, said, sides)
                _note_keepers(keepers, said)
            last = fs[-1] if fs else last
            # The sentence's claims and places, for a withdrawal in the next one; its text,
            # with the two before it, for "the following day" or "two days later" there.
            before = (said, ps)
            told = (*told[-2:], s.text)
        headlines = {s.start for s in sentences if s.headline}
        # A timeline's sections date their events; only a text that is none is dated, whole,
        # by its header.
        sections = section_days(doc, article.published) or [
            (0, len(doc), day) for day in [report_day(doc, article.published)] if day]
        claims = _in_sections(_redated(_defended(claims), headlines, article.published),
                              sections, article.published)
        # Whether the story is told of the past: read once, by the first pass that asks.
        past = cache(lambda: _told_of_past(sentences, article.published))
        claims = _named_once(_told_then(_sides_of_one_change(claims, article.published),
                                        sentences, doc, article.published, written, past),
                             article.published)
        claims = _in_story_year(claims, doc, article.published, past)
        claims = _in_month(claims, report_month(doc, article.published), article.published)
        merged = _merge(_ranked_told(_retold(claims, article.published), article.published))
        implied = rules("confidence")["penalty"]["implied"]
        if len(sides) == 2:
            return _starts_folded(implied_changes(merged, sides, implied))
        return _starts_folded(holders_losses(merged, pacts, implied))

    def _sentence_claims(self, article: Article, s: Sentence, places: list[PlaceMention],
                         forces: list[ForceMention], found: list[Trigger],
                         last: ForceMention | None, began: dt.date | None = None,
                         actor: ForceMention | None = None,
                         previous: tuple[PlaceMention, Claim] | None = None,
                         sides: tuple[str, ...] = (),
                         left_before: frozenset[tuple[int, str]] = frozenset(),
                         occupier: str = "",
                         holders: dict[int, tuple[dt.date, str]] | None = None,
                         told: tuple[str, ...] = (), keepers: dict[int, str] | None = None,
                         occupied: frozenset[str] = frozenset(),
                         followed: frozenset[str] = frozenset(),
                         written: dict[tuple[int, int], int] | None = None,
                         retaker: ForceMention | None = None,
                         shooter: ForceMention | None = None) -> list[Claim]:
        dates = find_dates(s.text, article.published, began, told, written) if holders else None
        if holders:
            # A holding the story told of before what this sentence tells: not the one it
            # retells ("Irpin was retaken ... Irpin was liberated from the invader").
            # A year ("in the autumn") dates the sentence less than a day or month it names.
            told_when = [d for d in dates or () if d.date and not (
                d.next_clause or d.since or d.duration)]
            finer = [d for d in told_when if d.precision != "year"] or told_when
            now = min((as_past(d.date, d.precision, article.published) for d in finer),
                      default=article.published)
            holders = {g: (d, f) for g, (d, f) in holders.items() if now and d < now}
        scene = Scene(s.text, [shifted(p, s.start) for p in places],
                      [shifted(m, s.start) for m in forces], s.headline, last_force=last,
                      actor=actor, retaker=retaker, shooter=shooter,
                      previous_town=previous[0] if previous else None, sides=sides,
                      left_before=left_before, occupier=occupier, occupied=occupied,
                      taken_before=followed,
                      holders={g: f for g, (_, f) in (holders or {}).items()},
                      keepers=keepers or {})
        findings = read_scene(scene, [shifted(t, s.start) for t in found])
        if not findings:
            return []
        if dates is None:
            dates = find_dates(s.text, article.published, began, told, written)
        speaker, speaker_span = attribution(s.text)
        hedge = hedged(s.text)
        out = []
        for f in findings:
            out.extend(self._claims(article, s, scene, f, dates, speaker, speaker_span, hedge))
        if previous is not None and not dates and not any(p.target for p in places):
            # "The RSF seized Zalingei on 31 October. Troops withdrew to preserve lives": the
            # town named only before was left when it was fought for.
            fought = previous[1]
            out = [evolve(c, date=fought.date, date_precision=fought.date_precision)
                   if c.place.geonameid == fought.place.geonameid else c for c in out]
        return _settle(out)

    def _claims(self, article: Article, s: Sentence, scene: Scene, f: Finding,
                dates: list[When], speaker: str, speaker_span: tuple[int, int] | None,
                hedge: bool) -> list[Claim]:
        """The claim of one finding; a failed attempt ("failed to take P") is both a denied
        capture and an asserted fight for P."""
        t = f.trigger
        clause, _ = scene.clauses.bounds(t.start)
        # A relative clause has its own mood: "vowed to fight the militia that took Manbij".
        left = max(clause, scene.relative_open(t.start) or 0)
        if f.place.end <= t.start and _APPOSITIVE.match(s.text, f.place.end, t.start) and (
                is_past(t.word) or not s.text[f.place.end:t.start].rstrip().endswith(
                    (",", *_STATE_ADVERBS))):
            # An apposition states a fact of its own: "would open the way to P, the last
            # city under Ukrainian control".
            left = max(left, f.place.end)
        mood: Modality
        if t.kind in _STATE_NOUNS or t.word in SIEGE_NOUNS:
            mood, attempt = ("question" if s.question else "asserted"), False
        else:
            mood, attempt = modality(s.text[left:t.start], s.question)
            if mood == "asserted" and cues()["conditional"].match(s.text) and "," not in s.text[
                    :t.start]:
                mood = "expected"  # "If Russian forces take P, ..."
            elif mood == "asserted" and (
                    reported := report_mood(s.text, t.start, t.end)) is not None:
                mood = reported  # "Reports that troops had entered Rastan were dismissed"
            elif mood == "asserted" and cues()["unconfirmed_opening"].match(s.text):
                mood = "question"  # "If confirmed, Nyala would be the first state capital to fall"
            elif mood == "asserted" and cues()["expected_before_noun"].search(
                    s.text, max(0, t.start - 60), t.start):
                mood = "expected"  # "ahead of the operation to recapture Mosul"
            elif mood == "asserted" and clause and _WHEN_DONE.search(
                    s.text, max(0, clause - 14), clause) and "," not in s.text[clause:t.start] and (
                    _PRESENT_AUX.search(s.text, clause, t.start) or (
                        t.word in _PRESENT_FALLS and not nominal_use(scene, t))):
                # "once Mosul has fallen", "when Bakhmut falls": to come (not "after the fall
                # of Jandairis", a noun)
                mood = "expected"
            elif mood == "asserted" and ((clause and cues()["embedded_question"].search(
                    s.text, max(0, clause - 30), clause)) or cues()["unconfirmed"].search(
                    s.text, max(0, t.start - 50), t.start)):
                # "it was unclear whether troops had left P"; "Moscow has not confirmed the
                # town's loss": what a speaker did not confirm is left open.
                mood = "question"
            elif mood == "asserted" and clause and _CONDITION_BEFORE.search(
                    s.text, max(0, clause - 10), clause) and "," not in s.text[clause:t.start]:
                mood = "expected"  # "warns of a massacre if the RSF storms the city" (not
                # "would not say if troops had left P", a question)
            elif mood == "asserted" and clause and f.event != "held" and cues()["feared"].search(
                    s.text, max(0, clause - 14), clause):
                mood = "expected"  # "residents fear an assault on the city"
            elif mood == "asserted" and clause and cues()["false_reports"].search(
                    s.text, max(0, clause - 30), clause):
                mood = "negated"  # "milbloggers falsely claimed Ukraine had seized P"
            elif mood == "asserted" and clause and s.text.find("that", max(0, clause - 6),
                                                               clause) >= 0:
                # "there is no evidence that Russia controls P" (negated), "SOHR cannot verify
                # reports that factions entered P" (a question), "Baghdad demanded that the
                # Kurds hand back the city" (expected).
                mood = next((m for name, m in _EMBEDDINGS if cues()[name].search(
                    s.text, max(0, clause - 60), clause)), mood)
            elif (mood == "asserted" and f.event == "contested" and t.end <= f.place.start
                  and cues()["expected_after"].match(s.text, f.place.end)
                  and nominal_use(scene, t)):
                mood = "expected"  # "the attack on Raqqa would begin in early summer"
        until = _NOT_UNTIL.match(s.text, t.end) if mood == "negated" and plain_denial(
            s.text[left:t.start]) else None
        if until is not None:
            mood = "asserted"
        event = f.event
        if mood == "expected" and event == "lost" and cues()["ordered_out"].search(
                s.text[left:t.start]):
            mood = "asserted"  # "had ordered troops to withdraw from Avdiivka"
        if attempt:
            if event in ("lost", "besieged"):
                return []  # trying to encircle a town besieges nobody yet
            if event == "captured" and mood != "negated":
                event = "contested"
            if event == "held" and mood == "asserted":
                event = "contested"  # "troops are fighting to hold the town": fought for
        elif event == "captured" and not nominal_use(scene, t) and cues()["inceptive"].search(
                s.text, max(0, t.start - 24), t.start):
            event = "contested"  # "began storming the city": an assault begun
        # A stronghold or an "ISIS-held" town is a state as of writing, whatever else the
        # clause dates ("had fought since June to drive IS out of Manbij, near its stronghold").
        if len(dates) > 1 and f.place.start > t.end:
            # "took A in February and B last month": a date right after an object dates it.
            # ... also past an aside locating the town ("and the village of Ocheretyne, to its
            # north-west, in early May").
            # ... and one after the list the object opens ("and of Velyka Oleksandrivka and
            # Dudchany on 4 October").
            # (Not past another verb: "drove the RSF out of central Khartoum, retaking the
            # palace and, days later, the airport".)
            own = [d for d in dates if d.start >= f.place.end and not d.next_clause
                   # (Set off by a comma too: "Raju, on March 3, and Jinderes, on March 8".)
                   and _ASIDE.sub("", _listed_on(scene, f.place.end, d.start)).strip(" ,")
                   in _DATE_LINKS
                   and not any(f.place.end <= u.start < d.start and (
                       is_past(u.word) or u.word.endswith("ing")) for u in scene.triggers)]
            # ... with a finer one that restates it ("in the first days of the invasion, on
            # March 2").
            dates = own[:1] + [e for e in dates if own and _restates(s.text, own[0], e)] \
                if own else dates
        date, precision = _date_for(scene, t.start, [] if t.kind in _STATE_NOUNS else dates,
                                    article.published, mood == "asserted", event == "held",
                                    event in _CHANGES)
        if until is not None:
            # ... and on the date "until" gives.
            then = next((d for d in dates if 0 <= d.start - until.end() <= 2), None)
            date, precision = (then.date, then.precision) if then else (date, precision)
        if (own := _own_time(scene, f, event, dates)) is not None:
            date, precision = own.date, own.precision
        if (event == "held" and article.published is not None and _STILL_SET_OFF.search(
                s.text, max(0, t.start - 90), t.start)):
            # "El Fasher, the last city there still held by the military, since May": an
            # aside's "still" speaks of the day of writing, not of the date of its clause.
            aside = _set_off(s.text, t.start)
            if not any(d.start in aside for d in dates):
                date, precision = article.published, "day"
        # "has controlled", "have long held", "has encircled ... since May": the holding, the
        # siege or the fight still lasts.
        # ... and so does a holding set off by commas before a main verb in the present
        # ("Vuhledar, held by Russian troops since early October, is now used ...").
        lasting = event in _STATES and mood == "asserted" and (_LASTING.search(
            s.text, max(left, t.start - 40), t.start) is not None or (
            s.text[:t.start].rstrip().endswith(",")
            and (now := _PRESENT_AFTER_ASIDE.match(s.text, t.end)) is not None
            and _PRESENT_VERB.match(s.text, now.end()) is not None))
        if lasting and not any(d.since for d in dates) and _BARE_SINCE.match(s.text, t.end):
            # "the town has been under RSF control since.": held since the day told, and still.
            dates = [*dates, When(0, 0, date, precision, since=True)] if date else dates
        if (event == "held" and t.word in word_set("events", "occupations") and mood == "asserted"
                and not lasting and not _STILL.search(s.text, max(left, t.start - 30), t.start)
                and any(_same_point(d, date, precision, article.published) and not d.since
                        and not d.duration and not d.next_clause and not spanned(s.text, d)
                        for d in dates)):
            # "Kupiansk was occupied by Russian troops in the first days of the invasion": an
            # occupation dated to a point in time is the taking, not the holding since (unless
            # the holding went on then, "remained occupied in September", or all along it,
            # "occupied Bucha throughout most of March").
            event = "captured"
        if (event in _CHANGES and mood == "asserted" and precision == "day"
                and date == article.published and _RANKED_BEFORE.search(
                    s.text, max(left, t.start - 90), t.start)):
            # "Kherson was the only regional capital captured by Russian forces": when, the
            # rank does not say (``_ranked_told`` looks for the day the story tells elsewhere).
            date, precision = None, "unknown"
        w = rules("confidence")
        pen = w["penalty"]
        conf = w["base"].get(t.kind, 0.7) - f.penalty
        conf -= pen["anaphor"] if f.place.anaphor else 0
        conf -= pen["group_noun"] if f.force.kind in ("group", "holder") else 0
        conf -= pen["pronoun"] if f.force.kind == "pronoun" else 0
        conf -= pen["hedge"] if hedge else 0
        conf -= pen["headline"] if s.headline else 0
        said = speaker if speaker_span and not (speaker_span[0] <= t.start < speaker_span[1]) \
            else ""
        p = f.place.place
        claim = Claim(
            place=PlaceRef(p.name, int(p.geonameid), float(p.latitude), float(p.longitude),
                           p.country_code, f.place.surface),
            force=f.force.force,
            event=event,
            date=date,
            date_precision=precision,
            modality=mood,
            evidence=Evidence(s.text, (f.place.start, f.place.end),
                              (f.force.start, f.force.end) if f.force.start >= 0 else None,
                              s.start),
            confidence=max(0.05, min(1.0, conf)),
            attributed_to=said,
            source=article.source,
            url=article.url,
            published=article.published,
            article_id=article.id,
        )
        if attempt and mood == "negated" and event == "captured":
            return [claim, evolve(claim, event="contested", modality="asserted")]
        if mood == "negated" and event == "held" and _NO_LONGER.search(
                s.text, max(left, t.start - 40), t.start):
            # "Russian forces no longer control Yampil": they lost it.
            return [claim, evolve(claim, event="lost", modality="asserted")]
        if mood == "negated" and event == "lost" and plain_denial(s.text[left:t.start]):
            # "The SAF never lost Sennar", "Al Manaqil, which the army never gave up": held.
            return [claim, evolve(claim, event="held", modality="asserted")]
        if (lasting and date is not None
                and article.published is not None and date < article.published
                and any(_same_point(d, date, precision, article.published)
                        and (d.since or _SINCE.search(s.text, t.end, d.start)) for d in dates)):
            # "IS has ruled Mosul since June 2014", "the SDF has held Manbij since it drove IS
            # out in 2016": held then, and held still. The story's later passes weigh the
            # holding on both days; ``_starts_folded`` makes the two one claim at the end.
            return [claim, evolve(claim, date=article.published, date_precision="day",
                                  since=date, since_precision=precision)]
        return [claim]


def _own_time(scene: Scene, f: Finding, event: Event, dates: list[When]) -> When | None:
    """The date a finding's own words give it over its clause's: a fight the sentence opens
    with, a town's own dated participle, the start of a holding told as over."""
    text, t = scene.text, f.trigger
    if (event == "contested" and _FRONTED_AFTER.fullmatch(text, 0, t.start)
            and (comma := text.find(",", t.end)) > 0):
        # "After weeks of fighting in Wad Madani, the army withdrew on 18 December": the
        # fight the sentence opens with lasted until the day its main clause tells.
        return next((d for d in dates if d.start > comma
                     and not (d.since or d.duration or d.next_clause)), None)
    if event in _CHANGES:
        # "among them Strilecha, captured on 11 May", "Residents of Shevchenkove, liberated
        # on Friday, told ...": the town's own participle dates its change.
        return next((d for d in dates if _OWN_PARTICIPLE.fullmatch(text, f.place.end, d.start)
                     and not (d.since or d.duration)), None)
    if (event == "held" and _HAD_HELD.search(text, max(0, t.start - 20), t.start)
            and t.word not in word_set("events", "occupations")
            and (since := _SINCE.search(text, t.end, t.end + 130)) is not None
            and not _FINITE.search(text, t.end, since.start())
            and not any(t.end <= u.start < since.start() and is_past(u.word)
                        for u in scene.triggers)):
        # "Ukrainian troops had held the town since retaking it in the summer of 2014": a
        # holding told as over held from the start "since" names, whatever did it then.
        return next((d for d in dates if since.start() <= d.start <= since.end() + 80
                     and d.end > since.end()), None)
    return None


def _listed_on(scene: Scene, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` without the towns listed in it (and their joints),
    when it opens with one: what stands between a list's first town and what follows the
    list."""
    text = scene.text[start:end]
    listed = [p for p in scene.places if start <= p.start and p.end <= end and p.target]
    if not listed or not LIST_JOINT.fullmatch(scene.text, start, listed[0].start):
        return text
    last = start
    for p in listed:
        if not LIST_JOINT.fullmatch(scene.text, last, p.start):
            break
        last = p.end
    return scene.text[last:end]


def _losses(said: list[Claim]) -> frozenset[tuple[int, str]]:
    """(place, force) of the losses a sentence asserted."""
    return frozenset((c.place.geonameid, c.force) for c in said
                     if c.event == "lost" and c.modality == "asserted")


def _fought_for(said: list[Claim], places: list[PlaceMention]
                ) -> tuple[PlaceMention, Claim] | None:
    """The town named last of those a sentence said were taken or fought for, with the claim
    that said so."""
    fought = {c.place.geonameid: c for c in said if c.event in _ATTACKS}
    return next(((p, fought[p.place.geonameid]) for p in reversed(places)
                 if p.target and p.place.geonameid in fought), None)


def _overlaps(p: PlaceMention, mentions: Sequence[ForceMention]) -> bool:
    """Whether a place overlaps a force mention (sorted by start, not overlapping each other,
    so only the last one starting before the place ends can)."""
    i = bisect.bisect_left(mentions, p.end, key=lambda m: m.start) - 1
    return i >= 0 and mentions[i].end > p.start


def _per_sentence(items: Sequence[Any], sentences: Sequence[Sentence]) -> list[list[Any]]:
    """The items (sorted by ``start``) that lie inside each sentence."""
    starts = [i.start for i in items]
    out = []
    for s in sentences:
        end = s.start + len(s.text)
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, end)
        # Most sentences hold none of the items: no comprehension to run for them.
        out.append([i for i in items[lo:hi] if i.end <= end] if hi > lo else [])
    return out


# A relative clause set off by commas, then the preposition of a date: ", which ..., on".
# (Not a weekday that ends the relative, which the date restates: "where Russian troops have
# been trying to break through since Friday, 10 May".)
_RELATIVE_ASIDE = re.compile(r",?\s*(?:which|who|that|where)\b[^,.;]*(?<!day),\s*"
                             r"(?:(?:on|in|at|by)\s+)?"
                             r"(?:the\s+(?:end|start|beginning|middle|turn)\s+)?", re.IGNORECASE)
# A "when" clause right after a date or a clause: what it tells dates the one before it.
_WHEN_AFTER = re.compile(r",?\s*when\b", re.IGNORECASE)
# A clause hung on the noun phrase before it: "..., when", "..., which".
_HANGING = re.compile(r",\s*(?:when|which)\s*$", re.IGNORECASE)
_HANGING_REPORT = re.compile(rf",\s*when\s+(?:[\w'’-]+\s+){{1,4}}?(?:{speech_verbs()})"
                             r"(?:\s+that)?\s*$", re.IGNORECASE)
# The time of a day before it: "the morning of", "the early hours of".
_TIME_OF_DAY = (r"(?:the\s+(?:early\s+|small\s+)?(?:morning|afternoon|evening|night|hours)"
                r"\s+of\s+)?")
# A date opening a sentence, after a bullet, a label or a linking adverb if any ("Background:
# On 20 November,", "Then, on 31 October,").
# ... also after a fronted place ("In Syria, last Saturday ...").
# ("Five days later, on 31 October, the RSF said ...": a span back restated by the date.)
# ... also the statement it dates ("In a statement on Saturday, the army said ...").
# ... and after a linking word ("Also on Saturday, the RSF said ...", "Earlier in March, FSA
# factions took ..."), or in a cleft ("It was not until 20 May that Prigozhin announced ..."),
# and a day after its weekday ("On Saturday, 11 January, the army announced") or its time of
# day ("In the early hours of Feb. 17", "On the morning of 25 February").
_OPENING_DATE = re.compile(r"[\s•*·-]*(?:\w+(?: \w+)?:\s*|(?:(?:[\w-]+\s+){0,3}?(?:later|earlier)|"
                           r"then|meanwhile|next|finally|subsequently),\s*|in\s+(?-i:[A-Z])"
                           r"[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?,\s*|in\s+(?:a|an|its|his|her|their)"
                           r"\s+(?:[\w-]+\s+)?(?:statement|video|post|message|briefing|interview|"
                           r"communiqu[eé]|update|report)\s+(?:(?:released|published|posted|issued)"
                           r"\s+)?|it\s+was\s+(?:not\s+|only\s+)*(?:until\s+)?)?"
                           r"(?:(?:also|and|but|earlier|later|then)\s+)?"
                           r"(?:(?:on|in|by|late|early|last|this|at\s+the\s+(?:end|start|"
                           r"beginning|middle|turn)(?:\s+of(?=\s))?)\s+){0,2}(?:mid-|mid\s+)?"
                           rf"{_TIME_OF_DAY}(?:{WEEKDAY},\s+)?", re.IGNORECASE)
# What ends a timeline's date at the head of its line: a colon or a dash.
_LINE_DATE_END = re.compile(r":|\s*[-–—]+\s")
# What may open a timeline's line before its date: a bullet or dash ("– 14 December 2018:").
# ... and the first day of a range ("• 18-19 December 2023: RSF takes Wad Madani"), maybe after
# its weekday ("• Thursday, 26 October: Nyala fell").
_LINE_START = re.compile(rf"\s*(?:[-–—•*]\s*)?(?:(?:{WEEKDAY}|{WEEKDAY_SHORT}),?\s+)?"
                         r"(?:[0-3]?\d\s*[-–]\s*)?")
# A report's day between its verb and the "that" of its content.
_SPOKEN_ON = re.compile(rf"\b(?:{speech_verbs()})\s+(?:(?:on|in|at|late|early)\s+)?"
                        rf"{_TIME_OF_DAY}(?:{WEEKDAY},?\s+)?$", re.IGNORECASE)
_THAT_NEXT = re.compile(r"\s*,?\s*that\s*")
# The end of a speech verb (and its "that") opening a reported clause.
_REPORTED = re.compile(rf"\b(?:{speech_verbs()}|declared)(?:\s+that)?\s*$", re.IGNORECASE)


# A condition opened mid-sentence: "if", "unless" (a clause boundary, so its clause starts
# right after it).
_CONDITION_BEFORE = re.compile(rf"\b(?:{'|'.join(word_set('modality', 'conditional'))})\s*$",
                               re.IGNORECASE)
# A clause of time whose verb is in the present: what it tells is still to come ("deal with
# it once Mosul has fallen", "will move on Raqqa when Mosul falls").
_WHEN_DONE = re.compile(r"\b(?:once|when|after|until|till|before|as\s+soon\s+as)\s*$",
                        re.IGNORECASE)
# "did not fall until December 14": it fell then.
_NOT_UNTIL = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:until|till)\b", re.IGNORECASE)
_PRESENT_AUX = re.compile(rf"\b(?:has|have|{AUX_IS}|are)\s+(?:been\s+)?(?:\w+ly\s+)?$",
                          re.IGNORECASE)
_PRESENT_FALLS = frozenset({"falls", "fall"})


def _opens(text: str, d: When) -> bool:
    """Whether ``d`` opens its sentence, or what a colon in it introduces ("The pattern was
    reversed: on January 11, army units advanced")."""
    colon = text.rfind(":", 0, d.start)
    return _OPENING_DATE.fullmatch(text, 0, d.start) is not None or (
        colon >= 0 and _OPENING_DATE.fullmatch(text, colon + 1, d.start) is not None)


def _dated_report(text: str, d: When, verb_end: int) -> bool:
    """Whether ``d`` opens a clause whose subject then reports, the report's verb ending at
    ``verb_end``: "and on 11 January the army announced (that)". (A holding so reported, "on
    15 August Syrskyi reported that the town was under Ukrainian control", still holds.)"""
    return (_opens(text, d)
            or _CLAUSE_DATE_OPEN.search(text, max(0, d.start - 24), d.start) is not None) and (
        _SUBJECT_REPORTS.fullmatch(text, d.end, verb_end) is not None)


def _told_now(text: str, left: int, pos: int, right: int) -> bool:
    """Whether the clause of the trigger at ``pos`` has a verb in the present, up to the
    first comma after the trigger ("as fierce fighting rages in Vovchansk"; not "after army
    units withdrew from the city, and its fighters have attacked ...")."""
    comma = text.find(",", pos, right)
    return _PRESENT_VERB.search(text, left, right if comma < 0 else comma) is not None


def _same_point(d: When, date: dt.date | None, precision: Precision,
                published: dt.date | None) -> bool:
    """Whether a claim's ``date`` is the one ``d`` names, also when it was moved a year back
    to lie before publication ("occupied in March", told in December)."""
    return (date is not None and d.precision == precision
            and as_past(d.date, d.precision, published) == date)


def _date_for(scene: Scene, pos: int, dates: list[When], published: dt.date | None,
              asserted: bool = True, holding: bool = False, change: bool = False
              ) -> tuple[dt.date | None, Precision]:
    """The date in the trigger's clause nearest to it; else one that dates the clause from just
    before it ("three years after the militants overran it"); else one a speech verb carries
    ("said on Tuesday"); else the publication date. A duration ("for more than a year") dates
    only a holding, from its start; a "since" never dates a ``change`` (a capture or a loss).
    An asserted fact is not in the future: a bare month or day after publication is last
    year's ("since it captured Bakhmut in May")."""
    clause = scene.clauses.bounds(pos)
    if clause[1] <= pos:
        # A trigger that opens with a boundary word ("claimed control of Rufaa, ..., on 20
        # December") is dated in the clause it opens.
        clause = scene.clauses.bounds(next((e for b, e in scene.clauses.cuts if b == pos), pos))
    hung = _hung_on(scene, clause, dates)
    # "fell after weeks of street fighting at the start of April": a spell of fighting with no
    # verb of its own, then the day of the clause it ends.
    spell = _FIGHTING_SPELL.match(scene.text, clause[1]) if clause[1] > pos and not any(
        clause[0] <= d.start < clause[1] for d in dates) else None
    ended = next((d for d in dates if spell is not None and d.start >= spell.end()
                  and scene.text[spell.end():d.start].strip() in _DATE_LINKS
                  and not (d.since or d.duration)), None)
    date: dt.date | None
    if (chosen := hung or ended) is not None:
        date, precision = chosen.date, chosen.precision
    else:
        if change:
            # ... but a present perfect's own "since", fronted, bounds it: "Since late October,
            # the RSF has overrun four of the five state capitals".
            perfect = _LASTING.search(scene.text, max(0, pos - 30), pos) is not None
            dates = [d for d in dates if not (d.since and not (perfect and d.end < pos))
                     and not _since_clause(scene.text, d, pos)]
        date, precision = _clause_date(scene, pos, clause, dates, published, holding)
    if asserted and date is not None:
        date = as_past(date, precision, published)
    return date, precision


_DAYTIME = re.compile(r"\s+(?:morning|afternoon|evening|night)", re.IGNORECASE)
_FIGHTING_SPELL = re.compile(r"\s*(?:after|following)\s+(?:(?!that\b|which\b|when\b|who\b)"
                             r"[\w-]+\s+){0,4}?(?:fighting|battles?|clashes|combat|shelling|"
                             r"bombardment|siege|resistance)\s+", re.IGNORECASE)


def _hung_on(scene: Scene, clause: tuple[int, int], dates: list[When]) -> When | None:
    """The date a ``clause`` with none of its own hangs on: "since December, when the army
    withdrew from the city"; "the fall of Avdiivka in February, which Russian forces
    captured"."""
    left, right = clause
    # ... also past the report the clause is the content of ("since mid-December, when it
    # announced the town's capture").
    hang = (_HANGING.search(scene.text, max(0, left - 12), left)
            or _HANGING_REPORT.search(scene.text, max(0, left - 60), left)) if left else None
    if hang is None or any(left <= d.start < right for d in dates):
        return None
    # ("since Friday morning, when the first Ukrainian soldiers walked into the city")
    before = [d for d in dates if (0 <= hang.start() - d.end <= 1 or _DAYTIME.fullmatch(
        scene.text, d.end, hang.start())) and not d.duration]
    return before[-1] if before else None


def _simple_past(scene: Scene, left: int, pos: int) -> bool:
    """Whether the verb at ``pos`` is a simple past, with no auxiliary between ``left`` and it."""
    verb = _VERB_AT.match(scene.text, pos)
    return verb is not None and is_past(verb.group().lower()) and not (
        _AUXILIARIES.intersection(words(scene.text[left:pos])))


def _since_clause(text: str, d: When, pos: int) -> bool:
    """Whether ``d`` ends a short "since" clause the trigger at ``pos`` is not in ("the latest
    capital to come under RSF control since the conflict erupted in April")."""
    m = _SINCE_CLAUSE.search(text, max(0, d.start - 50), d.start)
    return m is not None and not m.start() < pos < d.start


# Between a report's date and the "that" of its content: nothing, or the verb of report.
# ("stood in front of a shattered block on May 20 and declared that": the day's second verb.)
_SPEECH_GAP = re.compile(r"\s*(?:(?:and\s+)?(?:said|announced|declared|claimed|reported|confirmed|"
                         r"stated)\s*)?", re.IGNORECASE)


def _past_clause(text: str, d: When, pos: int) -> bool:
    """Whether the verb at ``pos`` has a subject of its own past the clause the date ``d``
    opens ("a day after Mosul fell, fighters drove": not "a day after factions, led by HTS,
    broke into")."""
    comma = text.rfind(",", d.end, pos)
    return comma >= 0 and bool(text[comma + 1:pos].strip())


def _clause_date(scene: Scene, pos: int, clause: tuple[int, int], dates: list[When],
                 published: dt.date | None, holding: bool = False
                 ) -> tuple[dt.date | None, Precision]:
    """The date of the trigger at ``pos`` from its ``clause``, else from the clauses around."""
    left, right = clause
    if (sequel := _sequel_end(scene, pos)) is not None:
        dates = [d for d in dates if d.end <= sequel]
    if (close := _DASHED_ASIDE.match(scene.text, right)) is not None:
        # "took four state capitals -- Nyala, Zalingei and El Daein -- in late 2023": the
        # dashes set off a list, and the clause goes on after it (the aside's own dates are
        # not the clause's).
        aside = range(right, close.end())
        dates = [d for d in dates if d.start not in aside]
        right = scene.clauses.bounds(close.end())[1]
    # A date may run past the clause's end: "which rebels took on August 24, 2016" (the comma
    # before the year cuts no clause of its own).
    # ... also past the comma after its weekday, which cuts a clause from no day: "which the
    # RSF took over on Thursday, October 26,".
    inside = [d for d in dates if (left <= d.start < right or (
        right <= d.start <= right + 2 and _WEEKDAY_BEFORE.search(
            scene.text, max(0, d.start - 12), d.start) is not None)) and not d.next_clause
              and (holding or not d.duration) and not _dates_other(scene, d, left, pos)
              and not _dates_fronted(scene, d, pos, right)]
    # "seized it in May 2015 and was driven out last March": a date before an "and" dates
    # the first of two coordinated verbs (unless the second came "later that day").
    # ("later that day" runs past the clause end its "that" makes.)
    same_time = _SAME_TIME.search(scene.text, pos, right + 12) is not None
    # A date opening the sentence dates every verb of it ("In May, Russian forces captured
    # Rubizhne and took Popasna").
    inside = [d for d in inside
              if d.start > pos or same_time or " and " not in scene.text[d.end:pos]
              or _RANGE_OPEN.search(scene.text, max(0, d.start - 9), d.start)
              or (_OPENING_DATE.fullmatch(scene.text, 0, d.start)
                  # ("On 26 October the paramilitaries stormed the base and took El Fasher":
                  # with no comma after it, over verbs joined without a pause, not over a
                  # clause with a subject of its own: "In 2015 IS seized Jarablus and Turkish
                  # troops retook it".)
                  and (scene.text.startswith(",", d.end)
                       or not (PAUSES.search(scene.text, d.end, pos)
                               or _subject_after_and(scene, d.end, pos))))] or [
        # With no other date, an "and" with no event word before it joins subjects ("In
        # August 2016, Turkish tanks and rebel fighters drove IS out of Jarablus"): the
        # opening date dates their verb.
        d for d in inside
        if (not _verb_before_and(scene, left, conj := scene.text.rfind(" and ", d.end, pos))
            # (Not over a comma to a clause told in the present: "destroyed a battalion on
            # May 10, and Ukrainian forces continue to hold Bilohorivka" is now.)
            and not (scene.text.endswith(",", 0, conj)
                     and _told_now(scene.text, conj, pos, right)))
        or _opens_clause_of(scene, d, pos)]
    if inside:
        d = min(inside, key=lambda d: abs(d.start - pos))
        if d.end <= pos and "," in scene.text[d.end:pos]:
            # A date across a comma before the trigger yields to one after it in its own
            # phrase: "said Thursday it had recaptured Sudzha, the largest town seized by
            # Ukrainian forces in their offensive in August 2024".
            # (Not past another verb: "driving the RSF from the capital it had held since the
            # war began in April 2023".)
            d = next((e for e in inside if pos < e.start and not e.since
                      and not PAUSES.search(scene.text, pos, e.start)
                      and not any(pos < t.start and t.end <= e.start and not _framed(scene, t)
                                  for t in scene.triggers)), d)
        # "in the first days of the invasion, on March 2": a finer date set off right after
        # restates it.
        d = next((e for e in inside if _restates(scene.text, d, e)), d)
        return d.date, d.precision
    if published is not None and _NOW_BEFORE.search(scene.text, max(left, pos - 30), pos):
        # "Moscow said last month it had taken P, and fighting has now reached Q": "now" is
        # the day the story tells, not a date the clauses around it give.
        return published, "day"
    if (after := _WHEN_AFTER.match(scene.text, right)) is not None:
        # "which overran most of Khartoum when the war began in April 2023": the clause the
        # "when" opens dates the one before it. (An "after seizing ..." clause tells another
        # change: "attacked El Fasher after seizing Mellit in April".)
        _, end = scene.clauses.bounds(after.end() + 1)
        then = [d for d in dates if right <= d.start and d.end <= end and not d.duration]
        if then:
            return then[0].date, then[0].precision
    if (not holding and (after := _AFTER_CHANGE.match(scene.text, right)) is not None):
        # "captured Nyala after the army's base there was overrun on Oct. 26": a change the
        # "after" clause dates to the day dates the one it led to.
        _, end = scene.clauses.bounds(after.end() + 1)
        changed = any(right <= u.start < end and u.event in _CHANGES
                      for u in scene.triggers)
        then = [d for d in dates if right <= d.start and d.end <= end and d.precision == "day"
                and not (d.duration or d.since or d.next_clause)]
        if changed and then:
            return then[0].date, then[0].precision
    if left and not holding and _AS_WHILE.search(scene.text, max(0, left - 10), left) and (
            not _told_now(scene.text, left, pos, right)):
        # "overran the city on 20 May 2015, as government troops retreated towards Homs": what
        # happens as the clause before does happens on its day (not "..., as fierce fighting
        # rages in Vovchansk", which is now).
        then = [d for d in dates if d.end <= left and not (d.duration or d.since
                                                              or d.next_clause)]
        if then:
            return then[-1].date, then[-1].precision
    for d in dates:
        # ("two days after the army announced it had captured P": across the report's verb.)
        if d.next_clause and (abs(d.end - left) <= 2 or _REPORTED_AFTER.fullmatch(
                scene.text, d.end, left) is not None) and not (
                "," in scene.text[d.end:pos] and _told_now(scene.text, left, pos, right)) and not (
                _past_clause(scene.text, d, pos) and any(
                    not w.next_clause and scene.text[w.end:d.start].strip() == ","
                    for w in dates)):
            # (Not past the clause it dates, to a main verb in the present: "A week after a
            # Russian offensive began, heavy fighting continues in Vovchansk" is now; nor past
            # a day it only places: "On June 11, a day after Mosul fell, fighters drove ...".)
            return d.date, d.precision
        if d.since and d.start >= right and _INTERJECTION.fullmatch(scene.text, right, d.start):
            # "which IS has held, along with much of the province, since 2014"; "had held the
            # town, which lies on the highway, since 2012".
            return d.date, d.precision
        if (not d.since and not d.duration and d.start >= right
                and (_RELATIVE_ASIDE.fullmatch(scene.text, right, d.start)
                     or _closed_apposition(scene, pos, d.start))):
            # "withdrew from Vuhledar, which had held out since the invasion, on 1 October":
            # past the relative clause (or an apposition the clause cuts cannot see past:
            # "seized Sudzha, a town ... before the war, in August 2024") the verb's date
            # follows.
            return d.date, d.precision
    if dates and _LINE_START.fullmatch(scene.text, 0, dates[0].start) and _LINE_DATE_END.match(
            scene.text, dates[0].end):
        # "May 2015: IS fighters swept into Palmyra", "June 10, 2014 – Fighters sweep into
        # Mosul": a timeline's date dates its line.
        return dates[0].date, dates[0].precision
    if left and (TIMING.search(scene.text, 0, left) or same_time) and (
            not _told_now(scene.text, left, pos, right)):
        # "entered Izium on Saturday after Russian forces abandoned it", "entered the town on
        # Nov. 9 but lost it within hours": a clause with no date of its own happened then.
        outer, _ = scene.clauses.bounds(max(0, scene.text.rfind(" ", 0, left - 1)))
        # (The day an "after" counts back to dates only the clause it opens: "On June 11, a
        # day after Mosul fell, fighters drove into Tikrit" is June 11.)
        then = [d for d in dates if outer <= d.start and d.end <= left and not d.duration
                and not (d.next_clause and _past_clause(scene.text, d, pos))]
        if then:
            return then[-1].date, then[-1].precision
        # ... also when that clause's own date is the one it hangs on ("began on 3 August,
        # when IS seized Sinjar after the Peshmerga withdrew").
        if (hung := _hung_on(scene, scene.clauses.bounds(outer), dates)) is not None:
            return hung.date, hung.precision
    head = _IN_WHICH.search(scene.text, max(0, left - 16), left) \
        if scene.text.endswith("which", 0, left) else None
    if head is not None:
        # "its incursion in August, in which its troops seized Sudzha": the event the
        # relative clause hangs on dates it.
        # ... also past the event's noun ("in September 2022 during a counteroffensive in
        # which they also retook Kupiansk").
        then = [d for d in dates if d.end <= head.start() and not d.duration
                and _EVENT_NOUN.fullmatch(scene.text, d.end, head.start())]
        if then:
            return then[-1].date, then[-1].precision
    if _WHERE_OPENS.search(scene.text, max(0, left - 10), left) and _simple_past(scene, left, pos):
        # "a push in October across the Nineveh Plains, where Iraqi units retook Bartella":
        # what happened where the clause before took place happened when it did (not a state
        # told in the present or perfect: "Tal Tamr, where regime troops have dug in").
        outer, _ = scene.clauses.bounds(max(0, scene.text.rfind(",", 0, left)))
        then = [d for d in dates if outer <= d.start and d.end <= left
                and not (d.duration or d.since or d.next_clause)]
        if then:
            return then[-1].date, then[-1].precision
    if scene.text[:left].rstrip().lower().endswith("that"):
        # "declared on Tuesday that they had captured Raqqa": the report dates its content,
        # also told before its verb ("on Tuesday announced that").
        outer, _ = scene.clauses.bounds(max(0, left - 6))
        that = len(scene.text[:left].rstrip()) - 4
        said = [d for d in dates if outer <= d.start and d.end <= left and not d.duration
                and (_SPEECH_GAP.fullmatch(scene.text, d.end, left - 4)
                     # "It was here, in August 2014, that the militants overran the town": a
                     # cleft's date is its clause's.
                     or (_CLEFT_GAP.fullmatch(scene.text, d.end, left - 4)
                         and _CLEFT.search(scene.text, max(0, d.start - 40), d.start))
                     or ((not holding or _PLUPERFECT.search(scene.text, left, pos))
                         and _dated_report(scene.text, d, that)))]
        if said:
            return said[-1].date, said[-1].precision
    if left and _REPORTED.search(scene.text, max(0, left - 16), left):
        # "On 20 November, Gerasimov claimed (that) ...": a date opening the sentence dates
        # the report, and so its content.
        said = [d for d in dates if d.end <= left and not d.duration
                and _OPENING_DATE.fullmatch(scene.text, 0, d.start)
                and scene.text.startswith(",", d.end)]
        # (... unless a clause after it dates the report: "On October 26, the RSF seized P,
        # and on October 31 it announced it had taken Q".)
        later = [d for d in dates if said and said[-1].end < d.start and d.end <= left
                 and not d.duration and _dated_report(scene.text, d, left)]
        if dated := later or said:
            return dated[-1].date, dated[-1].precision
    speech = cues()["speech"]
    if left and (said := next((d for d in dates if d.end <= left and not d.duration
                               and _THAT_NEXT.fullmatch(scene.text, d.end, left)
                               and _SPOKEN_ON.search(scene.text, max(0, d.start - 60), d.start)),
                              None)) is not None:
        # "announced in the early hours of Saturday, 17 February, that troops were pulling
        # out": the day of the report dates its content.
        return said.date, said.precision
    if left and speech.search(scene.text, max(0, left - 12), left):
        # "Last month Moscow announced the seizure of P": a date opening the sentence dates
        # the report, and the report its content, if the sentence dates nothing else first.
        # Not across a semicolon: "Earlier this week it claimed P was blocked; the authorities
        # said the city was under their control" is another report.
        before = [d for d in dates if d.end <= left and not d.duration]
        if (len(before) == 1 and _OPENING_DATE.fullmatch(scene.text, 0, before[0].start)
                and ";" not in scene.text[before[0].end:left]):
            return before[0].date, before[0].precision
        if before and (_SPEECH_GAP.fullmatch(scene.text, before[-1].end, left)
                       or (not holding and _dated_report(scene.text, before[-1], left))):
            # "The RSF on Tuesday announced it had taken Zalingei": the report's own date.
            # ("..., and on 26 January Moscow announced the town's capture": a clause's.)
            return before[-1].date, before[-1].precision
    for d in dates:
        # (Its weekday before it is part of it: "announced early on Saturday, 17 February".)
        weekday = _WEEKDAY_BEFORE.search(scene.text, max(0, d.start - 12), d.start)
        start = weekday.start() if weekday else d.start
        head = scene.text[max(0, start - 25):start]
        # "Turkey's president says, nearly two months after Ankara launched ...": a span that
        # dates another clause is not when the speaker spoke.
        if speech.search(head) and not (d.next_clause or d.duration) and not (
                _CLOSED_RELATIVE.fullmatch(scene.text, d.end, pos)
                and _RELATIVE_BEFORE.search(scene.text, max(0, start - 40), start)):
            # (Not a speaker's in a relative clause closed before the trigger: "Russia, which
            # said last month it had captured Toretsk, kept up attacks around Pokrovsk".)
            return d.date, d.precision
    first = next((d for d in dates if _opens(scene.text, d)), None)
    if (first is not None and not holding and first.end <= left
            and not (first.duration or first.next_clause or first.since)):
        # "On 1 May RSF units entered En Nahud; the garrison withdrew toward El Obeid": a date
        # opening the sentence dates its changes that have no date of their own.
        # ... also one opening what a colon introduces ("The pattern was reversed: on January
        # 11, army units advanced, and the RSF pulled out of Wad Madani").
        return first.date, first.precision
    if published is not None:
        return published, "day"
    return None, "unknown"


_WEEKDAY_BEFORE = re.compile(rf"{WEEKDAY},\s+$")
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who)\b[^,;]*$", re.IGNORECASE)
_CLOSED_RELATIVE = re.compile(r"[^,;]*,[^,;]*")
_AFTER_CHANGE = re.compile(r",?\s*(?:after|following)\b", re.IGNORECASE)
_VERB_AT = re.compile(r"[\w-]+")
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "remains", "remain",
                          "been", "will", "would"})
_WHERE_OPENS = re.compile(r",\s*where\s*$", re.IGNORECASE)
_NOW_BEFORE = re.compile(r"\b(?:now|currently)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_RESTATING = re.compile(r",\s*(?:(?:on|in)\s+(?:the\s+)?)?")


_FRONTED_TIME = re.compile(r"\W*(?:after|when|once|before|as)\b", re.IGNORECASE)


def _dates_fronted(scene: Scene, d: When, pos: int, right: int) -> bool:
    """Whether ``d`` dates a fronted clause of time whose main clause, with the trigger at
    ``pos``, is told now: "After the bridge was destroyed last week, Russian forces have
    surrounded the city"."""
    comma = scene.text.find(",", d.end, pos)
    return (comma >= 0 and _FRONTED_TIME.match(scene.text) is not None
            and "," not in scene.text[:d.start]
            and _told_now(scene.text, comma, pos, right))


def _set_off(text: str, pos: int) -> range:
    """The stretch between the commas around ``pos`` (the sentence's ends without them)."""
    left = text.rfind(",", 0, pos) + 1
    right = text.find(",", pos)
    return range(left, len(text) if right < 0 else right)


def _restates(text: str, d: When, e: When) -> bool:
    """Whether ``e``, set off right after ``d``, restates it more finely ("in the first days of
    the invasion, on March 2")."""
    return (d.end <= e.start and _RESTATING.fullmatch(text, d.end, e.start) is not None
            and (PRECISION_RANK[e.precision] > PRECISION_RANK[d.precision]
                 # "two days later, on September 10": a count of days is restated by its day
                 or (PRECISION_RANK[e.precision] == PRECISION_RANK[d.precision]
                     and _COUNTED.search(text, d.start, d.end) is not None)))


# A date counted from another: "two days later", "a week earlier".
_COUNTED = re.compile(r"\b(?:later|earlier|ago|after|before)$", re.IGNORECASE)
# A participle set off after a dated clause, its result: "..., leaving Avdiivka".
_RESULT_AFTER = re.compile(r"[^,;]*,\s*(?:\w+ly\s+)?$")
_ING = re.compile(r"[a-z]+ing\b")
# ... or one whose object is the event's noun: "surrendered on 20 May, completing Russia's
# takeover of the port city".
_RESULT_NOUN = re.compile(r"[^,;]*,\s*(?:completing|sealing|ending|capping|crowning|finalising|"
                          r"finalizing)\s+(?:the\s+|its\s+|their\s+|[\w-]+['’]s\s+)"
                          r"(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
# A clause of the same time: "..., as government troops retreated".
_PRESENT_VERB = re.compile(r"\b(?:is|are|has|have|continues|continue|rages|rage|remains|remain|"
                           r"persists|persist|goes\s+on)\b")
_AS_WHILE = re.compile(r",?\s*\b(?:as|while)\s*$", re.IGNORECASE)


def _verb_before_and(scene: Scene, left: int, conj: int) -> bool:
    """Whether an event word of the clause opening at ``left`` stands before the "and" at
    ``conj``: the "and" then joins two verbs, not two subjects."""
    return any(left <= t.start < conj for t in scene.triggers)


_CLEFT = re.compile(r"\bit\s+(?:was|is)\b[^.;]*$", re.IGNORECASE)
_CLEFT_GAP = re.compile(r"\s*,?\s*")
# A date that opens a clause joined to the one before: "..., and on March 18 its forces and
# their rebel allies entered the town".
_JOINED_OPENING = re.compile(r"[,;]\s*(?:and|but|then)\s+(?:(?:on|in|by|at)\s+)?$",
                             re.IGNORECASE)


def _subject_after_and(scene: Scene, start: int, pos: int) -> bool:
    """Whether a force is named between the last "and" after ``start`` and ``pos``: the "and"
    then joins a clause with a subject of its own ("In 2015 IS seized Jarablus and Turkish
    troops retook it")."""
    conj = scene.text.rfind(" and ", start, pos)
    return any(conj < m.start < pos for m in scene.forces)


def _opens_clause_of(scene: Scene, d: When, pos: int) -> bool:
    """Whether the date ``d`` opens a joined clause whose first event word is at ``pos``, or
    whose verbs joined without a comma go on to it ("..., and in November it overran the base
    at Ardamata and took El Daein")."""
    return _JOINED_OPENING.search(scene.text, max(0, d.start - 12), d.start) is not None and (
        not any(d.end <= t.start < pos for t in scene.triggers)
        or not PAUSES.search(scene.text, d.end, pos))


# ", a town of about 5,000 people before the war, in": a noun apposition closed by a comma,
# then the preposition of a date.
# ... or a distance ("Manbij, some 30 kilometres south of Jarablus, from IS on August 12", the
# loser named before the date).
_CLOSED_APPOSITION = re.compile(r",\s*(?:the|a|an|its|their|one|some|about|around|roughly|nearly|"
                                r"once|formerly|\d+)\s(?:[^,;.]|(?<=\d)[,.](?=\d))*"
                                r",\s*(?:from\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:on|in|at|by)\s+)?"
                                r"(?:the\s+(?:end|start|beginning|middle|turn)\s+of\s+)?$",
                                re.IGNORECASE)
# A pluperfect tells a change even of a holding word: "announced that the city had been
# completely occupied".
_PLUPERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
# A date opening a coordinated clause: "..., and on 26 January".
_CLAUSE_DATE_OPEN = re.compile(r"(?:[,;]\s*and|;|\band),?\s+(?:then\s+)?(?:(?:on|in|by|late|early|"
                               r"last)\s+)?$", re.IGNORECASE)
# A short subject, then a verb of report: " the army announced ", " Moscow said ".
_SUBJECT_REPORTS = re.compile(r",?\s*(?:[\w'’.-]+\s+){1,4}?(?:said|announced|declared|claimed|"
                              r"reported|confirmed|stated)\s*", re.IGNORECASE)
# A report's subject and verb before the clause it reports: "two days after [the army
# announced (that)] it had captured P".
_REPORTED_AFTER = re.compile(_SUBJECT_REPORTS.pattern + r"(?:that\s*)?", re.IGNORECASE)
# The rest of an aside set off by commas, up to its closing comma: ", held by F since P, is".
_PRESENT_AFTER_ASIDE = re.compile(r"[^,;.]*,\s*(?:\w+ly\s+|still\s+|now\s+)?")
# A holding's "since" with no date after it: "has been under RSF control since."
_BARE_SINCE = re.compile(r"[^.;,]*?\b(?:ever\s+)?since(?:\s+then)?\s*(?:[.;]|$)", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|that|when|where)\b", re.IGNORECASE)
_AND_AUX = re.compile(rf"\band\s+(?:has|have|had|{AUX_IS}|are|was|were)\s+", re.IGNORECASE)
# A sentence opened by a clause of its time: "When fighting erupted on April 15, 2023, the RSF
# seized much of Khartoum" (the start is the seizure's day).
_WHEN_OPENS_SENTENCE = re.compile(r"\W*when\b", re.IGNORECASE)
_THE_DAY = re.compile(r",\s+the\s+(?:same\s+)?(?:day|night|morning|evening|afternoon|week|month)\s+"
                      r"(?:that\s+|when\s+|on\s+which\s+)?(?!of\b|after\b|before\b)",
                      re.IGNORECASE)
# ... also past a span counted from the date before ("and a week later, on April 3, they").
_AND_OPENS = re.compile(r"\band\s*(?:(?:(?:a|an|one|two|three|four|five|six|few|several|\d+)\s+)?"
                        r"(?:days?|weeks?|months?)\s+later\s*)?(?:,\s*(?:on|in|by)?|"
                        r"(?<=\s)(?:on|in|by)?)\s*$", re.IGNORECASE)


def _dates_other(scene: Scene, d: When, left: int, pos: int) -> bool:
    """Whether a date across a comma from ``pos`` follows another event word: "two towns that
    had been occupied since the first weeks of the war, were back under Ukrainian control";
    "entered Mosul, the city the jihadists seized in 2014"; or dates the start of something
    else ("retaken much of Bahri in an offensive launched in September")."""
    # (Not the date of the "when" clause that opens the sentence, which dates the clause after
    # it: "When fighting erupted on April 15, 2023, the RSF seized much of Khartoum".)
    when = d.end <= pos and _WHEN_OPENS_SENTENCE.match(scene.text) is not None and (
        "," not in scene.text[:d.start])
    if _STARTED.search(scene.text, max(0, d.start - 30), d.start) and not (
            d.end <= pos and (_THE_DAY.match(scene.text, d.end) or when)) and not (
            pos < d.start and any(t.start == pos and t.event == "contested"
                                  for t in scene.triggers)
            and not any(pos < t.start < d.start for t in scene.triggers)):
        # (... but "began in June 2014, the week Mosul fell": the start is the fall's week;
        # and "fighting broke out on 1 November in Ardamata": the fight's own start.)
        return True
    if d.end <= pos:
        # ... but a participle set off after it is the dated clause's result ("retreated on
        # Saturday, leaving Avdiivka to the Russians"), and a date right after "and" opens the
        # clause it dates ("retaken the next day and, on 11 November, troops entered P"; "Hit
        # was recaptured in April, and in May, Iraqi forces retook Rutba").
        # ... and so is a clause on "the day" the date names ("on September 10, the day
        # Russian troops withdrew").
        return not when and "," in scene.text[d.end:pos] and not _AND_OPENS.search(
            scene.text, max(0, d.start - 30), d.start) and not _THE_DAY.match(
            scene.text, d.end) and any(
            left <= t.start and t.end <= d.start for t in scene.triggers) and not (
            _RESULT_AFTER.fullmatch(scene.text, d.end, pos) and _ING.match(scene.text, pos)) and (
            _RESULT_NOUN.fullmatch(scene.text, d.end, pos) is None)
    # A stronghold noun in an apposition dates nothing of its own: "seized Wad Madani,
    # capital of al-Jazira state, on Monday".
    # A capture noun dates its own object: "the RSF's push into Sennar follows its capture of
    # Wad Madani in December".
    # ... nor one that opens another coordinated clause: "- and in December it stormed P".
    # ... nor one of a second predicate with its own auxiliary ("remains in the hands of
    # Jaish al-Islam and has been under siege since 2013").
    second = _AND_AUX.search(scene.text, pos, d.start)
    if _closed_apposition(scene, pos, d.start):
        # "liberated Vysokopillia, the first district centre retaken in the region, on 4
        # September": past an apposition set off by commas the verb's date follows.
        return False
    return any(pos < t.start and t.end <= d.start and (
        "," in scene.text[pos:t.start] or (t.kind == "nominal" and not _framed(scene, t))
        or (second is not None and second.start() < t.start)) and t.kind not in _STATE_NOUNS
        for t in scene.triggers) or (_AND_DATE.search(scene.text, pos, d.start) is not None
                                     and any(0 <= t.start - d.end <= 25
                                             and "," not in scene.text[d.end:t.start]
                                             for t in scene.triggers))


# A verb that tells one event came after another: "follows", "came weeks after".
_SEQUEL = re.compile(r"\b(?:follows|followed|comes\s+(?:[\w-]+\s+){0,2}?after|came\s+"
                     r"(?:[\w-]+\s+){0,2}?after)\b", re.IGNORECASE)


def _sequel_end(scene: Scene, pos: int) -> int | None:
    """Where a verb of sequence ends whose subject is the change noun at ``pos``, or None: a
    date past it is what came before ("The recapture of Wad Madani follows the army's return
    to Singa on 23 November")."""
    if not any(t.start == pos and t.kind == "nominal" for t in scene.triggers):
        return None
    seq = _SEQUEL.search(scene.text, pos)
    return seq.end() if seq is not None and "," not in scene.text[pos:seq.start()] else None


_FRAMING = re.compile(r"\b(?:during|in|amid|throughout)\s+(?:its|their|his|the|a|an)\s+"
                      r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _framed(scene: Scene, t: Trigger) -> bool:
    """Whether ``t`` is a campaign noun a verb's change happened in, whose date is the
    change's: "seized by Ukrainian forces in their offensive into the Kursk region in August
    2024"."""
    return _FRAMING.search(scene.text, max(0, t.start - 50), t.start) is not None


def _closed_apposition(scene: Scene, pos: int, start: int) -> bool:
    """Whether an apposition set off by commas ends right before ``start`` and opens right
    after the town that is the verb's object, at the first comma after ``pos``."""
    m = _CLOSED_APPOSITION.search(scene.text, pos, start)
    # (Not a speaker's clause, ", the General Staff said Sunday, 58 days after", nor one with
    # a relative clause whose verb the date may be: ", a town which Russia occupied once, in".)
    # (Nor the object of another trigger: "follows its capture of Wad Madani, the capital of
    # Gezira state, in December".)
    return m is not None and "," not in scene.text[pos:m.start()] and not (
        cues()["speech"].search(m.group()) or _RELATIVE_WORD.search(m.group())) and not any(
        pos < t.start < m.start() for t in scene.triggers) and any(
        pos < p.end <= m.start() and not scene.text[p.end:m.start()].strip()
        for p in scene.places)


def _settle(claims: list[Claim]) -> list[Claim]:
    """Within one sentence, a force that loses a place by the date of its holding ("the army
    base in Ardamata fell on November 4", told later), or a place another force takes by then
    ("Raqqa, its capital, which the SDF took in 2017"), is not held by it: the sentence
    reports the change. A holding dated apart ("from the RSF, which had controlled it since
    last summer") tells what came before."""
    # Only what happened changes a holding: "hopes to retake Wad Madani, which the RSF has
    # held since December" leaves it held.
    changed = {(c.place.geonameid, c.force, c.date) for c in claims
               if c.event == "lost" and c.modality == "asserted"}
    taken = {(c.place.geonameid, c.force, c.date) for c in claims
             if c.event == "captured" and c.modality == "asserted"}
    out = []
    for c in claims:
        if c.event == "held" and c.modality == "asserted" and (
                any(g == c.place.geonameid and f == c.force and (d == c.date or (
                    d is not None and c.date is not None and d <= c.date))
                    for g, f, d in changed)
                or any(g == c.place.geonameid and f != c.force and d is not None
                       and c.date is not None and d <= c.date for g, f, d in taken)):
            continue
        out.append(c)
    return out


def _defended(claims: list[Claim]) -> list[Claim]:
    """A force the story says holds a town on a day defends it in any fight for it that day
    ("battles IS in Mayadin", "Isis-held Mayadin"): its holding says it, not a second claim."""
    held = {(c.place.geonameid, c.force, c.date) for c in claims
            if c.event == "held" and c.modality == "asserted"}
    if not held:
        return claims
    return [c for c in claims if not (c.event == "contested" and c.modality == "asserted" and (
        c.place.geonameid, c.force, c.date) in held)]


def _redated(claims: list[Claim], headlines: set[int], published: dt.date | None
             ) -> list[Claim]:
    """A capture or loss dated only by the day the story ran takes the date its own sentence
    gives the same change told twice in it; or, in a sentence that names no date, the day the
    story's body gives the same change ("RSF takes Singa" over "... seized Singa on Saturday";
    "the fall of Avdiivka opens the road" after "captured Avdiivka on Saturday"): a town
    changes hands once in a story. From the body only a day is taken: a month or a year told
    elsewhere may be another time the town changed hands."""
    told: dict[tuple[int, str, str, str], Claim] = {}
    # The days each town changed hands on: where a story tells one, one force's capture is
    # another's loss ("the army recaptured Wad Madani on 11 January" ... "RSF units withdrew
    # overnight").
    days: dict[tuple[int, str], list[Claim]] = {}
    for c in claims:
        if c.evidence.offset not in headlines and c.event in _CHANGES \
                and c.date != published and c.date_precision == "day":
            told.setdefault((c.place.geonameid, c.force, c.event, c.modality), c)
            days.setdefault((c.place.geonameid, c.modality), []).append(c)
    # ... and the date a sentence gives the same change told twice in it ("Kherson was the only
    # regional capital captured by Russian forces; it fell on 2 March").
    within = {(c.evidence.offset, c.place.geonameid, c.force, c.event, c.modality): c
              for c in claims if c.event in _CHANGES and c.date != published}
    out = []
    for c in claims:
        twice = within.get((c.evidence.offset, c.place.geonameid, c.force, c.event, c.modality))
        # (Not news of the day told in a present perfect: "have retaken Saraqib, ..., reversing
        # a counterattack that had wrested it back last week".)
        if twice is not None and c.date == published and not _news_of_the_day(c):
            c = evolve(c, date=twice.date, date_precision=twice.date_precision)
        body = told.get((c.place.geonameid, c.force, c.event, c.modality))
        if body is None and c.event in _CHANGES:
            other = days.get((c.place.geonameid, c.modality), [])
            body = other[0] if len({o.date for o in other}) == 1 and any(
                o.force != c.force and o.event != c.event for o in other) else None
        if (body is not None and c.date == published
                and not _named_dates(c.evidence.sentence, published)):
            c = evolve(c, date=body.date, date_precision=body.date_precision)
        out.append(c)
    return out


# A present perfect's auxiliary, not one of a span ("have since recaptured").
_PERFECT_NEWS = re.compile(r"\b(?:has|have)\s+(?!since\b|long\b|been\s+held\b)", re.IGNORECASE)


def _news_of_the_day(c: Claim) -> bool:
    """Whether a claim's verb, between its force and its town, is a present perfect: the
    change is told as the day's news ("Syrian government forces have retaken Saraqib"), not
    over a span ("Since the offensive began, Turkish-backed fighters have seized P")."""
    force, place = c.evidence.force_span, c.evidence.place_span
    gap = c.evidence.sentence[force[1]:place[0]] if force and force[1] <= place[0] else ""
    return _PERFECT_NEWS.search(gap) is not None and not _SINCE.search(
        c.evidence.sentence, 0, place[0])


def _sides_of_one_change(claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """A capture or loss dated by the day the story ran, which its sentence does not name, takes
    the date the sentence gives the other side of the same change ("since December 2023, when it
    seized the city after SAF troops withdrew": the army's loss is of December 2023 too)."""
    dated: dict[tuple[int, int, str], list[Claim]] = {}
    for c in claims:
        if c.event in _CHANGES and c.date not in (None, published):
            dated.setdefault((c.evidence.offset, c.place.geonameid, c.modality), []).append(c)
    if not dated:
        return claims
    out = []
    for c in claims:
        if c.event in _CHANGES and c.date == published and c.date_precision == "day":
            # (Not past another force's change of the same kind: "Sinjar, which the Peshmerga
            # recaptured from ISIS in November 2015" was another change than "PMF units moved
            # into Sinjar".)
            other = [o for o in dated.get((c.evidence.offset, c.place.geonameid, c.modality), ())
                     if o.force != c.force]
            if other and all(o.event != c.event for o in other) and len(
                    {(o.date, o.date_precision) for o in other}) == 1 and not any(
                    d.date == published and d.precision == "day"
                    for d in _named_dates(c.evidence.sentence, published)):
                c = evolve(c, date=other[0].date, date_precision=other[0].date_precision)
        out.append(c)
    return out


def _told_then(claims: list[Claim], sentences: list[Sentence], doc: str,
               published: dt.date | None, written: dict[tuple[int, int], int],
               past: Callable[[], bool]) -> list[Claim]:
    """A capture or loss told in the past and dated only by the day the story ran takes the one
    day the sentence right before it names, in the same paragraph: a story tells its events in
    order ("On 29 June the RSF entered Singa. Army units withdrew from Dinder"). In a story told
    of the past (most of its days and months long before the day it ran), it takes the last
    day or month its paragraph named before it."""
    if published is None:
        return claims
    starts = [s.start for s in sentences]
    days: dict[int, list[dt.date]] = {}
    out = []
    for c in claims:
        k = bisect.bisect_right(starts, c.evidence.offset) - 1
        # (A present perfect tells a change as news of the day: "Syrian troops have retaken
        # the city".)
        if k > 0 and c.event in _CHANGES and c.modality == "asserted" and _dated_by_writing(
                c, published) and not PRESENT_PERFECT.search(c.evidence.sentence):
            prev = sentences[k - 1]
            if k not in days:
                # (Not past a paragraph's end, nor from a headline over the story.)
                joined = "\n\n" not in doc[prev.start + len(prev.text):sentences[k].start]
                # (... the day read in its own story's time, from the sentences before it.)
                told = tuple(t.text for t in sentences[max(0, k - 3):k - 1])
                days[k] = sorted({d.date for d in find_dates(prev.text, published, None, told,
                                                             written=written)
                                  if d.precision == "day" and d.date < published
                                  and not (d.since or d.duration)}) \
                    if joined and not prev.headline else []
            if len(days[k]) == 1:
                c = evolve(c, date=days[k][0])
            elif (last := _last_in_paragraph(sentences, k, doc, published)) is not None and past():
                c = evolve(c, date=last.date, date_precision=last.precision)
        out.append(c)
    return out


def _named_once(claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """A capture or loss dated only by the day the story ran, whose sentence names one other
    date, takes it when no word between them gives that date to another clause or to an
    apposition of the town ("On January 11 troops entered the city centre and the RSF
    withdrew", which the clause rules had left undated)."""
    if published is None:
        return claims
    out = []
    for c in claims:
        if c.event in _CHANGES and c.modality == "asserted" and c.date == published \
                and c.date_precision == "day":
            told = _told_dates(c.evidence.sentence, published)
            if len(told) == 1 and (published - told[0].date).days > 1 and _own_date(c, told[0]):
                c = evolve(c, date=told[0].date, date_precision=told[0].precision)
        out.append(c)
    return out


def _own_date(c: Claim, when: When) -> bool:
    """Whether the date ``when`` of a claim's sentence is the claim's own (see ``_named_once``)."""
    other, apposition, lookback = _named_once_words()
    s, town = c.evidence.sentence, c.evidence.place_span[0]
    if town < when.start:
        between = s[town:when.start]
        if apposition.search(between) or _OPENS_NEXT.search(between):
            return False  # "Sudzha, the town Ukraine seized in August"; "... and in December"
    else:
        between = s[max(0, when.start - lookback):when.start]
        # (Not across a joint to the claim's own clause: "In 2015 IS seized Jarablus and
        # Turkish troops retook it", "IS seized Mosul in June 2014 and was driven out of
        # Raqqa".)
        force = c.evidence.force_span
        if _COORDINATED.search(s, when.end, force[0] if force and when.end <= force[0]
                               else town):
            return False
    # (Nor a date a "when" clause tells of: "the wound of 1982, when Assad's father ...".)
    return not (other.search(between) or _WHEN_AFTER.match(s, when.end))


# What joins a clause with a subject of its own to the one before it.
_COORDINATED = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.IGNORECASE)
# ... and a date opening the next of two coordinated clauses: "seized Nyala and in December".
_OPENS_NEXT = re.compile(r"(?:\b(?:and|but|while)|;)\s+(?:(?:on|in|by|at|during|the)\s+)?$",
                         re.IGNORECASE)


@cache
def _named_once_words() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    data = rules("dates")["named_once"]
    other = "|".join(re.escape(w) for w in sorted(data["other_clause"], key=len, reverse=True))
    opener = "|".join(re.escape(w) for w in data["apposition"])
    return (re.compile(rf"\b(?:{other})\b", re.IGNORECASE),
            re.compile(rf",\s+(?:{opener})\b", re.IGNORECASE), int(data["lookback"]))


def _in_story_year(claims: list[Claim], doc: str, published: dt.date | None,
                   past: Callable[[], bool]) -> list[Claim]:
    """In a story told of the past, a day or month written without its year is of the year of
    the last date its paragraph wrote in full before it, when it does not lie before that date
    in the year ("In May 2015 ... On 21 May, IS fighters overran Tadmur ... In August they
    seized al-Qaryatayn"), not of the last such day before the story ran."""
    if published is None:
        return claims
    anchors: dict[int, When | None] = {}
    out = []
    for c in claims:
        if c.modality == "asserted" and _yearless(c, published):
            start = doc.rfind("\n\n", 0, c.evidence.offset) + 1
            if c.evidence.offset not in anchors:
                written = [d for d in find_dates(doc[start:c.evidence.offset], published)
                           if d.precision in ("day", "month") and not (d.since or d.duration)
                           and YEAR.search(doc, start + d.start, start + d.end)]
                anchors[c.evidence.offset] = written[-1] if written else None
            anchor = anchors[c.evidence.offset]
            date = in_year(c.date, anchor.date.year) if anchor is not None \
                and c.date.month >= anchor.date.month and c.date.year != anchor.date.year \
                else None
            # (Whether the story is told of the past is asked last: reading all its dates
            # costs more than the rest.)
            if date is not None and date <= published and past():
                c = evolve(c, date=date)
        out.append(c)
    return out


# A month the day of writing names itself: "last month", "in July this year" (also written
# after the date's span: ``WHICH_YEAR``).
_WRITING_TIME = re.compile(r"\b(?:this|last)\s+(?:year|month)\b", re.IGNORECASE)
# A count of years from the story's last date: its year is not the sentence's.
_YEARS_ON = re.compile(r"\b(?:a|one|two|three|four|five|\d+)\s+years?\s+"
                       r"(?:later|on|earlier|before)\b", re.IGNORECASE)


def _yearless(c: Claim, published: dt.date) -> bool:
    """Whether a claim is dated by a date of its sentence written with a month's name and no
    year ("on 21 May", "in August")."""
    if c.date in (None, published) or c.date_precision not in ("day", "month"):
        return False  # (a day of writing is the story's own year)
    s = c.evidence.sentence
    if not names_month(s) or _YEARS_ON.search(s):
        return False  # "Two years later, ... entered Afrin on March 18"
    same = [d for d in _named_dates(s, published) if d.precision == c.date_precision
            and (d.date.month, d.date.day) == (c.date.month, c.date.day)]
    # (Not a month the day of writing places: "in July this year", or "last month ... in
    # July".)
    return any(names_month(s[d.start:d.end]) and not YEAR.search(s, 0, d.end) for d in same) \
        and not any(_WRITING_TIME.search(s, d.start, d.end) or WHICH_YEAR.match(s, d.end)
                    for d in same)


def _told_dates(sentence: str, published: dt.date) -> list[When]:
    """The dates a sentence names as when something happened: not a span's start, a duration
    or the date of the clause after it."""
    return [d for d in _named_dates(sentence, published)
            if not (d.since or d.duration or d.next_clause)]


def _dates_told(s: Sentence, published: dt.date) -> list[When]:
    """The days and months a sentence names as when something happened."""
    return [d for d in _told_dates(s.text, published) if d.precision in ("day", "month")]


def _told_of_past(sentences: list[Sentence], published: dt.date) -> bool:
    """Whether a story is told of the past: of four or more days and months it names, most lie
    more than two months before the day it ran (a long read, a look back)."""
    told = [d.date for s in sentences if not s.headline for d in _dates_told(s, published)]
    return len(told) >= 4 and 2 * sum((published - d).days > 60 for d in told) >= len(told)


def _last_in_paragraph(sentences: list[Sentence], k: int, doc: str, published: dt.date
                       ) -> When | None:
    """The last day or month named before sentence ``k`` in its paragraph, before the day the
    story ran."""
    for j in range(k - 1, -1, -1):
        if "\n\n" in doc[sentences[j].start + len(sentences[j].text):sentences[j + 1].start] or (
                sentences[j].headline):
            return None
        told = [d for d in _dates_told(sentences[j], published) if d.date < published]
        if told:
            return told[-1]
    return None


def _in_sections(claims: list[Claim], sections: list[tuple[int, int, dt.date]],
                 published: dt.date | None) -> list[Claim]:
    """Claims dated only by the day a text ran take the day of the section they are in: a
    timeline's, or the whole report's its header dates it by."""
    out = []
    for c in claims:
        day = next((d for start, end, d in sections if start <= c.evidence.offset < end), None)
        if day is not None and _dated_by_writing(c, published):
            c = evolve(c, date=day)
        out.append(c)
    return out


def _dated_by_writing(c: Claim, published: dt.date | None) -> bool:
    """Whether a claim has only the day its story ran for a date: its sentence names none."""
    return c.date == published and c.date_precision == "day" and not _named_dates(
        c.evidence.sentence, published)


@lru_cache(maxsize=256)
def _named_dates(sentence: str, published: dt.date | None) -> tuple[When, ...]:
    """The dates a claim's sentence names by itself: the passes over an article's claims ask
    it of each claim dated by the day of writing, several claims to a sentence."""
    return tuple(find_dates(sentence, published))


def _in_month(claims: list[Claim], month: dt.date | None, published: dt.date | None
              ) -> list[Claim]:
    """Claims of a monthly digest dated only by the day it ran, or by its own month told
    without "this" ("early month"), take the ``month`` its header names."""
    if month is None or published is None:
        return claims
    words = _month_words()
    out = []
    for c in claims:
        told = words.search(c.evidence.sentence) is not None
        if _dated_by_writing(c, published) or (
                told and c.date == published.replace(day=1) and c.date_precision == "month"):
            c = evolve(c, date=month, date_precision="month")
        out.append(c)
    return out


@cache
def _month_words() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in rules("dates")["report_header"][
        "month_words"]), re.IGNORECASE)


def _note_holders(holders: dict[int, tuple[dt.date, str]], claims: list[Claim],
                  sides: tuple[str, ...]) -> None:
    """Record who ``claims`` say holds each town, the latest date winning: the taker, the
    holder, the besieged, or the other side of a war of two ``sides`` for a loss."""
    for c in claims:
        if c.modality != "asserted" or c.date is None or c.event == "contested":
            continue
        force = other_side(sides, c.force) if c.event == "lost" else c.force
        g = c.place.geonameid
        if force and (g not in holders or holders[g][0] <= c.date):
            holders[g] = (c.date, force)


def _note_keepers(keepers: dict[int, str], claims: list[Claim]) -> None:
    """Record who ``claims`` say holds or defends each town, and forget a keeper that lost it
    or whose town was taken."""
    for c in claims:
        g = c.place.geonameid
        if c.modality != "asserted":
            continue
        if c.event in ("held", "besieged"):
            keepers[g] = c.force
        elif (c.event == "captured" and keepers.get(g) != c.force) or (
                c.event == "lost" and keepers.get(g) == c.force):
            keepers.pop(g, None)


def _starts_folded(claims: list[Claim]) -> list[Claim]:
    """A state still lasting told with its start is one claim, on the day of writing with
    ``since``: its copy on the start day goes, unless a pass has dropped or redated the one it
    pairs with."""
    starts = {_told_at(c, c.since, c.since_precision) for c in claims if c.since is not None}
    if not starts:
        return claims
    return [c for c in claims
            if c.since is not None or _told_at(c, c.date, c.date_precision) not in starts]


def _told_at(c: Claim, date: dt.date | None, precision: str) -> tuple:
    return (c.place.geonameid, c.force, c.event, c.modality, date, precision,
            c.evidence.offset, c.evidence.place_span)


def _retold(claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """A change told by its noun ("The recapture of Wad Madani follows its advances in
    Sennar"), dated only by the day the story ran, that the story also tells with a day of the
    story's month ("The army retook Wad Madani on Saturday") retells that one: it takes the
    first such day told."""
    if published is None:
        return claims
    told = _first_told(claims, lambda c: c.date_precision == "day" and c.date is not None
                       and 1 < (published - c.date).days <= _RETOLD_DAYS)
    return [evolve(c, date=then.date) if (
        c.event in _CHANGES and c.modality == "asserted" and c.date == published
        and c.date_precision == "day" and _CHANGE_NOUN_BEFORE.search(
            c.evidence.sentence, 0, c.evidence.place_span[0]) is not None
        and (then := told.get((c.place.geonameid, c.force, c.event))) is not None) else c
        for c in claims]


def _first_told(claims: list[Claim], keep: Callable[[Claim], bool]) -> dict[tuple, Claim]:
    """The first dated, asserted change the story tells (in text order) of each place, force
    and event, of those ``keep`` keeps."""
    told: dict[tuple, Claim] = {}
    for c in sorted(claims, key=lambda c: c.evidence.offset):
        if c.event in _CHANGES and c.modality == "asserted" and c.date is not None and keep(c):
            told.setdefault((c.place.geonameid, c.force, c.event), c)
    return told


def _ranked_told(claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """A change told only by the town's rank among those taken ("the only regional capital
    captured by Russian forces"), with no time of its own, takes the time the story gives the
    same change elsewhere (the first told); told nowhere else, it is a trait of the town, not
    news of a change, and is left out. (In a story with no day of writing every change is
    undated, and all are kept.)"""
    if published is None:
        return claims
    told = _first_told(claims, lambda c: True)
    out = []
    for c in claims:
        if c.event in _CHANGES and c.modality == "asserted" and c.date is None:
            then = told.get((c.place.geonameid, c.force, c.event))
            if then is None:
                continue
            c = evolve(c, date=then.date, date_precision=then.date_precision)
        out.append(c)
    return out


# "the only regional capital captured by", "the largest settlement to fall to", "the first big
# city to be retaken in": a town's rank among those taken, right before the change's verb.
_RANKED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(word_set('dates', 'ranks'))})\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(word_set('clauses', 'town_heads'))})\s+"
    r"(?:(?:in|on|of)\s+[^,;.:]{2,30}?\s+)?(?:to\s+(?:be\s+)?)?(?:\w+ly\s+)?$", re.IGNORECASE)


# A change's noun right before its town: "the recapture of (the city of) Wad Madani".
_CHANGE_NOUN_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(frame_words('nominal')))})\s+of\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE)


def _merge(claims: list[Claim]) -> list[Claim]:
    """One claim per place, force, event, modality and date: the most confident reading."""
    best: dict[tuple, Claim] = {}
    order: list[tuple] = []
    for c in claims:
        key = (c.place.geonameid, c.force, c.event, c.modality, c.date, c.date_precision)
        if key not in best:
            order.append(key)
            best[key] = c
        elif c.confidence > best[key].confidence:
            best[key] = c
    return [best[k] for k in order]


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone inside quote marks."""
    return start > 0 and text[start - 1] in '"“' and text[end:end + 1] in ('"', "”")
