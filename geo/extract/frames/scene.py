"""One sentence as the frames read it: its places, forces, triggers and clauses, and the
questions every frame asks of them (who is the subject, which towns a list holds, what an
apposition or a relative clause says).
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from geo.claims import Event
from geo.extract.actors import ForceMention
from geo.extract.clauses import (
    _ING,
    HOW_OFTEN,
    Clauses,
    grammar,
    is_oblique,
    is_past,
    passive_before,
    word_before,
    words,
)
from geo.extract.data import rules, word_set
from geo.extract.modality import speech_verbs
from geo.extract.places import _COMPASS, _STATE_BEFORE, PlaceMention

# What may stand between a place and its relative pronoun: "city", an apposition ("Lysychansk,
# its twin city across the river, which"), the region it lies in ("El Obeid in North Kordofan,
# where"), a quantifier ("most of which").
# (Also closing the brackets of another name of the town: "In Shingal (Sinjar), which ...", or
# past them: "the town of Qaraqosh (Bakhdida), which ...".)
_RELATIVE_HEAD = re.compile(r"\)?(?:\s*\((?-i:[A-Z])[^()]{0,30}\))?\s*(?:city|town|village)?\s*"
                            r"(?:itself\s*)?"
                            r"(?:\s+in\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?=,))?"
                            r"(?:,\s*(?:[\w'’-]+\s+){0,15}[\w'’-]+){0,2}"
                            r"(?:\s+in\s+(?:the\s+(?:neighbou?ring\s+|[a-z]+ern\s+)?)?"
                            r"(?:[A-Z][\w'’-]*\s+){0,2}"
                            r"[A-Z][\w'’-]*(?:\s+(?:region|province|oblast|state|governorate))?)?"
                            r"(?:\s+(?:to|in)\s+the\s+(?:north|south|east|west)\w*)?"
                            r"\s*(?:,|\s[-–—])?\s*"
                            r"(?:most of |much of |parts of |all of |both of |in )?")
# A point of the compass as a bearing's word: "north", "southeastern", "north-west".
_LOCATED_BY = re.compile(rf"(?<!\bthe )(?<!-held )(?<!\band )\b{_COMPASS}\s+of\s+"
                         rf"(?:the\s+)?(?:{_STATE_BEFORE})?$", re.IGNORECASE)
_STATED = re.compile(rf"\b{_STATE_BEFORE}$", re.IGNORECASE)
# "a town east of Aleppo that ...": a place named to locate another is not the head.
# ... also past the landmark's kind ("north of the state capital El Obeid", "of the capital,
# Khartoum").
_LANDMARK = re.compile(rf"\b(?:{_COMPASS}\s+of|near|on\s+the\s+(?:{_COMPASS}\s+)?edges?\s+of|"
                       r"outside|(?:road|highway|way)\s+(?:to|from))\s+(?:the\s+)?"
                       r"(?:(?:occupied|besieged|[\w-]+-held)\s+)?"
                       r"(?:(?:(?:state|provincial|regional|district)\s+)?capital,?\s+)?$",
                       re.IGNORECASE)
_IN_PROVINCE = re.compile(r"\s+in\s+(?:(?-i:[A-Z])[\w'’-]*\s*){1,3}(?:state|province|region|"
                          r"oblast|governorate)?(?=,)", re.IGNORECASE)
_BEARING_OF_TOWN = re.compile(rf"\b{_COMPASS}\s+of\s+the\s+(?:city|town|village)\s+of\s+$",
                              re.IGNORECASE)
# A bearing that places a town: "(just) south of".
_BEARING_BEFORE = re.compile(rf"\b{_COMPASS}\s+of\s+$", re.IGNORECASE)
# A predicate coordinated with the clause before, its subject shared: "but has been shelled".
_SHARED_SUBJECT = re.compile(r".{0,3}\b(?:but|and|yet)\s+(?:(?:has|have|had)\s+been|was|were|is|"
                             r"are)\s+(?:\w+ly\s+)?\w+ed\b", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which)\b[^,]*,\s*$", re.IGNORECASE)
# Where a second clause joins the first: "..., and the paramilitary continues to".
_JOINED = re.compile(r",\s+(?:and|but|while|as|\w+ing)\s", re.IGNORECASE)
# An aside after a subject, a noun phrase between commas: ", the paramilitary group battling
# Sudan's army for control of the country, ".
_ASIDE = re.compile(r",\s+(?:the|an?|after|following|amid|despite|with|backed|supported|aided)"
                    r"\s[^,;:()\u2014]*,\s*", re.IGNORECASE)
# A second predicate: "..., and on Saturday " or " and later " before its verb.
_WHICH_WHO = re.compile(r",\s*(?:which|who)\s+", re.IGNORECASE)
# A verb's object and a second verb joined to it, maybe dated: "... siege of its headquarters
# in January and in February retook".
_JOINED_VERB = re.compile(r"[^,;.]{1,90}?\s+and\s+(?:(?:in|on|by|at)\s+[\w.]+(?:\s+\d+)?\s+|"
                          r"\w+ly\s+|then\s+|later\s+)*", re.IGNORECASE)
_AND_PREDICATE = re.compile(r",?\s+(?:and|but)\s+([^,;]*)$", re.IGNORECASE)
_LIST_NEXT = re.compile(r"\s*,\s*")
# A speaker's aside set off by commas: ", the Ukrainian military said,".
# ... or inside the clause, before its verb: "The YPG/PKK, the ministry said, had fled the town".
_SPEAKER_ASIDE = re.compile(rf"(?:\s+[\w-]+)?\s+(?:{speech_verbs()})\s*,\s*(?:(?:and|but)\b|"
                            r"(?:had|has|have|was|were|is|are)\b)", re.IGNORECASE)
_ASIDE_OPEN = re.compile(r",\s*(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?$")
# A verb of an absolute phrase, "with the army holding Khartoum" (and of a gerund, or of a
# participle: "civilians fleeing the city").
_WITH = re.compile(r"\bwith\s", re.IGNORECASE)
# A second verb with its own auxiliary: "... and was retaken by".
_OWN_VERB = re.compile(r"\band\s+(?:was|were|is|are|has|have|had)\b", re.IGNORECASE)
# A plural apposition inside a list of towns, before its next member: ", the two main towns
# on the M5 road, as well as".
_LIST_APPOSITION = re.compile(r",\s*(?:the|both|all)\s+[^,;]{0,40}\b(?:towns|cities|villages)"
                              r"\b[^,;]{0,40},\s*(?:and|as\s+well\s+as)\s+", re.IGNORECASE)
# A relative clause set off by commas, then a verb coordinated with the main clause's.
_AFTER_RELATIVE = re.compile(r",\s*(?:where|which|who)\b[^,;]*,\s*(?:and|but)\s+(?:then\s+)?$",
                             re.IGNORECASE)
# ... and after a clause of time or cause, set off or not ("seized Mosul on June 10 after Iraqi
# Army divisions abandoned the city, and captured Tikrit"; "recaptured Ramadi in December,
# after ISIS had seized the city in May, and retook Hit").
_AFTER_TIME_CLAUSE = re.compile(r"\s(?:after|before|when|once|until|because|as|while)\s"
                                r"[^,;]*,\s*(?:and|but)\s+(?:then\s+)?$", re.IGNORECASE)
# Frames whose words are nouns ("the army base", "its stronghold"), no verb of a clause.
_NOUN_KINDS = frozenset({"stronghold", "nominal"})
# Between two towns of a list, the first placed in its (blanked) division: " in North
# Darfur and ", " in Donetsk region, and ".
_LOCATED_JOINT = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?\s*(?:(?:region|province|state|oblast|"
                            r"governorate)\s*)?,?\s+(?:and|or)\s+", re.IGNORECASE)
# ... or by a border, river or road: "al-Qaim on the Syrian border and the towns of Ana and
# Rawa", "Oleshky on the Dnipro's left bank and Hola Prystan".
_FEATURE_JOINT = re.compile(r"(?:on|near|along|by|at|across)\s+the\s+(?:[\w'’-]+\s+){0,2}(?:border|"
                            r"frontier|river|riverbank|bank|coast|highway|road)\s*,?\s*(?:and|or|"
                            r"as\s+well\s+as)", re.IGNORECASE)
# More names listed after a town: ", Zolota Balka and Myroliubivka", " and Myroliubivka".
_NAMES_AFTER = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?\s+and\s+[A-Z]")
# A force naming the kind of a post or unit, not acting: "the army base", "army positions".
_MODIFIER_OF = re.compile(r"\s+(?:base|garrison|headquarters|post|position|barracks|division|"
                          r"brigade|depot|checkpoint|camp)s?\b", re.IGNORECASE)
# A clause that is only a subordinator before a gerund: "after retaking", "before seizing".
_GERUND_OPENING = re.compile(r"(?:after|before|while|since|when|by|upon|on)?\s*", re.IGNORECASE)
# A participle opening the sentence: "After losing Khartoum ...", "Having seized Singa ...".
# (Not a bare gerund, which is more often the subject: "Fighting continues around Lyman".)
_FRONTED_PARTICIPLE = re.compile(r"\W*(?:(?:after|while|since|upon|on|by|despite)\s+|"
                                 r"(?=having\b))(?:(?P<having>having)\s+)?(?:[a-z]+ly\s+)?",
                                 re.IGNORECASE)
# The main clause's subject right after the participle's clause: ", the RSF", ", Russian
# troops".
_MAIN_SUBJECT = re.compile(r",\s*(?:(?:the|its|their)\s+)?$", re.IGNORECASE)
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
# "most of", "parts of the city of", "90 percent of": what may stand before a place named
# inside a part of it.
_PART_OF = re.compile(r"\b[\w%]+(?:\s+cent)?\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
                      re.IGNORECASE)
# "Fallujah, just 50 km to the east, and Mosul": a short apposition inside a coordination.
_APPOSED_AND = re.compile(r"(?:[\w'’.-]+\s+){0,9}[\w'’.-]+\s*,\s*(?:and|or|as well as)")
_APPOSED_PREP = re.compile(r"(?:[\w'’.-]+\s+){0,9}[\w'’.-]+\s*,\s*(?:and|or|as well as)\s+[a-z]+")
# In an apposition between listed towns, what opens no clause: "Nyala, Sudan's second city
# before the war, and Zalingei"; "El Fasher, the capital and a hub for aid groups, and".
_APPOSITION_FILLER = re.compile(r"\bbefore\s+the\s+(?:war|conflict|invasion|fighting)\b"
                                r"|\band\s+(?=(?:a|an|the|its|their)\s)", re.IGNORECASE)
# A garrison joined in a list of garrisons: "(on October 26,) and the 21st Infantry Division in".
_GARRISON_JOINT = re.compile(r"(?P<date>(?:[^,;]{1,40},\s*)?(?:on|in)\s+[^,;]{1,30}?,?\s+)?"
                             r"(?:and|as\s+well\s+as)\s+"
                             r"(?P<post>(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,5}(?:in|at))",
                             re.IGNORECASE)
# The word after a town, past its apposition set off by commas.
_WORD_PAST_ASIDE = re.compile(r"(?:\s*,[^,;]{1,60},)?\s+([A-Za-z]+)")
# A list whose members repeat their preposition: "from Sinjar and from Makhmur".
# ... also past a time set off by commas: "of Melitopol and, a day later, of Berdiansk".
_PREP_JOINT = re.compile(r"(?:and|or)(?:\s*,[^,;]{1,30},)?\s+[a-z]+")
# Names the gazetteer does not know, listed between two towns: "Kafr Zita, Al-Latamenah and
# Mourek".
# ... also with a lower-case article ("Kafr Zita, al-Lataminah and Morek").
_NAME = r"(?:(?:al|el|ad|ar|as|at|az|an|ash|ad)-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_UNKNOWN_MEMBERS = re.compile(rf"(?:{_NAME}\s*,\s*){{0,2}}{_NAME}\s*,?\s*(?:and|or)")
# What joins two towns in a list of objects: "P and Q", "P, Q", "P as well as Q".
# ... also past an adjective of nearness: "Orikhiv and nearby Mala Tokmachka".
_JOINTS = frozenset({"and", "", "or", "as well as", "and then", "then", "and nearby",
                     "and neighbouring", "and neighboring", "and adjacent"})
# "captured the country's second-largest city, Mosul": a noun phrase for a town, then its name.
_NAMED_AFTER = re.compile(r"\s*(?:the|a|an|its|their)?\s*(?:[\w'’-]+\s+){0,4}(?:city|town|"
                          r"village|capital)\s*,\s*", re.IGNORECASE)
# A digest's entry labelled with its town: "• Babanusa – ...", "Kupiansk: ...".
# ... also after the entry's time ("09:05 – El Fasher: ...").
# The marks a list's line may open with, before its first word.
BULLET_MARKS = " \t-–—•*"
_BULLET = re.compile(r"[\s•*·–—-]*(?:\d{1,2}[:.]\d\d\s*[–—-]?\s*)?")
_LABEL = re.compile(r"\s*(?::|\s[–—-])\s")
# ("• Near Raqqa, 13 strikes engaged": a bulleted list's place.)
_FRONTED = re.compile(r"\s*(?:in|inside|around|across|[•*·–-]\s*near)\s+"
                      r"(?:the\s+(?:[\w-]+\s+)?(?:city|town|village)\s+of\s+)?", re.IGNORECASE)
# "the eastern village of", "the nearby town of": the noun phrase a town's name heads, before
# the name (``_KIND_OF``) or at the end of a joint between two names (``_KIND_TAIL``).
_KINDS = r"(?:city|town|village|settlement|port|hub|cities|towns|villages|settlements)"
_KIND_NP = rf"(?:the|a)\s+(?:[\w'’-]+\s+){{0,3}}?{_KINDS}\s+of"
# ... and its centre, which stands for it: "the residential centre of Tal Abyad was taken".
_CENTRE_NP = r"(?:the|a)\s+(?:[\w'’-]+\s+){0,2}?cent(?:re|er)\s+of"
_KIND_OF = re.compile(rf"\b(?:{_KIND_NP}|{_CENTRE_NP})\s+$", re.IGNORECASE)
# A time told inside a clause: "on Tuesday", "overnight", "last month", "in recent weeks".
_DAY_NAMES = "|".join([*calendar.day_name, *calendar.month_name[1:]])
_TIME = (rf"(?:(?:early\s+|late\s+)?on\s+(?:the\s+)?(?:\d{{1,2}}\s+)?(?:{_DAY_NAMES})"
         rf"(?:\s+\d{{1,2}})?|overnight|yesterday|today|(?:last|this)\s+(?:week|month|night|morning)|"
         r"earlier\s+(?:this|that)\s+(?:week|month)|"
         r"(?:in|over|during)\s+(?:recent|the\s+past|the\s+last)\s+(?:days|weeks|months|day|week|"
         r"24\s+hours)|"
         # ... and how often: "the occupiers attacked nine times near Petropavlivka".
         rf"{HOW_OFTEN})")
# ... between a verb and its object or the object's preposition: "withdrew on Tuesday from P",
# "pulled out overnight from P", "regained in recent weeks the towns of", "carried out 23
# airstrikes today on P". (Not before a comma and a name: "Staromaiorske was recaptured in
# late July, Urozhaine in mid-August".)
# ("repelled 19 Russian attacks over the past day near Selydove": so does a place of fighting.)
_TIME_LEAD = re.compile(rf"\s+{_TIME}(?:,?(?=\s+(?:from|out\s+of|into|to|towards?|toward|of|the|"
                        r"near|around|on|against)\s)|(?=\s+(?-i:[A-Z])))")
# An apposition set off after a town, up to its verb's clause: ", the last stop on the road,".
# ... or set off by dashes, which may hold commas ("Nyala, Zalingei and El Geneina – the
# capitals of South, Central and West Darfur – were taken").
_APPOSED_NP = re.compile(r",\s*(?:a|an|the)\s+[^,;:()]{1,120},\s*|"
                         r"\s+(?:—|–|--)\s*(?:a|an|the)\s+[^;:()—–]{1,120}?\s(?:—|–|--)\s*")
# ... or "the capital" the name apposes ("south of the capital, Khartoum").
_CAPITAL_NAMED = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,2}?capital,?\s+$", re.IGNORECASE)
# An apposition that names what kind of place the town before it is: ", a large village on".
# ("El Fasher, the only state capital in the region still held by the army")
_KIND_APPOSITION = re.compile(rf",\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_KINDS}|capital)\b"
                              r"[^,;]{0,30}")
# ... also one that goes on to place it ("Bara, a town in North Kordofan some 60 kilometres
# north of El Obeid, which ...": the relative clause is Bara's).
_PLACED_KIND_APPOSITION = re.compile(rf",\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?"
                                     rf"(?:{_KINDS}|capital)\b[^,;]{{0,60}}")
# An apposition giving only a bearing, perhaps with its distance: "Abu Zabad, (80 km) east of".
_DISTANCE_APPOSITION = re.compile(r",\s*(?:(?:some|about|around|roughly|nearly|just|only)\s+)?"
                                  r"(?:[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+)?",
                                  re.IGNORECASE)
# ... the same span up to a bearing set off after a town: "Al-Dour, (some 20 km) to the south of".
_BEARING_SET_OFF = re.compile(_DISTANCE_APPOSITION.pattern + r"(?:to\s+the\s+)?$", re.IGNORECASE)
# (One noun phrase: "the border and the towns of" ends with the second.)
_KIND_TAIL = re.compile(rf"\s(?:the|a)\s+(?:(?!(?:and|or)\s)[\w'’-]+\s+){{0,3}}?{_KINDS}\s+of$",
                        re.IGNORECASE)
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
# A singular verb right after a town: it is the subject of a clause of its own (a plural one
# may be the whole list's: "the battles for Toretsk and Chasiv Yar are grinding on").
_SINGULAR_VERB = re.compile(r"\s+(?:was|is|has|fell|falls|remains|followed|follows|went)\b")
# An apposition that places a town ("Soledar, a few miles to the north,").
_APPOSED_PLACE = re.compile(r",\s*(?:(?:a\s+few|some|about|around|roughly|\d+)\s+"
                            r"[\w()\s.-]{0,30}?)?(?:north|south|east|west)\w*"
                            r"(?:\s+of\s+[^,;]{1,30})?,")
_CAMPAIGN_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:offensive|counteroffensive|"
                          r"counter-offensive|campaign|advance|assault|push)"
                          r"(?:\s+(?:in|on|near|around|across)\s+[^,;]{1,40})?\s*,?\s*",
                          re.IGNORECASE)
_QUANTIFIED = re.compile(r"\b(?:percent|per cent|%|most|much|all|half|parts?|rest|remainder|bulk)"
                         r"\s+of\s+"
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
    # ... and the one force that has so far retaken towns, where the story has several actors:
    # "Qayyarah was recaptured in August" in a story of the militants' conquests and the
    # army's return.
    retaker: ForceMention | None = None
    # ... and, in a war of two sides, the one side the story has told fires on towns: "Lyptsi
    # was shelled again" in a story of Russian shelling.
    shooter: ForceMention | None = None
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
        # (The last conjunct may stand before an aside that names another force: "Turkish
        # troops and the SNA, a coalition of Syrian opposition factions, took".)
        for m in reversed([m for m in self.forces if left <= m.start and m.end <= pos]):
            if first in (named := self.conjuncts(m)):
                return named
        return [first]

    def subject(self, pos: int, fallback: bool = True, strict: bool = True
                ) -> tuple[ForceMention | None, float]:
        """The force acting as subject before ``pos``: in the clause, else (``fallback``)
        earlier in the sentence when the clause has no subject of its own ("the rebels
        announced they had taken"), with a penalty."""
        head = self.relative_head(pos) or self._joined_relative_head(pos)
        if head is not None:
            return head, 0.0
        if self.relative_open(pos) is not None and (_PEOPLE_WHO.search(
                self.text, max(0, pos - 60), pos) or _PERSON_WHO.search(
                self.text, max(0, pos - 80), pos)):
            # "half a million people who had fled Khartoum", "said Ibrahim Adam, 27, who fled
            # El Fasher": the people, no force, acted.
            return None, 0.0
        if (shared := _AFTER_RELATIVE.search(self.text, max(0, pos - 160), pos)) is not None:
            # "abandoned Khanaqin, where federal police took over, and pulled out of
            # Makhmour": the verb after the relative clause shares the main clause's subject.
            return self.subject(shared.start(), fallback, strict)
        timed = _AFTER_TIME_CLAUSE.search(self.text, max(0, pos - 160), pos)
        if timed is not None and any(
                timed.start() < m.start < timed.end() for m in self.forces) and (
                main := self.subject(timed.start(), fallback, strict))[0] is not None:
            # ... and so does one after a clause of time, when the main clause has a subject
            # ("The fall of the city came after the RSF overran Nyala, and seized Zalingei":
            # the clause of time's); a phrase of time with no force of its own is no clause
            # ("overran the army's division in Nyala, after weeks of fighting, and took over").
            return main
        if _ING.match(self.text, pos) and _WITH.search(self.text, max(0, pos - 60), pos):
            # "with the army (still) holding Khartoum": the army holds it.
            absolute = next((m for m in reversed(self.forces) if m.end <= pos and all(
                w in grammar().adverbs for w in words(self.text[m.end:pos]))), None)
            if absolute and word_before(self.text, absolute.start,
                                        grammar().determiners) == "with":
                return absolute, 0.0
        left, _ = self.clauses.bounds(pos)
        if left and _GERUND_OPENING.fullmatch(self.text, left, pos) and _ING.match(
                self.text, pos):
            # "it had surrounded Russian troops in Lyman after retaking Yampil": a gerund
            # after "after" has the subject of the clause it follows, not its object.
            # ... nor a force naming an object's kind ("claimed the Zalingei army base, days
            # after taking Nyala": the RSF, told before the verb of speech).
            outer, _ = self.clauses.bounds(left - 1)
            verb = next((t for t in self.triggers if outer <= t.start < left
                         and t.kind not in _NOUN_KINDS), None)
            actors = [m for m in self.forces if m.end <= left and not m.possessive
                      and not m.holder and not self.oblique(m)
                      and not _MODIFIER_OF.match(self.text, m.end)]
            first = self.subject(verb.start, fallback, strict)[0] if verb else next(
                (m for m in actors if outer <= m.start), actors[-1] if actors else None)
            if first is not None:
                return self.conjuncts(first)[0], 0.05
        if (fronted := _FRONTED_PARTICIPLE.fullmatch(self.text, 0, pos)) and (
                fronted["having"] or _ING.match(self.text, pos)):
            # "After losing Khartoum to the army, the RSF moved west": a participle that opens
            # the sentence has the subject of the clause after it.
            main = next((m for m in self.forces if m.start > pos and not m.possessive
                         and _MAIN_SUBJECT.search(self.text, max(pos, m.start - 12), m.start)),
                        None)
            if main is not None:
                return self.conjuncts(main)[0], 0.05
        if _ING.match(self.text, pos) and _PEOPLE_BEFORE.search(
                self.text, max(left, pos - 40), pos):
            # "reports of killings of civilians fleeing the city": a participle's subject is
            # the noun right before it.
            return None, 0.0
        if (people := _PEOPLE_ACT.search(self.text, max(left, pos - 60), pos)) and not any(
                (people.start() <= m.start and m.end <= pos)
                or (m.end <= people.start() and not self.text[m.end:people.start()].strip())
                for m in self.forces):
            # "and hundreds of Kurdish families fled the town": people, no force, acted (not
            # "YPG fighters and civilians had left the city", "Most YPG fighters and tens of
            # thousands of civilians had left").
            return None, 0.0
        # (Not a speaker set off by commas: "were attacking Selydove, the Ukrainian military
        # said, and pressing assaults in Toretsk" goes on with the troops.)
        cands = [m for m in self.forces if m.end <= pos and not m.possessive and not m.holder
                 and id(m) not in self.consumed and not self.oblique(m) and not self.label(m)
                 and not self.aside_speaker(m)]
        # "The RSF, the paramilitary group battling Sudan's army, seized P": the verb after an
        # aside set off by commas is the subject's, not that of a force the aside names.
        aside = next((m for m in cands if _ASIDE.fullmatch(self.text, m.end, pos)), None)
        if aside is not None:
            return self.conjuncts(aside)[0], 0.0
        if cands and _ING.match(self.text, pos) and self.text[:pos].rstrip().endswith(
                ",") and is_past(word_before(self.text, cands[-1].start, grammar().determiners)):
            # "The army has pushed the RSF back this year, retaking Singa in June": a participle
            # set off after a clause has its subject, not its verb's object.
            subjects = [m for m in cands if not is_past(word_before(self.text, m.start,
                                                                     grammar().determiners))]
            if subjects:
                return self.conjuncts(subjects[-1])[0], 0.05
        inside = [m for m in cands if m.start >= left]
        if inside:
            # "Syrian troops and Hezbollah fighters captured": the first named leads.
            lead = self.conjuncts(self._leading(inside, pos))[0]
            # ... unless it is a verb's object and the verb is coordinated after it: "took
            # Nyala after overrunning the army's 16th division there, and captured Zalingei".
            acting = [m for m in cands if m.end <= lead.start and not _acted_on(
                self.text, m.start)] if _AND_VERB.search(self.text, lead.end, pos) and \
                _acted_on(self.text, lead.start) else []
            return (acting[-1], 0.1) if acting else (lead, 0.0)
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
            # ... not a verb's object ("seized Nyala, overrunning the army's 16th Infantry
            # Division, and days later took Zalingei").
            acting = [m for m in cands if not _acted_on(self.text, m.start)]
            return (acting or cands)[-1], 0.15
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
            for w in words(m.group("aux"))) else m.start("time" if m.group("time") else "aux")
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
                # ... also past its kind ("Lyman, a town in northern Donetsk that ...").
                outer = inside and next((q for q in self.places if q.target and (
                    q.end == inside.start()
                    or _KIND_APPOSITION.fullmatch(self.text, q.end, inside.start()))), None)
                # ... but a landmark with its own apposition is the head ("north of El Obeid,
                # the regional capital, which remains under army control").
                return outer or (None if _KIND_APPOSITION.match(head, p.end) else
                                 self._apposed_to(p)) or p
        return None

    def _apposed_to(self, p: PlaceMention) -> PlaceMention | None:
        """The town an apposition naming its kind hangs on, when ``p`` only locates it
        ("Lyptsi, a large village on the road to Kharkiv, where ...": Lyptsi), or one giving
        only its bearing ("Lyptsi, north of Kharkiv, where"; "Tal Rifaat, north of Aleppo,
        which the YPG has held": writers mean the town the bearing places, far more often
        than the landmark)."""
        mark = _LANDMARK.search(self.text, max(0, p.start - 30), p.start)
        if mark is None:
            return None
        # (A town's other name in brackets closes it: "al-Hamdaniya (Qaraqosh), southeast of".)
        # ... or its province ("the town of Bara in North Kordofan, about 60 km north of").
        ends = {q.start: q.end + self.text.startswith(")", q.end) for q in self.places}
        for q in self.places:
            if (within := _IN_PROVINCE.match(self.text, q.end)) is not None:
                ends[q.start] = within.end()
        heads = [q for q in self.places if q.target and q.end < mark.start()
                 and self.text.startswith(",", ends[q.start])
                 and (_PLACED_KIND_APPOSITION.fullmatch(self.text, ends[q.start], mark.start())
                      or _DISTANCE_APPOSITION.fullmatch(self.text, ends[q.start], mark.start()))]
        # Not past a chain of landmarks: in "south of Velyka Novosilka, just south of
        # Staromaiorske, which was liberated", the head only places another town too.
        if heads and _BEARING_BEFORE.search(self.text, max(0, heads[-1].start - 30),
                                            heads[-1].start):
            return None
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
            kept = [w for w in between if w not in g.determiners]
            if len(kept) > 2 and kept[-2] in g.members and kept[-1] in ("of", "from"):
                # "Turkish troops and allied fighters of the SNA": the second force's members.
                between = kept[:-2]
            # ("its gateway to Turkey and that the group had controlled": an "and" before a
            # relative pronoun joins clauses, not the forces.)
            if between[:1] != ["and"] or len(between) > 3 or not _lower_or_demonym(gap) or any(
                    w in g.prepositions or w in g.auxiliaries or w in g.boundary_words
                    for w in between[1:]):
                break
            out.insert(0, p)
        return out

    def aside_speaker(self, m: ForceMention) -> bool:
        """Whether a force is a speaker set off by commas before a coordinated verb (", the
        Ukrainian military said, and"), who does not act in the clauses around."""
        return bool(_SPEAKER_ASIDE.match(self.text, m.end) and _ASIDE_OPEN.search(
            self.text, max(0, m.start - 12), m.start))

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
                    and _introduced(self.text, m.start, g.determiners) in preps
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
        ("In Nyala, Sudan's second city, fighting between the army and the RSF erupted"), or
        the label of a digest's entry ("Babanusa – the army's 22nd Division remains
        besieged")."""
        first = next((p for p in self.places if p.target), None)
        if first is None or first.end > pos:
            return None
        if _FRONTED.fullmatch(self.text, 0, first.start) and "," in self.text[first.end:pos]:
            return first
        if _BULLET.fullmatch(self.text, 0, first.start) and _LABEL.match(
                self.text, first.end) and all(p.place == first.place for p in self.places
                                              if p.target):
            # (Not a label over an entry that names other towns: "• Deir ez-Zor: clashes
            # around the IS-held pocket of Hajin" is a province's heading.)
            return first
        return None

    def between(self, pos: int) -> list[ForceMention]:
        """The two sides of a "between F1 and F2" after ``pos`` in its clause."""
        _, right = self.clauses.bounds(pos)
        m = _BETWEEN.search(self.text[pos:right])
        if not m:
            return []
        after = [f for f in self.forces if pos + m.end() <= f.start < right]
        # "between the SDF and (the) (Turkish-backed) SNA factions", "between regime forces on
        # one side and HTS jihadists on the other"
        if (len(after) >= 2 and len(words(_ONE_SIDE.sub(
                "", self.text[after[0].end:after[1].start]))) <= 3
                and word_before(self.text, after[1].start, grammar().determiners) == "and"):
            return after[:2]
        return []

    def controller(self, pos: int) -> ForceMention | None:
        """The force of an "under F's (full) control" phrase after ``pos`` in its clause."""
        _, right = self.clauses.bounds(pos)
        m = _UNDER_CONTROL.search(self.text, pos, right)
        if not m or any(p.target and pos <= p.start < m.start() for p in self.places):
            # (Not another town's: "was retaken on 3 November, and troops entered Rawa, the
            # last town under IS control".)
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
                if _PAUSE.search(self.text, pos, m.start):
                    # "remains encircled; RSF launched ...": the next clause's subject.
                    return None
                if all(w in g.determiners or w in g.quantities or w.replace(",", "").isdigit()
                       for w in gap):
                    return m
                return None
        return None

    def past_time(self, pos: int) -> int:
        """``pos``, or past a time set between a verb and its object ("withdrew on Tuesday
        from", "regained in recent weeks the towns of", "took control on Friday of")."""
        lead = _TIME_LEAD.match(self.text, pos)
        return pos if lead is None else lead.end()

    def objects(self, pos: int, extra: frozenset[str] = frozenset(), limit: int = 9,
                areas: bool = False, headed: bool = True) -> tuple[list[PlaceMention], bool]:
        """Target places after ``pos`` in its clause, coordination included, and whether the
        object is only part of the place ("areas of Raqqa"; with ``areas``, "the Hajin
        pocket"). Without ``headed``, a town with its own noun phrase ("and the town of Q")
        ends the list, as after an adjective ("the regime-held town of P and the town of Q")."""
        pos = self.past_time(pos)
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
            # ... and past one set inside the object's words: "took control on Friday of".
            timed = _TIME_LEAD.search(original)
            if timed is not None:
                original = original[:timed.start()] + original[timed.end():]
            if "," in original and (_LANDMARK.search(original) or _BEARING_OF_TOWN.search(
                    original)):
                # "took Bashiqa, a town near Mosul", "overran Jebel Moya, west of the city of
                # Sennar": the object is a town the gazetteer does not know, the place only
                # locates it.
                return [], False
            if _LOCATED_BY.search(original) and not g.partitives.intersection(
                    words(original.lower())):
                # "pulled back from Lastochkyne west of Avdiivka", "seized the airbase south of
                # the town": the place only locates the object (but "the rebel-held east of
                # Aleppo" is part of it, and "villages west of P" are ground fought for by P).
                return [], False
            gap = _listed(self.gap_words(pos, p.start) if timed is None else words(
                self.blanked[pos:pos + timed.start()] + self.blanked[pos + timed.end():p.start]),
                extra)
            if any(w in g.town_heads and gap[i + 1: i + 2] and gap[i + 1] in g.vicinity
                   for i, w in enumerate(gap)):
                # "captured a rebel stronghold near Damascus": the place only locates the
                # town taken.
                return [], False
            # Hyphenated compounds are adjectives ("the salt-mining town of"), and so is any
            # word between an article and the town noun a name heads ("the oil city of").
            kind = _KIND_OF.search(original) if original.endswith("of ") else None
            kind_words = len(words(kind.group())) if kind else 0
            # "took full control of northwestern Syria's Afrin": the country owning the town
            # leaves its possessive in the gap.
            owned = any(not q.target and pos <= q.start and q.end < p.start
                        and self.text.startswith(("'s ", "’s "), q.end) for q in self.places)
            fits = [w in allowed or w.isdigit() or "-" in w or _adjective(w, original)
                    or (owned and w == "s")
                    or i >= len(gap) - kind_words or _owner_of_kind(w, gap[i + 1:], original)
                    for i, w in enumerate(gap)]
            # (Not past a joined clause: "retaken in September, and ... besiege the army
            # garrisons in P", "seized most of the region, taking army bases in P" are another
            # verb's objects.)
            joined = _JOINED.search(original) is not None
            site = _facility(gap, fits) and not joined
            # "the army's 16th Infantry Division headquarters in P": the garrison's town.
            said = words(original.lower())
            # The force names in it are blanked in ``gap``: "the Sudanese army's 20th Infantry
            # Division headquarters in P" is read whole.
            command = gap[-1:] == ["in"] and _names_command(said) and not joined
            # (The town's kind is no distance: "the capture of the nearby salt-mining town of";
            # nor is a second side of it: "clashed with IS on the northern and eastern edges of".)
            sides = 2 * sum(w == "and" and _SIDE.fullmatch(gap[i - 1]) is not None
                            and _SIDE.fullmatch(gap[i + 1]) is not None
                            for i, w in enumerate(gap[1:-1], 1))
            if (len(gap) - kind_words - sides > limit or not all(fits)) and not (
                    site or command) and not (
                    _NAMED_AFTER.fullmatch(original)):
                return [], False
            found = [p]
            # The preposition ending a verb right before its object, which another object
            # may repeat ("remains in control of Rutba and of Fallujah").
            verb_prep = [] if gap else words(self.text[max(0, pos - 8):pos])[-1:]
            run = 0  # where the run of towns joined without a date of their own began
            for q in self.places:
                if q.start > found[-1].end and q.target and q.start < right:
                    # (Also past the town's apposition: "and the town of Soledar, a few miles
                    # to the north, fell to Russian forces in January".)
                    apposed = _APPOSED_NP.match(self.text, q.end) or _APPOSED_PLACE.match(
                        self.text, q.end)
                    if _SINGULAR_VERB.match(self.text, q.end) or (
                            apposed is not None and _SINGULAR_VERB.match(
                                self.text, apposed.end() - 1)):
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
                    dated = _dated_joint(_SET_OFF_HEAD.sub("", joint, count=1))
                    # "the 16th Infantry Division in Nyala on October 26, and the 21st
                    # Infantry Division in Zalingei": a garrison joined after another.
                    # (Not one with a verb of its own: "..., and the army's 21st Division in
                    # Zalingei, the capital of Central Darfur, fell five days later".)
                    after = _WORD_PAST_ASIDE.match(self.text, q.end)
                    # (Nor a garrison another verb takes: "and took the 21st Division in P".)
                    garrison = command and (gj := _GARRISON_JOINT.fullmatch(joint)) is not None \
                        and _names_command(words(gj["post"])) and not (
                            after is not None and (is_past(low := after[1].lower())
                                                   or low in g.auxiliaries)) and not any(
                            found[-1].end <= u.start < q.start and u.kind not in _NOUN_KINDS
                            for u in self.triggers)
                    dated = dated or bool(garrison and gj["date"])
                    if (joint in _JOINTS and q.start - found[-1].end < len(joint) + 6
                            + (len(kind.group()) if kind else 0)) or (
                            # "Nyala on 26 October, Zalingei on 31 October and ..."
                            _date_only(joint) and self.text[found[-1].end:q.start].rstrip(
                                ).endswith(",")) or (
                            (_APPOSED_AND.fullmatch(joint) or (
                                # "in El Fasher, the capital of North Darfur, and in El Daein"
                                _APPOSED_PREP.fullmatch(joint)
                                and joint.split()[-1] in gap[-1:] + verb_prep))
                            and not g.boundary_words.intersection(
                                words(_APPOSITION_FILLER.sub(" ", joint.rsplit(",", 1)[0])))) or (
                            dated) or garrison or _UNKNOWN_MEMBERS.fullmatch(joint) or (
                            # ("from the town of Sinjar and from Khanaqin": the verb's own.)
                            # (... also the preposition ending the verb: "remains in
                            # control of Rutba and of Fallujah".)
                            _PREP_JOINT.fullmatch(joint)
                            and joint.split()[-1] in gap[:1] + gap[-1:] + verb_prep) or (
                            # "El Fasher in North Darfur and Ed Daein in East Darfur": each
                            # member placed in its division.
                            _LOCATED_JOINT.fullmatch(self.blanked, found[-1].end, q.start)
                            and any(not r.target and found[-1].end < r.start < q.start
                                    for r in self.places)) or _FEATURE_JOINT.fullmatch(joint):
                        if dated:
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
            seat = site and bool(g.seats.intersection(gap)) and not g.lesser_posts.intersection(
                gap)
            return found, owned or part or (site and not command and not seat)
        return [], False

    def included(self, pos: int, ranges: bool = True) -> list[PlaceMention]:
        """The places an "including" list after ``pos`` names in its clause ("most of the
        province, including the towns of Mayadeen and Albu Kamal"), or (with ``ranges``) the
        ends of a range set off after it ("the left bank, from Oleshky and Hola Prystan to Nova
        Kakhovka")."""
        _, right = self.clauses.bounds(pos)
        # (A dash that opens the list may itself close the clause, and so may "that includes".)
        m = _INCLUDING.search(self.text, pos, right + 16)
        if m is not None:
            # ("including in Oleshky and Hola Prystan")
            return self.objects(m.end(), frozenset({"in", "at"}))[0]
        m = _RANGE_FROM.match(self.text, pos) if ranges else None
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
                # (Past a landmark that only places the first: "Al-Dour, south of Tikrit, and
                # Al-Alam, both ...".)
                aside = self._bearing_aside(q)
                first = next((r for r in self.places if r.target and aside is not None
                              and r.end == aside), q)
                return [first, p]
        return self._chain(p, reach=8)

    def _bearing_aside(self, q: PlaceMention) -> int | None:
        """Where the bearing set off after a town starts, when ``q`` is the landmark it names
        ("Al-Dour, (some 20 km) to the south of Tikrit": the comma after Al-Dour)."""
        mark = _LANDMARK.search(self.text, max(0, q.start - 30), q.start)
        aside = mark and _BEARING_SET_OFF.search(self.text, max(0, mark.start() - 40),
                                                 mark.start())
        return aside.start() if aside else None

    def _chain(self, p: PlaceMention, reach: int | None = None) -> list[PlaceMention]:
        """``p`` and the places joined before it by "and", "or" or commas ("P, Q and R"),
        first named first; with ``reach``, each joint shorter than that many characters."""
        found = [p]
        end = p.start
        for q in reversed(self.places):
            if q.end <= end and q.target:
                joint, after = self.text[q.end:end], end
                end = q.start
                if joint.strip(" ,") in ("and", "") and (aside := self._bearing_aside(q)):
                    # "Al-Dour, to the south of Tikrit, and Al-Alam": the landmark only places
                    # the town before it, which the list goes on to.
                    end = aside
                    continue
                if joint.strip(" ,") in ("as well as", "and also") or _LIST_APPOSITION.fullmatch(
                        joint):
                    pass  # "P and Q, the two main towns on the road, as well as R"
                elif _LOCATED_JOINT.fullmatch(self.blanked, q.end, after) and any(
                        not r.target and q.end < r.start < after for r in self.places):
                    pass  # "El Fasher in North Darfur and El Daein in East Darfur remain"
                elif joint.startswith(",") and _APPOSED_AND.fullmatch(joint.strip(" ,")):
                    pass  # "El Fasher, capital of North Darfur, and Ed Daein are still held"
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
        # (Not a name that only qualifies a noun: "Saraqib, where the M5 meets the Latakia
        # road, fell".)
        cands = [p for p in self.places if p.target and p.end <= pos and p.start >= left
                 and (oblique or not self.is_oblique_place(p)) and not self.qualifies(p)]
        if pattern is None and cands:
            return cands[-1]
        if pattern is None and not cands and left:
            # "Gezira, whose capital, Wad Madani, has been held by the RSF": a town set off by
            # commas right before the verb's clause is its subject.
            set_off = [p for p in self.places if p.target and p.end <= left
                       and not self.text[p.end:left].strip(" ,")
                       and self.text[p.start - 2:p.start].startswith(",")]
            if set_off:
                return set_off[-1]
            # "the desert town of Rutba, the last stop before Jordan, was retaken": the subject
            # before its apposition.
            apposed = [p for p in self.places if p.target and p.end <= left
                       and _APPOSED_NP.fullmatch(self.text, p.end, left)
                       and not self.is_oblique_place(p)]
            if apposed:
                return apposed[-1]
            # "- Snihurivka: liberated November 10": a line's label is what the line tells of.
            label = [p for p in self.places if p.target and p.end <= left
                     and self.text[p.end:pos].strip() == ":"
                     and not self.text[:p.start].strip(BULLET_MARKS)]
            if label and passive_before(self.text, pos):
                return label[-1]
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
            return self.antecedent(pos, ("which", "that", "where")) or self._shared_subject(left)
        return None

    def _shared_subject(self, left: int) -> PlaceMention | None:
        """The town that is the subject of the clause before, when the clause at ``left`` is a
        predicate coordinated with it ("Sennar remained under army control but has been
        shelled since June")."""
        if not left or _SHARED_SUBJECT.match(self.text, max(0, left - 6)) is None:
            return None
        before, _ = self.clauses.bounds(left - 1)
        heads = [p for p in self.places if p.target and before <= p.start < left]
        if heads and not self.is_oblique_place(heads[0]) and not words(
                self.blanked[before:heads[0].start]):
            return heads[0]
        return None

    def qualifies(self, p: PlaceMention) -> bool:
        """Whether a town's name only names a route by it ("the Latakia road", "the Tabqa
        bridge")."""
        # ... also the first of a pair ("the Damascus-Aleppo highway"). (A site or the ground
        # of a town stands for it: "the Palmyra citadel was taken", "the Hawija pocket".)
        nxt = words(_PAIRED.sub("", self.text[p.end:p.end + 40], count=1))[:1]
        return bool(nxt) and nxt[0] in _ROUTES and not self.text.startswith(",", p.end)

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
        if gap[0] == "villages" and before[-1:] == ["the"] and _NAMES_AFTER.match(
                self.text, p.end):
            return False  # "the villages of Arkhanhelske and Myroliubivka": the villages named
        return (any(w in g.partitives for w in gap[:2])
                and not any(w in g.completives for w in before))

    def side_of(self, p: PlaceMention) -> bool:
        """Whether a place is named by a side of it: its own part after it ("Mykolaiv's
        northern districts") or a compass word before it ("eastern Mosul"; not "central
        Ramadi", which stands for the town)."""
        owned = _OWNED_PART.match(self.text, p.end)
        return (owned is not None and any(w in grammar().partitives
                                          for w in words(owned.group(1)))) or (
            _COMPASS_BEFORE.search(self.text, max(0, p.start - 20), p.start) is not None)

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
        # noun phrase the name heads is the subject, oblique only after a preposition (as are
        # "the capital, Khartoum" and "Russian-held Donetsk").
        kind = _KIND_OF.search(self.text, max(0, p.start - 50), p.start) \
            if self.text.endswith("of ", 0, p.start) else _CAPITAL_NAMED.search(
                self.text, max(0, p.start - 40), p.start) or _STATED.search(
                self.text, max(0, p.start - 30), p.start)
        return is_oblique(self.text, kind.start() if kind else p.start)

    def antecedent(self, pos: int, relatives: tuple[str, ...] = ("where",)
                   ) -> PlaceMention | None:
        """The place a relative clause hangs on: "Deir al-Zor city, where ...", "Raqqa, most of
        which ..."."""
        left, _ = self.clauses.bounds(pos)
        head = self.text[:left].rstrip()
        word = head.rsplit(None, 1)[-1].lower() if head else ""
        if left and word not in relatives and (
                said := _RELATIVE_REPORTS.search(head)) is not None and said["rel"].lower() in (
                relatives):
            # "Marinka, which the ministry said on 25 December it had captured": the relative
            # word opens the report whose content the clause is.
            word, head = said["rel"].lower(), head[:said.end("rel")]
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


_ONE_SIDE = re.compile(r"\s+on\s+(?:the\s+)?one\s+side\b", re.IGNORECASE)
# A relative clause on people, not a force: "civilians who fled", "residents who stayed".
_PEOPLE_NOUNS = "|".join(rules("clauses")["people"])
_PEOPLE_WHO = re.compile(rf"\b(?:{_PEOPLE_NOUNS})\s*,?\s+who\b[^,;]*$",
                         re.IGNORECASE)


# ... or right before a participle of theirs: "civilians fleeing the city".
_PEOPLE_BEFORE = re.compile(rf"\b(?:{_PEOPLE_NOUNS})\s+(?:\w+ly\s+)?$", re.IGNORECASE)


# ... or one person by name, maybe with an age: "Ibrahim Adam, 27, who".
_PERSON_WHO = re.compile(r"\b(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)(?:,\s*\d{1,3})?\s*,\s+who\b"
                         r"[^,;]*$")
# ... or right before their verb: "hundreds of families fled".
# ... or a noun phrase of them opening a clause, right before its verb: "..., and hundreds of
# families fled", also after a bare "and" when they are counted ("when its fighters took the
# town and tens of thousands of residents fled").
_PEOPLE_ACT = re.compile(rf"(?:^|[,;:]\s*(?:and\s+|but\s+)?|\s(?:and|but)\s+(?=(?:tens|hundreds|"
                         r"thousands|dozens|scores|millions|many|most|\d)\b))(?:[\w'’-]+\s+){0,4}?"
                         rf"(?:{_PEOPLE_NOUNS})\s+"
                         r"(?:\w+ly\s+|later\s+|then\s+|also\s+|had\s+|have\s+)?$",
                         re.IGNORECASE)


_COMPASS_BEFORE = re.compile(rf"\b{_COMPASS}n?\s+$", re.IGNORECASE)
_SIDE = re.compile(rf"{_COMPASS}n?", re.IGNORECASE)
_OWNED_PART = re.compile(r"['’]s\s+((?:[\w-]+\s+){0,2}[\w-]+)")


def _acted_on(text: str, pos: int) -> bool:
    """Whether the force at ``pos`` is the object of a verb in the past or a participle right
    before it (not past a comma: "after weeks of fighting, the army denied")."""
    verb = word_before(text, pos, grammar().determiners)
    return (is_past(verb) or (verb.endswith("ing") and len(verb) > 5)) and "," not in text[
        max(0, text.rfind(verb, 0, pos)):pos]


_PLURAL_TOWNS = frozenset({"cities", "towns", "villages", "both"})
_AIDED = re.compile(r"\b([\w-]+)\s+(?:from|of)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


# "by Russian and Wagner Group forces": a country's adjective sharing the force's noun before
# it (by its ending, not a town's name: "between the stronghold of Raqqa and Turkey").
_ADJECTIVE_AND = re.compile(r"\b(\w+)\s+(?-i:[A-Z][a-z]+(?:an|ish|ese|i))\s+(?:and|or)\s+$",
                            re.IGNORECASE)


def _introduced(text: str, pos: int, skip: frozenset[str]) -> str:
    """The word that introduces the force at ``pos``, past an adjective coordinated before it
    ("captured by Syrian and Hezbollah fighters": "by")."""
    before = word_before(text, pos, skip)
    if before in ("and", "or") and (m := _ADJECTIVE_AND.search(text, max(0, pos - 40), pos)):
        return m[1].lower()
    return before


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
# ... also as a sponsor ("Turkish-backed", "Turkey-backed FSA factions").
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:(?:an|ish|i|ese)(?:-[a-z]+)?|-(?:backed|led|allied|"
                      r"supported|aligned))")


def _lower_or_demonym(gap: str) -> bool:
    return all(w.islower() or _DEMONYM.fullmatch(w) for w in gap.split())


# "the YPG, which, supported by coalition jets, expelled ...": an aside may follow the pronoun.
# (A time may come first: "the military, which last month recaptured Wad Madani".)
_RELATIVE_OPEN = re.compile(rf"(?=[tw])\b(?:that|which|who)(?:\s*,[^,;]{{1,60}},)?\s+"
                            rf"(?P<time>{_TIME},?\s+)?(?P<aux>(?:[\w'’]+\s+){{0,2}})$",
                            re.IGNORECASE)
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
# A relative clause whose verb reports, then its date: "which the ministry said on 25 December".
_RELATIVE_REPORTS = re.compile(rf"\b(?P<rel>which|that)\s+(?:[\w'’-]+\s+){{1,6}}?"
                               rf"(?:{speech_verbs()})(?:\s+(?:on|in|last|this)\s+[\w\s]{{1,25}})?$",
                               re.IGNORECASE)

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


# The apposition a town's date follows: "retook Ramadi, the capital of Anbar province, in
# December and Hit in April".
# ... or by an owner ("Nyala, Sudan's second-largest city, on October 26, and of Zalingei").
_SET_OFF_HEAD = re.compile(r"^(?:(?:the|a|an)\s|(?-i:[A-Z])[\w-]*['’]s\s)[^,;]{1,60},\s*",
                           re.IGNORECASE)
# "A in February and the mining town of B": a date, "and", maybe what kind of town; "A on 26
# October, followed by B": the next one taken.
_DATED_AND = re.compile(r"(?P<date>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)(?:,?\s+(?:and|followed\s+by|"
                        # "the recapture of A on 2 October and of B on 4 October", "the capture
                        # of A in early September, of B in mid-October"; "ousted the group
                        # from A in July and from B in August"
                        r"(?:and\s+)?then)(?:\s+(?:of|from|out\s+of))?|,\s*of)(?:\s+the\s+"
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
    # ("such as", "among them": the same list after a plural of its own, not after the frame's
    # word or a time: "the offensive, among them P", "since Friday, among them"; "them" is
    # blanked as a force's pronoun.)
    i = next((i for i, w in enumerate(gap) if w == "including" or (i and (
        gap[i - 1].endswith("s") or gap[i - 1] in ("more", "others")) and (
        (w == "such" and gap[i + 1: i + 2] == ["as"]) or (w == "among" and i == len(gap) - 1)))),
        None)
    if i is None:
        return gap
    g = grammar()
    if i > 8 or any(w in g.auxiliaries or (w in g.prepositions and w not in _LIST_HEAD_PREPS
                                           and w not in extra) for w in gap[:i]):
        return gap
    return gap[i + 1 + (gap[i] == "such"):]


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


def _owner_of_kind(word: str, rest: list[str], original: str) -> bool:
    """A capitalised owner right before the town's kind ("Gezira's capital Wad Madani"), not
    any possessive ("the army's base in P")."""
    g = grammar()
    if not word.endswith(("'s", "’s")) or not rest or rest[-1] not in g.town_heads:
        return False
    return _adjective(word[:-2], original) and all(
        w in g.object_words or w in g.town_heads for w in rest)


def _adjective(word: str, original: str) -> bool:
    """Capitalised adjectives ("Syrian", "Arab-majority") and numbers may qualify an object."""
    m = _word_pattern(word).search(original)
    return m is not None and m.group()[:1].isupper() and not word.endswith("'s")


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    # Compiled once per word: the same object words recur in every article.
    return re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)


def _own_participle(between: list[str]) -> bool:
    """Whether the preposition ending ``between`` follows a participle of its own: not the
    trigger's ("the siege imposed by", "the siege of P, imposed by"), nor one coordinated
    with it ("seized and held by"), unless the trigger had its own agent before it
    ("abandoned by their defenders and occupied by the army"); also a town's own right after
    it ("launched an attack on Tal Rifaat, held by the SDF")."""
    while between and between[-1] in grammar().determiners:
        between = between[:-1]
    return (len(between) > 1 and is_past(between[-2]) and between[-2] not in _SIEGE_MAKER
            and (between[-3:-2] not in (["and"], ["or"]) or "by" in between[:-3]))


_BOTH_AFTER = re.compile(r"\s*,\s*both\b", re.IGNORECASE)
_BOTH_JOINT = re.compile(r"\s*,?\s*and\s+(?:[\w'’-]+\s+){0,5}", re.IGNORECASE)


_PLURAL_AUX = frozenset({"were", "are", "have", "remain", "stay"})


def _names_command(said: list[str]) -> bool:
    """Whether the words before a town ("the army's 16th Infantry Division headquarters in")
    name a garrison of a force there, which stands for the town."""
    g = grammar()
    return len(said) <= 14 and (
        bool(g.commands.intersection(said))
        or any(pair in g.command_bases for pair in itertools.pairwise(said))
        # ... also with an adjective between: "the army's main base in P"
        or any(pair in g.command_bases for pair in zip(said, said[2:], strict=False)))


_ROUTES = word_set("clauses", "route_heads")
_PAIRED = re.compile(r"^[-–](?-i:[A-Z])[\w'’]*")
_OWN_CENTRE = re.compile(r"(?:(?:town|city|historic)\s+)?(?:centre|center)\b", re.IGNORECASE)


# Punctuation that ends a verb's object.
_PAUSE = re.compile(r"[;:()—–]|,(?!\d)")  # (not the comma of "2,000")


# The greater part of a town: who holds it holds the town.
_MOST_OF = re.compile(r"\s*(?:\w+\s+)?(?:control\s+(?:of|over)\s+)?"
                      r"(?:most|the\s+bulk|(?:almost|nearly|virtually)\s+all|"
                      r"(?:large|vast|big)\s+(?:parts|swathes|swaths|areas)|much|"
                      # "the eastern half of Mosul was declared liberated"
                      r"(?:the\s+)?(?:(?:eastern|western|northern|southern)\s+)?half)"
                      r"\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?"
                      r"(?:(?:central|northern|southern|eastern|western|neighbou?ring|nearby)"
                      r"\s+)?", re.IGNORECASE)
# Before a siege noun, words that make the clause's subject the besieger.
_SIEGE_MAKER = word_set("events", "siege_makers")


# (A slash joins a force's names: "under YPG/PKK control".)
_UNDER_CONTROL = re.compile(r"(?=u)\bunder\s+(?:the\s+)?(?:[\w'’/-]+\s+){0,4}control\b",
                            re.IGNORECASE)
