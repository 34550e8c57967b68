"""Event frames: where the force and the place stand around a trigger word.

Each frame kind of ``events.toml`` has one function here. A frame reads one sentence (a
``Scene``) around one trigger and returns ``Finding``s: force mention, place mention, event.
Voice (active, passive, "fell to"), nominalisations ("the capture of P by F"), appositions
("P, the group's last stronghold"), hyphenated holders ("ISIS-held P") and attempts ("trying to
oust") are handled here, each in one place.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache

from geo.claims import Event
from geo.extract.actors import ForceMention
from geo.extract.clauses import (
    Clauses,
    grammar,
    is_oblique,
    is_past,
    passive_before,
    word_before,
    words,
)
from geo.extract.data import rules, word_set
from geo.extract.folding import fold
from geo.extract.modality import attribution, cues, modality, speech_verbs
from geo.extract.places import PlaceMention
from geo.extract.sides import other_side
from geo.extract.starts import first_word, matches
from geo.extract.trie import initials, trie_pattern

_FORMER = re.compile(r"\b(?:former|formerly|once|erstwhile|ex|until recently|used to(?: be)?|"
                     r"previous|previously)\b",
                     re.IGNORECASE)
# "P is now the group's last bastion", also after an apposition ("Rawa, a town further up the
# Euphrates, is now ...").
_COPULA = re.compile(r"^(?:\s*,[^,;]{0,60},)?\s*(?:is|was|remains|remained|became|has become|"
                     r"had become|had been|has been|is still|was still)\s+(?:(?:a|an|the)\s+)?"
                     r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_PAST_COPULA = re.compile(r"^(?:\s*,[^,;]{0,60},)?\s*(?:was|became|had become|had been|"
                          r"used to be)\b", re.IGNORECASE)
# An apposition is a noun phrase, maybe after the day of the event ("into Sukhnah on Sunday,
# the last ..."): ", giving them control of the capital" or ", captured in 2014 by the" open
# clauses instead.
# ... also after the kind word that ends the town's name ("Sennar city, the army's main base").
_APPOSITION = re.compile(r"^\s*(?:(?:city|town)\s*)?(?:on\s+[A-Z][a-z]+(?:\s+\d+)?\s*)?,\s*"
                         r"(?![\w'’-]+(?:ing|ed)\s)(?:[\w'’-]+\s+){0,7}$")
# ... or a longer one, which a phrase of control may close ("El Fasher, the last major city in
# the western Darfur region still under army control").
_LONG_APPOSITION = re.compile(r"^\s*,\s*(?:the|a|an|its)\s+(?![\w'’-]+(?:ing|ed)\s)"
                              r"(?:[\w'’-]+\s+){0,11}$")
# What may stand between a place and its relative pronoun: "city", an apposition ("Lysychansk,
# its twin city across the river, which"), the region it lies in ("El Obeid in North Kordofan,
# where"), a quantifier ("most of which").
_RELATIVE_HEAD = re.compile(r"\s*(?:city|town|village)?\s*(?:itself\s*)?"
                            r"(?:\s+in\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?=,))?"
                            r"(?:,\s*(?:[\w'’-]+\s+){0,15}[\w'’-]+){0,2}"
                            r"(?:\s+in\s+(?:the\s+(?:neighbou?ring\s+)?)?(?:[A-Z][\w'’-]*\s+){0,2}"
                            r"[A-Z][\w'’-]*(?:\s+(?:region|province|oblast|state|governorate))?)?"
                            r"(?:\s+(?:to|in)\s+the\s+(?:north|south|east|west)\w*)?"
                            r"\s*(?:,|\s[-–—])?\s*"
                            r"(?:most of |much of |parts of |all of |both of |in )?")
# "a town east of Aleppo that ...": a place named to locate another is not the head.
_LANDMARK = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|"
                       r"on\s+the\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
                       r"edges?\s+of|"
                       r"outside|(?:road|highway|way)\s+(?:to|from))\s+(?:the\s+)?"
                       r"(?:(?:occupied|besieged|[\w-]+-held)\s+)?$", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which)\b[^,]*,\s*$", re.IGNORECASE)
# Where a second clause joins the first: "..., and the paramilitary continues to".
_JOINED = re.compile(r",\s+(?:and|but|while|as)\s", re.IGNORECASE)
# An aside after a subject, a noun phrase between commas: ", the paramilitary group battling
# Sudan's army for control of the country, ".
_ASIDE = re.compile(r",\s+(?:the|an?)\s[^,;:()\u2014]*,\s*", re.IGNORECASE)
# A second predicate: "..., and on Saturday " or " and later " before its verb.
_WHICH_WHO = re.compile(r",\s*(?:which|who)\s+", re.IGNORECASE)
# A verb's object and a second verb joined to it, maybe dated: "... siege of its headquarters
# in January and in February retook".
_JOINED_VERB = re.compile(r"[^,;.]{1,90}?\s+and\s+(?:(?:in|on|by|at)\s+[\w.]+(?:\s+\d+)?\s+|"
                          r"\w+ly\s+|then\s+|later\s+)*", re.IGNORECASE)
_AND_PREDICATE = re.compile(r",?\s+(?:and|but)\s+([^,;]*)$", re.IGNORECASE)
_LIST_NEXT = re.compile(r"\s*,\s*")
# A verb of an absolute phrase, "with the army holding Khartoum" (and of a gerund).
_WITH_ING, _WITH = re.compile(r"\w+ing\b"), re.compile(r"\bwith\s", re.IGNORECASE)
# A second verb with its own auxiliary: "... and was retaken by".
_OWN_VERB = re.compile(r"\band\s+(?:was|were|is|are|has|have|had)\b", re.IGNORECASE)
# A plural apposition inside a list of towns, before its next member: ", the two main towns
# on the M5 road, as well as".
_LIST_APPOSITION = re.compile(r",\s*(?:the|both|all)\s+[^,;]{0,40}\b(?:towns|cities|villages)"
                              r"\b[^,;]{0,40},\s*(?:and|as\s+well\s+as)\s+", re.IGNORECASE)
# A clause that is only a subordinator before a gerund: "after retaking", "before seizing".
_GERUND_OPENING = re.compile(r"(?:after|before|while|since|when|by|upon|on)?\s*", re.IGNORECASE)
_LIST_ON = re.compile(r"\s*(?:,|and\b|or\b)")
# A relative clause right after a name ("north of Toretsk, which ..."; "of Idlib city, which")
# speaks of it, even one named to locate another.
_COMMA_AFTER = re.compile(r"\s*(?:city|town|village)?\s*[,\-–—]\s*")
# "P has been under siege", also after an aside in commas or dashes ("El Fasher - the last
# army stronghold in Darfur - has now been under RSF siege").
# (... also past the division a town is in: "Kadugli and Dilling in South Kordofan remain under")
_UNDER_SIEGE = re.compile(r"^(?:\s*(?:,|\s[-–—])[^,;]{1,80}?(?:,|\s[-–—]))?"
                          r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
                          r"\s*(?:(?:had|has|have)\s+(?:\w+\s+)?been|is|was|are|were|remains?|"
                          r"remained|came|comes|lay|lies)\s+(?:\w+\s+)?under\s+(?:a\s+)?"
                          r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_ADJACENT = re.compile(r"^\s*$")
_SEAT_NOUNS, _SEAT_RANKS = (word_set("places", k) for k in ("seat_nouns", "seat_ranks"))
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
_NP_WORD = re.compile(r"[\w'’-]+")
_ADJACENT_COMMA = re.compile(r"^[\s,]*$")
_CLAIMED = re.compile(r"\b(?:declared?|declares|declaring|announced?|announces|celebrated?|"
                      r"celebrates|celebrating|completed?|completes|claimed?|claims|hailed?|"
                      r"reported|reports|reporting|"
                      r"proclaimed?|confirm|confirms|confirmed|won)\s+(?:the\s+|a\s+|its\s+|"
                      r"their\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
# "most of", "parts of the city of", "90 percent of": what may stand before a place named
# inside a part of it.
_PART_OF = re.compile(r"\b[\w%]+(?:\s+cent)?\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
                      re.IGNORECASE)
# "Fallujah, just 50 km to the east, and Mosul": a short apposition inside a coordination.
_APPOSED_AND = re.compile(r"(?:[\w'’.-]+\s+){0,9}[\w'’.-]+\s*,\s*(?:and|or|as well as)")
# In an apposition between listed towns, what opens no clause: "Nyala, Sudan's second city
# before the war, and Zalingei"; "El Fasher, the capital and a hub for aid groups, and".
_APPOSITION_FILLER = re.compile(r"\bbefore\s+the\s+(?:war|conflict|invasion|fighting)\b"
                                r"|\band\s+(?=(?:a|an|the|its|their)\s)", re.IGNORECASE)
# A list whose members repeat their preposition: "from Sinjar and from Makhmur".
# ... also past a time set off by commas: "of Melitopol and, a day later, of Berdiansk".
_PREP_JOINT = re.compile(r"(?:and|or)(?:\s*,[^,;]{1,30},)?\s+[a-z]+")
# Names the gazetteer does not know, listed between two towns: "Kafr Zita, Al-Latamenah and
# Mourek".
# ... also with a lower-case article ("Kafr Zita, al-Lataminah and Morek").
_NAME = r"(?:(?:al|el|ad|ar|as|at|az|an|ash|ad)-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_UNKNOWN_MEMBERS = re.compile(rf"(?:{_NAME}\s*,\s*){{0,2}}{_NAME}\s*,?\s*(?:and|or)")
# What joins two towns in a list of objects: "P and Q", "P, Q", "P as well as Q".
_JOINTS = frozenset({"and", "", "or", "as well as"})
# "captured the country's second-largest city, Mosul": a noun phrase for a town, then its name.
_NAMED_AFTER = re.compile(r"\s*(?:the|a|an|its|their)?\s*(?:[\w'’-]+\s+){0,4}(?:city|town|"
                          r"village|capital)\s*,\s*", re.IGNORECASE)
_FRONTED = re.compile(r"\s*(?:in|inside|around|across)\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town|"
                      r"village)\s+of\s+)?", re.IGNORECASE)
# "the eastern village of", "the nearby town of": the noun phrase a town's name heads, before
# the name (``_KIND_OF``) or at the end of a joint between two names (``_KIND_TAIL``).
_KINDS = r"(?:city|town|village|settlement|port|hub|cities|towns|villages|settlements)"
_KIND_NP = rf"(?:the|a)\s+(?:[\w'’-]+\s+){{0,3}}?{_KINDS}\s+of"
_KIND_OF = re.compile(rf"\b{_KIND_NP}\s+$", re.IGNORECASE)
# An apposition that names what kind of place the town before it is: ", a large village on".
_KIND_APPOSITION = re.compile(rf",\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_KINDS}|capital)\b"
                              r"[^,;]{0,20}")
# ... also one that goes on to place it ("Bara, a town in North Kordofan some 60 kilometres
# north of El Obeid, which ...": the relative clause is Bara's).
_PLACED_KIND_APPOSITION = re.compile(rf",\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?"
                                     rf"(?:{_KINDS}|capital)\b[^,;]{{0,60}}")
# ... and nothing else, before a participle that tells of the place: ", a Christian town".
_KIND_PARTICIPLE = re.compile(rf"^\s*,\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_KINDS}\s+$",
                              re.IGNORECASE)
# An apposition giving only a bearing, perhaps with its distance: "Abu Zabad, (80 km) east of".
_DISTANCE_APPOSITION = re.compile(r",\s*(?:(?:some|about|around|roughly|nearly|just|only)\s+)?"
                                  r"(?:[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+)?",
                                  re.IGNORECASE)
_KIND_TAIL = re.compile(rf"\s{_KIND_NP}$", re.IGNORECASE)
# A list the phrase before it includes: "including", "among them", "such as", "that includes
# the towns of".
_INCLUDING = re.compile(r",?\s*(?:--\s*|[-–—]\s*)?\b(?:including|among\s+them|among\s+which|"
                        r"such\s+as|(?:that|which)\s+includes?(?:\s+the\s+towns?\s+of)?)\b"
                        # ... or a dash before the names ("four of the five state capitals
                        # in Darfur - Nyala, Zalingei, El Geneina and El Daein -").
                        r"|\s(?:--|[-–—])\s+(?=[A-Z])", re.IGNORECASE)
# A range set off after a stretch of ground, and its far end past an aside: "the left bank,
# from Oleshky and Hola Prystan, just across the water, to Nova Kakhovka".
_RANGE_FROM = re.compile(r"[^,;.]{0,40}?,\s*(?:(?:stretching|running|extending)\s+)?from\s",
                         re.IGNORECASE)
_RANGE_TO = re.compile(r"(?:,[^,;.]{1,40},)?\s*(?:all\s+the\s+way\s+)?to\s", re.IGNORECASE)
# From a passive's subject to its verb: "P, which has been (fought over)".
_FOUGHT_OVER = re.compile(r"(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+(?:region|province|oblast))?)?"
                          r"(?:,?\s*(?:which|that))?\s+(?:(?:has|have|had)\s+)?"
                          r"(?:been|was|were|is|are)\s+(?:\w+ly\s+)?", re.IGNORECASE)
# A singular verb right after a town: it is the subject of a clause of its own (a plural one
# may be the whole list's: "the battles for Toretsk and Chasiv Yar are grinding on").
_SINGULAR_VERB = re.compile(r"\s+(?:was|is|has|fell|falls|remains|followed|follows|went)\b")
_CAMPAIGN_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:offensive|counteroffensive|"
                          r"counter-offensive|campaign|advance|assault|push)"
                          r"(?:\s+(?:in|on|near|around|across)\s+[^,;]{1,40})?\s*,?\s*",
                          re.IGNORECASE)
_FIRED_FROM = re.compile(r"\bfrom\s+(?:where|which|there)\b", re.IGNORECASE)
_QUANTIFIED = re.compile(r"\b(?:percent|per cent|%|most|much|all|half|parts?|rest|bulk)\s+of\s+"
                         r"(?:the\s+)?$")


@dataclass(frozen=True, slots=True)
class Trigger:
    """An event word in a sentence and the frame it opens."""

    start: int
    end: int
    word: str
    kind: str
    event: Event


@dataclass(frozen=True, slots=True)
class Finding:
    """One frame reading: ``force`` did ``event`` at ``place``, cued by ``trigger``."""

    event: Event
    force: ForceMention
    place: PlaceMention
    trigger: Trigger
    penalty: float = 0.0


@dataclass
class Scene:
    """One sentence with its mentions (offsets relative to the sentence)."""

    text: str
    places: list[PlaceMention]
    forces: list[ForceMention]
    headline: bool = False
    last_force: ForceMention | None = None
    # The force the story is about: the only one so far that took or fought for a place. An
    # agentless passive ("the town had been liberated") of the article's day is its doing.
    actor: ForceMention | None = None
    # The town the sentence before reported taken or fought for, which a withdrawal with no
    # object may leave.
    previous_town: PlaceMention | None = None
    consumed: set[int] = field(default_factory=set)
    # The sentence's event words, set by ``read_scene``: frames may look at their neighbours.
    triggers: list[Trigger] = field(default_factory=list)
    # A war of two sides (the lexicon's ``sides``): a siege by one besieges the other.
    sides: tuple[str, ...] = ()
    # (place, force) of the losses the sentence before asserted: "The SDF pulled out of P.
    # Hours later, Turkish troops entered the town" is a capture.
    left_before: frozenset[tuple[int, str]] = frozenset()
    # The force a bare "occupied" or "occupation" means in this war (its lexicon's), or "",
    # and the countries whose towns it took.
    occupier: str = ""
    occupied: frozenset[str] = frozenset()
    # The forces the sentence before told took a town: "Sievierodonetsk followed" is taken by
    # them too.
    taken_before: frozenset[str] = frozenset()
    # Who the story has so far said holds each town (by geonameid): the last to take or hold
    # it. In a war of two sides, a town that falls with no taker named falls to the other.
    holders: Mapping[int, str] = field(default_factory=dict)
    # Who the story last said holds or defends each town, whatever the day: a force entering
    # a town it holds relieves it.
    keepers: Mapping[int, str] = field(default_factory=dict)
    _oblique: dict[int, bool] = field(default_factory=dict, repr=False)
    _relative: dict[int, int | None] = field(default_factory=dict, repr=False)

    @cached_property
    def clauses(self) -> Clauses:
        """The sentence's clause structure, worked out on first use."""
        return Clauses(self.text)

    # -- looking around a position --------------------------------------------------------

    @cached_property
    def blanked(self) -> str:
        """The sentence with its place and force mentions blanked out."""
        return _blank(self.text, (*self.places, *self.forces))

    @cached_property
    def placeless(self) -> str:
        """The sentence with its place mentions (only) blanked out."""
        return _blank(self.text, self.places)

    def gap_words(self, a: int, b: int) -> list[str]:
        """Words between two offsets, with place and force mentions blanked out."""
        return words(self.blanked[a:b])

    def subjects(self, first: ForceMention, pos: int) -> list[ForceMention]:
        """All the coordinated subjects in the clause before ``pos`` ("Turkish forces and
        Syrian rebels captured"), given the one ``subject`` found, or that one alone."""
        left, _ = self.clauses.bounds(pos)
        inside = [m for m in self.forces if left <= m.start and m.end <= pos]
        if not inside or first not in (named := self.conjuncts(inside[-1])):
            return [first]
        return named

    def subject(self, pos: int, fallback: bool = True, strict: bool = True
                ) -> tuple[ForceMention | None, float]:
        """The force acting as subject before ``pos``: in the clause, else (``fallback``)
        earlier in the sentence when the clause has no subject of its own ("the rebels
        announced they had taken"), with a penalty."""
        head = self.relative_head(pos) or self._joined_relative_head(pos)
        if head is not None:
            return head, 0.0
        if _WITH_ING.match(self.text, pos) and _WITH.search(self.text, max(0, pos - 60), pos):
            # "with the army (still) holding Khartoum": the army holds it.
            absolute = next((m for m in reversed(self.forces) if m.end <= pos and all(
                w in grammar().adverbs for w in words(self.text[m.end:pos]))), None)
            if absolute and word_before(self.text, absolute.start,
                                        grammar().determiners) == "with":
                return absolute, 0.0
        left, _ = self.clauses.bounds(pos)
        if left and _GERUND_OPENING.fullmatch(self.text, left, pos) and _WITH_ING.match(
                self.text, pos):
            # "it had surrounded Russian troops in Lyman after retaking Yampil": a gerund
            # after "after" has the subject of the clause it follows, not its object.
            outer, _ = self.clauses.bounds(left - 1)
            verb = next((t for t in self.triggers if outer <= t.start < left), None)
            first = self.subject(verb.start, fallback, strict)[0] if verb else next(
                (m for m in self.forces if outer <= m.start and m.end <= left
                 and not m.possessive and not m.holder and not self.oblique(m)), None)
            if first is not None:
                return self.conjuncts(first)[0], 0.05
        cands = [m for m in self.forces if m.end <= pos and not m.possessive and not m.holder
                 and id(m) not in self.consumed and not self.oblique(m) and not self.label(m)]
        # "The RSF, the paramilitary group battling Sudan's army, seized P": the verb after an
        # aside set off by commas is the subject's, not that of a force the aside names.
        aside = next((m for m in cands if _ASIDE.fullmatch(self.text, m.end, pos)), None)
        if aside is not None:
            return self.conjuncts(aside)[0], 0.0
        inside = [m for m in cands if m.start >= left]
        if inside:
            # "Syrian troops and Hezbollah fighters captured": the first named leads.
            return self.conjuncts(self._leading(inside, pos))[0], 0.0
        rel = _RELATIVE_CLAUSE.search(self.text, 0, left)
        if rel:
            # "Islamic State militants, who seized Raqqa in 2014, are now besieged": the verb
            # after the relative clause belongs to the noun before it.
            before = [m for m in cands if m.end <= rel.start()]
            if before:
                return before[-1], 0.05
        if cands and fallback and (not strict or _no_subject(self.text[left:pos])
                                   or _AND_VERB.search(self.text, left, pos)):
            # "have been advancing since April, when the offensive began, and seized P": a
            # verb coordinated after an aside shares the subject named before it.
            return cands[-1], 0.15
        if fallback and _no_subject(self.text[left:pos]):
            # "Russia's defence ministry said it had seized P": the speaker's owner acts.
            owners = [m for m in self.forces if m.possessive and m.end <= left
                      and _OWNER_SAID.match(self.text, m.end, left)]
            if owners:
                return owners[-1], 0.15
        return None, 0.0

    def _leading(self, inside: list[ForceMention], pos: int) -> ForceMention:
        """The subject among a clause's forces before the verb at ``pos``: the last of them,
        unless the verb is coordinated after an earlier predicate that names that one ("troops
        broke the IS siege of Deir ez-Zor, and on Saturday seized P"): the two verbs share the
        subject that opened the clause."""
        # Not the object of a fronted gerund ("After overrunning the army garrison, RSF
        # columns moved south and entered Singa").
        first = next((m for m in inside if not word_before(
            self.text, m.start, grammar().determiners).endswith("ing")), inside[0])
        if len(inside) > 1:
            joined = _AND_PREDICATE.search(self.text, first.end, pos)
            if joined and inside[-1].end <= joined.start() and _no_subject(joined.group(1)):
                return first
        return inside[-1]

    def relative_open(self, pos: int) -> int | None:
        """Where a relative clause whose verb is at ``pos`` starts ("... militia that took"),
        right after its pronoun; None when the verb opens no relative clause. Frames and
        claims ask this of the same verb several times: worked out once per position."""
        if pos in self._relative:
            return self._relative[pos]
        # Places blanked: "the military, which declared Khartoum free of the RSF" opens at
        # "declared", a verb of declaring before its object and the state it declares.
        text = self.placeless if any(pos - 40 < p.end <= pos for p in self.places) \
            else self.text
        m = _RELATIVE_OPEN.search(text, max(0, pos - 110), pos)
        opened = None if m is None or any(
            w not in grammar().adverbs and w not in _RELATIVE_AUX and w not in _DECLARING
            for w in words(m.group("aux"))) else m.start("aux")
        self._relative[pos] = opened
        return opened

    def relative_object(self, agent: ForceMention | None, pos: int) -> PlaceMention | None:
        """The place a relative clause hangs on when its subject ``agent`` acts on it with the
        verb at ``pos`` ("the city that Islamic State has held", "Kherson, which Ukrainian
        troops entered")."""
        g = grammar()
        if agent is None:
            return None
        # "a town HTS and allied factions have controlled": the subject's conjuncts first.
        end = max((m.end for m in self.forces if agent.end <= m.start < pos
                   and agent in self.conjuncts(m)), default=agent.end)
        if not (all(w in _RELATIVE_AUX or w in g.adverbs or w in g.attempts
                    for w in words(self.text[end:pos]))
                or _SAID_IT.fullmatch(self.text, end, pos)):
            return None
        m = _RELATIVE_OBJECT.search(self.text, max(0, agent.start - 12), agent.start)
        if m is None and (zero := _ZERO_RELATIVE.search(self.text, max(0, agent.start - 14),
                                                       agent.start)):
            # "Hawija, one of two enclaves the group still controls": no relative pronoun.
            return self._relative_head_place(self.text[:zero.end()])
        said = _REPORTED.search(self.text, max(0, agent.start - 24), agent.start)
        if m is None and said is not None:
            # "Toretsk, which Russian forces said they captured": the speaker's clause opens it.
            speaker = self.force_right_before(said.start())
            m = speaker and _RELATIVE_OBJECT.search(self.text, max(0, speaker.start - 12),
                                                    speaker.start)
        if not m:
            return None
        return self._relative_head_place(self.text[:m.start()])

    def _relative_head_place(self, head: str, landmarks: bool = False) -> PlaceMention | None:
        """The place a relative clause starting after ``head`` hangs on. A place named only to
        locate another ("a town east of Aleppo that ...") is none, unless ``landmarks``: "where"
        may well hang on it ("south of Deir al-Zor, where ...")."""
        listed = {q.start for q in self.places if q.target
                  and _LIST_ON.match(self.text, q.end)}
        for p in reversed(self.places):
            # After a comma the relative clause hangs on the name right before it: "north of
            # Toretsk, which ..." speaks of Toretsk, also past the name's kind ("near Maaret
            # al-Numan, the largest town in the province, which"). A name after the comma
            # makes a list, not an apposition ("Ramadi, Fallujah and Hit, which": not Ramadi).
            after = _LIST_NEXT.match(head, p.end)
            if (p.target and p.end <= len(head) and _RELATIVE_HEAD.fullmatch(head[p.end:])
                    and not (after and after.end() in listed)
                    and (landmarks or _COMMA_AFTER.fullmatch(head, p.end)
                         or _KIND_APPOSITION.match(head, p.end)
                         or not _LANDMARK.search(self.text, max(0, p.start - 30), p.start))):
                # "Khan Sheikhoun in southern Idlib, a town HTS has held": the name after "in"
                # only places the one before it.
                inside = _IN_AREA.search(self.text, max(0, p.start - 30), p.start)
                outer = inside and next((q for q in self.places if q.target and q.end
                                         == inside.start()), None)
                # ... but a landmark with its own apposition is the head ("north of El Obeid,
                # the regional capital, which remains under army control").
                return outer or (None if _KIND_APPOSITION.match(head, p.end) else
                                 self._apposed_to(p, landmarks)) or p
        return None

    def _apposed_to(self, p: PlaceMention, bearing: bool) -> PlaceMention | None:
        """The town an apposition naming its kind hangs on, when ``p`` only locates it
        ("Lyptsi, a large village on the road to Kharkiv, where ...": Lyptsi); with
        ``bearing``, also one giving only its bearing ("Lyptsi, north of Kharkiv, where"; but
        "Ocheretyne, northwest of Avdiivka, which Russia took in February" is Avdiivka)."""
        mark = _LANDMARK.search(self.text, max(0, p.start - 30), p.start)
        if mark is None:
            return None
        heads = [q for q in self.places if q.target and q.end < mark.start()
                 and self.text.startswith(",", q.end)
                 and (_PLACED_KIND_APPOSITION.fullmatch(self.text, q.end, mark.start())
                      or (bearing
                          and _DISTANCE_APPOSITION.fullmatch(self.text, q.end, mark.start())))]
        return heads[-1] if heads else None

    def relative_head(self, pos: int) -> ForceMention | None:
        """The force a relative clause hangs on when the verb at ``pos`` opens it ("the
        Kurdish militia that took Manbij"), whatever its role in the main clause."""
        start = self.relative_open(pos)
        if start is None:
            return None
        aside = _ASIDE_BEFORE.search(self.text, max(0, start - 70), start)
        start = aside.start() + 1 if aside else start
        pronoun = self.text.rfind(" ", 0, start - 1) + 1
        heads = [f for f in self.forces if f.end <= pronoun and not f.holder
                 and (not self.text[f.end:pronoun].strip(" ,")
                      # ... or on the force's campaign: "Ukraine's rapid offensive in the
                      # Kharkiv region, which took back Izium".
                      or _CAMPAIGN_OF.fullmatch(self.text, f.end, pronoun))]
        return heads[-1] if heads else None

    def _joined_relative_head(self, pos: int) -> ForceMention | None:
        """The head of a relative clause whose second verb is at ``pos`` ("the army, which
        broke the RSF siege in January and in February retook much of Bahri")."""
        opened = [m for m in _WHICH_WHO.finditer(self.text, max(0, pos - 160), pos)]
        if not opened or not _JOINED_VERB.fullmatch(self.text, opened[-1].end(), pos):
            return None
        at = opened[-1].start()
        heads = [f for f in self.forces if f.end <= at and not f.holder
                 and not self.text[f.end:at].strip()]
        return heads[-1] if heads else None

    def conjuncts(self, m: ForceMention) -> list[ForceMention]:
        """``m`` and the forces coordinated before it ("the army and a powerful paramilitary
        force"), first named first."""
        g = grammar()
        out = [m]
        for p in reversed([f for f in self.forces if f.end <= m.start]):
            gap = self.text[p.end:out[0].start]
            between = words(gap)
            # ("its gateway to Turkey and that the group had controlled": an "and" before a
            # relative pronoun joins clauses, not the forces.)
            if between[:1] != ["and"] or len(between) > 3 or not _lower_or_demonym(gap) or any(
                    w in g.prepositions or w in g.auxiliaries or w in g.boundary_words
                    for w in between[1:]):
                break
            out.insert(0, p)
        return out

    def label(self, m: ForceMention) -> bool:
        """Whether a force's name opens the sentence as a title's label ("Ukraine: MSF teams
        reach Kherson"), naming no actor."""
        return self.text.startswith(":", m.end) and not self.text[:m.start].strip()

    def oblique(self, m: ForceMention) -> bool:
        """Whether a force mention follows a preposition (or is conjoined to one that does);
        worked out once per mention."""
        known = self._oblique.get(m.start)
        if known is None:
            known = self._oblique[m.start] = self._is_oblique(m)
        return known

    def _is_oblique(self, m: ForceMention) -> bool:
        if is_oblique(self.text, m.start):
            return True
        # "the SDF and the coalition" after "allow": a conjunct shares its partner's role.
        g = grammar()
        if word_before(self.text, m.start, g.determiners) in ("and", "or"):
            prev = [p for p in self.forces if p.end <= m.start]
            gap = self.text[prev[-1].end:m.start] if prev else ""
            # "taken by Russian forces on Sunday, and Russia's military said": ", and" opens a
            # clause of its own (news style lists forces without a comma before "and").
            if prev and len(gap.split()) <= 3 and "," not in gap:
                return self.oblique(prev[-1])
        return False

    def force_after(self, pos: int, preps: tuple[str, ...], limit: int = 90
                    ) -> ForceMention | None:
        """The first force after ``pos`` introduced by one of ``preps`` ("by", "from"), not
        past a verb of its own ("was occupied in February and was retaken by Ukraine", "the
        siege of Dilling, held by the army"), nor the owner of something else ("across the
        border from Russia's Belgorod region")."""
        _, right = self.clauses.bounds(pos)
        g = grammar()
        for m in self.forces:
            if (pos <= m.start < min(right, pos + limit) and not m.holder and not m.possessive
                    and word_before(self.text, m.start, g.determiners) in preps
                    and not _aided(self.text, m.start)):
                return None if (_OWN_VERB.search(self.text, pos, m.start)
                                or _own_participle(words(self.text[pos:m.start]))) else m
        return None

    def around(self, t: Trigger, extra: frozenset[str], limit: int) -> list[PlaceMention]:
        """The places a trigger is about: after it ("battle for P"), right before it ("the P
        offensive"), or the place a "where" clause hangs on; fighting for "the P pocket" is
        fighting for P."""
        places, _ = self.objects(t.end, extra, limit=limit, areas=True)
        if places:
            return places
        p = self.place_before(t.start, _ADJACENT)
        if p is not None:
            return [p]
        p = self.place_before(t.start, _UNDER_SIEGE)
        if p is not None:
            return self.subjects_before(p, t.start)  # "Dilling and Kadugli are under siege"
        p = self.antecedent(t.start) or self.fronted(t.start)
        return self.coordinated(p) if p else []

    def fronted(self, pos: int) -> PlaceMention | None:
        """The place a sentence opens with, set off by a comma, as the scene of what follows
        ("In Nyala, Sudan's second city, fighting between the army and the RSF erupted")."""
        first = next((p for p in self.places if p.target), None)
        if (first is not None and first.end <= pos and _FRONTED.fullmatch(self.text, 0, first.start)
                and "," in self.text[first.end:pos]):
            return first
        return None

    def between(self, pos: int) -> list[ForceMention]:
        """The two sides of a "between F1 and F2" after ``pos`` in its clause."""
        _, right = self.clauses.bounds(pos)
        m = _BETWEEN.search(self.text[pos:right])
        if not m:
            return []
        after = [f for f in self.forces if pos + m.end() <= f.start < right]
        # "between the SDF and (the) (Turkish-backed) SNA factions"
        if (len(after) >= 2 and len(words(self.text[after[0].end:after[1].start])) <= 3
                and word_before(self.text, after[1].start, grammar().determiners) == "and"):
            return after[:2]
        return []

    def controller(self, pos: int) -> ForceMention | None:
        """The force of an "under F's (full) control" phrase after ``pos`` in its clause."""
        _, right = self.clauses.bounds(pos)
        m = _UNDER_CONTROL.search(self.text, pos, right)
        if not m:
            return None
        inside = [f for f in self.forces if m.start() <= f.start and f.end <= m.end()]
        return inside[-1] if inside else None

    def force_right_before(self, pos: int) -> ForceMention | None:
        """The force that directly precedes ``pos``, possessive or not ("the army's siege")."""
        before = [m for m in self.forces if m.end <= pos
                  and not words(self.text[m.end:pos].replace("'s", ""))]
        return before[-1] if before else None

    def force_right_after(self, pos: int) -> ForceMention | None:
        """A force that directly follows ``pos`` as an object ("drove ISIS fighters"), maybe
        counted ("surrounded thousands of Russian soldiers")."""
        g = grammar()
        for m in self.forces:
            if m.start >= pos and not m.holder:
                gap = words(self.text[pos:m.start])
                if all(w in g.determiners or w in g.quantities or w.replace(",", "").isdigit()
                       for w in gap):
                    return m
                return None
        return None

    def objects(self, pos: int, extra: frozenset[str] = frozenset(), limit: int = 9,
                areas: bool = False, headed: bool = True) -> tuple[list[PlaceMention], bool]:
        """Target places after ``pos`` in its clause, coordination included, and whether the
        object is only part of the place ("areas of Raqqa"; with ``areas``, "the Hajin
        pocket"). Without ``headed``, a town with its own noun phrase ("and the town of Q")
        ends the list, as after an adjective ("the regime-held town of P and the town of Q")."""
        _, right = self.clauses.bounds(pos)
        g = grammar()
        allowed = _object_words(extra)
        for p in self.places:
            if p.start < pos or p.start >= right:
                continue
            if not p.target:
                continue
            nxt = words(self.text[p.end:p.end + 20])
            if nxt[1:2] == ["of"] and nxt[0] in g.town_heads and self.text.startswith(" ", p.end):
                continue  # "captured Donetsk town of Niu-York": the region names the town
            if (nxt and nxt[0] in g.modifier_heads
                    and not self.text.startswith(",", p.end)):
                # "took Raqqa province", "captured Raqqa residents" (not "took P, residents
                # said")
                return ([p], True) if areas and nxt[0] in g.area_heads else ([], False)
            original = self.text[pos:p.start]
            if "," in original and _LANDMARK.search(original):
                # "took Bashiqa, a town near Mosul": the object is a town the gazetteer does
                # not know, the place only locates it.
                return [], False
            gap = _listed(self.gap_words(pos, p.start), extra)
            if any(w in g.town_heads and gap[i + 1: i + 2] and gap[i + 1] in g.vicinity
                   for i, w in enumerate(gap)):
                # "captured a rebel stronghold near Damascus": the place only locates the
                # town taken.
                return [], False
            # Hyphenated compounds are adjectives ("the salt-mining town of"), and so is any
            # word between an article and the town noun a name heads ("the oil city of").
            kind = _KIND_OF.search(original) if original.endswith("of ") else None
            kind_words = len(words(kind.group())) if kind else 0
            fits = [w in allowed or w.isdigit() or "-" in w or _adjective(w, original)
                    or i >= len(gap) - kind_words for i, w in enumerate(gap)]
            site = _facility(gap, fits)
            # "the army's 16th Infantry Division headquarters in P": the garrison's town.
            said = words(original.lower())
            # The force names in it are blanked in ``gap``: "the Sudanese army's 20th Infantry
            # Division headquarters in P" is read whole.
            # (Not past a joined clause: "retaken in September, and ... besiege the army
            # garrisons in P" is another verb's object.)
            command = gap[-1:] == ["in"] and _names_command(said) and not _JOINED.search(
                original)
            # (The town's kind is no distance: "the capture of the nearby salt-mining town of".)
            if (len(gap) - kind_words > limit or not all(fits)) and not (site or command) and not (
                    _NAMED_AFTER.fullmatch(original)):
                return [], False
            found = [p]
            run = 0  # where the run of towns joined without a date of their own began
            for q in self.places:
                if q.start > found[-1].end and q.target and q.start < right:
                    if _SINGULAR_VERB.match(self.text, q.end):
                        # "captured A in September, and B was lost in December": B's own; so
                        # are the towns listed with it ("and the towns of C and B fell").
                        found = found[:run] if run else found
                        break
                    joint = self.text[found[-1].end:q.start].strip(" ,")
                    if not joint and self.text.startswith(("'s ", "’s "), q.end):
                        break  # "Omdurman, Khartoum's twin city": an apposition, no list
                    # "Rawah and the border town of al-Qaim": the town's noun phrase is no
                    # part of the joint.
                    kind = _KIND_TAIL.search(joint)
                    if kind and not headed:
                        break
                    if kind and kind.start():
                        joint = joint[:kind.start()].rstrip(" ,")
                    if (joint in _JOINTS and q.start - found[-1].end < len(joint) + 6
                            + (len(kind.group()) if kind else 0)) or (
                            # "Nyala on 26 October, Zalingei on 31 October and ..."
                            _date_only(joint) and self.text[found[-1].end:q.start].rstrip(
                                ).endswith(",")) or (
                            _APPOSED_AND.fullmatch(joint) and not g.boundary_words.intersection(
                                words(_APPOSITION_FILLER.sub(" ", joint.rsplit(",", 1)[0])))) or (
                            _dated_joint(joint)) or _UNKNOWN_MEMBERS.fullmatch(joint) or (
                            _PREP_JOINT.fullmatch(joint) and joint.split()[-1] in gap[-1:]):
                        if _dated_joint(joint):
                            run = len(found)
                        found.append(q)  # ... and "withdrew from Sinjar and from Makhmur"
            # "Raqqa's old city", "Mayadeen's hospital": a part of the town; but "the villages
            # of Syrotyne and Voronove" are the villages named.
            # ... but its centre is the town ("took full control of Afrin's town centre").
            owned = self.text.startswith(("'s ", "’s "), found[-1].end) and not (
                _OWN_CENTRE.match(self.text, found[-1].end + 3))
            # ... nor is "the district centres of Bulbul and Rajo": the towns, by their rank.
            named = gap[-2:] in (["villages", "of"], ["village", "of"]) or (
                gap[-3:-2] == ["the"] and gap[-2:-1] and gap[-2] in g.named_divisions
                and gap[-1] == "of") or (
                gap[-1:] == ["of"] and gap[-2:-1] and gap[-2].removesuffix("s") in _SEAT_NOUNS
                and gap[-3:-2] and gap[-3] in _SEAT_RANKS)
            part = any(w in g.partitives for w in gap) and not named and not command and not any(
                w in g.completives for w in gap)
            return found, owned or part or (site and not command)
        return [], False

    def included(self, pos: int) -> list[PlaceMention]:
        """The places an "including" list after ``pos`` names in its clause ("most of the
        province, including the towns of Mayadeen and Albu Kamal"), or the ends of a range
        set off after it ("the left bank, from Oleshky and Hola Prystan to Nova Kakhovka")."""
        _, right = self.clauses.bounds(pos)
        # (A dash that opens the list may itself close the clause, and so may "that includes".)
        m = _INCLUDING.search(self.text, pos, right + 16)
        if m is not None:
            # ("including in Oleshky and Hola Prystan")
            return self.objects(m.end(), frozenset({"in", "at"}))[0]
        m = _RANGE_FROM.match(self.text, pos)
        if m is None:
            return []
        first = self.objects(m.end())[0]
        end = _RANGE_TO.match(self.text, first[-1].end) if first else None
        return first + (self.objects(end.end())[0] if end else [])

    def listed_with(self, p: PlaceMention, pos: int) -> list[PlaceMention]:
        """``p`` and the places coordinated before it ("P, Q and R"), when the words up to
        ``pos`` speak of them in the plural ("..., the last big cities"); else ``p`` alone."""
        if not grammar().plural_heads.intersection(self.gap_words(p.end, pos)):
            return [p]
        if _BOTH_AFTER.match(self.text, p.end):
            # "Jarablus and the nearby town of al-Bab, both still under IS control": the two
            # towns the "and" joins, however each is named.
            q = next((q for q in reversed(self.places) if q.target and q.end <= p.start), None)
            if q is not None and _BOTH_JOINT.fullmatch(self.text, q.end, p.start):
                return [q, p]
        return self._chain(p, reach=8)

    def _chain(self, p: PlaceMention, reach: int | None = None) -> list[PlaceMention]:
        """``p`` and the places joined before it by "and", "or" or commas ("P, Q and R"),
        first named first; with ``reach``, each joint shorter than that many characters."""
        found = [p]
        for q in reversed(self.places):
            if q.end <= found[-1].start and q.target:
                joint = self.text[q.end:found[-1].start]
                if joint.strip(" ,") in ("as well as", "and also") or _LIST_APPOSITION.fullmatch(
                        joint):
                    pass  # "P and Q, the two main towns on the road, as well as R"
                elif joint.strip(" ,") not in ("and", "", "or") or (
                        reach is not None and len(joint) >= reach):
                    break
                found.append(q)
        return found[::-1]

    def beside(self, pos: int, p: PlaceMention) -> bool:
        """Whether the object between ``pos`` and ``p`` is a part beside the place, not in it
        ("several positions near P", "villages around P")."""
        g = grammar()
        gap = self.gap_words(pos, p.start)
        return any(w in g.vicinity and any(v in g.partitives for v in gap[:i])
                   for i, w in enumerate(gap))

    def named_before(self, pos: int) -> PlaceMention | None:
        """The target place the sentence names last before ``pos``, in any clause, past one
        that only locates another ("Avdiivka, just north of occupied Donetsk, ... when it was
        recaptured": Avdiivka)."""
        before = [p for p in self.places if p.target and p.end <= pos]
        return next((p for p in reversed(before) if not _LANDMARK.search(
            self.text, max(0, p.start - 30), p.start)), before[-1] if before else None)

    def place_before(self, pos: int, pattern: re.Pattern[str] | None = None,
                     oblique: bool = False) -> PlaceMention | None:
        """The target place ending nearest before ``pos`` in its clause (or, for a relative
        clause, the place it hangs on), whose gap to ``pos`` fits ``pattern`` if given.
        ``oblique`` admits a place after a preposition, as an apposition may ("advancing on
        Raqqa, the group's stronghold")."""
        left, _ = self.clauses.bounds(pos)
        cands = [p for p in self.places if p.target and p.end <= pos and p.start >= left
                 and (oblique or not self.is_oblique_place(p))]
        if pattern is None and cands:
            return cands[-1]
        rel = _RELATIVE_CLAUSE.search(self.text, 0, left) if pattern is None else None
        if rel is not None:
            # "Vuhledar, which sits on high ground, has been held by ...": the main clause's
            # subject stands before the relative clause.
            head = [p for p in self.places if p.target and p.end <= rel.start()
                    and not self.text[p.end:rel.start()].strip()]
            if head:
                return head[-1]
        for p in reversed(cands):
            if pattern is not None and pattern.match(self.text[p.end:pos]):
                return p
        if pattern is None:
            return self.antecedent(pos, ("which", "that", "where"))
        return None

    def partial(self, p: PlaceMention) -> bool:
        """Whether a place stands inside a noun phrase naming only part of it ("most of
        Raqqa", "the outskirts of the town of P"), not its last part ("the last districts of
        P")."""
        m = _PART_OF.search(self.text, max(0, p.start - 60), p.start)
        if m is None:
            return False
        g = grammar()
        gap = words(m.group())
        before = words(self.text[max(0, m.start() - 20):m.start()])[-2:]
        if gap[0] in g.named_divisions and before[-1:] == ["the"]:
            return False  # "the district of Sinjar": the district the town names
        return (any(w in g.partitives for w in gap[:2])
                and not any(w in g.completives for w in before))

    def greater_part(self, p: PlaceMention) -> bool:
        """Whether the part named before ``p`` is most of it ("most of Raqqa has been
        captured"), which stands for the town."""
        m = _PART_OF.search(self.text, max(0, p.start - 60), p.start)
        return m is not None and self.most_of(m.start(), p)

    def most_of(self, start: int, p: PlaceMention) -> bool:
        """Whether the words from ``start`` to ``p`` name the greater part of it ("most of",
        "the bulk of the city of"), also as the last of coordinated objects ("the airport and
        much of Omdurman")."""
        joint = max(self.text.rfind(" and ", start, p.start) + 4,
                    self.text.rfind(", ", start, p.start) + 1)
        return _MOST_OF.fullmatch(self.text, start, p.start) is not None or (
            joint > start and _MOST_OF.fullmatch(self.text, joint, p.start) is not None)

    def is_oblique_place(self, p: PlaceMention) -> bool:
        """Whether a place follows a preposition (its noun phrase's, for "the town of P")."""
        # "95 percent of the city was under SDF control": the city is the subject's head.
        if _QUANTIFIED.search(self.text[max(0, p.start - 40):p.start]) or self.partial(p):
            return False
        # "the village of P had been liberated", "The nearby town of Atarib surrendered": the
        # noun phrase the name heads is the subject, oblique only after a preposition.
        kind = _KIND_OF.search(self.text, max(0, p.start - 50), p.start) \
            if self.text.endswith("of ", 0, p.start) else None
        return is_oblique(self.text, kind.start() if kind else p.start)

    def antecedent(self, pos: int, relatives: tuple[str, ...] = ("where",)
                   ) -> PlaceMention | None:
        """The place a relative clause hangs on: "Deir al-Zor city, where ...", "Raqqa, most of
        which ..."."""
        left, _ = self.clauses.bounds(pos)
        head = self.text[:left].rstrip()
        word = head.rsplit(None, 1)[-1].lower() if head else ""
        if left == 0 or word not in relatives:
            return None
        head = head[: len(head) - len(word)]
        # "south of Deir al-Zor, where ...": after a comma "where" may hang on a landmark, not
        # in "a hilltop town west of Bakhmut where street battles have gone on".
        return self._relative_head_place(head, landmarks=word == "where"
                                         and head.rstrip().endswith(","))

    def coordinated(self, p: PlaceMention, plural: bool = False) -> list[PlaceMention]:
        """``p`` and the places coordinated before it under a plural head ("the towns of Qaim
        and Rawa, where ...") or before a plural verb (``plural``: "Bucha and Irpin were
        liberated"); else ``p`` alone."""
        found = self._chain(p)
        if len(found) == 1:
            return [p]
        head = words(self.text[max(0, found[0].start - 20):found[0].start])[-3:]
        # ... or one after them: "Rastan and Talbiseh, two towns that the army retook".
        apposed = words(self.text[p.end:p.end + 16])[:2] if self.text.startswith(
            ",", p.end) else []
        if not (plural or grammar().plural_heads.intersection(head + apposed)):
            return [p]
        return found

    def subjects_before(self, p: PlaceMention, pos: int) -> list[PlaceMention]:
        """``p`` and the places coordinated before it when a plural verb between ``p`` and
        ``pos`` makes them all its subject ("Bucha and Irpin were liberated"); else ``p``
        alone."""
        # ... or a plural apposition ("Kramatorsk and Sloviansk, the largest cities still held
        # by Ukraine").
        plural = (_PLURAL_AUX | _PLURAL_TOWNS).intersection(words(self.text[p.end:pos]))
        return self.coordinated(p, plural=bool(plural))


_PLURAL_TOWNS = frozenset({"cities", "towns", "villages", "both"})
_AIDED = re.compile(r"\b([\w-]+)\s+(?:from|of)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _aided(text: str, pos: int) -> bool:
    """Whether the force at ``pos`` follows a noun of help and its preposition ("with heavy
    support from Russian aircraft")."""
    m = _AIDED.search(text, max(0, pos - 50), pos)
    return m is not None and m.group(1).lower() in grammar().aids


def _blank(text: str, mentions: Iterable[PlaceMention | ForceMention]) -> str:
    """``text`` with the spans of ``mentions`` blanked out. Joined from slices, not rebuilt
    character by character: mentions are few."""
    out: list[str] = []
    last = 0
    for start, end in sorted((m.start, m.end) for m in mentions):
        if end > last:
            start = max(start, last)
            out += (text[last:start], " " * (end - start))
            last = end
    out.append(text[last:])
    return "".join(out)


# "Turkish forces and their Syrian rebel allies": a capitalised word between two coordinated
# forces is a nationality adjective, not a name.
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ish|i|ese)")


def _lower_or_demonym(gap: str) -> bool:
    return all(w.islower() or _DEMONYM.fullmatch(w) for w in gap.split())


# "the YPG, which, supported by coalition jets, expelled ...": an aside may follow the pronoun.
_RELATIVE_OPEN = re.compile(r"(?=[tw])\b(?:that|which|who)(?:\s*,[^,;]{1,60},)?\s+"
                            r"(?P<aux>(?:[\w'’]+\s+){0,2})$", re.IGNORECASE)
_ASIDE_BEFORE = re.compile(r"\s*,[^,;]{1,60},\s*$")
_RELATIVE_AUX = frozenset({"had", "has", "have", "was", "were", "is", "are", "been"})
_DECLARING = frozenset({"declared", "declares", "declare", "pronounced", "proclaimed"})
_RELATIVE_OBJECT = re.compile(r"\b(?:that|which)\s+(?:the\s+)?$", re.IGNORECASE)
# "in southern Idlib" after a name: where the name lies.
_IN_AREA = re.compile(r"\s+in\s+(?:(?:north|south|east|west|central)\w*\s+)?$", re.IGNORECASE)
_ZERO_RELATIVE = re.compile(r"\b(?:enclaves?|towns?|cities|city|villages?|strongholds?|areas?|"
                            r"bastions?)\s+(?:the\s+)?$", re.IGNORECASE)
# "which Wagner said it captured": the speaker is the pronoun's referent; "which the Russians
# claimed to have captured": the speaker is the subject of the infinitive.
_SAID_IT = re.compile(rf"\s+(?:{speech_verbs()})\s+(?:(?:that\s+)?(?:it|they)\s+"
                      r"(?:(?:had|has|have)\s+)?|to\s+have\s+)", re.IGNORECASE)
_REPORTED = re.compile(rf"\s(?:{speech_verbs()})\s+(?:that\s+)?$", re.IGNORECASE)

# The rest of "Russia's defence ministry said (on Tuesday) (that)", after the owner's name.
_OWNER_SAID = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}(?:{speech_verbs()})\b"
                         r"(?:\s+(?:on\s+)?[\w-]+)?\s*(?:that\s*)?$", re.IGNORECASE)

_AND_VERB = re.compile(r",\s+and\s+(?:(?:then|later|also|eventually|finally)\s+)?$")

_SUBJECTLESS = frozenset({"they", "it", "he", "she", "we", "that", "had", "have", "has", "was",
                          "were", "is", "are", "been", "would", "will", "could", "on", "in",
                          "to"})


def _no_subject(clause_head: str) -> bool:
    """Whether a clause opening has no noun phrase of its own before its verb."""
    g = grammar()
    # ("and five days later took Zalingei": a counted time is no subject.)
    ws = [w for w in words(_COUNTED_TIME.sub(" ", clause_head))
          if w not in g.adverbs and w not in g.time_words]
    return not ws or ws[0] in _SUBJECTLESS


_COUNTED_TIME = re.compile(r"\b(?:(?:a\s+few|[\w-]+)\s+)?(?:hours?|days?|weeks?|months?)\s+"
                           r"(?:later|afterwards?)\b|\b(?:the\s+)?(?:next|following)\s+"
                           r"(?:day|week|month|morning)\b|\bwithin\s+(?:hours|days|weeks)\b",
                           re.IGNORECASE)


# Prepositions the noun phrase before an "including" list may hold: "five state capitals in
# Darfur, including Nyala".
_LIST_HEAD_PREPS = frozenset({"of", "in"})


# "A in February and the mining town of B": a date, "and", maybe what kind of town; "A on 26
# October, followed by B": the next one taken.
_DATED_AND = re.compile(r"(?P<date>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+),?\s+(?:and|followed\s+by|"
                        r"(?:and\s+)?then)(?:\s+the\s+"
                        rf"(?:[\w'’-]+\s+){{0,3}}{_KINDS}\s+of)?")


def _date_only(joint: str) -> bool:
    """Whether the words between two objects are only a date ("on 26 October")."""
    ws = words(joint)
    return bool(ws) and len(ws) <= 4 and any(not w.isdigit() for w in ws) and all(
        w in _date_words() or w.isdigit() for w in ws)


def _dated_joint(joint: str) -> bool:
    """Whether the words between two objects are a date and "and" ("captured A in February
    and the mining town of B last month")."""
    m = _DATED_AND.fullmatch(joint)
    said = words(m.group("date")) if m is not None else []
    if said[:1] == ["city"]:
        said = said[1:]  # "took Idlib city in late March and Jisr al-Shughur a month later"
    return m is not None and all(w in _date_words() or w.isdigit() for w in said)


@cache
def _date_words() -> frozenset[str]:
    """Words of a date: month and weekday names, and the words around them."""
    names = [*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name]
    return frozenset([n.lower() for n in names] + rules("clauses")["date_words"])


def _listed(gap: list[str], extra: frozenset[str] = frozenset()) -> list[str]:
    """The words after "including" when a short noun phrase stands before it ("control four
    of Darfur's five state capitals, including Nyala"), maybe after the frame's own
    preposition ("withdrew from towns including P"): the list names the objects."""
    if "including" not in gap:
        return gap
    i = gap.index("including")
    g = grammar()
    if i > 8 or any(w in g.auxiliaries or (w in g.prepositions and w not in _LIST_HEAD_PREPS
                                           and w not in extra) for w in gap[:i]):
        return gap
    return gap[i + 1:]


def _facility(gap: list[str], fits: list[bool]) -> bool:
    """"the headquarters of the state broadcaster in P", "the presidential palace in central
    P": a part or a site of the town named freely, then "in"; the object is part of P."""
    g = grammar()
    parts = [i for i, w in enumerate(gap) if w in g.partitives or w in g.facilities]
    # "in", maybe with a direction ("in central P"); up to three words of its own name
    # before the noun ("the presidential palace").
    tail = gap[:-1] if gap[-1:] and gap[-1] in g.object_words and gap[-2:-1] == ["in"] else gap
    # A force's own site ("the army's main base in P", its name blanked to "s") is left to the
    # stronghold frame.
    return (bool(parts) and tail[-1:] == ["in"] and len(tail) - parts[0] <= 7
            and all(fits[:max(0, parts[0] - 3)]) and "s" not in gap[:parts[0]]
            and not g.commands.intersection(gap))


@cache
def _object_words(extra: frozenset[str]) -> frozenset[str]:
    return grammar().object_words | extra


def _adjective(word: str, original: str) -> bool:
    """Capitalised adjectives ("Syrian", "Arab-majority") and numbers may qualify an object."""
    m = _word_pattern(word).search(original)
    return m is not None and m.group()[:1].isupper() and not word.endswith("'s")


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    # Compiled once per word: the same object words recur in every article.
    return re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)


# -- the frames ------------------------------------------------------------------------------

Frame = Callable[[Scene, Trigger], Iterator[Finding]]


def nominal_use(scene: Scene, t: Trigger) -> bool:
    """"the retaking of Raqqa", "its capture": a verb form used as a noun takes no subject."""
    after = words(scene.text[t.end:t.end + 6])
    before = words(scene.text[max(0, t.start - 30):t.start])
    # A phrasal verb keeps its "of" ("pulled out of Lyman"); a possessive may stand before an
    # adjective ("the extremists' 10-month rule").
    return ((after[:1] == ["of"] and " " not in t.word)
            or (before[-1:] and before[-1] in ("the", "its", "their"))
            or scene.text[:t.start].rstrip().endswith(("'s", "’s"))
            or any(w.endswith("'") for w in before[-2:]))


def _own_participle(between: list[str]) -> bool:
    """Whether the preposition ending ``between`` follows a participle of its own: not the
    trigger's ("the siege imposed by", "the siege of P, imposed by"), nor one coordinated
    with it ("seized and held by"), unless the trigger had its own agent before it
    ("abandoned by their defenders and occupied by the army")."""
    while between and between[-1] in grammar().determiners:
        between = between[:-1]
    return (len(between) > 2 and is_past(between[-2]) and between[-2] not in _SIEGE_MAKER
            and (between[-3] not in ("and", "or") or "by" in between[:-3]))


def _speaker(scene: Scene, t: Trigger) -> ForceMention | None:
    """The force that says "it" did what the verb at ``t`` tells ("Wagner said it captured")."""
    m = _SAID_IT.search(scene.text, max(0, t.start - 40), t.start)
    return scene.force_right_before(m.start()) if m and m.end() == t.start else None


def _attempted(scene: Scene, t: Trigger) -> bool:
    """Whether an infinitive follows an attempt ("have been trying to capture"), or the verb
    is a past progressive ("had been attacking")."""
    before = words(scene.text[max(0, t.start - 30):t.start])[-2:]
    return (before[-1:] == ["to"] and before[0] in grammar().attempts) or _progressive(scene, t)


def _progressive(scene: Scene, t: Trigger) -> bool:
    """Whether the verb is progressive ("have been storming", "were storming") or goes on
    ("continue to storm", "kept storming"): still under way, so a taking is a fight."""
    return (t.word.endswith("ing") and bool(_BE.intersection(
        words(scene.text[max(0, t.start - 12):t.start])[-1:]))) or (
        _GOES_ON.search(scene.text, max(0, t.start - 24), t.start) is not None)


_GOES_ON = re.compile(r"\b(?:continues?|continued|continuing|keeps?|kept)\s+(?:to\s+)?$",
                      re.IGNORECASE)


_BE = frozenset({"been", "is", "are", "was", "were"})


# A participle after a capture that names whom it drove out: "captured Afrin in March,
# ousting the Kurdish YPG militia".
_OUSTING = re.compile(r"[^,;.]{0,40},\s*(?:ousting|expelling|evicting|dislodging|driving\s+out|"
                      r"pushing\s+out|kicking\s+out)\s+", re.IGNORECASE)


def _ousted(scene: Scene, pos: int) -> ForceMention | None:
    """The force a participle right after a capture's object drove out."""
    m = _OUSTING.match(scene.text, pos)
    if m is None:
        return None
    return next((f for f in scene.forces if m.end() <= f.start and not f.holder
                 and len(words(scene.text[m.end():f.start])) <= 2), None)


def take(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """AGENT took PLACE [from LOSER]; PLACE was taken [by AGENT] [from LOSER]."""
    places, partitive = scene.objects(t.end)
    # "was occupied by Russia ... and recaptured by Ukraine": the auxiliary is shared.
    passive = passive_before(scene.text, t.start) or (
        word_before(scene.text, t.start, grammar().adverbs) == "and"
        and words(scene.text[t.end:t.end + 4]) == ["by"])
    listed: list[PlaceMention] = []
    claimed = t.word in _CLAIMS
    if claimed and places and (
            any(t.end <= u.start < places[0].start for u in scene.triggers)
            or words(scene.text[places[0].end:places[0].end + 12])[:1] in (
                [a] for a in grammar().auxiliaries)):
        # "claimed the capture of P": the noun's object; "claimed it had finished": a clause.
        places = []
    if not places and not passive and not claimed:
        # "had captured around a dozen border villages, including Strilecha and Lyptsi";
        # "overran SAF garrisons in four of the five state capitals: Nyala on 26 October, ..."
        places = scene.included(t.end)
        listed = _colon_list(scene, t) if not places else []
        places = places or listed
    if not places and not passive:
        # "Deir al-Zor, where troops seized ...", "Kherson, which Ukrainian troops entered".
        # "Mosul, which it seized last June": the relative's "it" is the main clause's force.
        it = _RELATIVE_IT.search(scene.text, max(0, t.start - 30), t.start) is not None
        subject = (scene.subject(t.start, fallback=it)[0] or _speaker(scene, t)) \
            if it or is_past(t.word) or _attempted(scene, t) else None
        where = scene.antecedent(t.start) or (
            scene.antecedent(t.start, ("which", "that")) or scene.relative_object(subject, t.start)
            if subject else None)
        places = scene.coordinated(where) if where is not None else []
    if not places:
        # "In Al Hilaliya, taken over by the RSF": a participle with its agent is an
        # apposition, to a town after a preposition too.
        # "Kherson was the only regional capital captured by Russian forces": so is a
        # participle after a copula and its noun.
        # ... and so is one after the noun of an apposition: "Qaraqosh, a Christian town
        # retaken from ISIS by Iraqi forces".
        # ... and one naming only whom it was taken from ("Qayyarah, retaken from IS in late
        # August").
        by = words(scene.text[t.end:t.end + 4]) == ["by"] or (
            words(scene.text[t.end:t.end + 6]) == ["from"]
            and (scene.force_after(t.end, ("by",)) is not None or (
                is_past(t.word) and scene.force_after(t.end, ("from",), limit=20) is not None)))
        # ... also past an aside ("Kherson, the regional capital, retaken by Ukraine";
        # "declared Tal Afar, west of Mosul, free of ISIS").
        p = scene.place_before(t.start, _ADJACENT_COMMA, oblique=by) or (
            scene.place_before(t.start, _COPULA) or _kind_apposed(scene, t.start)
            if by else None) or (
            scene.place_before(t.start, _SET_OFF, oblique=by) if by or t.word in _LIBERATIONS
            else None
        ) if not passive else None
        if p is None and not passive and is_past(t.word) and (
                headed := _headed_garrison(scene, t.start)) is not None:
            # "• Zalingei — 21st Infantry Division overrun on October 31": a headline's
            # participle, passive without its auxiliary.
            p, passive = headed, True
        if passive or p is not None:
            # "months after it was overrun by IS": the pronoun is the town named last.
            p = p or scene.place_before(t.start) or (
                _it_before(scene, t.start) or _opening_subject(scene, t.start)
                or _garrison_before(scene, t.start) or _headed_garrison(scene, t.start)
                if passive else None)
            if p is None:
                return
            agent = scene.force_after(t.end, ("by",)) or scene.controller(t.end)
            if agent is None and _CLAIMED.search(scene.text[max(0, p.start - 40):p.start]):
                agent = scene.subject(p.start)[0]  # "the SDF declared Raqqa free of IS"
            # "Hawija, the last Isis enclave in the north, was declared liberated": the holder
            # an apposition names lost it.
            loser = scene.force_after(t.end, ("from", "of")) or (
                _defender(scene, p) if passive and t.word in _RETAKINGS else None)
            if loser is not None and _NOUN_OF.search(scene.text, t.end, loser.start):
                loser = None  # "overrun after weeks of RSF attacks": no "cleared of" loser
            if loser is not None and agent is not None and loser.force == agent.force:
                loser = None  # "seized by fighters of Islamic State": the agent's own side
            if agent is None and passive and t.event == "captured" and not claimed and (
                    liberator := _liberator(scene, t, p)) is not None:
                # "Balakliia, which was liberated within two days": by the occupied side,
                # whoever the story said held it last, unless the occupier's side says so.
                agent = (None if scene.partial(p) else _speaking_side(scene, t, loser)) \
                    or liberator
            if (agent is None and passive and t.event == "captured" and t.word in _LIBERATIONS
                    and not scene.partial(p)):
                # "al-Burhan told soldiers that Khartoum is free": freed by the speaker's side,
                # whoever the story said held it last.
                agent = _speaking_side(scene, t, loser)
            if agent is None and passive and t.event == "captured" and not claimed:
                # Who tells of a part retaken ("90 percent of the city") may be watching.
                # ... and a town of the occupied country taken by no one named, by the
                # occupier ("Nova Kakhovka was taken on the first day").
                agent = _holders_enemy(scene, p) or _story_actor(scene, t, p, loser) or (
                    None if scene.partial(p) else _speaking_side(scene, t, loser)
                    or _garrisons_enemy(scene, t) or (
                        None if t.word in _LIBERATIONS else _occupiers_fall(scene, p)))
            event = "contested" if scene.partial(p) and not scene.greater_part(p) else t.event
            for q in scene.subjects_before(p, t.start) if passive else scene.coordinated(p):
                # "was overrun by Turkish forces and the SNA": by each.
                for a in (_and_after(scene, agent) if passive and agent.start >= 0 else [agent]
                          ) if agent else []:
                    yield Finding(event, a, q, t)
                if loser and event == "captured":
                    yield Finding("lost", loser, q, t)
        return
    # The place may stand before the verb ("Kherson, which troops entered"; "stormed it").
    after = max(places[-1].end, t.end)
    allies: list[ForceMention] = []
    if nominal_use(scene, t):
        agent, pen = scene.force_after(t.end, ("by",)), 0.1
    else:
        agent, pen = scene.subject(t.start)
        allies = _allies(scene, agent, t)
        agent = agent or scene.force_after(after, ("by",))
    loser = scene.force_after(after, ("from",)) or _ousted(scene, after)
    if loser is not None and agent is not None and loser.force == agent.force:
        loser = None  # "had wrested from them": a pronoun read as the taker is not its loser
    named_loser = loser is not None
    if loser is None and agent is not None:
        # "captured the Islamic State-held town of Shaddadi", "captured Hajin, the last town
        # held by IS": the holder loses it.
        held = [m for m in scene.forces if m.holder and t.end <= m.start
                and m.end <= places[0].start] or [_defender(scene, places[-1])]
        loser = held[-1] if held[-1] is not None and held[-1].force != agent.force else None
    partitive = partitive and not word_set("events", "emblems").intersection(t.word.split())
    if partitive and scene.most_of(t.end, places[0]):
        partitive = False  # "overran most of Khartoum": the greater part is the town
    event = "contested" if partitive or _progressive(scene, t) else t.event
    for p in places:
        # A town a colon lists is dated by the date after it ("Nyala on 26 October, ...").
        at = Trigger(p.end, p.end, t.word, t.kind, t.event) if p in listed else t
        if agent:
            yield Finding(event, agent, p, at, pen)
        for ally in allies:
            yield Finding(event, ally, p, at, pen + 0.05)
        if loser and t.event == "captured" and (named_loser or not partitive):
            # Losing a part of the town ("took the headquarters in P from F") is fighting
            # for it; a holder named by "IS-held" is no party to a partial capture.
            scene.consumed.add(id(loser))
            yield Finding("contested" if partitive else "lost", loser, p, at, pen)


_CLAIMS = word_set("events", "claims")
_BOTH_AFTER = re.compile(r"\s*,\s*both\b", re.IGNORECASE)
_BOTH_JOINT = re.compile(r"\s*,?\s*and\s+(?:[\w'’-]+\s+){0,5}", re.IGNORECASE)
_SET_OFF = re.compile(r"^\s*,[^,;]{1,40},\s*$")
_LIBERATIONS = word_set("events", "liberations")


def _kind_apposed(scene: Scene, pos: int) -> PlaceMention | None:
    """The town an apposition naming its kind follows, right before ``pos``, even past the
    comma that closes a relative clause ("people who fled Qaraqosh, a Christian town")."""
    return next((p for p in reversed(scene.places) if p.target and p.end <= pos
                 and _KIND_PARTICIPLE.match(scene.text[p.end:pos])), None)


_PLURAL_AUX = frozenset({"were", "are", "have", "remain", "stay"})
_RELATIVE_IT = re.compile(r"\b(?:which|that)\s+it\s+(?:(?:had|has)\s+)?(?:\w+ly\s+)?$",
                          re.IGNORECASE)


_COLON_OBJECT = re.compile(r"[^:;.!?“”\"]{3,90}:\s+")


def _colon_list(scene: Scene, t: Trigger) -> list[PlaceMention]:
    """The towns a colon lists after a verb's plural object: "overran SAF garrisons in four of
    the region's five state capitals within a month: Nyala on 26 October, Zalingei ..."."""
    colon = _COLON_OBJECT.match(scene.text, t.end)
    if colon is None or not grammar().plural_heads.intersection(words(colon.group())):
        return []
    return scene.objects(colon.end())[0]


def _names_command(said: list[str]) -> bool:
    """Whether the words before a town ("the army's 16th Infantry Division headquarters in")
    name a garrison of a force there, which stands for the town."""
    g = grammar()
    return len(said) <= 14 and (
        bool(g.commands.intersection(said))
        or any(pair in g.command_bases for pair in itertools.pairwise(said))
        # ... also with an adjective between: "the army's main base in P"
        or any(pair in g.command_bases for pair in zip(said, said[2:], strict=False)))


def _garrison_before(scene: Scene, pos: int) -> PlaceMention | None:
    """The town of a garrison opening the clause before ``pos``: "the army's 21st Infantry
    Division in Zalingei, capital of Central Darfur, fell to the RSF"."""
    left, _ = scene.clauses.bounds(pos)
    p = next((q for q in scene.places if q.target and left <= q.start and q.end <= pos), None)
    if p is None:
        return None
    return p if _garrison_at(words(scene.text[left:p.start].lower())) else None


# A bulletin's line opened by its town and a dash or colon: "• Nyala (South Darfur) — ".
_HEADING = re.compile(r"[\s•*·▪◦-]*")
_HEAD_SEP = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:[—–:]|\s-)\s*")


def _headed_garrison(scene: Scene, pos: int) -> PlaceMention | None:
    """The town heading a bulletin's line whose garrison the clause before ``pos`` names:
    "• Zalingei — 21st Infantry Division overrun on October 31"."""
    first = next((p for p in scene.places if p.target), None)
    if first is None or first.end > pos or not _HEADING.fullmatch(scene.text, 0, first.start):
        return None
    sep = _HEAD_SEP.match(scene.text, first.end)
    if sep is None or not _names_command(words(scene.text[sep.end():pos].lower())):
        return None
    return first


def _garrison_owner(scene: Scene, p: PlaceMention) -> ForceMention | None:
    """The force whose garrison in ``p`` opens its clause ("the army's garrison in Zalingei")."""
    left, _ = scene.clauses.bounds(p.start)
    owners = [m for m in scene.forces if left <= m.start and m.end <= p.start and not m.holder]
    if not owners or not _garrison_at(words(scene.text[owners[-1].start:p.start].lower())) or any(
            owners[-1].end <= x.start < p.start for x in scene.triggers):
        return None  # not "the paramilitary captured the division headquarters in Nyala"
    return owners[-1]


def _garrison_at(said: list[str]) -> bool:
    """Whether the words before a town end with a garrison "in" or "at" it ("the army garrison
    at")."""
    return said[-1:] in (["in"], ["at"]) and _names_command(said)


def _it_before(scene: Scene, pos: int, verbs: frozenset[str] = _RELATIVE_AUX
               ) -> PlaceMention | None:
    """"seven months after it fell to IS", "but it remains in Ukrainian hands" (``verbs``
    between): a subject pronoun is the town named last."""
    if word_before(scene.text, pos, grammar().adverbs | verbs) != "it":
        return None
    return scene.named_before(pos)


# A passive's auxiliary right after a comma: its clause has no subject of its own.
_BARE_PASSIVE = re.compile(r",\s*(?:was|were|(?:has|have|had) been)\s+(?:\w+ly\s+)?$",
                           re.IGNORECASE)


def _opening_subject(scene: Scene, pos: int) -> PlaceMention | None:
    """"Kupiansk, the junction the Russians had taken in February, when its mayor let them
    in, was entered by Ukrainian troops": past the asides, the passive's subject is the town
    that opens the sentence."""
    if _BARE_PASSIVE.search(scene.text, max(0, pos - 30), pos) is None:
        return None
    first = next((p for p in scene.places if p.target), None)
    if first is None or not scene.text.startswith(",", first.end):
        return None
    # ... or the town of the garrison that opens it ("The army garrison at Ardamata, on the edge
    # of El Geneina, was overrun").
    said = words(scene.text[:first.start].lower())
    return first if not said or _garrison_at(said) else None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _story_actor(scene: Scene, t: Trigger, p: PlaceMention,
                 loser: ForceMention | None = None) -> ForceMention | None:
    """The story's actor for an agentless passive ("Sinjar had been liberated", "... from the
    invader"), unless the clause names any other force, or dates a taking to another year with
    no loser ("Mosul was captured in 2014"; not "Qayyarah was retaken from the militants on 25
    August 2016", told in 2017, nor "Tikrit was recaptured at the end of March 2015"). If the
    sentence has just told the actor held the town
    ("Vovchansk had been occupied by Russian troops until September, when it was
    liberated"), its enemy in a war of two sides."""
    left, right = scene.clauses.bounds(t.start)
    if scene.actor is None or (loser is None and t.word not in _RETAKINGS
                               and _YEAR.search(scene.text, left, right)) or any(
            left <= m.start < right and m is not loser for m in scene.forces) or (
            loser is not None and loser.force in scene.actor.candidates):
        return None
    first = next((q.start for q in scene.places if q.place.geonameid == p.place.geonameid),
                 p.start)
    # ... or that the actor had held it ("was retaken after six months of Russian occupation")
    if any((first < m.start < t.start or m.kind == "holder") and m.force in scene.actor.candidates
           for m in scene.forces):
        enemy = other_side(scene.sides, scene.actor.force) if scene.sides else None
        return ForceMention.unnamed((enemy,)) if enemy else None
    return scene.actor


def _speaking_side(scene: Scene, t: Trigger, loser: ForceMention | None
                   ) -> ForceMention | None:
    """The force that says a town was freed from its enemy ("Ukraine said P had been liberated
    from Russian occupiers", "..., Kyiv said") or just freed ("Russia's defence ministry said
    P had been liberated"): its own side took it back."""
    if loser is None and t.word not in word_set("events", "liberations"):
        return None
    _, span = attribution(scene.text)
    said: list[ForceMention] = []
    if span is not None and not span[0] <= t.start < span[1]:
        said = [m for m in scene.forces if span[0] <= m.start and m.end <= span[1]
                and not m.holder and (loser is None or (
                    m.force != loser.force and m.force not in loser.candidates))]
    if not said:
        # "Shoigu reported to Putin that the city had been liberated, according to the
        # ministry": the subject of the report before the clause, when the attribution after
        # it names no force.
        verb = [v for v in cues()["speech"].finditer(scene.text, 0, t.start)]
        speaker = scene.subject(verb[-1].start())[0] if verb else None
        if speaker is not None and not speaker.holder and (
                loser is None or speaker.force != loser.force):
            said = [speaker]
    return said[-1] if said else None


def _holders_enemy(scene: Scene, p: PlaceMention) -> ForceMention | None:
    """In a war of two sides, the side that takes ``p`` from the one the story said held it
    ("the RSF seized Singa in June ... Singa was retaken on November 23")."""
    holder = scene.holders.get(p.place.geonameid)
    enemy = other_side(scene.sides, holder) if holder else None
    return ForceMention.unnamed((enemy,)) if enemy else None


_PAST_FALLS = frozenset({"fell", "fallen"})
_RETAKING_NOUNS = frozenset({"recapture", "liberation", "retaking"})


# "the city's population has fallen to about 70,000": a number falls, not a town.
_FALL_TO_NUMBER = re.compile(r"\s+(?:to|by|from|below|under)\s+(?:(?:about|around|some|nearly|"
                             r"roughly|just|less\s+than|more\s+than|fewer\s+than)\s+)?[\d$€£]",
                             re.IGNORECASE)


# An aside between a town and what follows it: "handed over Makhmour, southwest of Erbil, to".
_SHORT_ASIDE = re.compile(r",[^,;:()\n]{1,40},")


def _past_aside(scene: Scene, pos: int) -> int:
    """Where the text goes on after an aside set off by commas right at ``pos`` (``pos`` if
    none, or if the aside holds a verb of its own)."""
    m = _SHORT_ASIDE.match(scene.text, pos)
    if m is None or any(pos <= t.start < m.end() for t in scene.triggers) or (
            _own_participle(words(m.group()))):
        return pos
    return m.end()


def fall(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """PLACE fell to AGENT; the fall of PLACE to AGENT (not "the fall of P is a blow to F")."""
    if _FALL_TO_NUMBER.match(scene.text, t.end):
        return
    places, _ = scene.objects(t.end, frozenset({"of"}), limit=4)
    if places:
        agent = scene.force_after(places[-1].end, ("to",), limit=12) or scene.force_after(
            _past_aside(scene, places[-1].end), ("to",), limit=12)
    else:
        agent = scene.force_after(t.end, ("to", "under", "of"), limit=30)
        p = scene.place_before(t.start) or _it_before(scene, t.start) or _garrison_before(
            scene, t.start)
        places = _subject_list(scene, p) if p else []
    if agent is None and places:
        agent = _gain_since(scene, places[0].start)  # "the biggest Russian gain since P fell"
    if agent is None and places and (t.word in _PAST_FALLS or cues()["ordinal_infinitive"].search(
            scene.text, max(0, t.start - 40), t.start)):
        # "Kherson fell on Wednesday", "became the first major city to fall": to the story's
        # actor (not "once the city falls"), else to the enemy of its holder.
        # A town of the occupied country falls to the occupier, whoever held it before.
        agent = _occupiers_fall(scene, places[0]) or _holders_enemy(scene, places[0]) or (
            _story_actor(scene, t, places[0])) or (
            _taker_before(scene) if _NEXT_TIME.match(scene.text, t.end)
            or _NEXT_TIME_OPENING.match(scene.text) else None) or (
            _garrisons_enemy(scene, t))
    # "Singa, the army's main base in the state, fell": the holder an apposition names lost it;
    # so did the force whose garrison fell ("the army's garrison in Zalingei also fell").
    keeper = _defender(scene, places[0]) or _garrison_owner(scene, places[0]) \
        if places and t.word in _PAST_FALLS else None
    if keeper is not None and (agent is None or keeper.force != agent.force):
        for p in places:
            yield Finding("contested" if scene.partial(p) else "lost", keeper, p, t)
    if agent is None:
        return
    # "The rebels handed over Douma to Russian military police": the giver loses it.
    giver = scene.subject(t.start)[0] if t.word in word_set("events", "lost_to") and (
        not passive_before(scene.text, t.start)) else None
    for p in places:
        # "fell to Turkish troops and their Syrian rebel auxiliaries": to each.
        for a in _and_after(scene, agent) if agent.start >= 0 else [agent]:
            yield Finding("contested" if scene.partial(p) else "captured", a, p, t)
        if giver is not None and giver.force != agent.force and not scene.partial(p):
            yield Finding("lost", giver, p, t)


# A noun's "of" between a verb and a force: "following weeks of RSF attacks".
_NOUN_OF = re.compile(r"\b(?:days|weeks|months|years|hours)\s+of\b", re.IGNORECASE)
_RETAKINGS = frozenset({"retaken", "recaptured", "liberated", "freed", "regained",
                        "taken back", "won back", "reclaimed"})


def _liberator(scene: Scene, t: Trigger, p: PlaceMention) -> ForceMention | None:
    """In a war with an occupier, a town of the occupied country retaken or liberated with no
    taker named was retaken by the other side ("Kupiansk was retaken on 10 September")."""
    if scene.occupier and scene.sides and p.place.country_code in scene.occupied and (
            t.word in _RETAKINGS):
        other = other_side(scene.sides, scene.occupier)
        return ForceMention.unnamed((other,)) if other else None
    return None


_GARRISON_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:garrison|base|division|"
                             r"headquarters)\b", re.IGNORECASE)


def _garrisons_enemy(scene: Scene, t: Trigger) -> ForceMention | None:
    """In a war of two sides, a town that fell after a siege of one side's garrison fell to the
    other ("Nyala fell on October 26th after months of siege of the army garrison"), as does
    one whose garrison fell ("Nyala — army headquarters overrun on 26 October")."""
    if not scene.sides:
        return None

    def garrison_of(m: ForceMention) -> bool:
        return bool(_GARRISON_AFTER.match(scene.text, m.end)
                    or _GARRISON_AFTER.search(" " + m.surface))

    def subject_of_t(m: ForceMention) -> bool:
        g = _GARRISON_AFTER.match(scene.text, m.end)
        return g is not None and not scene.text[g.end():t.start].strip()

    kept = next((m for m in scene.forces
                 if (m.start > t.end or subject_of_t(m)) and garrison_of(m)), None)
    enemy = other_side(scene.sides, kept.force) if kept is not None else None
    return ForceMention.unnamed((enemy,)) if enemy else None


def _occupiers_fall(scene: Scene, p: PlaceMention) -> ForceMention | None:
    """In a war with an occupier, a town of the occupied country that fell with no taker, no
    known holder and no actor of the story fell to the occupier ("Popasna had fallen in early
    May"); towns it lost are "retaken" or "liberated", not "fallen"."""
    if scene.occupier and p.place.country_code in scene.occupied:
        return ForceMention.unnamed((scene.occupier,))
    return None


def _occupied_side(scene: Scene, p: PlaceMention) -> ForceMention | None:
    """In a war with an occupier, the side whose country a town of the occupied country is."""
    if scene.occupier and scene.sides and p.place.country_code in scene.occupied:
        other = other_side(scene.sides, scene.occupier)
        return ForceMention.unnamed((other,)) if other else None
    return None


_CLAUSE_AND = re.compile(r"[,;]\s*(?:and|but)$", re.IGNORECASE)


def _subject_list(scene: Scene, p: PlaceMention) -> list[PlaceMention]:
    """``p`` and the places coordinated before it when the list opens its clause ("Tal Kayf
    and Bartella fell to the militants"), not when it is a verb's object ("shelled Kharkiv
    and Izium fell")."""
    found = scene.coordinated(p, plural=True)
    left, _ = scene.clauses.bounds(found[0].start)
    before = scene.text[left:found[0].start].rstrip()
    # ... also a clause coordinated after another ("..., and Selydove and Hirnyk fell"), and
    # a list its kind heads ("The towns of Rajo and Sheikh El-Hadid fell").
    return found if not before or before.endswith(",") or _CLAUSE_AND.search(before) or (
        _KIND_OPENING.search(before)) else [p]


_KIND_OPENING = re.compile(rf"(?:^|[,;]\s*)(?:(?:and|but|then)\s+)?{_KIND_NP}$", re.IGNORECASE)


_PLURAL_AFTER = re.compile(r"[^,;.]{0,60},\s*(?:remain|are|were|have)\b", re.IGNORECASE)
_COPULA_NEXT = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:are|is|were|was|remain|remains)\s+(?=[A-Z])")


def _passive(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """PLACE was <verb>ed by AGENT; P, one of the last towns held by AGENT."""
    p = scene.place_before(t.start) or scene.place_before(t.start, _APPOSITION, oblique=True)
    if p is not None and _LANDMARK.search(scene.text, max(0, p.start - 30), p.start):
        # "Avdiivka, a town just north of occupied Donetsk, had been held by Ukraine": the
        # landmark locates the subject its apposition hangs on.
        heads = [q for q in scene.places if q.target and q.end < p.start
                 and scene.text.startswith(",", q.end)]
        p = heads[-1] if heads else p
    agent = scene.force_after(t.end, ("by",))
    if agent is None and scene.occupier and t.word in word_set("events", "occupations"):
        # "Vovchansk was occupied in the first days of the invasion", "Oleshky and Hola
        # Prystan remain occupied": by the war's occupier.
        agent = ForceMention.unnamed((scene.occupier,))
    if p and agent is None and t.event == "lost" and not scene.partial(p):
        # "Sennar, the army's main base in the state, was never lost": by its holder; "when
        # Ocheretyne was lost in early May": in a war with an occupier, by the occupied side.
        agent = _defender(scene, p) or (
            _occupied_side(scene, p) if t.word in word_set("events", "lost_to") else None)
    named = _COPULA_NEXT.match(scene.text, agent.end) if agent and agent.end > 0 else None
    if named and (listed := scene.objects(named.end())[0]):
        # "the only towns still held by ISIS are Al-Qaim and Rawa": the towns the copula names.
        for q in listed:
            yield Finding(t.event, agent, q, t, 0.05)
        return
    if p and agent and not scene.partial(p):
        # "Kadugli and Dilling, held by the army, remain cut off": a plural verb after the
        # participle's aside makes each town its subject.
        towns = scene.coordinated(p, plural=True) if _PLURAL_AFTER.match(
            scene.text, t.end) else scene.subjects_before(p, t.start)
        for q in towns:
            # "which are held by opposition factions and HTS": by each.
            for a in _and_after(scene, agent) if agent.start >= 0 else [agent]:
                yield Finding(t.event, a, q, t)


_TOWARD = frozenset({"to", "toward", "towards", "into"})
# A force's post after it, and the town it is in: "the army's 22nd Division base in".
_POST_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:base|bases|positions|headquarters|"
                         r"garrison|barracks)\s+(?:in|at|inside)\s+", re.IGNORECASE)
_POSTS = frozenset({"positions", "bases", "base", "garrison", "headquarters", "barracks",
                    "posts", "checkpoints"})
_HELD_AROUND = re.compile(r"[\s,](?:in|around|inside)\s+(?=[A-Z]|the\s+(?:towns?|villages?|cities|"
                          r"city)\s+of\s)")
_IN, _OUT_OF = frozenset({"in", "inside"}), frozenset({"from", "out", "of"})
_LOSE_PREPS = _IN | _OUT_OF


def lose(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """AGENT withdrew from / lost / evacuated PLACE; leaving a part of it ("withdrew from an
    eastern neighbourhood of P") is fighting for it."""
    places, _ = scene.objects(t.end, _LOSE_PREPS)
    if passive_before(scene.text, t.start):
        yield from _passive(scene, t)
        return
    if nominal_use(scene, t):
        return
    if t.word in _RESULTS and scene.text[:t.start].rstrip().endswith(",") and any(
            u.end <= t.start and u.event == "captured" for u in scene.triggers) and not any(
            u.end <= t.start and u.event == "lost" for u in scene.triggers):
        # "The RSF captured Al Fula on June 20, leaving Babanusa isolated": what a capture
        # leaves is a state of another town, not a withdrawal from it.
        return
    if not places and (given := _lost_to_after(scene, t)) is not None:
        yield given
        return
    agent, pen = scene.subject(t.start)
    if not places and (where := scene.relative_object(agent, t.start)) is not None:
        places = scene.coordinated(where)  # "the town that the army abandoned"
    if not places and agent is not None:
        places = _left_behind(scene, t)
    own = scene.force_right_after(t.end)
    if agent is None and own is not None and own.kind == "pronoun":
        # "it had withdrawn its troops from Lyman": the owner of the troops loses the town.
        agent, pen = own, 0.05
    for p in places:
        gap = scene.gap_words(t.end, p.start)
        # "pulled back in Idlib": retreating inside a place is not leaving it; but "abandoned
        # its positions in Kirkuk" leaves the town its posts are in.
        inside = bool(_IN.intersection(gap)) and not _OUT_OF.intersection(gap) and not (
            _POSTS.intersection(gap) and not _TOWARD.intersection(gap))
        if agent and not inside and not scene.beside(t.end, p):
            # "The army lost Singa to the RSF", "Palmyra, which the army had lost to IS": the
            # force it went to took it.
            taker = (scene.force_after(max(p.end, t.end), ("to", "over", "back"), limit=25)
                     or scene.force_after(_past_aside(scene, max(p.end, t.end)), ("to",),
                                          limit=12)) \
                if t.word in word_set("events", "lost_to") else None
            if taker is not None and taker.force == agent.force:
                continue  # "Wagner handed its positions in P over to regular Russian troops"
            # Leaving a town's bases is leaving it; leaving "a district of" it is not. "HTS and
            # allied rebel groups withdrew from P": each subject does.
            for a in [agent, *_allies(scene, agent, t)]:
                yield Finding("contested" if scene.partial(p) else "lost", a, p, t, pen)
            if taker is not None and taker.force != agent.force:
                yield Finding("captured", taker, p, t, pen)


_RELATIVE_WORDS = frozenset({"which", "that", "who", "where", "when", "whom"})
_RESULTS = frozenset({"leaving"})


def _lost_to_after(scene: Scene, t: Trigger) -> Finding | None:
    """A town set off before a participle of losing to a force: "Wad Madani, the Gezira state
    capital lost to the RSF in December 2023" was taken by that force."""
    if not is_past(t.word) or t.word not in word_set("events", "lost_to"):
        return None
    taker = scene.force_after(t.end, ("to",), limit=12)
    p = scene.place_before(t.start, _APPOSITION, oblique=True) if taker else None
    if p is None or _RELATIVE_WORDS.intersection(scene.gap_words(p.end, t.start)):
        return None
    return Finding("captured", taker, p, t, 0.1)


# What may follow a withdrawal with no object ("withdrew overnight", "pulled out on Sunday").
_INTRANSITIVE_NEXT = frozenset({"overnight", "on", "in", "at", "late", "early", "earlier",
                                "last", "this", "yesterday", "today", "after", "before", "as",
                                "when", "and", "but", "without", "under", "amid", "to",
                                "across", "toward", "towards", "north", "south", "east",
                                "west", "northward", "southward", "eastward", "westward",
                                "northwards", "southwards", "eastwards", "westwards", "back"})
_PUNCTUATION = re.compile(r"[,.;:]")
# A clause that times the one before it ("..., after insurgents withdrew").
TIMING = re.compile(r"(?=[aow])\b(?:after|as|when|once)\s*$", re.IGNORECASE)


@cache
def _strongholds() -> frozenset[str]:
    return frozenset(w for f in rules("events")["frame"] if f["kind"] == "stronghold"
                     for w in f["words"])


def _left_behind(scene: Scene, t: Trigger) -> list[PlaceMention]:
    """"entered Khan Sheikhoun after insurgents withdrew overnight": a withdrawal with no
    object, in a clause that times the main one, leaves the main clause's town. A withdrawal
    proper leaves the town named last before it, in its sentence or the one before ("IS took
    Ramadi. Hours later the last army units pulled out")."""
    left, _ = scene.clauses.bounds(t.start)
    # Up to a comma: "had withdrawn, the general staff said" has no object.
    after = words(_PUNCTUATION.split(scene.text[t.end:t.end + 30], 1)[0])[:4]
    # "after Russian forces lost hundreds of tanks": an object of its own; but "abandoned
    # their main bastion" or "abandoned it" is the town ("abandoned them", the towns).
    # ... and so are its holders' own posts in it ("evacuated their positions overnight").
    own = after[:1] in (["it"], ["them"]) or bool(_strongholds().intersection(after)) or (
        after[:1] in (["their"], ["its"]) and after[1:2] in (
            ["positions"], ["posts"], ["bases"], ["defences"], ["defenses"]))
    if (scene.objects(t.end, _LOSE_PREPS)[0]
            or (after and after[0] not in _INTRANSITIVE_NEXT and not own)):
        return []
    if TIMING.search(scene.text, 0, left):
        # ... every town the main clause listed ("entered Morek, Kafr Zita and al Lataminah
        # after HTS evacuated their positions").
        p = scene.named_before(left)
        return scene.coordinated(p, plural=True) if p is not None else []
    if withdrawal(scene.text, t):
        p = scene.named_before(t.start)
        if p is None and scene.previous_town is not None and not any(
                q.target for q in scene.places):
            # Named only in the sentence before: the verb stands for it.
            p = PlaceMention(t.start, t.end, scene.text[t.start:t.end],
                             scene.previous_town.place, anaphor=True)
        return [p] if p is not None else []
    return []


def withdrawal(text: str, t: Trigger) -> bool:
    """Whether a trigger in ``text`` is a withdrawal proper ("withdrew", "pulled back"), not
    any pulling ("pulled in reinforcements")."""
    w = word_set("events", "withdrawals")
    return t.word in w or f"{t.word} {' '.join(words(text[t.end:t.end + 6])[:1])}" in w


def _allies(scene: Scene, agent: ForceMention | None, t: Trigger) -> list[ForceMention]:
    """The other subjects coordinated with ``agent`` before ``t``: "Turkish forces and Syrian
    rebels captured P", "Turkish tanks and rebel fighters drove IS out of P"; and the force
    that leads it ("Rebel fighters led by HTS entered Damascus")."""
    if agent is None:
        return []
    leaders = [m for m in scene.forces if agent.end < m.start < t.start
               and m.force != agent.force and _LED_BY.fullmatch(scene.text, agent.end, m.start)]
    if agent.kind == "pronoun" and agent.surface.lower() in _PLURAL_PRONOUNS:
        # "Turkish troops and the Syrian rebels they back said they had driven IS out of P":
        # "they" are both the forces named together.
        named = [m for m in scene.forces if m.end <= agent.start and m.kind != "pronoun"
                 and m.force == agent.force]
        return [m for m in scene.conjuncts(named[-1]) if m.force != agent.force] + leaders \
            if named else leaders
    if " and " not in scene.text[agent.end:t.start]:
        return leaders
    return [a for a in scene.subjects(agent, t.start)[1:] if a.force != agent.force] + leaders


_PLURAL_PRONOUNS = frozenset({"they", "them"})
_OWN_CENTRE = re.compile(r"(?:(?:town|city|historic)\s+)?(?:centre|center)\b", re.IGNORECASE)
_LED_BY = re.compile(r"\s*,?\s*(?:led|spearheaded|headed|commanded)\s+by\s+(?:the\s+)?",
                     re.IGNORECASE)


def expel(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """AGENT drove VICTIM from PLACE; VICTIM was driven from PLACE [by AGENT];
    AGENT cleared PLACE of VICTIM."""
    preps = frozenset({"from", "out", "of", "in", "back"})
    if passive_before(scene.text, t.start):
        victim, pen = scene.subject(t.start)
        place_owner = None
        if victim is None or victim.end < scene.clauses.bounds(t.start)[0]:
            place_owner = scene.place_before(t.start)
            victim = scene.force_after(t.end, ("of", "from"))
            pen = 0.0
        agent = scene.force_after(t.end, ("by",))
        places = [place_owner] if place_owner else scene.objects(t.end, preps)[0]
        if not places and words(scene.text[t.end:t.end + 5])[:1] == ["out"]:
            # "IS seized the city in 2015 and was driven out in 2016": the town of the
            # coordinated verb.
            p = scene.named_before(t.start)
            places = [p] if p is not None and " and " in scene.text[p.end:t.start] else []
        for p in places:
            if victim:
                yield Finding("lost", victim, p, t, pen)
            if agent:
                yield Finding("captured", agent, p, t, pen)
        return
    victim = scene.force_right_after(t.end)
    if victim is not None:
        places, _ = scene.objects(victim.end, preps)
        where = scene.antecedent(t.start)
        places = places or ([where] if where else [])
    else:
        places, _ = scene.objects(t.end)
        victim = scene.force_after(places[-1].end, ("of", "from")) if places else None
    if victim is None or not places:
        return
    scene.consumed.add(id(victim))
    agent, pen = scene.subject(t.start)
    if victim.kind == "pronoun" and agent is not None and agent.force == victim.force:
        # "The YPG drove the group out": an object pronoun is not its own clause's subject.
        victim = replace(victim, candidates=(victim.alternate,)) if victim.alternate else None
    for p in places:
        if victim is not None:
            yield Finding("lost", victim, p, t, pen)
        if agent:
            yield Finding(t.event, agent, p, t, pen)
        for ally in _allies(scene, agent, t):
            yield Finding(t.event, ally, p, t, pen + 0.05)


_ESTABLISHED = re.compile(
    rf"\b(?:{'|'.join(sorted(word_set('events', 'control_establishers')))})\s+[\"“]?"
    r"(?:(?:full|complete|total|effective|firm)\s+)?$", re.IGNORECASE)


# Deploying in a fronted town may be taking it over ("In Makhmur, army units deployed").
_DEPLOYED = frozenset({"deployed", "stationed", "deployed to", "deployed into"})


def hold(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """AGENT holds PLACE; PLACE is held by AGENT; P, the last town held by AGENT."""
    reduced = is_past(t.word) and words(scene.text[t.end:t.end + 4]) == ["by"]
    # "still hold out in P"; "P, where its units still hold out"; "are dug in inside P" (a
    # state, no passive).
    out = t.word in word_set("events", "holding_in")
    if (passive_before(scene.text, t.start) and not out) or reduced:
        yield from _passive(scene, t)
        return
    if _FORMER.search(scene.text, max(0, t.start - 12), t.start):
        return  # "the group once ruled Mosul": a former state, not one as of writing
    if t.word == "control" and _UNDER.search(scene.text, scene.clauses.bounds(t.start)[0],
                                             t.start):
        return  # "which has remained under army control": the control frame's noun
    places, partitive = scene.objects(t.end, _IN if out else frozenset())
    if not places and out:
        # "digging in along the left bank around Oleshky, Hola Prystan and Nova Kakhovka":
        # where a force holds out may follow the ground it holds.
        _, right = scene.clauses.bounds(t.end)
        where = _HELD_AROUND.search(scene.text, t.end, right)
        if where is not None:
            places, partitive = scene.objects(where.end(), _IN)
    agent, pen = scene.subject(t.start)
    if not places and agent is not None and t.word not in word_set("events", "staying"):
        # "Lysychansk, which Ukrainian forces still hold"; "the city that IS has held".
        # "Raqqa, where the group had ruled since 2014": "where" stands for "in P" too.
        # "In El Fasher, the army is still holding out": a fronted town for one held in.
        where = scene.antecedent(t.start, ("where",) if out else ("which", "that", "where")
                                 ) or scene.relative_object(agent, t.start) or (
            scene.fronted(t.start) if out and t.word not in _DEPLOYED else None)
        places = scene.coordinated(where) if where is not None else []
    if partitive and places and scene.most_of(t.end, places[0]):
        partitive = False  # "holds most of Omdurman": the town is the holder's
    if partitive and "since" in scene.gap_words(t.end, scene.clauses.bounds(t.end)[1]):
        return  # "had held the eastern half of the city since 2012": a lasting division
    # "established control of P" takes the town; its "of" makes no noun of the verb.
    established = t.word == "control" and _ESTABLISHED.search(
        scene.text, max(0, t.start - 40), t.start) is not None
    event = "captured" if established else "held"
    if agent and (established or not nominal_use(scene, t)):
        # Holding part of a town ("parts of Sievierodonetsk") is fighting for it; the whole
        # towns a list after it includes are held. "The jihadists and allied rebel factions
        # hold P": each subject does.
        # "hold positions on the left bank, including the towns of Oleshky and Hola
        # Prystan": the towns in the ground held are held.
        # ... and those a second object includes ("Hawija, and a stretch of the Euphrates
        # valley that includes al-Qaim and Rawa").
        included = scene.included(places[-1].end if places else t.end)
        for a in [agent, *_allies(scene, agent, t)]:
            for p in places:
                yield Finding("contested" if partitive else event, a, p, t, pen)
            for p in included:
                yield Finding(event, a, p, t, pen)


# The greater part of a town: who holds it holds the town.
_MOST_OF = re.compile(r"\s*(?:\w+\s+)?(?:control\s+(?:of|over)\s+)?"
                      r"(?:most|the\s+bulk|(?:almost|nearly|virtually)\s+all|"
                      r"(?:large|vast|big)\s+(?:parts|swathes|swaths|areas)|much)"
                      r"\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?"
                      r"(?:(?:central|northern|southern|eastern|western|neighbou?ring|nearby)"
                      r"\s+)?", re.IGNORECASE)
_CLAUSE_MARKS = frozenset(",;:()")
# Where a fight between two sides took place, after its verb.
_WHERE_AFTER = re.compile(r"\b(?:in|around|near|inside|across)\s+(?=[A-Z]|the\s)")
_GOING_ON = re.compile(r"\s+(?:(?:is|was|has been|had been|were|are)\s+)?(?:(?:still|also|now)\s+)?"
                       r"(?:(?:going on|goes on|went on|continu(?:es|ed|ing)|rag(?:es|ed|ing)|"
                       r"under ?way|ongoing)\s+(?:in|inside|around|for|near|"
                       r"on\s+the\s+approaches\s+to|on\s+the\s+(?:outskirts|edges?)\s+of)"
                       # "fighting has reached the outskirts of Toretsk"
                       r"|(?:has\s+|have\s+)?reached\s+the\s+(?:outskirts|edges?|centre|center)\s+of)"
                       r"\s+", re.IGNORECASE)
_CONTEST_PREPS = frozenset({"for", "of", "on", "toward", "towards", "into", "in", "around", "with",
                            "near", "against", "to", "over", "inside", "at", "within", "across",
                            "erupted", "erupts", "erupt", "raged", "rages", "raging", "continued",
                            "continues", "continue", "broke", "break", "breaks", "out", "flared",
                            "flare", "flares",
                            "intensified", "intensifies", "resumed", "resumes", "heavy", "fierce",
                            "way"})


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_PAST_TOWN = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
                        r"(?:[\w-]+-(?:held|controlled|occupied)\s+)?$", re.IGNORECASE)
# "people who fled the fighting in Khartoum": a fight escaped, told as background.
_FLED = re.compile(r"\b(?:fled|flee|flees|fleeing|escaped|escaping|escape)\s+(?:the\s+)?$",
                   re.IGNORECASE)
_ATTACKS, _REPELS, _STRIKES, _FIRE, _BOMBARDMENTS = (word_set("events", k) for k in (
    "attacks", "repels", "strikes", "fire_nouns", "bombardments"))
_WORD = re.compile(r"\w+")
# Between a fight's enemy and its place, also how it goes: "battled IS street by street in P".
_ENEMY_PREPS = _CONTEST_PREPS | word_set("events", "fight_manner")


# The parties of a two-sided war named together, as the subject of a fight.
_SIDES = (r"\b(?:the\s+two|both|the\s+warring|the\s+rival)\s+(?:sides|parties|forces|"
          r"factions)\s+")
_BOTH_SIDES = re.compile(_SIDES + r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_BOTH_SIDES_ANY = re.compile(_SIDES, re.IGNORECASE)


_OWNED_PART = re.compile(r"['’]s\s+(?:[\w-]+\s+)?([\w-]+)")


def both_sides(text: str) -> bool:
    """Whether a sentence names both sides of a war together ("the two sides")."""
    return _BOTH_SIDES_ANY.search(text) is not None


def contest(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """AGENT's battle for / offensive on / advance toward PLACE; clashes in PLACE.
    "IS was pushed out of P" and "pushed IS out of P" are expulsions, read by ``expel``."""
    # "fighting IS for Tadef", "battling IS in Mayadin", "battled the RSF street by street in
    # P": the object is the enemy, the place follows it, and the enemy is a party to the fight
    # too (the enemy "in" a town defends it).
    attack = t.word in _ATTACKS
    if attack and _STRIKES.intersection(words(scene.text[max(0, t.start - 25):t.start])[-2:]):
        return  # "a Russian drone attack on Kyiv" fights for no town
    if t.word in _FIRE and scene.force_right_before(t.start) is None and scene.force_after(
            t.end, ("by",)) is None and word_before(
            scene.text, t.start) not in _POSSESSIVE_PRONOUNS:
        # "withdrew after weeks of shelling": whose fire, the noun alone does not say ("its
        # bombardment of El Fasher" is its subject's).
        return
    if _FLED.search(scene.text, max(0, t.start - 20), t.start):
        return  # "people who fled the fighting in Khartoum": background, no claim
    other = scene.force_right_after(t.end)
    mutual = word_set("events", "mutual")
    post = _POST_AFTER.match(scene.text, other.end) if other and t.word not in mutual else None
    if post is not None and (posted := scene.objects(post.end())[0]):
        # "has been shelling the army's 22nd Division base in Babanusa": the post's town.
        agent, pen = scene.subject(t.start)
        for p in posted if agent is not None and agent.force != other.force else ():
            yield Finding("contested", agent, p, t, pen)
        return
    if passive_before(scene.text, t.start):
        if t.word in word_set("events", "bombardments"):
            yield from _passive(scene, t)
        elif t.word in mutual and scene.sides and words(scene.text[t.end:t.end + 6])[:1] == [
                "over"] and (p := scene.antecedent(t.start, ("which", "that")) or (
                    q if (q := scene.place_before(t.start) or _it_before(scene, t.start))
                    and _FOUGHT_OVER.fullmatch(scene.text, q.end, t.start) else None)):
            # "Vovchansk has been fought over since May", "Marinka, which has been fought over":
            # in a war of two sides, by both.
            for f in scene.sides:
                yield Finding("contested", ForceMention.unnamed((f,)), p, t, 0.15)
        return
    if other and t.word not in mutual:
        return
    places = scene.objects(other.end, _ENEMY_PREPS, limit=9, areas=True)[0] \
        if other else scene.around(t, _CONTEST_PREPS, 7)
    pair = scene.between(t.end)
    if not places and pair:
        # "clashes (broke out) between the SDF and the SNA on the outskirts of Tal Tamr": the
        # place follows the second side, also past the fight's verb ("fighting between the army
        # and the RSF raged for a second day in Khartoum", "was reported in Nyala").
        places = scene.objects(pair[1].end, _CONTEST_PREPS, limit=9, areas=True)[0]
        where = None if places else _WHERE_AFTER.search(scene.text, pair[1].end)
        if where is not None and not _CLAUSE_MARKS.intersection(
                scene.text[pair[1].end:where.start()]):
            places = scene.objects(where.start(), _CONTEST_PREPS, limit=4, areas=True)[0]
    # "fighting was still going on in the town": a fight that goes on, whoever its parties.
    going = None if places or other or t.word not in mutual else _GOING_ON.match(
        scene.text, t.end)
    if going:
        places = scene.objects(going.end())[0]
    # "advances west of Marinka": past the town, which only places the advance; "much of
    # Omdurman, from where its artillery pounds RSF positions": fire comes from the town.
    places = [p for p in places if (p.start < t.end or not _PAST_TOWN.search(
        scene.text, max(0, p.start - 30), p.start)) and (
        p.end > t.start or _FIRED_FROM.search(scene.text, p.end, t.start) is None)]
    if not places and t.word in _FIRE and (hit := _FIRE_HITS.match(scene.text, t.end)):
        # "Russian shelling on Monday hit the city of Sloviansk": the fire's town.
        places = scene.objects(hit.end())[0]
    if not places and t.word in _BOMBARDMENTS:
        # "Chasiv Yar, a town that Russian artillery pounds daily": the relative's town.
        shooter, _ = scene.subject(t.start)
        where = scene.relative_object(shooter, t.start) if shooter is not None else None
        places = [where] if where is not None else []
    if not places and attack and (towns := _withstanding(scene, t) or _defended(scene, t)
                                  or _held_despite(scene, t)):
        # "Vuhledar withstood repeated Russian assaults": only the attacker is told of.
        agent = scene.force_right_before(t.start) or scene.force_after(t.end, ("by",))
        for p in towns if agent is not None else ():
            yield Finding("contested", agent, p, t, 0.1)
        return
    if not places:
        yield from _long_fight(scene, t)
        return
    if pair:
        # "clashes between the army and the RSF in Khartoum": both sides fight for it.
        for side in pair:
            for p in places:
                yield Finding("contested", side, p, t)
        return
    agent = scene.force_after(places[-1].end, ("by",))
    pen = 0.0
    if agent is None:
        agent = scene.force_right_before(t.start)
    repel = next((m for m in _WORD.finditer(scene.text, max(0, t.start - 30), t.start)
                  if m.group().lower() in _REPELS), None) if attack else None
    if repel is not None:
        # "the army repelled an RSF attack on Dilling": the repeller still holds the town it
        # defends (fights for it, when the attack was on its outskirts); the attacker, when
        # named, fights for it.
        defender, dpen = scene.subject(repel.start())
        if defender is not None and defender is not agent:
            for p in places:
                # "on the outskirts of P", "on the town's outskirts"
                owned = _OWNED_PART.match(scene.text, p.end)
                part = grammar().partitives.intersection(
                    words(scene.text[t.end:p.start] + (owned.group(1) if owned else "")))
                yield Finding("contested" if part else "held", defender, p, t, dpen)
        if agent is None and defender is not None and scene.sides:
            # "its troops had repelled 23 attacks near Bakhmut": in a war of two sides the
            # attacks came from the other.
            enemy = other_side(scene.sides, defender.force)
            agent = ForceMention.unnamed((enemy,)) if enemy else None
            pen = 0.15
        if agent is None:
            return  # by whom the attack came, the clause does not say
    if agent is None:
        agent, pen = scene.subject(t.start)
    if agent is None:
        # A battle with no named party in its clause: the nearest party named before it in
        # the sentence ("the SDF said the battle for Raqqa was underway"), not the object of
        # another verb ("pushed IS out of P as the offensive on Mosul ...").
        left_of = [m for m in scene.forces if m.end <= t.start and not scene.oblique(m)
                   and not m.holder and id(m) not in scene.consumed and not scene.label(m)]
        agent, pen = (left_of[-1], 0.2) if left_of else (None, 0.0)
    sides = scene.subjects(agent, t.start) if agent is not None else []
    if t.word in mutual and words(scene.text[t.end:t.end + 9])[:1] in (["with"], ["against"]):
        # "clashes with army units": the other side fights for the place too (a "campaign
        # against IS in Raqqa" is waged on its holder).
        other = scene.force_after(t.end, ("with", "against"), limit=30)
    if other is not None and other not in sides:
        sides.append(other)
    # "the two sides continue to battle for the city"
    both = bool(scene.sides) and _BOTH_SIDES.search(
        scene.text, scene.clauses.bounds(t.start)[0], t.start) is not None
    if (going or both or (t.word in mutual and scene.sides)) and not sides:
        # In a war of two sides, both fight in it ("the battles for Toretsk and Chasiv Yar
        # are grinding on").
        sides, pen = [ForceMention.unnamed((f,)) for f in scene.sides], 0.15
    for side in sides:
        for p in places:
            yield Finding("contested", side, p, t, pen)


# Between a town (or its garrison) and a verb of withstanding: "Vuhledar, a hilltop town,
# withstood", "the garrison in Babanusa continues to resist".
_WITHSTANDER_GAP = re.compile(r"\s*(?:,[^,;]{1,80},\s*)?(?:(?:has|have|had|still|again|"
                              r"successfully|continues\s+to|continued\s+to|continue\s+to)\s+)"
                              r"{0,3}", re.IGNORECASE)


def _withstanding(scene: Scene, t: Trigger) -> list[PlaceMention]:
    """The town that withstands or resists the attacks at ``t``: "Vuhledar withstood repeated
    Russian assaults" (the attacker fights for it)."""
    repel = next((m for m in _WORD.finditer(scene.text, max(0, t.start - 30), t.start)
                  if m.group().lower() in _REPELS), None)
    if repel is None:
        return []
    left, _ = scene.clauses.bounds(repel.start())
    town = [p for p in scene.places if p.target and left <= p.start and p.end <= repel.start()]
    if town and _WITHSTANDER_GAP.fullmatch(scene.text, town[0].end, repel.start()):
        return [town[0]]
    # "..., a hilltop town that withstood"
    p = _garrison_before(scene, repel.start()) or scene.antecedent(
        repel.start(), ("which", "that"))
    return [p] if p is not None else []


_FIRE_HITS = re.compile(r"(?:\s+[^,;.]{0,30}?)?\s+(?:hit|hits|struck|strikes|pounded|pounds|"
                        r"targeted|targets|rocked|rocks)\s+", re.IGNORECASE)
_DEFENDING_AGAINST = re.compile(r"\bdefen(?:d|ds|ded|ding)\b(?P<object>[^,;]{0,60}?)\bagainst\s+"
                                r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _defended(scene: Scene, t: Trigger) -> list[PlaceMention]:
    """The town defended against the attacks at ``t``: "defending Vuhledar against Russian
    assaults", "Baiji, which troops have been defending against IS attacks"."""
    m = _DEFENDING_AGAINST.search(scene.text, max(0, t.start - 100), t.start)
    if m is None:
        return []
    towns = [p for p in scene.objects(m.start("object"))[0] if p.end <= m.end("object")]
    where = None if towns else scene.antecedent(m.start(), ("which", "that"))
    return towns or ([where] if where is not None else [])


_DESPITE = re.compile(r"\bdespite\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _held_despite(scene: Scene, t: Trigger) -> list[PlaceMention]:
    """The town held "despite" the attacks at ``t``: "Ukraine still holds Vuhledar despite
    repeated Russian attacks"."""
    m = _DESPITE.search(scene.text, max(0, t.start - 40), t.start)
    if m is None or not any(u.event == "held" and u.end <= m.start() for u in scene.triggers):
        return []
    p = scene.place_before(m.start()) or scene.place_before(m.start(), oblique=True)
    return [p] if p is not None else []


_AFTER_SPELL = re.compile(r"\b(?:after|following)\s+(?:[\w-]+\s+){0,2}(?:days|weeks|months|years)"
                          r"\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _long_fight(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """"took al-Bab after months of fighting": the fight was for the place the main clause
    names, by its subject."""
    m = _AFTER_SPELL.search(scene.text, max(0, t.start - 60), t.start)
    if m is None:
        return
    left, _ = scene.clauses.bounds(m.start() - 1) if m.start() else (0, 0)
    named = [p for p in scene.places if p.target and left <= p.start and p.end <= m.start()]
    agent, pen = scene.subject(named[-1].start) if named else (None, 0.0)
    if agent is not None:
        yield Finding("contested", agent, named[-1], t, pen + 0.1)


_SIEGE_PREPS = frozenset({"in", "inside", "at", "by", "for", "years", "months", "weeks", "days",
                          "enclave", "pocket", "imposed", "on", "of", "within", "blocks",
                          "handful", "few"}) | grammar().partitives
# Before a siege noun, words that make the clause's subject the besieger.
_SIEGE_MAKER = word_set("events", "siege_makers")
# "broke the siege", "had broken a paramilitary siege", "lifted the months-long RSF siege":
# the verb, then up to three words (blanked mentions among them) before the noun.
_SIEGE_BREAKING = re.compile(
    rf"\b(?:{'|'.join(sorted(word_set('events', 'siege_breakers')))})\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# The siege frame's nouns: a state ("under siege"), where its verbs are acts.
SIEGE_NOUNS = frozenset({"siege", "sieges", "blockade"})


def siege(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """VICTIM besieged in PLACE [by IMPOSER]; IMPOSER encircled VICTIM in PLACE;
    the (IMPOSER) siege of PLACE; P, which IMPOSER has encircled."""
    located = _located_siege(scene, t)
    if located and tells_holding(located[0].force):
        # "P, where the army garrison in Q remains under siege": the garrison's town, not P.
        yield from located
        return
    places = scene.around(t, _SIEGE_PREPS, 14)
    if not places and t.word not in SIEGE_NOUNS and (
            inside := scene.force_right_after(t.end)) is not None:
        # "surrounded thousands of Russian soldiers in the town": the town follows the victim.
        places = scene.objects(inside.end, _INSIDE, limit=4)[0]
    if not places and t.word in SIEGE_NOUNS and _UNDER_SIEGE.match(
            scene.text[scene.clauses.bounds(t.start)[0]:t.start]):
        # "Babanusa, which has been under RSF siege since early 2024"
        where = scene.antecedent(t.start, ("which", "that"))
        places = [where] if where is not None else []
    if not places:
        yield from (_located_siege(scene, t) or _passive_siege(scene, t)
                    or _relative_siege(scene, t))
        return
    noun = t.word in SIEGE_NOUNS
    if noun:
        imposer = scene.force_after(t.end, ("by",))
        broken = _SIEGE_BREAKING.search(scene.blanked, max(0, t.start - 60), t.start)
        if broken and modality(scene.text[scene.clauses.bounds(broken.start())[0]:
                                          broken.start()], False) == ("asserted", False):
            # Only a siege broken: "close to breaking", "trying to break" leave it standing.
            yield from _broken_siege(scene, t, broken.start(), places, imposer)
            return
        held_by = [m for m in scene.forces if m.holder and m.end <= places[0].start
                   and not words(scene.text[m.end:places[0].start])[2:]]
        if held_by and (imposer is None or held_by[-1].force != imposer.force):
            # "Rebel-held eastern Aleppo was under siege by government forces".
            for p in places:
                yield Finding("besieged", held_by[-1], p, t)
                if imposer is not None:
                    yield Finding("contested", imposer, p, t, 0.05)
            return
        if imposer is None:
            imposer = scene.force_right_before(t.start)
        if imposer is None and _SIEGE_MAKER.intersection(
                words(scene.text[max(0, t.start - 20):t.start])[-2:]):
            # "pressing their siege of P", "has laid siege for weeks": the subject besieges.
            imposer = scene.subject(t.start, fallback=False)[0]
            if imposer is None and word_before(scene.text, t.start) in _POSSESSIVE_PRONOUNS:
                # "kept up its siege of the army garrison in Babanusa": the owner of the
                # siege, the force the pronoun stands for, is never inside.
                prior = [m for m in scene.forces if m.end <= t.start and not m.holder]
                imposer = prior[-1] if prior else None
        victims = [m for m in scene.forces if imposer is None or m.force != imposer.force]
        # "El Fasher, held by the army, remains under siege": the holder the town's aside
        # names is inside.
        victims = [m for m in victims if m.end <= t.start and (not scene.oblique(m) or (
            _HELD_BY_ASIDE.search(scene.text, max(0, m.start - 30), m.start)
            and _ASIDE_END.match(scene.text, m.end)))]
        victim = victims[-1] if victims else None
    else:
        victim = scene.force_right_after(t.end) or _perfect_object(scene, t)
        imposer = None
        if word_before(scene.text, t.start, grammar().determiners) in _INSIDE:
            # "holds out in besieged Babanusa": an adjective; whoever is in the town is
            # besieged, and the clause names no besieger.
            victim = scene.subject(t.start, fallback=False)[0]
        elif victim is not None:
            imposer, _ = scene.subject(t.start)
        elif not passive_before(scene.text, t.start) and scene.objects(t.end)[0]:
            # "The RSF has besieged El Fasher": the subject besieges, the town's holder is
            # besieged ("Haditha, defended by government troops").
            imposer, _ = scene.subject(t.start)
            victim = _defender(scene, places[-1])
        else:
            near = [m for m in scene.forces if m.end <= t.start
                    and len(words(scene.text[m.end:t.start])) <= 4]
            victim = near[-1] if near else scene.subject(t.start, fallback=False)[0]
            imposer = scene.force_after(t.end, ("by",))
            if victim is None and imposer is None:
                return
    if victim is None and imposer is not None:
        victim = _other_side(scene, imposer)
    elif noun and imposer is None and victim is not None and scene.oblique(victim):
        # "El Fasher, held by the army, remains under siege": by the other side, in a war of
        # two.
        imposer = _other_side(scene, victim)
    if victim is None and imposer is None:
        yield from _held_inside(scene, t, places)
        return
    for p in places:
        if victim is not None:
            yield Finding("besieged", victim, p, t)
        if imposer is not None:
            yield Finding("contested", imposer, p, t, 0.05)


_HELD_BY_ASIDE = re.compile(r",\s*(?:still\s+)?(?:held|controlled|defended)\s+by\s+(?:the\s+)?$",
                            re.IGNORECASE)
_ASIDE_END = re.compile(r"\s*,")


def _held_inside(scene: Scene, t: Trigger, places: list[PlaceMention]) -> list[Finding]:
    """A siege that names no force ("Dilling and Kadugli remain under siege"), in a war of two
    sides: whoever the story said holds each town is besieged in it, by the other side."""
    out = []
    for p in places:
        holder = scene.keepers.get(p.place.geonameid)
        enemy = other_side(scene.sides, holder) if holder else None
        if holder and enemy:
            out += [Finding("besieged", ForceMention.unnamed((holder,)), p, t, 0.1),
                    Finding("contested", ForceMention.unnamed((enemy,)), p, t, 0.15)]
    return out


def _broken_siege(scene: Scene, t: Trigger, verb: int, places: list[PlaceMention],
                  imposer: ForceMention | None) -> Iterator[Finding]:
    """"its troops had broken a paramilitary siege of P": the breaker holds P, besieged until
    that day; the besieger (named between the verb and the noun, or after "by") fought for it."""
    breaker = scene.subject(verb)[0]
    if imposer is None:
        named = [m for m in scene.forces if verb <= m.start and m.end <= t.start]
        imposer = named[-1] if named else None
    for p in places:
        if breaker is not None and (imposer is None or breaker.force != imposer.force):
            yield Finding("held", breaker, p, t, 0.05)
            yield Finding("besieged", breaker, p, t, 0.1)
        if imposer is not None:
            yield Finding("contested", imposer, p, t, 0.1)


def _other_side(scene: Scene, m: ForceMention) -> ForceMention | None:
    """In a war of two sides, the side ``m`` is not on, as an unnamed mention: the one a
    siege by ``m`` besieges when the sentence names nobody inside."""
    other = other_side(scene.sides, m.force)
    return None if other is None else ForceMention.unnamed((other,))


def _clause_towns(scene: Scene, t: Trigger) -> list[PlaceMention]:
    """The towns opening the clause of ``t`` ("Kadugli and Dilling"), not one named to place
    them ("Avdiivka, north of Donetsk")."""
    left, _ = scene.clauses.bounds(t.start)
    subject = [p for p in scene.places if p.target and not p.anaphor and left <= p.start
               and p.end <= t.start]
    if not subject:
        return []
    last = subject[0]
    for p in subject[1:]:
        if scene.text[last.end:p.start].strip(" ,") not in _JOINTS:
            break
        last = p
    return scene.coordinated(last, plural=True)


_COMMA_GAP = re.compile(r"\s*,\s*$")


def _passive_siege(scene: Scene, t: Trigger) -> list[Finding]:
    """"the army-held towns of Kadugli and Dilling in South Kordofan have been encircled for
    months by the RSF", "Mariupol is encircled, ... accusing Russian forces of shelling": the
    towns opening the clause are besieged, with their holder (or, in a war of two sides, the
    side the besieger is not on) inside."""
    if not passive_before(scene.text, t.start):
        # "Kadugli, encircled by the RSF for a year, runs out of food", "in the city,
        # besieged by the RSF since May": a participle set off after the town.
        p = scene.place_before(t.start, _COMMA_GAP, oblique=True) \
            if words(scene.text[t.end:t.end + 4]) == ["by"] else None
        towns = [p] if p is not None else []
    else:
        # "El Obeid, which has been besieged by the RSF for months"
        towns = _clause_towns(scene, t) or [
            p for p in [scene.antecedent(t.start, ("which", "that"))] if p is not None]
    if not towns:
        return []
    imposer = scene.force_after(t.end, ("by",))
    after = [m for m in scene.forces if m.start > t.end]
    if imposer is None and after and len({m.force for m in scene.forces}) == 1 and scene.sides:
        # The only side named, after the siege ("accusing Russian forces of shelling").
        imposer = after[0]
    # "Kadugli and Dilling, two army-held towns, have been encircled": also in their aside.
    holders = [m for m in scene.forces if m.holder and (
        m.end <= towns[0].start or (towns[-1].end <= m.start and m.end <= t.start))]
    victim = holders[-1] if holders else (_other_side(scene, imposer) if imposer else None)
    if victim is None and imposer is None:
        return _held_inside(scene, t, towns)
    if victim is not None and imposer is not None and imposer.force == victim.force:
        return []
    # With nobody inside named ("Kobani has been surrounded by IS"), the besieger still fights.
    out = [Finding("besieged", victim, p, t, 0.05) for p in towns] if victim else []
    if imposer is not None:
        out += [Finding("contested", imposer, p, t, 0.1) for p in towns]
    return out


# Between a town and a siege participle: an aside, an auxiliary ("Morek, further south,
# surrounded by", "in Morek are now encircled by").
_PARTICIPLE_GAP = re.compile(r"^\s*(?:,[^,;]{1,40},\s*)?(?:(?:is|are|was|were|remains?|remained|"
                             r"had|has|have|been|being|now|still|effectively|completely|fully)\s+)*$",
                             re.IGNORECASE)
_LOCATING = frozenset({"in", "at", "inside"})


def _located_siege(scene: Scene, t: Trigger) -> list[Finding]:
    """"left a Turkish military post at Morek, further south, surrounded by government troops",
    "Turkish soldiers in Morek are encircled by Syrian troops", "the army's division in
    Babanusa has been under RSF siege": the force placed in the town (or towns: "the army
    garrisons in Kadugli and Dilling remain besieged") is besieged there, the "by" force (or
    the siege's owner) fights for it."""
    noun = t.word in SIEGE_NOUNS
    p = scene.place_before(t.start, _UNDER_SIEGE if noun else _PARTICIPLE_GAP, oblique=True)
    imposer = scene.force_after(t.end, ("by",), limit=30) or (
        scene.force_right_before(t.start) if noun else None)
    if p is None:
        return []
    left, _ = scene.clauses.bounds(p.start)
    placed = [m for m in scene.forces if left <= m.start and m.end <= p.start
              and len(gap := scene.gap_words(m.end, p.start)) <= 8
              and _LOCATING.intersection(gap) and (imposer is None or m.force != imposer.force)]
    if not placed or (imposer is None and not tells_holding(placed[-1])):
        return []
    # "the army garrison in Babanusa remains encircled": a garrison needs no besieger named
    # (in a war of two sides, the other side is).
    imposer = imposer or _other_side(scene, placed[-1])
    return [f for q in scene.subjects_before(p, t.start)
            for f in (Finding("besieged", placed[-1], q, t),
                      *([Finding("contested", imposer, q, t, 0.05)] if imposer else []))]


def _relative_siege(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """"Islamic State fighters hold out in Baaj, a town that the army has encircled since last
    summer": the besieger fights for the town, the main clause's subject is besieged in it;
    when the besieger is that subject ("the RSF will concentrate on El Fasher, which it has
    besieged since May"), in a war of two sides the other side is."""
    imposer = scene.subject(t.start, fallback=False)[0]
    p = scene.relative_object(imposer, t.start)
    if imposer is None or p is None:
        return
    yield Finding("contested", imposer, p, t, 0.05)
    victim = scene.subject(p.start)[0]
    if victim is not None and victim.force == imposer.force:
        # ... else the town's holder ("regime-held neighbourhoods of Deir ez-Zor, which the
        # group has besieged").
        victim = _other_side(scene, imposer) or _defender(scene, p) or next(
            (m for m in reversed(scene.forces) if m.holder and m.end <= p.start
             and p.start - m.end <= 30 and "," not in scene.text[m.end:p.start]), None)
    if victim is not None and victim.force != imposer.force:
        yield Finding("besieged", victim, p, t, 0.05)


# "P, defended by F", "P, the last urban area held by F": the town's holder, named after it.
_DEFENDED = re.compile(r"\s*,\s*(?:[^,;]{0,60}?\s)?(?:defended|held|controlled|garrisoned)"
                       r"\s+by\s", re.IGNORECASE)


# "P, the last army-held city", "P, one of the last ISIL strongholds": a holder inside the
# apposition.
_HOLD_OF = re.compile(r"\s*,\s*(?:one\s+of\s+)?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}"
                      r"(?P<noun>[\w-]+)\s+of\s+", re.IGNORECASE)
_HELD_APPOSITION = re.compile(r"\s*,\s*(?:one\s+of\s+)?(?:(?:the|a|an|its|their)\s+"
                              r"(?:[\w'’-]+\s+){0,3})?$", re.IGNORECASE)


def _defender(scene: Scene, p: PlaceMention) -> ForceMention | None:
    """The force an apposition after ``p`` says holds it."""
    m = _DEFENDED.match(scene.text, p.end)
    if m:
        return scene.force_after(m.end() - 3, ("by",), limit=12)
    of = _HOLD_OF.match(scene.text, p.end)
    if of and _strongholds().intersection(words(of.group("noun"))):
        # "Hajin, the last major urban stronghold of the Islamic State"
        owner = next((f for f in scene.forces if of.end() <= f.start <= of.end() + 4), None)
        if owner is not None:
            return owner
    held = [f for f in scene.forces if p.end < f.start < p.end + 50
            and _HELD_APPOSITION.fullmatch(scene.text, p.end, f.start) and (
                f.holder or _strongholds().intersection(words(scene.text[f.end:f.end + 40])[:4]))]
    return held[0] if held else None


_PERFECT = frozenset({"has", "have", "had"})
_INSIDE = frozenset({"in", "inside", "within"})


def _perfect_object(scene: Scene, t: Trigger) -> ForceMention | None:
    """The force an active perfect besieges ("its fighters have besieged a small garrison of
    Iraqi soldiers"): the first force after the verb in its clause."""
    before = [w for w in words(scene.text[max(0, t.start - 30):t.start])
              if w not in grammar().adverbs]
    if not before or before[-1] not in _PERFECT:
        return None
    _, right = scene.clauses.bounds(t.end)
    after = [m for m in scene.forces if t.end <= m.start < min(right, t.end + 50) and not m.holder]
    return after[0] if after else None


_LINKS, _OWNED_LINKS = frozenset({"of"}), frozenset({"of", "in"})


_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
_MILITARY_HOLDS = word_set("events", "military_holds")
# Adjectives between a possessive pronoun and its stronghold noun ("its main base").
_QUALIFIERS = frozenset({"main", "last", "key", "chief", "principal", "final", "new", "own",
                         "de", "facto", "administrative", "military"})


def stronghold(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """FORCE's (last) stronghold, PLACE; PLACE, a FORCE stronghold; the FORCE stronghold of
    PLACE; PLACE is FORCE's capital. A former stronghold is not held."""
    left, _ = scene.clauses.bounds(t.start)
    np_start = t.start
    owner = None
    owned = False
    for m in reversed(scene.forces):
        if m.end <= t.start and m.start >= left:
            between = words(scene.text[m.end:t.start])
            # Not the subject of a verb before the noun ("the RSF takes Sennar state capital"),
            # nor a name a possessive pronoun stands after ("Turkey and their stronghold").
            if len(between) <= 4 and all(w not in grammar().prepositions for w in between) \
                    and not _POSSESSIVE_PRONOUNS.intersection(between) \
                    and not any(m.end <= x.start and x.end <= t.start for x in scene.triggers):
                owner, np_start = m, m.start
            break
    if owner is None:
        owner = scene.force_after(t.end, ("of",), limit=30)
    if owner is None:
        # Not across a verb: "they entered Kurdish hub of P" is nobody's hub that the
        # pronoun names.
        since = max([x.end for x in scene.triggers if x.end <= t.start], default=0)
        near = words(scene.text[max(left, since, t.start - 60):t.start])[-6:]
        if any(w in ("its", "their", "them", "they") for w in near):
            prior = [m for m in scene.forces if m.end <= t.start and not m.holder
                     and not m.toponym]
            owner = prior[-1] if prior else scene.last_force
            owned = word_before(scene.text, t.start, _QUALIFIERS) in _POSSESSIVE_PRONOUNS
    if owner is None or owner.holder or (owner.toponym and t.word not in _MILITARY_HOLDS):
        return
    seat = _OF_NAME.match(scene.text, t.end) if t.word in ("capital", "seat") else None
    if seat is not None and not any(m.start == seat.end() - 1 for m in scene.forces):
        return  # "El Obeid, the capital of North Kordofan": a division's seat, nobody's hold
    head = scene.text[max(0, np_start - 40):np_start]
    if _FORMER.search(scene.text[np_start:t.end]) or _FORMER.search(head[-25:]):
        return
    # The place: after the noun ("stronghold of Raqqa", "capital Raqqa", "bastion, the town of
    # Boukamal"), or before it by apposition or copula.
    np_start = min(np_start, _np_start(scene.text, np_start))
    # "the RSF's base in Nyala", "its seat in Nyala": after a named owner, "in" leads to the
    # place too.
    links = _OWNED_LINKS if (np_start < t.start and not owner.toponym) or owned else _LINKS
    role = _left_as(scene, np_start)
    if role is None and links is _OWNED_LINKS and any(
            (x.event == "captured" or x.kind == "lose") and x.end <= np_start
            and x.start >= max(left, np_start - 30) for x in scene.triggers):
        return  # "overran the army's base in P": the owner held it until then
    places = [role] if role else [
        p for p in scene.objects(t.end, links, limit=6)[0]
        # "bastion near Baghdad": a town after the noun only locates it; so does one that
        # owns a region ("strongholds in Aleppo's northern countryside").
        if ("," in (gap := scene.text[t.end:p.start]) or gap.strip().lower() in ("", *links))
        and not scene.text.startswith(("'s", "’s"), p.end)]
    if not places and (named := _STRONGHOLDS_ARE.match(scene.text, t.end)) is not None:
        # "the army's only remaining strongholds in Darfur are El Fasher and El Daein"
        places = scene.objects(named.end())[0]
    if not places:
        # A copula in the past ("Raqqa was the group's capital") tells of a former state.
        p = (scene.place_before(np_start, _APPOSITION, oblique=True)
             or scene.place_before(np_start, _COPULA) or _subject_over_aside(scene, np_start))
        if p is not None and _PAST_COPULA.match(scene.text[p.end:np_start]):
            p = None
        places = scene.listed_with(p, t.end) if p else []
    for p in places:
        yield Finding("held", owner, p, t, 0.1)


_STRONGHOLDS_ARE = re.compile(r"(?:\s+in\s+[^,;.]{1,30}?)?\s+(?:are|is|remain|remains)\s+(?=[A-Z])")
# "Izium, captured by Russian forces in April after weeks of fighting, remains": an aside
# whose own clauses end before the copula.
_ASIDE_COPULA = re.compile(r"\s*,[^,;]{0,120},\s*(?:is|remains|has become|is still)\s+"
                           r"(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)


def _subject_over_aside(scene: Scene, pos: int) -> PlaceMention | None:
    """The town a present copula before ``pos`` speaks of across a long aside."""
    p = _town_across(scene, pos, _ASIDE_COPULA)
    return p if p is not None and not scene.text[:p.start].rstrip().endswith(
        ("of", "in", "from")) else None


def _town_across(scene: Scene, pos: int, gap: re.Pattern[str]) -> PlaceMention | None:
    """The town named last before ``pos``, if what stands between them fits ``gap`` (also
    across the clause cuts the gap holds)."""
    before = [p for p in scene.places if p.target and p.end <= pos]
    return before[-1] if before and gap.fullmatch(scene.text, before[-1].end, pos) else None


_LEFT_AS = re.compile(r"\b(?:leaves?|left|leaving|makes?|made|making)\s+(?:the\s+(?:city|town|"
                      r"village)\s+of\s+)?$", re.IGNORECASE)
_AS_GAP = re.compile(r"(?:\s*,[^,;]*,)?\s*(?:as\s+)?", re.IGNORECASE)


def _left_as(scene: Scene, pos: int) -> PlaceMention | None:
    """The place a change leaves in a role: "the advance leaves Maskanah, on the Euphrates,
    as the group's last stronghold"."""
    p = scene.named_before(pos)
    if p is None or not _AS_GAP.fullmatch(scene.text, p.end, pos):
        return None
    return p if _LEFT_AS.search(scene.text, max(0, p.start - 40), p.start) else None


def _np_start(text: str, pos: int) -> int:
    """Where the noun phrase ending at ``pos`` starts (back over determiners and adjectives)."""
    g = grammar()
    start = pos
    for m in reversed(list(_NP_WORD.finditer(text[max(0, pos - 60):pos]))):
        w = m.group().lower()
        at = max(0, pos - 60) + m.start()
        if text[at + len(w):start].strip():
            break  # not past a comma: "Sennar city, the army's base"
        if w in g.determiners or (w in g.object_words and w not in ("of", "and", "control")):
            start = at
        else:
            break
    return start


# (A slash joins a force's names: "under YPG/PKK control".)
_UNDER_CONTROL = re.compile(r"(?=u)\bunder\s+(?:the\s+)?(?:[\w'’/-]+\s+){0,4}control\b",
                            re.IGNORECASE)
_CONTROL_CHANGES = word_set("events", "control_changes")
_BACK = grammar().adverbs | {"back"}
# A town "back" in a force's hands or under its control has returned to it.
_BACK_BEFORE = re.compile(r"\bback\s+$", re.IGNORECASE)
# The nearest "under" or "in": "the last cities in Donetsk province under Ukrainian control".
# Not past "outside" or "beyond": "the only state capital in Darfur outside RSF control".
_UNDER = re.compile(r"\b(?:under|in)\s+(?:the\s+)?(?:(?!(?:under|in|outside|beyond)\s)"
                    r"[\w'’/\"“”-]+\s+){0,4}$", re.IGNORECASE)


# "Russian troops shelled Pokrovsk, but it remains in Ukrainian hands": "it" before these is
# the town the sentence named last.
_STAYS = _RELATIVE_AUX | {"remain", "remains", "remained", "stays", "stayed"}


def _controlled(scene: Scene, pos: int) -> PlaceMention | None:
    """The town a phrase of control opening at ``pos`` speaks of: the one named right before
    it; one after a preposition, with an apposition between ("moving toward Enerhodar, a city
    still under Ukrainian control", "from Tel Rifaat, a town still in opposition hands"); or
    "it" ("but it remains in Ukrainian hands")."""
    return scene.place_before(pos) or scene.place_before(pos, _APPOSITION, oblique=True) \
        or scene.place_before(pos, _LONG_APPOSITION, oblique=True) \
        or _it_before(scene, pos, _STAYS) or _past_relative(scene, pos) \
        or _reported_subject(scene, pos)


# "Tuz Khurmatu, a town south of Kirkuk, was reported under the control of Iraqi forces": the
# verb of report cuts a clause the subject stands before.
_REPORTED_STATE = re.compile(r"(?:\s*,[^;]{1,80},)?\s+(?:was|is|were|are|has\s+been|had\s+been)"
                             r"\s+(?:reported|said|believed|thought|understood|confirmed)\s+"
                             r"(?:to\s+(?:be|have\s+been)\s+)?"
                             r"(?:(?:still|now|firmly|fully|back)\s+)?$", re.IGNORECASE)


def _reported_subject(scene: Scene, pos: int) -> PlaceMention | None:
    """The town a reported state is told of, across the clause its verb of report cuts."""
    before = [p for p in scene.places if p.target and p.end <= pos]
    first = next((p for p in before if not scene.is_oblique_place(p)), None)
    return first if first is not None and _REPORTED_STATE.fullmatch(scene.text, first.end, pos) \
        else None


# "Ain Issa, which remains under SDF control, has come under": a town past its relative clause.
_OVER_RELATIVE = re.compile(r"\s*,\s*(?:which|that|where)\b[^,;]{0,80},\s*(?:(?:has|have|had|is|"
                            r"was|remains)\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def _past_relative(scene: Scene, pos: int) -> PlaceMention | None:
    """The town a phrase at ``pos`` speaks of across the town's own relative clause."""
    return _town_across(scene, pos, _OVER_RELATIVE)


# "El Geneina has been under its control since June", "in their hands" (not "not in").
_OWN_CONTROL = re.compile(r"(?:under|in)\s+(?:its|their)\s+(?:(?:full|total|complete|effective|"
                          r"firm)\s+)?", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\bnot\s+$", re.IGNORECASE)


def _pronoun_owner(scene: Scene, m: re.Match[str]) -> list[ForceMention]:
    """The force a possessive pronoun of control stands for: the last one named before it in
    the sentence, else before the sentence."""
    if not _OWN_CONTROL.fullmatch(m.group()) or _NOT_BEFORE.search(
            scene.text, max(0, m.start() - 6), m.start()):
        return []
    named = [f for f in scene.forces if f.end <= m.start() and not f.holder and not f.toponym]
    # The owner in the town's apposition ("Raqa, the jihadists' de facto capital, is firmly
    # under their control"), not one in a clause before ("broke the RSF's siege of P, which
    # remains under its control"); else the last subject or agent named ("entered by government
    # forces and declared under their control"), else the sentence before's.
    owner = next((f for f in reversed(named) if f.possessive and f.start >= m.start() - 80
                  and not any(f.end <= x.start < m.start() and x.kind != "stronghold"
                              for x in scene.triggers)), None) or next(
        (f for f in reversed(named) if not f.possessive and (not scene.oblique(f) or word_before(
            scene.text, f.start, grammar().determiners) == "by")), scene.last_force)
    return [owner] if owner is not None else []


def control(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """PLACE is under (FORCE) control / under the control of FORCE; FORCE in control of PLACE."""
    left, _ = scene.clauses.bounds(t.start)
    m = _UNDER.search(scene.text, left, t.start)
    # "Beryslav returned to Ukrainian control": a change back to the force named before it.
    returned = _RETURNED_TO.search(scene.text, left, t.start) \
        if m is None and t.word == "control" else None
    m = m or returned
    if not m:
        return
    inside = [f for f in scene.forces if m.start() <= f.start and f.end <= t.start] or (
        _pronoun_owner(scene, m))
    if t.word == "hands":
        # "Raqqa is in the hands of the SDF"; "the two largest cities still in Ukrainian hands".
        owner = scene.force_after(t.end, ("of",), limit=12) or (inside[-1] if inside else None)
        p = _controlled(scene, m.start())
        if owner and p and not m.group().lower().startswith("into"):
            event = "captured" if _BACK_BEFORE.search(
                scene.text, max(0, m.start() - 8), m.start()) else "held"
            for q in scene.listed_with(p, m.start()):
                for o in _and_after(scene, owner):
                    yield Finding(event, o, q, t, 0.05)
        return
    owner = inside[-1] if inside else None if returned else scene.force_after(
        t.end, ("of",), limit=40)
    if owner is None and t.word == "occupation" and scene.occupier:
        # "Nova Kakhovka and Oleshky remain under occupation": the war's occupier's.
        owner = ForceMention.unnamed((scene.occupier,))
    if m.group().lower().startswith("in"):
        if owner is None:
            owner, _ = scene.subject(m.start())
        places, partitive = scene.objects(t.end, frozenset({"of"}), limit=5)
        if not places and (where := scene.antecedent(t.start) or scene.fronted(t.start)):
            # "Sennar, where the army remains in control"; "In Er Rahad, the RSF remains in
            # control"
            places = [where]
        if owner:
            for p in places:
                yield Finding("contested" if partitive else "held", owner, p, t, 0.05)
        return
    p = _controlled(scene, m.start())
    if owner and p:
        # "came (back) under Ukrainian control", "was back under government control": a
        # change of hands, not a state.
        changed = returned is not None or word_before(
            scene.text, m.start(), _BACK) in _CONTROL_CHANGES or (
            _BACK_BEFORE.search(scene.text, max(0, m.start() - 8), m.start()) is not None)
        for q in scene.listed_with(p, m.start()):
            for o in _and_after(scene, owner):
                yield Finding("captured" if changed else "held", o, q, t, 0.05)


# "Beryslav returned to Ukrainian control", "reverted to government control".
_RETURNED_TO = re.compile(r"\b(?:returned|returns|return|returning|reverted|restored|handed\s+back)"
                          r"\s+to\s+(?:the\s+)?(?:(?:full|complete)\s+)?(?:[\w'’-]+\s+){0,2}$",
                          re.IGNORECASE)


# "came under heavy Russian rocket fire", "was hit by RSF artillery fire".
_UNDER_FIRE = re.compile(r"\b(?:under|by)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def fire(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """PLACE came under FORCE fire; PLACE was hit by FORCE fire: the force fights for it."""
    left, _ = scene.clauses.bounds(t.start)
    m = _UNDER_FIRE.search(scene.text, max(left, t.start - 60), t.start)
    owner = next((f for f in reversed(scene.forces)
                  if m and m.end() - len(m.group()) <= f.start and f.end <= t.start), None)
    p = _controlled(scene, m.start()) if m and owner else None
    if p is not None and owner is not None and not scene.partial(p):
        for q in scene.listed_with(p, m.start()):
            yield Finding("contested", owner, q, t, 0.1)


def _and_after(scene: Scene, owner: ForceMention) -> list[ForceMention]:
    """``owner`` and the forces coordinated after it: "in the hands of HTS and the National
    Liberation Front" are both holders."""
    return [owner, *(f for f in scene.forces if f.start > owner.end and f.force != owner.force
                     and owner in scene.conjuncts(f))]


def victory(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """AGENT declared victory (over LOSER) in PLACE. A victory nobody declares ("on the verge
    of victory") is no capture."""
    if not _CLAIMED.search(scene.text[max(0, t.start - 40):t.start]):
        return
    _, right = scene.clauses.bounds(t.start)
    places = [p for p in scene.places if p.target and t.end <= p.start < right]
    if not places or len(words(scene.text[t.end:places[0].start])) > 14:
        return
    place = places[0]
    agent, pen = scene.subject(t.start)
    loser = scene.force_after(t.end, ("over", "against"), limit=40)
    if agent:
        yield Finding("captured", agent, place, t, pen + 0.05)
    if loser:
        yield Finding("lost", loser, place, t, pen + 0.05)


_BACKGROUND = (["following"], ["after"], ["since"], ["before"])
# A date right after a capture noun's object: "its capture of Wad Madani in December".
_DATED_AFTER = re.compile(r",?\s+(?:(?:in|on|by)\s+(?:the\s+)?[A-Z0-9]|(?:last|this|late|early)\s)")
# A time between a capture noun and its "of": "capture last week of", "fall on Sunday of".
_NOUN_TIME = re.compile(r"\s+(?:(?:earlier|later)\s+this\s+(?:week|month|year)|(?:over|at)\s+the\s+"
                        r"weekend|(?:last|this|"
                        r"earlier|late|early)\s+(?:week|month|year|\w+day)|on\s+\w+day"
                        r"|in\s+(?:(?:late|early|mid)[\s-]+)?(?-i:[A-Z])\w+"
                        r"|on\s+(?:\d{1,2}\s+(?-i:[A-Z])\w+\.?|(?-i:[A-Z])\w+\.?\s+"
                        r"\d{1,2}(?:st|nd|rd|th)?))(?=\s+of\b)", re.IGNORECASE)


def nominal(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """The capture / fall / liberation of PLACE (by / to AGENT); AGENT's capture of PLACE;
    AGENT confirmed the loss of PLACE; the withdrawal of LOSER from PLACE."""
    if t.event == "lost" and t.word != "loss":
        loser = scene.force_right_after(t.end + 3) if words(scene.text[t.end:t.end + 4]) == [
            "of"] else None
        places = scene.objects(loser.end, frozenset({"from", "out", "of"}), limit=5)[0] \
            if loser else []
        if loser is None and _CLAIMED.search(scene.text[max(0, t.start - 40):t.start]):
            # "Ukraine confirms withdrawal from P": the one who confirms it withdrew; "entered
            # P after Russia completed its withdrawal": it left the main clause's town.
            places = scene.objects(t.end, frozenset({"from"}), limit=5)[0] or _left_behind(
                scene, t)
            loser = scene.subject(t.start, strict=False)[0] if places else None
        if loser is None:
            return  # "Sudan army chief confirms withdrawal from P": nobody named withdrew
        if not places and words(scene.text[max(0, t.start - 20):t.start])[-2:-1] in (
                _BACKGROUND[:2]):
            # "took control of Kirkuk following the withdrawal of the army's 12th Division":
            # the town of the clause it times.
            places = _timed_town(scene, t)
        for p in places:
            yield Finding("lost", loser, p, t, 0.1)
        return
    # "the army's recapture earlier this month of Um Rawaba": a time may come first.
    timed = _NOUN_TIME.match(scene.text, t.end)
    places, partitive = scene.objects(timed.end() if timed else t.end, frozenset({"of"}),
                                      limit=5)
    gap = scene.text[t.end:places[0].start].strip().lower() if places else ""
    # "the capture of the 16th Infantry Division headquarters in Nyala": an army's base stands
    # for its town.
    command = gap.startswith("of ") and _COMMAND_IN.search(gap) is not None and _names_command(
        words(gap))
    owned = None
    if not places or not (gap.endswith("of") or command):
        # "Soledar's capture by Russian forces", "Krasnohorivka, whose capture Moscow
        # announced": the town owns the noun.
        owned = _owning_town(scene, t)
        if owned is None:
            return
        places, partitive, command = [owned], False, False
    partitive = partitive and not command
    # "the RSF's capture of P", and "the SDF capture of P" (a name as a noun modifier).
    owner = [m for m in scene.forces if m.end <= t.start and (m.possessive or (
        m.kind == "alias" and not scene.text[m.end:t.start].strip()))
             and not words(scene.text[m.end:t.start].replace("'s", "").replace("’s", ""))]
    if not owner and word_before(scene.text, t.start) in _POSSESSIVE_PRONOUNS:
        # "follows its capture of P": the pronoun stands for the force named before it. A
        # capture told as background with no date of its own ("swept through the state
        # following its seizure of Wad Madani") is undated: no claim.
        if words(scene.text[max(0, t.start - 30):t.start])[-2:-1] in _BACKGROUND and not (
                _DATED_AFTER.match(scene.text, places[-1].end)):
            return
        owner = [m for m in scene.forces if m.end <= t.start and not m.holder] or (
            [scene.last_force] if scene.last_force else [])
    if t.word == "loss":
        # A town's own loss ("the city's loss results in") is its holder's, whom only one who
        # confirms it names ("Kyiv confirmed Bakhmut's loss").
        agent = owner[-1] if owner else scene.subject(t.start, fallback=True, strict=False)[0] \
            if owned is None or _CLAIMED.search(scene.text[:owned.start]) else None
        event: Event = "lost"
    else:
        after = scene.force_after(t.end if owned else places[-1].end, ("by", "to"), limit=12)
        agent = after or (owner[-1] if owner else None)
        before = places[0].start if owned else t.start
        if agent is None and _CLAIMED.search(scene.text[:before]):
            # "The SDF declared the fall of Baghouz": the declarer took it.
            agent = scene.subject(before, strict=False)[0]
        if agent is None and owned is not None and owned.end < t.start:
            agent = _announcer_after(scene, t)
        if agent is None:
            agent = _gainer(scene, t, places[-1])
        if agent is None and t.word in _RETAKING_NOUNS and word_before(
                scene.text, t.start) == "the" and not any(m.start > t.end for m in scene.forces):
            # "The Fallujah victory follows the recapture of Hit in April": a retaking the
            # sentence names no force for is the story actor's.
            agent = _story_actor(scene, t, places[-1])
        if agent is None and t.word not in _RETAKING_NOUNS and (
                timed or _GAP_DATE.match(scene.text, places[-1].end)):
            # "The fall of Popasna in early May opened the road west": in a war with an
            # occupier, a town of the occupied country falls to the occupier. (Only when the
            # noun has its own date: "the fall of Avdiivka" undated is background; and each
            # side calls its own taking a "liberation".)
            agent = _occupiers_fall(scene, places[-1])
        event = "captured"
    if agent and not partitive:
        for p in places:
            yield Finding(event, agent, p, t, 0.1)


# The owner of a capture noun: "Soledar's capture", "Bakhmut's eventual fall".
_OWNED = re.compile(r"(?:'s|’s)\s+(?:[a-z]+\s+)?$")
_WHOSE = re.compile(r",\s+whose\s+$")
# A force that tells of a capture after its noun: "whose capture Moscow announced".
_ANNOUNCED = re.compile(r"\s+(?:\w+\s+)?(?:announced|claimed|declared|confirmed|reported)\b",
                        re.IGNORECASE)


def _owning_town(scene: Scene, t: Trigger) -> PlaceMention | None:
    """The town a capture noun is told of as its owner's: "Soledar's capture", or the town
    before "whose capture"."""
    for p in reversed(scene.places):
        if p.end > t.start:
            continue
        between = scene.text[p.end:t.start]
        if p.target and (_OWNED.fullmatch(between) or (
                # Not "on the edge of Donetsk, whose capture": a town inside a phrase is
                # not the antecedent.
                _WHOSE.fullmatch(between)
                and word_before(scene.text, p.start) not in grammar().prepositions)):
            return p
        return None
    return None


def _announcer_after(scene: Scene, t: Trigger) -> ForceMention | None:
    """"whose capture Moscow announced": the force that announces a town's capture took it."""
    m = scene.force_right_after(t.end)
    return m if m is not None and _ANNOUNCED.match(scene.text, m.end) and words(
        scene.text[t.end:m.start]) == [] else None


_COMMAND_IN = re.compile(r"\b(?:base|bases|headquarters|garrison|barracks|division)\s+"
                         r"(?:in|at)$")


# A gain a force owns: "Russia's most significant gain", "its biggest prize".
_GAIN = r"(?:\w+\s+){0,2}(?:gain|gains|victory|victories|prize|success|win|breakthrough|advance)"
_GAIN_SINCE = re.compile(rf"{_GAIN}\s+since\s+(?:the\s+)?$", re.IGNORECASE)
_IS_GAIN = re.compile(r"\s+(?:\w+\s+){0,3}?(?:is|was|marks|marked|became|becomes|gives|gave|"
                      r"hands|handed)\s+", re.IGNORECASE)


def _gain_since(scene: Scene, pos: int) -> ForceMention | None:
    """The force whose gain a change told from ``pos`` on is the yardstick of: "its biggest
    gain since the capture of Bakhmut", "the biggest Russian gain since Bakhmut fell"."""
    since = _GAIN_SINCE.search(scene.text, max(0, pos - 60), pos)
    if since is None:
        return None
    owners = [m for m in scene.forces
              if since.start() - 16 <= m.start and m.end <= since.end() - len("since ")]
    return owners[-1] if owners else None


def _gainer(scene: Scene, t: Trigger, place: PlaceMention) -> ForceMention | None:
    """The force a capture with no taker of its own is told as a gain of: "the fall of
    Avdiivka is Russia's most significant gain", "its biggest gain since the capture of
    Bakhmut"."""
    since = _gain_since(scene, min(t.start, place.start))
    if since is not None:
        return since
    told = _IS_GAIN.match(scene.text, place.end)
    if told is None:
        return None
    owner = next((m for m in scene.forces if told.end() <= m.start < told.end() + 12), None)
    return owner if owner is not None and re.match(
        rf"(?:'s|’s)?\s+(?:\w+\s+){{0,2}}{_GAIN}\b", scene.text[owner.end:],
        re.IGNORECASE) else None


def _timed_town(scene: Scene, t: Trigger) -> list[PlaceMention]:
    """The town the clause before a "following" or "after" phrase acts on: the last named."""
    before = [p for p in scene.places if p.target and p.end <= t.start]
    return before[-1:]


def holder(scene: Scene, m: ForceMention) -> Iterator[Finding]:
    """FORCE-held PLACE; PLACE is a FORCE-held city."""
    t = Trigger(m.start, m.end, "held", "holder", "held")
    places, partitive = scene.objects(m.end, limit=5, headed=False)
    if places and _LANDMARK.search(scene.text, m.end, places[0].start):
        places = []  # "Hawija, the IS-held town west of Kirkuk": Kirkuk only places it
    if places and not partitive:
        for p in places:
            yield Finding("held", m, p, t, 0.05)
        return
    after = words(scene.text[m.end:m.end + 40])[:3]
    if grammar().town_heads.intersection(after):
        np = _np_start(scene.text, m.start)
        before = scene.place_before(np, _COPULA) or scene.place_before(np, _APPOSITION,
                                                                       oblique=True)
        # "Kreminna and Svatove, two Russian-held towns": each of a list before a plural.
        for p in scene.listed_with(before, m.end + 12) if before else ():
            yield Finding("held", m, p, t, 0.1)


_GARRISON_AT = frozenset({"in", "at", "inside"})
_GARRISON_IS_IN = re.compile(r"[^,;.]{0,30}?\b(?:is|are|remains|remain)\s+(?:still\s+)?"
                             r"(?:in|at|inside)\s", re.IGNORECASE)


def tells_holding(m: ForceMention) -> bool:
    """Whether a mention tells by itself where its force is: "ISIS-held", "the army garrison"."""
    return m.holder or bool(word_set("events", "garrisons").intersection(
        words(m.surface.lower())[-1:]))


def garrison(scene: Scene, m: ForceMention) -> Iterator[Finding]:
    """FORCE garrison in/at PLACE: the force holds it, unless its clause tells more (a change,
    a siege, a hold of its own)."""
    if not tells_holding(m):
        return
    if words(scene.text[m.end:m.end + 8])[:1] not in ([w] for w in _GARRISON_AT) and (
            _GARRISON_IS_IN.match(scene.text, m.end) is None):
        return
    left, right = scene.clauses.bounds(m.start)
    owned = m.kind == "pronoun" or word_before(scene.text, m.start) in _POSSESSIVE_PRONOUNS
    if _FORMER.search(scene.text, max(0, m.start - 25), m.end) or any(
            left <= x.start < right and x.event != "contested" and x.kind != "stronghold"
            for x in scene.triggers):
        return  # "the former garrison in P", "the garrison in P held out until"
    places, partitive = scene.objects(m.end, _GARRISON_AT, limit=8)
    if not places and (located := _GARRISON_IS_IN.match(scene.text, m.end)) is not None:
        # "The army's last major garrison in Darfur is in El Fasher"
        places, partitive = scene.objects(located.end() - 1, _GARRISON_AT, limit=4)
    if owned and partitive:
        return  # "troops stayed inside their garrison in the north-eastern district of P"
    t = Trigger(m.start, m.end, "garrison", "holder", "held")
    for p in places:
        yield Finding("contested" if partitive else "held", m, p, t, 0.05)


# ... or in a sentence opened by its time: "Five days later, the garrison in Zalingei fell".
_NEXT_TIME_OPENING = re.compile(r"\s*(?:(?:a|one|two|three|four|five|six|seven|several|a\s+few|"
                                r"\d+)\s+(?:days?|weeks?)\s+later|the\s+(?:following|next)\s+"
                                r"(?:day|morning|week))\s*,", re.IGNORECASE)
# A fall told as the next in a sequence: "Tikrit fell the following day".
_NEXT_TIME = re.compile(r"\s+(?:the\s+(?:following|next)\s+(?:day|morning|week)|a\s+day\s+later|"
                        r"(?:two|three|several|a\s+few)\s+days\s+later|hours\s+later|"
                        r"within\s+(?:hours|days))\b", re.IGNORECASE)


def _taker_before(scene: Scene) -> ForceMention | None:
    """The one force the sentence before told took a town: "IS overran Mosul on June 10.
    Tikrit fell the following day" fell to it."""
    return ForceMention.unnamed(tuple(scene.taken_before)) if len(
        scene.taken_before) == 1 else None


# What may stand between a town and "followed": an aside ("Suluk, to its south-east, went").
# ... or its own facility ("Tabqa and its dam followed in May").
_FOLLOWER_GAP = re.compile(r"\s*(?:,[^,;]{1,60},\s*|\s+and\s+its\s+[\w-]+\s+)?")


def follow(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """A town opening its clause that "followed" or "went the same way" after the sentence
    before told a force took another was taken by that force: "Popasna had fallen in early
    May. Sievierodonetsk followed at the end of June"."""
    p = _follower(scene, t)
    taker = _taker_before(scene) if p is not None else None
    if p is not None and taker is not None:
        yield Finding("captured", taker, p, t, 0.15)


def _follower(scene: Scene, t: Trigger) -> PlaceMention | None:
    """The town opening the clause of "followed" at ``t``, if it is the one that followed."""
    if words(scene.text[t.end:t.end + 4])[:1] == ["by"]:
        return None
    p = scene.place_before(t.start, oblique=False)
    if p is None or not _FOLLOWER_GAP.fullmatch(scene.text, p.end, t.start):
        return None
    left, _ = scene.clauses.bounds(p.start)
    # ("..., and Fallujah followed": from the last comma, if the clause runs on past it.)
    left = max(left, *(scene.text.rfind(c, 0, p.start) + 1 for c in ",;"))
    if any(w not in grammar().adverbs and w not in _JOINING for w in words(
            scene.text[left:p.start])):
        return None  # "the offensive that took Izium followed": not the town's own clause
    return p


_JOINING = frozenset({"and", "then", "while", "but"})
# A town's own passive, joined after another clause: "..., and Hit was recaptured".
_JOINED_PASSIVE = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?",
                             re.IGNORECASE)
_JOINED_BEFORE = re.compile(r"(?:[,;]\s*(?:and|then)?|\band)\s+$", re.IGNORECASE)


def _next_in_line(found: list[Finding], scene: Scene) -> list[Finding]:
    """``found`` with the towns that "followed", fell "the following day" or were retaken with
    no taker named, after a capture the same sentence told ("Ramadi was recaptured by the CTS
    in December, and Fallujah followed in June"; "Balakliia was retaken on 8 September;
    Shevchenkove fell the following day"): taken by that capture's taker, not by a guess."""
    if len(scene.triggers) < 2 or not any(t.kind in ("follow", "fall", "take")
                                          for t in scene.triggers[1:]):
        return found
    out = list(found)
    for t in scene.triggers:
        takers = {f.force.force: f.force for f in found if f.event == "captured"
                  and f.trigger.end <= t.start and f.place.end <= t.start}
        if len(takers) != 1:
            continue
        taker = next(iter(takers.values()))
        if t.kind == "follow" and not any(f.trigger is t for f in found) and (
                p := _follower(scene, t)) is not None:
            out.append(Finding("captured", taker, p, t, 0.15))
        elif t.kind == "take" and t.word in _RETAKINGS and not any(
                f.trigger is t for f in found) and passive_before(scene.text, t.start) and (
                p := scene.place_before(t.start)) is not None and _JOINED_PASSIVE.fullmatch(
                scene.text, p.end, t.start) and _JOINED_BEFORE.search(
                scene.text, max(0, p.start - 8), p.start):
            # "Ramadi was retaken by Iraqi forces in December, and Hit was recaptured in April"
            out.append(Finding("captured", taker, p, t, 0.15))
        elif t.kind == "fall" and _NEXT_TIME.match(scene.text, t.end):
            out = [replace(f, force=taker) if f.trigger is t and f.event == "captured"
                   and f.force.start < 0 and f.force.force != taker.force else f for f in out]
    return out


FRAMES: dict[str, Frame] = {
    "take": take, "fall": fall, "lose": lose, "expel": expel, "hold": hold, "contest": contest,
    "siege": siege, "stronghold": stronghold, "control": control, "fire": fire,
    "victory": victory, "nominal": nominal, "follow": follow,
}


@cache
def _trigger_index() -> tuple[re.Pattern[str], dict[str, list[tuple[str, Event]]]]:
    index: dict[str, list[tuple[str, Event]]] = {}
    for frame in rules("events")["frame"]:
        if frame["kind"] not in FRAMES:
            raise ValueError(f"events.toml: unknown frame kind {frame['kind']!r}")
        for w in frame["words"]:
            index.setdefault(fold(w), []).append((frame["kind"], frame["event"]))
    alts = trie_pattern(index)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])"), index


def trigger_first_words() -> set[str]:
    """The words trigger words begin with (see ``WordStarts``)."""
    return {first_word(w) for w in _trigger_index()[1]}


def triggers(folded: str, starts: list[int] | None = None) -> list[Trigger]:
    """Every trigger word in a folded text, once per frame it belongs to; ``starts`` are where
    ``trigger_first_words`` stand in it, if known."""
    rx, index = _trigger_index()
    out = []
    for m in matches(rx, folded, starts):
        key = " ".join(m.group().split())
        for kind, event in index[key]:
            out.append(Trigger(m.start(), m.end(), key, kind, event))
    return out


def read_scene(scene: Scene, found_triggers: list[Trigger]) -> list[Finding]:
    """Every frame reading of one sentence, given its ``triggers``."""
    found: list[Finding] = []
    # "since March": a month, not a march, when capitalised inside the sentence.
    scene.triggers = [t for t in found_triggers if not (
        t.start and t.word in word_set("events", "lowercase_only")
        and scene.text[t.start].isupper())]
    for t in scene.triggers:
        found.extend(FRAMES[t.kind](scene, t))
    for m in scene.forces:
        if m.holder:
            found.extend(holder(scene, m))
        else:
            found.extend(garrison(scene, m))
    return _entries(_named_taker(_next_in_line(_gapped(_as_does(found, scene), scene), scene)),
                    scene)


def _named_taker(found: list[Finding]) -> list[Finding]:
    """A capture the sentence gives no taker for ("it fell on 2 March", read as the story's
    actor's) is by the force the same sentence names as the town's taker ("Kherson was the
    only regional capital captured by Russian forces; it fell on 2 March")."""
    named = {f.place.place.geonameid: f for f in found
             if f.event == "captured" and f.force.start >= 0}
    if not named:
        return found
    # ... but a town "liberated" or "retaken" by no one named was retaken from the taker the
    # sentence told ("Sviatohirsk, which Russia had taken in June, was liberated on September
    # 12"; "Ramadi was declared retaken in late December, seven months after IS seized it").
    return [replace(f, force=named[f.place.place.geonameid].force)
            if f.event == "captured" and f.force.start < 0
            and f.place.place.geonameid in named and f.trigger.word not in _RETAKINGS
            else f for f in found]


# A town with its own date after the verb, the verb left out: "Melitopol was occupied on 25
# February, Berdiansk on 27 February and Enerhodar on 4 March"; "Rajo fell on 3 March and
# Jindayris, the district's second town, on 8 March".
_GAP_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+|then\s+)?|and\s+(?:then\s+)?)$")
# ... past an aside, whose numbers may hold commas ("Selydove, a town of 20,000 before the war,
# at the end of October"), or counted from the date before ("and Dinder a few days later").
# A time counted on from the date before: "a few days later", "two months later".
_UNITS_LATER = r"(?:hours|days?|weeks?|months?)\s+later\b"
_GAP_DATE = re.compile(r"(?:\s*,(?:[^,;]|(?<=\d),(?=\d)){1,60},)?\s+(?:(?:on|in|by|at)\s+"
                       r"(?:the\s+)?"
                       r"(?:\d|(?:early|late|mid)[\s-]|(?:last|first|final|end|middle|start|"
                       r"beginning)\s"
                       rf"|(?:{'|'.join([*calendar.month_name[1:], *calendar.day_name])})\b)"
                       rf"|(?:a\s+few\s+|an?\s+|\w+\s+)?{_UNITS_LATER})")


# A time counted from the date before, as the verb's own ("Zalingei followed days later, then
# El Daein in November").
_LATER = re.compile(rf"\b(?:\w+\s+)?{_UNITS_LATER}", re.IGNORECASE)


def _gapped(found: list[Finding], scene: Scene) -> list[Finding]:
    """``found`` with the readings of towns listed after a verb's date, each with its own date
    and the verb left out: each shares the reading of the town that is the verb's subject. A
    trigger put after each town dates it by the date that follows it."""
    subject = [f for f in found if f.place.end <= f.trigger.start and f.place.target]
    if not subject:
        return found
    extra = []
    for f in subject:
        last = f.trigger.end
        for q in scene.places:
            if q.start < last or not q.target:
                continue
            joint = _GAP_JOINT.search(scene.text, last, q.start)
            dated = _GAP_DATE.match(scene.text, q.end)
            # The verb's own clause gives a date too, before the first town left without one.
            if joint is None or dated is None or (last == f.trigger.end and _GAP_DATE.search(
                    scene.text, f.trigger.end, joint.start()) is None and _LATER.search(
                    scene.text, f.trigger.end, joint.start()) is None):
                break
            if q.place.geonameid != f.place.place.geonameid:
                at = Trigger(q.end, q.end, f.trigger.word, f.trigger.kind, f.trigger.event)
                extra.append(replace(f, place=q, trigger=at))
            last = dated.end()
    return found + extra if extra else found


# "El Fasher remains under army control, as does Ed Daein": the town after it shares the
# state the clause before told.
_AS_DOES = re.compile(r",?\s+(?:as|so)\s+(?:(?:it|they)\s+)?"
                      r"(?P<aux>does|do|did|is|are|was|were|had|has|have)\s+"
                      r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_ANY_EVENT = ("captured", "lost", "held", "besieged", "contested")


def _as_does(found: list[Finding], scene: Scene) -> list[Finding]:
    """``found`` with, for each town after "as does", the findings of the town before it."""
    if " as " not in scene.text and " so " not in scene.text:
        return found  # most sentences: no such ellipsis
    extra: list[Finding] = []
    for q in scene.places:
        if not q.target or (m := _AS_DOES.search(scene.text, max(0, q.start - 30),
                                                  q.start)) is None:
            continue
        # "had been taken in the first days of the invasion, as had Oleshky and Hola Prystan":
        # a perfect's auxiliary repeats a change too.
        events = _ANY_EVENT if m.group("aux").lower() in _PERFECT else ("held", "besieged")
        told = [f for f in found if f.place.end <= q.start and f.event in events]
        extra += [replace(f, place=q) for f in told if f.place.place is told[-1].place.place]
    return found + extra if extra else found


# "entered P unopposed", "and turned it into a base": an entry kept.
_ENTRY_SECURED = re.compile(
    rf"{initials(rules('events')['entry_secured'])}\b"
    rf"(?:{trie_pattern(set(rules('events')['entry_secured']), re.escape)})\b", re.IGNORECASE)
# "after heavy fighting", "following days of clashes": a fight over before what follows it;
# "without any clashes": none.
# ("after Russian aircraft had pounded it for weeks").
_FIGHT_BEFORE = re.compile(r"\b(?:after|following|without|weeks\s+of|days\s+of|months\s+of)\s+"
                           r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_TO_ENTER = re.compile(r"\bto\s+$", re.IGNORECASE)
# ... or someone else holding out in the town after it ("where Ukrainian troops are dug in"),
# not a hold the entry ended ("which the factions had controlled since 2012").
_DEFENCES = frozenset({"held", "besieged"})
# ... also of a state ("a town that had been in opposition hands since 2014").
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?(?:(?:in|under)\s+(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,2})?$", re.IGNORECASE)
# "after Russia's retreat", "after the militants withdrew": a withdrawal timing the clause.
_AFTER_WITHDRAWAL = re.compile(r"\bafter\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)


def _entries(found: list[Finding], scene: Scene) -> list[Finding]:
    """An entry into a town ("entered Kherson", "rolled into P") is a capture, unless it was
    only tried ("tried to enter") or a fight goes on after it in the sentence ("and are
    fighting in its streets", "where Ukrainian troops are dug in"; not "after heavy fighting",
    which is over). Fight or not, it is one when the holder left ("entered Kherson after the
    Russian retreat", not "after the withdrawal from Izium") or it met no resistance or was
    kept ("entered P unopposed", "and turned it into a base"). A force entering a town the
    story says it holds relieves it ("an army column entered El Obeid and met the garrison")."""
    entries = word_set("events", "entries")
    if not any(f.trigger.word in entries for f in found):
        return found  # most sentences hold no entry
    left = {(f.place.place.geonameid, f.force.force) for f in found if f.event == "lost"}
    left |= scene.left_before
    entry = min(f.trigger.end for f in found if f.trigger.word in entries)
    withdrawn = _ENTRY_SECURED.search(scene.text, entry) is not None or any(
        t.event == "lost" and _AFTER_WITHDRAWAL.search(
        scene.text, max(0, t.start - 40), t.start) and not scene.objects(t.end, _LOSE_PREPS)[0]
        for t in scene.triggers)
    entrants = {f.force.force for f in found if f.trigger.word in entries}
    # Fire ("withdrew under heavy bombardment") opposes no entry.
    opposed = any(t.event == "contested" and t.word not in entries and t.word not in _FIRE
                  and t.start > entry
                  and not _FIGHT_BEFORE.search(scene.text, max(0, t.start - 40), t.start)
                  for t in scene.triggers) or any(
        f.event in _DEFENCES and f.trigger.start > entry and f.trigger.word not in entries
        and f.force.force not in entrants
        and not _PAST_PERFECT.search(scene.text, max(0, f.trigger.start - 50), f.trigger.start)
        for f in found)

    def made_good(f: Finding) -> bool:
        tried = _TO_ENTER.search(scene.text, max(0, f.trigger.start - 4), f.trigger.start)
        return withdrawn or not (opposed or tried) or any(
            g == f.place.place.geonameid and force != f.force.force for g, force in left)
    def relief(f: Finding) -> bool:
        return scene.keepers.get(f.place.place.geonameid) == f.force.force

    return [f if f.trigger.word not in entries else replace(f, event="held") if relief(f)
            else replace(f, event="captured") if made_good(f) else f for f in found]
