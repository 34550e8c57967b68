"""Frames of losses: a force withdrew from, was driven out of or lost a town.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from geo.extract.clauses import grammar, is_past, passive_before, words
from geo.extract.data import frame_words, rules, word_set
from geo.extract.frames.common import (
    _APPOSITION,
    _IN,
    _LOSE_PREPS,
    _OUT_OF,
    _SET_OFF_SPAN,
    _allies,
    _and_after,
    _passive,
    nominal_use,
)
from geo.extract.frames.scene import (
    _NOUN_KINDS,
    _PEOPLE_NOUNS,
    Finding,
    Scene,
    Trigger,
    _own_participle,
)
from geo.extract.places import PlaceMention

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


_TO_EDGE = re.compile(r"(?:\s+(?:back|out))?\s+to\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
                      r"(?:outskirts|edges?)\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
                      r"(?-i:[a-z][a-z-]*\s+)?",
                      re.IGNORECASE)
_TOWARD = frozenset({"to", "toward", "towards", "into"})
_POSTS = frozenset({"positions", "bases", "base", "garrison", "headquarters", "barracks",
                    "posts", "checkpoints"})


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
    if _reduced_relative(scene, t):
        return  # "as troops retake state capital lost to paramilitaries in June": the noun's
    if t.word in _LEAVING and places and _LEFT_CUT_OFF.match(scene.text, places[-1].end):
        return  # "has left the towns of Morek and Kafr Zita in northern Hama surrounded"
    agent, pen = scene.subject(t.start)
    edge = _TO_EDGE.match(scene.text, t.end) if not places and withdrawal(scene.text, t) else None
    town = next((p for p in scene.places if p.target and edge is not None
                 and p.start == edge.end()), None)
    if town is not None and agent is not None and not _fell_elsewhere(scene, t, town):
        # "troops pulled back to the outskirts of Marinka": they left the town for its edge.
        for a in [agent, *_allies(scene, agent, t)]:
            yield Finding("lost", a, town, t, pen)
        return
    if not places and (where := scene.relative_object(agent, t.start)) is not None:
        places = scene.coordinated(where)  # "the town that the army abandoned"
    if not places and agent is not None:
        places = _left_behind(scene, t)
    own = scene.force_right_after(t.end)
    if agent is None and own is not None and own.kind == "pronoun":
        # "it had withdrawn its troops from Lyman": the owner of the troops loses the town.
        agent, pen = own, 0.05
    if t.word in _LEAVING and _LEFT_BY_EVENT.search(scene.text, max(0, t.start - 60), t.start):
        # "a siege that left the city starving", "weeks of bombardment left it deserted": what
        # a fight leaves a town in, not a force leaving it.
        return
    for p in places:
        if t.word in _LEAVING and _LEFT_STATE.match(scene.text, p.end):
            # "months of fighting that left it completely destroyed", "an offensive that left
            # the town, once home to 30,000 people, in ruins", "a siege that left the city's
            # residents starving".
            continue
        gap = scene.gap_words(t.end, p.start)
        # "pulled back in Idlib": retreating inside a place is not leaving it; but "abandoned
        # its positions in Kirkuk" leaves the town its posts are in.
        inside = bool(_IN.intersection(gap)) and not _OUT_OF.intersection(gap) and not (
            _POSTS.intersection(gap) and not _TOWARD.intersection(gap))
        if agent and not inside and grammar().vicinity.intersection(gap) and not (
                (_OUT_OF | _IN).intersection(gap)):
            # "Ukraine pulls back near Vovchansk": falling back near a town is not leaving it
            # (leaving "positions in and around Khanaqin" is).
            continue
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
            # ... and leaving most of it is losing it ("pulled out of most of the city").
            # ... and so is leaving the ground around it ("pulled back from the area of P").
            before = words(scene.text[max(0, p.start - 30):p.start])[-2:]
            part = scene.partial(p) and not scene.greater_part(p) and not (
                before[-1:] == ["of"] and before[0] in _LEFT_GROUND)
            for a in [agent, *_allies(scene, agent, t)]:
                yield Finding("contested" if part else "lost", a, p, t, pen)
            if taker is not None and taker.force != agent.force:
                # "handing the town over to Turkey and the Syrian rebel factions it backs": to
                # each.
                for a in _and_after(scene, taker):
                    yield Finding("captured", a, p, t, pen)


_NAMES_GROUND = re.compile(rf"\s+(?:{'|'.join(map(re.escape, rules('places')['ground_after']))})\b",
                           re.IGNORECASE)
_LEFT_GROUND = word_set("places", "left_ground")
_ENTRIES = word_set("events", "entries")
_RELATIVE_WORDS = frozenset({"which", "that", "who", "where", "when", "whom"})
_RESULTS = frozenset({"leaving"})
_LEAVING = frozenset({"leave", "leaves", "left", "leaving"})
# (Not past another clause: "left Morek on Friday, and the town was surrounded"; "all but
# cut off" is one.)
_LEFT_CUT_OFF = re.compile(r"(?:(?!,\s*(?:and|but)\b|(?<!\ball)\s+but\b|"
                           r"\s+(?:while|as|after|before|when|then)\b|"
                           r"\s+and\s+(?:the|a|an|its|their|it|they)\b)[^;.]){0,60}?"
                           rf"\b(?:{'|'.join(rules('events')['left_cut_off'])})\b", re.IGNORECASE)
# A fight that "left" a town left it in some state (events.toml), also told past what it hit
# ("Russian strikes on power plants left much of Kharkiv without electricity").
_LEFT_BY_EVENT = re.compile(rf"\b(?:{'|'.join(rules('events')['leaving_events'])})\s+"
                            r"(?:(?:on|against|across)\s+(?:[\w'’-]+\s+){1,3}?)?"
                            r"(?:(?:that|which)\s+)?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$",
                            re.IGNORECASE)
_LEFT_STATE = re.compile(rf"(?:['’]s\s+(?:[\w-]+\s+){{0,2}}(?:{_PEOPLE_NOUNS}|population)\b"
                         rf"|(?:\s*{_SET_OFF_SPAN})?\s+"
                         r"(?:(?:\w+ly|almost|nearly|mostly)\s+){0,2}"
                         rf"(?:{'|'.join(rules('events')['left_states'])})\b)", re.IGNORECASE)


def _reduced_relative(scene: Scene, t: Trigger) -> bool:
    """Whether a participle of losing to a force follows a noun that another verb of its
    clause takes ("troops retake state capital lost to paramilitaries"): it tells of that
    noun, not of a loss by the clause's subject."""
    if not is_past(t.word) or t.word not in word_set("events", "lost_to") or not (
            _TO_AFTER.match(scene.text, t.end)):
        return False
    left, _ = scene.clauses.bounds(t.start)
    verb = next((u for u in reversed(scene.triggers) if left <= u.start and u.end < t.start
                 and u.kind not in _NOT_VERBS), None)
    if verb is None:
        return False
    between = scene.text[verb.end:t.start]
    said = words(between)
    return "," not in between and bool(said) and not _VERB_OR_JOINT.intersection(said) and not any(
        verb.end <= m.start < t.start for m in scene.forces)


_TO_AFTER = re.compile(r"\s+to\b")
# (Nor a noun of taking, nor a loss of its own.)
_NOT_VERBS = _NOUN_KINDS | {"lose"}
# A joint or an auxiliary before the participle: a verb of its own ("and lost", "had lost").
_VERB_OR_JOINT = frozenset({"and", "or", "but", "then", "had", "has", "have", "was", "were", "is",
                            "are"})


def _lost_to_after(scene: Scene, t: Trigger) -> Finding | None:
    """A town set off before a participle of losing to a force: "Wad Madani, the Gezira state
    capital lost to the RSF in December 2023" was taken by that force."""
    if not is_past(t.word) or t.word not in word_set("events", "lost_to"):
        return None
    taker = scene.force_after(t.end, ("to",), limit=12)
    p = scene.place_before(t.start, _APPOSITION, oblique=True) if taker else None
    if p is None or _RELATIVE_WORDS.intersection(scene.gap_words(p.end, t.start)) or any(
            p.end <= m.start and m.end <= t.start for m in scene.forces):
        return None  # (not "In Kirkuk, dozens of IS fighters surrendered to the Peshmerga")
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
    own = after[:1] in (["it"], ["them"]) or bool(
        frame_words("stronghold").intersection(after)) or (
        after[:1] in (["their"], ["its"]) and after[1:2] in _OWN_POSTS) or (
        # ... also out of them ("after US forces pulled out of their bases there").
        after[:1] in (["of"], ["from"]) and after[1:2] in (["their"], ["its"])
        and after[2:3] in _OWN_POSTS)
    # ... and so is the ground around the towns a timed capture took ("had taken Morek and
    # Kafr Zita after the factions pulled out of the area overnight").
    area = after[:2] in (["of", "the"], ["from", "the"]) and bool(after[2:3]) and (
        after[2] in _LEFT_GROUND)
    if area and TIMING.search(scene.text, 0, left) and (
            taking := _last_taking(scene, left, entries=False)) is not None:
        return scene.objects(taking.end)[0]
    if (scene.objects(t.end, _LOSE_PREPS)[0]
            or (after and after[0] not in _INTRANSITIVE_NEXT and not own)):
        return []
    if TIMING.search(scene.text, 0, left):
        # ... every town the main clause listed ("entered Morek, Kafr Zita and al Lataminah
        # after HTS evacuated their positions"), not a town that only names ground ("has
        # retaken northern Hama pocket after rebels pull out").
        # ... the towns the main clause's entry or taking took, not one named in passing
        # since ("swept into Wad Madani, a city that had sheltered people displaced from
        # Khartoum, after the army withdrew").
        taking = _last_taking(scene, left)
        if taking is not None and (taken := scene.objects(taking.end)[0]):
            return taken
        fell = _last_taking(scene, left, ("fall",), entries=False)
        if fell is not None and (fallen := scene.antecedent(fell.start, ("which", "that"))):
            # "north-west of Avdiivka, which fell to Russian forces after Ukrainian troops
            # withdrew": the town that fell.
            return [fallen]
        p = scene.named_before(left)
        return scene.coordinated(p, plural=True) if p is not None and not (
            _NAMES_GROUND.match(scene.text, p.end)) else []
    if withdrawal(scene.text, t):
        p = scene.named_before(t.start)
        if p is None and scene.previous_town is not None and not any(
                q.target for q in scene.places):
            # Named only in the sentence before: the verb stands for it.
            p = PlaceMention(t.start, t.end, scene.text[t.start:t.end],
                             scene.previous_town.place, anaphor=True)
        return [p] if p is not None else []
    return []


def _fell_elsewhere(scene: Scene, t: Trigger, town: PlaceMention) -> bool:
    """Whether the withdrawal ``t`` follows the fall of another town than ``town``, in its
    sentence or the one before ("IS took Hit. Iraqi troops pulled back to the outskirts of
    Ramadi": they left Hit, not Ramadi)."""
    before = scene.previous_town
    taking = _last_taking(scene, t.start)
    taken = scene.objects(taking.end)[0] if taking is not None else []
    return (before is not None and before.place != town.place) or any(
        p.place != town.place for p in taken)


_OWN_POSTS = (["positions"], ["posts"], ["bases"], ["defences"], ["defenses"])


def _last_taking(scene: Scene, pos: int, kinds: tuple[str, ...] = ("take", "expel"),
                entries: bool = True) -> Trigger | None:
    """The last trigger of ``kinds`` before ``pos`` that takes a town: a capture, or (with
    ``entries``) an entry ("entered", "swept into")."""
    return next((u for u in reversed(scene.triggers) if u.end <= pos and u.kind in kinds and (
        u.event == "captured" or (entries and u.word in _ENTRIES))), None)


def withdrawal(text: str, t: Trigger) -> bool:
    """Whether a trigger in ``text`` is a withdrawal proper ("withdrew", "pulled back"), not
    any pulling ("pulled in reinforcements")."""
    w = word_set("events", "withdrawals")
    return t.word in w or f"{t.word} {' '.join(words(text[t.end:t.end + 6])[:1])}" in w


_CLEARANCES = word_set("events", "clearances")


# The ground a force is driven from, named by its kind: "from a string of towns", "out of
# several villages".
_FROM_GROUND = re.compile(r"\s+(?:from|out\s+of)\s+(?:a|an|the|several|many|most|dozens|"
                          r"\w+\s+of)\s+[^,;.]{0,60}?\b(?:towns|villages|cities|areas|"
                          r"settlements|positions)\b", re.IGNORECASE)


# Posts a force is driven from near a town, not from the town: "back from positions near P".
# ... or from the villages a compass point from the town places ("pushed SDF units back from
# several villages north of Hajin").
_FROM_POSTS = re.compile(r"\s+(?:back\s+)?(?:from|out\s+of)\s+(?:[\w'’-]+\s+){0,2}?(?:positions|"
                         r"lines|trenches|outposts|defences|defenses|villages)\s+(?:near|around|"
                         r"outside|close\s+to|on\s+the\s+(?:edge|edges|outskirts|approaches)\s+of|"
                         r"(?:north|south|east|west|north-?east|north-?west|south-?east|"
                         r"south-?west)\s+of)\s", re.IGNORECASE)


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
    if victim is not None and (posts := _FROM_POSTS.match(scene.text, victim.end)):
        # "pushed our fighters back from positions near Hajin": a fight for posts around the
        # town, which changes no hands of it.
        scene.consumed.add(id(victim))
        agent, pen = scene.subject(t.start)
        for side in (agent, victim) if agent is not None else (victim,):
            for p in scene.objects(posts.end())[0]:
                yield Finding("contested", side, p, t, pen)
        return
    if victim is not None:
        places, _ = scene.objects(victim.end, preps)
        where = scene.antecedent(t.start)
        # "drove Daesh from a string of towns along the border, including Jarablus and al-Bab":
        # the towns the ground it was driven from includes.
        places = places or ([where] if where else []) or (
            scene.included(victim.end) if _FROM_GROUND.match(scene.text, victim.end) else [])
    else:
        places, _ = scene.objects(t.end)
        victim = scene.force_after(places[-1].end, ("of", "from")) if places else None
    if not places or (victim is None and t.word not in _CLEARANCES):
        return
    if victim is not None:
        scene.consumed.add(id(victim))
    agent, pen = scene.subject(t.start)
    if victim is not None and victim.kind == "pronoun" and agent is not None and (
            agent.force == victim.force):
        # "The YPG drove the group out": an object pronoun is not its own clause's subject.
        victim = victim.as_alternate()
    for p in places:
        if victim is not None:
            yield Finding("lost", victim, p, t, pen)
        if agent:
            yield Finding(t.event, agent, p, t, pen)
        for ally in _allies(scene, agent, t):
            yield Finding(t.event, ally, p, t, pen + 0.05)
