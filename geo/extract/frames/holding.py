"""Frames of states: a force holds a town ("holds", "stronghold", "under the control of",
"F-held P", garrisons).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from geo.extract.actors import ForceMention
from geo.extract.clauses import grammar, is_past, passive_before, word_before, words
from geo.extract.data import word_set
from geo.extract.frames.common import (
    _APPOSITION,
    _COPULA,
    _COPULA_NEXT,
    _IN,
    _POSSESSIVE_PRONOUNS,
    _allies,
    _and_after,
    _it_before,
    _np_start,
    _passive,
    nominal_use,
)
from geo.extract.frames.scene import _LANDMARK, _RELATIVE_AUX, Finding, Scene, Trigger
from geo.extract.places import PlaceMention

_FORMER = re.compile(r"\b(?:former|formerly|once|erstwhile|ex|until recently|used to(?: be)?|"
                     r"previous|previously)\b",
                     re.IGNORECASE)
_PAST_COPULA = re.compile(r"^(?:\s*,[^,;]{0,60},)?\s*(?:was|became|had become|had been|"
                          r"used to be)\b", re.IGNORECASE)
# ... or a longer one, which a phrase of control may close ("El Fasher, the last major city in
# the western Darfur region still under army control").
_LONG_APPOSITION = re.compile(r"^\s*,\s*(?:the|a|an|its|one\s+of\s+the)\s+(?![\w'’-]+(?:ing|ed)\s)"
                              r"(?:[\w'’-]+\s+){0,11}$")
_HELD_AROUND = re.compile(r"[\s,](?:in|around|inside)\s+(?=[A-Z]|the\s+(?:towns?|villages?|cities|"
                          r"city)\s+of\s)")


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
    if is_past(t.word) and word_before(scene.text, t.start) in _ATTRIBUTIVE_BEFORE:
        # "just north of occupied Donetsk", "the occupied city of P": an adjective, whose
        # occupier the sentence's subject is not.
        return
    if t.word == "control" and _UNDER.search(scene.text, scene.clauses.bounds(t.start)[0],
                                             t.start):
        return  # "which has remained under army control": the control frame's noun
    # "retains de facto control inside Manbij": control in a town is of it.
    places, partitive = scene.objects(t.end, _IN if out or t.word == "control" else frozenset())
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
        # Holding part of a town ("still controls pockets of western Omdurman") is holding
        # it, as writers of the news read it (blind sets 1 to 336); establishing control of a
        # part is fighting for it. The whole towns a list after it includes are held. "The
        # jihadists and allied rebel factions hold P": each subject does.
        # "hold positions on the left bank, including the towns of Oleshky and Hola
        # Prystan": the towns in the ground held are held.
        # ... and those a second object includes ("Hawija, and a stretch of the Euphrates
        # valley that includes al-Qaim and Rawa").
        included = scene.included(places[-1].end if places else t.end)
        for a in [agent, *_allies(scene, agent, t)]:
            for p in places:
                near = partitive and bool(grammar().vicinity.intersection(
                    scene.gap_words(t.end, p.start)) or _LANDMARK.search(
                    scene.text, t.end, p.start))
                yield Finding("contested" if partitive and (established or near) else event,
                              a, p, t, pen)
            for p in included:
                yield Finding(event, a, p, t, pen)


_ATTRIBUTIVE_BEFORE = frozenset({"of", "the", "a", "an", "in", "into", "near", "from", "to",
                                 "toward", "towards", "around", "outside", "at"})
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


_LINKS, _OWNED_LINKS = frozenset({"of"}), frozenset({"of", "in"})
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
            if owned and t.word in ("capital", "seat") and owner is not None and any(
                    owner.end <= p.start and _AND_ITS.fullmatch(scene.text, p.end, t.start)
                    for p in scene.places):
                return  # "toward Gezira state and its capital Wad Madani": the state's seat
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


# Between a division and the seat it owns: "Gezira state and its capital".
_AND_ITS = re.compile(r"(?:\s+(?:state|province|region|governorate|oblast))?\s*,?\s+and\s+its\s+",
                      re.IGNORECASE)
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


_CONTROL_CHANGES = word_set("events", "control_changes")
_BACK = grammar().adverbs | {"back"}
# A town "back" in a force's hands or under its control has returned to it.
_BACK_BEFORE = re.compile(r"\bback\s+$", re.IGNORECASE)
# ... but one that is back today tells where it stands now, after a return told elsewhere
# ("Today Singa and Dinder are both back in army hands").
_BACK_TODAY = re.compile(r"\b(?:today|now)\b[^.;:]*?\b(?:is|are)\s+(?:now\s+)?(?:both\s+|all\s+)?"
                         r"back\s+$", re.IGNORECASE)


def _back(scene: Scene, left: int, start: int) -> bool:
    """Whether a town is "back" in a force's hands or under its control right before ``start``
    as a change of hands, not as where it stands today."""
    return _BACK_BEFORE.search(scene.text, max(0, start - 8), start) is not None and (
        _BACK_TODAY.search(scene.text, left, start) is None)


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
    """The town a phrase at ``pos`` speaks of across the town's own relative clause, or
    across the noun its copula names ("El Fasher is the last major city in Darfur that remains
    under the control of the army")."""
    return _town_across(scene, pos, _OVER_RELATIVE) or _town_across(scene, pos, _NAMED_AS)


_NAMED_AS = re.compile(r"\s+(?:is|was|remains|remained)\s+(?:now\s+|still\s+)?(?:one\s+of\s+)?"
                       r"the\s+(?:[\w'’-]+\s+){0,3}"
                       rf"(?:{'|'.join(sorted(grammar().town_heads))})"
                       r"(?:\s+(?:in|of)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?\s+(?:that|which)\s+"
                       r"(?:still\s+)?(?:remains?|is|are|stays?)\s+(?:still\s+|firmly\s+)?",
                       re.IGNORECASE)


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
    if m is None and returned is None and t.word == "control":
        yield from _given_back(scene, t)
        return
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
            # "back in government hands", "in Russian hands by the beginning of April": a
            # change of hands, by then.
            event = "captured" if _back(scene, left, m.start()) or _BY_THEN.match(
                scene.text, max(t.end, owner.end)) else "held"
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
            # "in control of Hawija, and of a string of towns along the Euphrates, including
            # Anah, Rawa and al-Qaim": the towns a second object includes are held too.
            for p in scene.included(places[-1].end) if places else ():
                yield Finding("held", owner, p, t, 0.05)
        return
    named = _COPULA_NEXT.match(scene.text, max(t.end, owner.end)) if owner and _AREAS_BEFORE.search(
        scene.text, max(0, m.start() - 30), m.start()) else None
    if named and (listed := scene.objects(named.end())[0]):
        # "the only populated areas remaining under ISIS control in Iraq are Rawa and
        # al-Qaim": the towns the copula names.
        for q in listed:
            yield Finding("held", owner, q, t, 0.05)
        return
    p = _controlled(scene, m.start())
    if owner and p:
        # "came (back) under Ukrainian control", "was back under government control": a
        # change of hands, not a state.
        # ... as is full control a force announces ("Syrskyi announced on August 15 that the
        # town was under full Ukrainian control"), news of a capture.
        changed = returned is not None or word_before(
            scene.text, m.start(), _BACK) in _CONTROL_CHANGES or (
            _back(scene, left, m.start())) or (
            # (It may stand between the town and its control: "Khan Sheikhoun, which the army
            # declared fully under its control on Wednesday".)
            _FULL.search(scene.text, min(m.start(), max(p.end, m.start() - 12)), t.start)
            is not None and (_ANNOUNCING.search(scene.text, max(0, p.start - 80), p.start)
                             or _ANNOUNCING.search(scene.text, p.end, max(p.end, m.start())))
            is not None) or (
            # ... and a town brought under it ("brought the towns of Dibis and Tuz Khurmatu
            # under government control"), or under it by a day ("was back under Ukrainian
            # control by mid-September").
            _BROUGHT.search(scene.text, left, p.start) is not None) or (
            _BY_THEN.match(scene.text, max(t.end, owner.end)) is not None)
        for q in scene.listed_with(p, m.start()):
            for o in _and_after(scene, owner):
                yield Finding("captured" if changed else "held", o, q, t, 0.05)


_AREAS_BEFORE = re.compile(r"\b(?:areas|towns|cities|villages|places|centres|centers|strongholds)"
                           r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_BY_THEN = re.compile(r",?\s+by\s+(?:the\s+)?(?:end|beginning|start|middle|turn|evening|morning|"
                      r"nightfall|dawn|noon|midday|mid|late|early|(?-i:[A-Z])|\d)", re.IGNORECASE)
_BROUGHT = re.compile(r"\b(?:brought|brings|bring|bringing)\s+(?:[\w'’-]+\s+){0,6}$",
                      re.IGNORECASE)
_FULL = re.compile(r"\b(?:full|fully|complete|completely|total|totally|entire|entirely)\b",
                   re.IGNORECASE)
_ANNOUNCING = re.compile(r"\b(?:announced?|announces|announcing|declared?|declares|declaring)\b",
                         re.IGNORECASE)
# What stands before "control" in a return to it: "to (the) (full) Ukrainian government".
_TO_CONTROL = re.compile(r"\bto\s+(?:the\s+)?(?:(?:full|complete)\s+)?(?:[\w'’-]+\s+){0,2}$",
                         re.IGNORECASE)
# "Beryslav returned to Ukrainian control", "reverted to government control".
_RETURNED_TO = re.compile(r"\b(?:returned|returns|return|returning|reverted|restored|handed\s+back)"
                          r"\s+" + _TO_CONTROL.pattern, re.IGNORECASE)


# "returned Balakliia and Kupiansk to Ukrainian control", "the return of al-Dinder and al-Suki
# to army control": the towns between the verb (or its noun) and "to F control".
_GIVEN_BACK = re.compile(r"\b(?:returned|returns|returning|restored|restores|restoring|"
                         r"handed\s+back|brought\s+back|return\s+of)\s+", re.IGNORECASE)


def _given_back(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """FORCE's control a town is given back to: a change of hands to the force "to F control"
    names, for each town between the verb of return and it."""
    to = _TO_CONTROL.search(scene.text, max(0, t.start - 40), t.start)
    if to is None:
        return
    verbs = list(_GIVEN_BACK.finditer(scene.text, max(0, to.start() - 160), to.start()))
    owner = next((f for f in scene.forces if to.start() <= f.start and f.end <= t.start), None)
    if not verbs or owner is None:
        return
    verb = verbs[-1]
    for p in scene.places:
        # (Not a town that only places another: "returned Snihurivka, north of Kherson, to".)
        if p.target and verb.end() <= p.start and p.end <= to.start() and not any(
                verb.end() <= f.start < to.start() for f in scene.forces) and not (
                _LANDMARK.search(scene.text, max(verb.end(), p.start - 30), p.start)):
            yield Finding("captured", owner, p, t, 0.05)


def divided(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """PLACE (is) divided / split between A and B: each holds part of it, and so holds it (as
    holding part of a town is holding it); "between the two sides": both sides of the war."""
    p = scene.place_before(t.start) or scene.antecedent(t.start, ("which", "that"))
    if p is None:
        return
    first = scene.force_after(t.end, ("between",), limit=20)
    if first is not None:
        holders = _and_after(scene, first)
    elif scene.sides and _BOTH_SIDES_AFTER.match(scene.text, t.end):
        holders = [ForceMention.unnamed((f,)) for f in scene.sides]
    else:
        return
    for h in holders:
        yield Finding("held", h, p, t, 0.1)


_BOTH_SIDES_AFTER = re.compile(r"\s+(?:the\s+two|both)\s+(?:sides|forces|parties)\b",
                               re.IGNORECASE)


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
