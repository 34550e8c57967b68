"""Frames of changes of hands: a force took a town ("took", "fell to", "the capture of P",
"victory in", towns that followed).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace

from geo.claims import Event
from geo.extract.actors import ForceMention
from geo.extract.clauses import PAUSES, grammar, is_past, passive_before, word_before, words
from geo.extract.data import rules, word_set
from geo.extract.dates import YEAR
from geo.extract.frames.common import (
    _COPULA,
    _LOSE_PREPS,
    _POSSESSIVE_PRONOUNS,
    _SET_OFF_SPAN,
    _allies,
    _and_after,
    _defender,
    _it_before,
    landmark_head,
    nominal_use,
)
from geo.extract.frames.losing import _last_taking, _left_behind, _past_aside
from geo.extract.frames.scene import (
    _COMPASS,
    _KIND_NP,
    _KINDS,
    _LANDMARK,
    _SAID_IT,
    BULLET_MARKS,
    Finding,
    Scene,
    Trigger,
    _names_command,
)
from geo.extract.modality import attribution, cues, speech_verbs
from geo.extract.places import PlaceMention
from geo.extract.sides import other_side

# ... also past a quote mark and an adverb of degree ("declared Falluja 'fully liberated'").
# (The town's kind noun may follow its name: "declared Deir ez-Zor city liberated".)
_ADJACENT_COMMA = re.compile(r"^\s*(?:(?:city|town|village)\b)?[\s,]*"
                             r"(?:(?:[\"“‘']|(?:fully|completely|totally|entirely)\b)\s*)*$")
_CLAIMED = re.compile(r"\b(?:declared?|declares|declaring|pronounced?|pronounces|announced?|"
                      r"announces|celebrated?|"
                      r"celebrates|celebrating|completed?|completes|claimed?|claims|hailed?|"
                      r"reported|reports|reporting|"
                      r"proclaimed?|confirm|confirms|confirmed|won)\s+"
                      # ... also past the day it was told on: "announced on Friday the full
                      # liberation of Hajin".
                      r"(?:(?:on|last|this)\s+\w+\s+(?:\d{1,2}\s+)?|today\s+|yesterday\s+)?"
                      r"(?:the\s+|a\s+|its\s+|their\s+)?(?:\w+\s+){0,2}[\"“‘']?$",
                      re.IGNORECASE)
# ... and nothing else, before a participle that tells of the place: ", a Christian town".
# (The kind may be placed first: "Qayyarah, a town to the south recaptured from Isis".)
_KIND_PARTICIPLE = re.compile(rf"^\s*,\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_KINDS}\s+"
                              rf"(?:(?:to\s+the\s+|in\s+the\s+)?{_COMPASS}\s+)?$", re.IGNORECASE)


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
_OUSTERS = (r"(?:ousting|expelling|evicting|dislodging|driving\s+out|pushing\s+out|kicking\s+out|"
            r"eliminating|routing|defeating|clearing\s+out)\s+")
# ... also in an "after" clause, past what remained of the force ("restored security to the
# towns of P and Q ... after eliminating the last gatherings of terrorists from Jabhat
# al-Nusra").
_OUSTING = re.compile(rf"[^,;.]{{0,40}},\s*{_OUSTERS}|[^;.]{{0,120}}?\bafter\s+{_OUSTERS}"
                      r"(?:the\s+)?(?:(?:last|remaining|final)\s+)?(?:(?:gatherings|remnants|"
                      r"pockets|groups|members|fighters|militants|terrorists|elements|cells)\s+"
                      r"(?:of|from)\s+)*", re.IGNORECASE)


def _ousted(scene: Scene, pos: int) -> ForceMention | None:
    """The force a participle right after a capture's object drove out."""
    m = _OUSTING.match(scene.text, pos)
    if m is None:
        return None
    return next((f for f in scene.forces if m.end() <= f.start and not f.holder
                 and len(words(scene.text[m.end():f.start])) <= 2), None)


# A preposition of place right after an attack with no object.
# ... or the way it goes: "attacking towards Lyptsi".
_ATTACK_AT = re.compile(r"\s+(?:on|in|near|around|outside|towards?)\b", re.IGNORECASE)


def take(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """AGENT took PLACE [from LOSER]; PLACE was taken [by AGENT] [from LOSER]."""
    if t.event == "captured" and _INTO_RING.match(scene.text, t.end):
        # "our forces have taken the city into a semi-encirclement": a ring closing on the
        # town, a fight for it, no taking.
        t = replace(t, event="contested")
    places, partitive = scene.objects(t.end)
    if not places and t.event == "contested" and (near := _ATTACK_AT.match(scene.text, t.end)) \
            and not (t.word in word_set("events", "entries")
                     and near.group().strip().lower().startswith("toward")):
        # "were attacking on the outskirts of Selydove": an attack with no object is a fight
        # where it happens.
        places = scene.objects(near.start(), frozenset(words(near.group())), areas=True)[0]
    # "was occupied by Russia ... and recaptured by Ukraine": the auxiliary is shared.
    line = _line_participle(scene, t)
    passive = passive_before(scene.text, t.start) or (
        word_before(scene.text, t.start, grammar().adverbs) == "and"
        and words(scene.text[t.end:t.end + 4]) == ["by"]) or line
    if passive and not line and t.word in _COPULA_ADJECTIVES:
        return  # "which is fully secure": a state, not a taking
    listed: list[PlaceMention] = []
    claimed = t.word in _CLAIMS
    if claimed and places and (
            any(t.end <= u.start < places[0].start for u in scene.triggers)
            or words(scene.text[places[0].end:places[0].end + 12])[:1] in (
                [a] for a in grammar().auxiliaries)
            or _CLAIM_CLAUSE.match(scene.text, places[0].end)):
        # "claimed the capture of P": the noun's object; "claimed it had finished", "claimed
        # it had captured Marinka": a clause.
        places = []
    if not places and not passive and t.word in _TAKEOVERS and _CLAUSE_END.match(
            scene.text, t.end) and (left := next((u for u in reversed(scene.triggers)
                                                  if u.end <= t.start and u.kind == "lose"),
                                                 None)) is not None:
        # "the last SDF units withdrew from Ras al-Ain on October 20, and Turkish troops took
        # over": the town left.
        places = scene.objects(left.end, _LOSE_PREPS)[0]
    if not places and not passive and not claimed and (
            headed := _headed_garrison(scene, t.end, _OBJECT_END.search(
                scene.text, t.end).start())) is not None and not any(
            p.target and p.place != headed.place for p in scene.places):
        # "• Oct 26 — Nyala: The RSF seized the 16th Infantry Division headquarters": the
        # garrison of the line's town.
        places = [headed]
    if not places and not passive and not claimed:
        # "had captured around a dozen border villages, including Strilecha and Lyptsi";
        # "overran SAF garrisons in four of the five state capitals: Nyala on 26 October, ..."
        places = scene.included(t.end)
        listed = _colon_list(scene, t) if not places else []
        places = places or listed
    if not places and not passive:
        # "Deir al-Zor, where troops seized ...", "Kherson, which Ukrainian troops entered".
        # "Mosul, which it seized last June": the relative's "it" is the main clause's force.
        it = _RELATIVE_IT.search(scene.text, max(0, t.start - 120), t.start) is not None
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
        if p is not None and by:
            # "Staromaiorske, a village south of Velyka Novosilka, retaken by Ukrainian
            # marines": the town the aside places.
            p = landmark_head(scene, p)
        elif p is not None and not passive and is_past(t.word) and "," in scene.text[
                p.end:t.start] and _PARTICIPLE_ASIDE.match(scene.text, t.end):
            # "Bartella, recaptured on October 20, is now a staging area": a participle set off
            # after the town, with no object of its own, is its passive without an auxiliary.
            passive = True
        if p is None and not passive and is_past(t.word) and (
                headed := _headed_garrison(scene, t.start)) is not None:
            # "• Zalingei — 21st Infantry Division overrun on October 31": a headline's
            # participle, passive without its auxiliary.
            p, passive = headed, True
        if passive or p is not None:
            # "months after it was overrun by IS": the pronoun is the town named last.
            p = p or _apposition_head(scene, scene.place_before(t.start), t.start) or (
                _it_before(scene, t.start) or _opening_subject(scene, t.start)
                or _garrison_before(scene, t.start) or _headed_garrison(scene, t.start)
                if passive else None)
            if p is None:
                return
            agent = scene.force_after(t.end, ("by",)) or scene.controller(t.end) or (
                _campaigner(scene, t) if passive else None)
            if agent is None and _CLAIMED.search(scene.text[max(0, p.start - 40):p.start]):
                agent = scene.subject(p.start)[0]  # "the SDF declared Raqqa free of IS"
            # "Hawija, the last Isis enclave in the north, was declared liberated": the holder
            # an apposition names lost it.
            loser = scene.force_after(t.end, ("from", "of")) or (
                _defender(scene, p) if passive and t.word in _RETAKINGS else None)
            if loser is not None and (_NOUN_OF.search(scene.text, t.end, loser.start)
                                      or "," in scene.text[t.end:loser.start]):
                # "overrun after weeks of RSF attacks", "liberated, releasing a video of
                # soldiers": no "cleared of" loser
                loser = None
            if loser is not None and agent is not None and (
                    loser.force == agent.force or (
                        t.end <= agent.start < loser.start
                        and word_before(scene.text, loser.start, grammar().determiners) == "of")):
                # "seized by fighters of Islamic State": the agent's own side; "by Turkish
                # troops and allied fighters of the SNA": the agent's noun's "of".
                loser = None
            if agent is None and passive and t.word in _STATEMENT_TAKINGS:
                agent = _speaking_side(scene, t, loser)
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
                agent = _holders_enemy(scene, p) or _colon_subject(scene, t) or _story_actor(
                    scene, t, p, loser) or (
                    None if scene.partial(p) else _speaking_side(scene, t, loser)
                    or _garrisons_enemy(scene, t) or (
                        None if t.word in _LIBERATIONS else _occupiers_fall(scene, p)))
            event = "contested" if scene.partial(p) and not scene.greater_part(p) else t.event
            # (A line's towns are all the participle's: "Balakliia and Shevchenkove liberated".)
            for q in (scene.coordinated(p, plural=True) if line else scene.subjects_before(
                    p, t.start) if passive else scene.coordinated(p)):
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
        # "had wrested from them": a pronoun read as the taker is not its loser; "captured
        # al-Shaddadi from the group": the group named before the taker is.
        loser = loser.as_alternate()
    named_loser = loser is not None
    if loser is None and agent is not None:
        # "captured the Islamic State-held town of Shaddadi", "captured Hajin, the last town
        # held by IS": the holder loses it.
        held = [m for m in scene.forces if m.holder and t.end <= m.start
                and m.end <= places[0].start] or [_defender(scene, places[-1])]
        loser = held[-1] if held[-1] is not None and held[-1].force != agent.force else None
    if partitive and scene.most_of(t.end, places[0]):
        partitive = False  # "overran most of Khartoum": the greater part is the town
    event = "contested" if partitive or _progressive(scene, t) else t.event
    # "attacked ISF positions around Baiji": the force whose positions are attacked fights
    # for the town too.
    defenders = [m for m in scene.forces if t.end <= m.start and m.end <= places[0].start
                 and m.force != agent.force and _POSITIONS_AFTER.match(scene.text, m.end)
                 ] if t.event == "contested" and agent is not None else []
    for p in places:
        # A town a colon lists is dated by the date after it ("Nyala on 26 October, ...").
        at = Trigger(p.end, p.end, t.word, t.kind, t.event) if p in listed else t
        if agent:
            yield Finding(event, agent, p, at, pen)
        for m in defenders:
            yield Finding("contested", m, p, at, pen + 0.05)
        for ally in allies:
            yield Finding(event, ally, p, at, pen + 0.05)
        if loser and t.event == "captured" and (named_loser or not partitive):
            # Losing a part of the town ("took the headquarters in P from F") is fighting
            # for it; a holder named by "IS-held" is no party to a partial capture.
            scene.consumed.add(id(loser))
            yield Finding("contested" if partitive else "lost", loser, p, at, pen)


# An apposition set off after a passive's subject, up to its verb group: ", a town of twenty
# thousand on the road between Pokrovsk and Kurakhove, was taken".
_APPOSED_TO_VERB = re.compile(r",\s*(?:a|an|the)\s(?:[^,;:()]|(?<=\d),(?=\d))*,\s*"
                              r"(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)


def _apposition_head(scene: Scene, p: PlaceMention | None, pos: int) -> PlaceMention | None:
    """The town an apposition sets off before a passive verb at ``pos`` when ``p``, the place
    named last before it, is inside the apposition ("Selydove, a town on the road between
    Pokrovsk and Kurakhove, was taken": Selydove); else ``p``."""
    if p is None:
        return None
    head = next((q for q in reversed(scene.places) if q.target and q.end < p.start
                 and _APPOSED_TO_VERB.fullmatch(scene.text, q.end, pos)), None)
    return head or p


_CLAIMS = word_set("events", "claims")
_INTO_RING = re.compile(r"\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:in|into)\s+(?:an?\s+|the\s+)?"
                        rf"(?:{'|'.join(word_set('events', 'rings'))})\b", re.IGNORECASE)
_COPULA_ADJECTIVES = word_set("events", "copula_adjectives")
# A verb group right after a claim's object: the object is a clause's subject.
_CLAIM_CLAUSE = re.compile(r"\s+(?:had|has|have|would|will|could|might|now)\b", re.IGNORECASE)
_SET_OFF = re.compile(r"^\s*,[^,;]{1,40},\s*$")
# What follows a participle set off after a town, when it has no object: the end of the aside,
# or when or whence ("recaptured on October 20,", "retaken from the militants in August").
_PARTICIPLE_ASIDE = re.compile(r"\s*(?:[,.;)]|$|(?:on|in|at|from|during|after|before|earlier|"
                               r"last|early|late|within|only|just|shortly|weeks|days|months|"
                               r"years|two|three|several)\b)", re.IGNORECASE)
_LIBERATIONS = word_set("events", "liberations")
_STATEMENT_TAKINGS = word_set("events", "statement_takings")


def _kind_apposed(scene: Scene, pos: int) -> PlaceMention | None:
    """The town an apposition naming its kind follows, right before ``pos``, even past the
    comma that closes a relative clause ("people who fled Qaraqosh, a Christian town")."""
    return next((p for p in reversed(scene.places) if p.target and p.end <= pos
                 and _KIND_PARTICIPLE.match(scene.text[p.end:pos])), None)


# ... also past a report: "which the ministry said on 25 December it had captured".
_RELATIVE_IT = re.compile(rf"\b(?:which|that)\s+(?:[^,;]{{1,60}}?\s(?:{speech_verbs()})"
                          r"(?:\s+[^,;]{0,25}?)?\s+)?(?:it|they)\s+(?:(?:had|has|have)\s+)?"
                          r"(?:\w+ly\s+)?$", re.IGNORECASE)


# (The verb may stand in scare quotes: 'had "liberated" five border villages: P, Q and R'.)
_COLON_OBJECT = re.compile(r"[\"”’']?[^:;.!?“”\"]{3,90}:\s+")


def _colon_list(scene: Scene, t: Trigger) -> list[PlaceMention]:
    """The towns a colon lists after a verb's plural object: "overran SAF garrisons in four of
    the region's five state capitals within a month: Nyala on 26 October, Zalingei ..."."""
    colon = _COLON_OBJECT.match(scene.text, t.end)
    if colon is None or not grammar().plural_heads.intersection(words(colon.group())):
        return []
    return scene.objects(colon.end())[0]


def _garrison_before(scene: Scene, pos: int) -> PlaceMention | None:
    """The town of a garrison opening the clause before ``pos``: "the army's 21st Infantry
    Division in Zalingei, capital of Central Darfur, fell to the RSF"."""
    left, _ = scene.clauses.bounds(pos)
    p = next((q for q in scene.places if q.target and left <= q.start and q.end <= pos), None)
    if p is None:
        return None
    return p if _garrison_at(words(scene.text[left:p.start].lower())) else None


# A bulletin's line opened by its town and a dash or colon ("• Nyala (South Darfur) — "), maybe
# after its day ("• Oct 26 — Nyala: ")...
_MONTHS = "|".join(calendar.month_name[1:] + calendar.month_abbr[1:])
# ... or its day alone, under a month's heading ("26 — Nyala: ").
_HEADING = re.compile(rf"[\s•*·▪◦-]*(?:(?:(?:{_MONTHS})\.?\s+\d{{1,2}}"
                      rf"|\d{{1,2}}(?:\s+(?:{_MONTHS})\.?)?)"
                      r"(?:,?\s+\d{4})?\s*(?:[—–:]|\s-)\s*)?")
# (The town's division may follow it: "• Nyala, South Darfur: the RSF overran ...".)
_HEAD_SEP = re.compile(r"(?:\s*,\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
                       r"\s*(?:\([^)]{1,40}\)\s*)?(?:[—–:]|\s-)\s*")


_TAKEOVERS = word_set("events", "takeovers")
# The end of a clause right after a verb with no object, maybe after its time ("took over the
# next day").
_CLAUSE_END = re.compile(r"\s*(?:(?:the\s+(?:next|following)\s+(?:day|morning)"
                         r"|(?:hours\s+|days\s+)?later|shortly\s+after(?:wards)?|soon\s+after)"
                         r"\s*)?(?:[.;:]|,\s|$)", re.IGNORECASE)
# Where an object's noun phrase ends: a pause, or a clause of time after it.
_OBJECT_END = re.compile(r"[,;.:]|\s(?:after|before|when|as|following|in|on)\s|$")


def _headed_garrison(scene: Scene, pos: int, end: int | None = None) -> PlaceMention | None:
    """The town heading a bulletin's line whose garrison the clause before ``pos`` names:
    "• Zalingei — 21st Infantry Division overrun on October 31" (or, with ``end``, the words
    from ``pos`` to ``end``: "• Oct 26 — Nyala: The RSF seized the 16th Infantry Division
    headquarters")."""
    first = next((p for p in scene.places if p.target), None)
    if first is None or first.end > pos or not _HEADING.fullmatch(scene.text, 0, first.start):
        return None
    sep = _HEAD_SEP.match(scene.text, first.end)
    if sep is None:
        return None
    said = scene.text[sep.end():pos] if end is None else scene.text[pos:end]
    return first if _names_command(words(said.lower())) else None


def _garrison_owner(scene: Scene, p: PlaceMention) -> ForceMention | None:
    """The force whose garrison in ``p`` opens its clause ("the army's garrison in Zalingei")."""
    left, _ = scene.clauses.bounds(p.start)
    owners = [m for m in scene.forces if left <= m.start and m.end <= p.start and not m.holder]
    # (A stronghold noun is the garrison's own: "the army's base in Ardamata fell".)
    if not owners or not _garrison_at(words(scene.text[owners[-1].start:p.start].lower())) or any(
            owners[-1].end <= x.start < p.start and x.kind != "stronghold"
            for x in scene.triggers):
        return None  # not "the paramilitary captured the division headquarters in Nyala"
    return owners[-1]


def _garrison_at(said: list[str]) -> bool:
    """Whether the words before a town end with a garrison "in" or "at" it ("the army garrison
    at")."""
    return said[-1:] in (["in"], ["at"]) and _names_command(said)


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


# "liberated from IS after a two-day offensive by Peshmerga forces": the campaign's force.
_CAMPAIGN_BY = re.compile(r"[^,;.]{0,50}?\b(?:after|following|in)\s+(?:a|an|the)\s+"
                          r"(?:[\w'’-]+\s+){0,3}?(?:offensive|assault|operation|push|campaign|"
                          r"attack|advance)\s+(?:(?:launched|led|mounted)\s+)?by\s+(?:the\s+)?",
                          re.IGNORECASE)


# "was retaken on May 19, when army units (and tribal fighters) moved in": the entrant.
_WHEN_OPENS = re.compile(r"[^;.]{0,40}?\b(?:when|as|once)\s+(?:the\s+)?", re.IGNORECASE)
_ENTERED = re.compile(r"(?:\s+and(?:\s+[\w'’-]+){1,3}?)?\s+(?:(?:moved|rolled|marched|went|"
                      r"swept|drove)\s+in(?:to\s+(?:the\s+)?(?:town|city))?\b|entered\b)",
                      re.IGNORECASE)


def _campaigner(scene: Scene, t: Trigger) -> ForceMention | None:
    """The force whose campaign an agentless passive says took the town ("had been retaken
    after a week-long assault by Iraqi troops"), or whose entry the clause after it tells
    ("was retaken on May 19, when army units moved in")."""
    if (m := _CAMPAIGN_BY.match(scene.text, t.end)) is not None:
        return next((f for f in scene.forces if f.start == m.end() and not f.holder), None)
    if (m := _WHEN_OPENS.match(scene.text, t.end)) is not None:
        return next((f for f in scene.forces if f.start == m.end() and not f.holder
                     and _ENTERED.match(scene.text, f.end)), None)
    return None


def _colon_subject(scene: Scene, t: Trigger) -> ForceMention | None:
    """The subject of the clause a colon ends, for the passive past it that spells out what
    that clause told ("its forces rolled through the mining towns: P and Q were taken in
    September")."""
    colon = scene.text.rfind(":", 0, t.start)
    if colon < 0 or ";" in scene.text[colon:t.start]:
        return None
    named = [m for m in scene.forces if m.end <= colon and not m.holder and not m.possessive
             and not scene.oblique(m)]
    return named[-1] if named else None


def _story_actor(scene: Scene, t: Trigger, p: PlaceMention,
                 loser: ForceMention | None = None) -> ForceMention | None:
    """The story's actor for an agentless passive ("Sinjar had been liberated", "... from the
    invader"), unless the clause names any other force than the actor ("The recapture of
    Fallujah allowed the army to turn north" names its own), or dates a taking to another year with
    no loser ("Mosul was captured in 2014"; not "Qayyarah was retaken from the militants on 25
    August 2016", told in 2017, nor "Tikrit was recaptured at the end of March 2015"). If the
    sentence has just told the actor held the town
    ("Vovchansk had been occupied by Russian troops until September, when it was
    liberated"), its enemy in a war of two sides."""
    left, right = scene.clauses.bounds(t.start)
    actor = scene.actor or (scene.retaker if retakes(t.word) else None)
    if actor is None or (loser is None and not retakes(t.word)
                         and YEAR.search(scene.text, left, right)) or any(
            left <= m.start < right and m is not loser and m.force not in actor.candidates
            for m in scene.forces) or (
            loser is not None and loser.force in actor.candidates):
        return None
    first = next((q.start for q in scene.places if q.place.geonameid == p.place.geonameid),
                 p.start)
    # ... or that the actor had held it ("was retaken after six months of Russian occupation",
    # "was liberated after two and a half years under the Islamic State").
    # (Not the retaker's: it is the one force the story tells took towns back.)
    if actor is scene.actor and any(
            (first < m.start < t.start or m.kind == "holder" or (
                t.end <= m.start < t.end + 80 and _UNDER_RULE.search(scene.text, t.end, m.start)))
            and m.force in actor.candidates for m in scene.forces):
        enemy = other_side(scene.sides, actor.force) if scene.sides else None
        return ForceMention.unnamed((enemy,)) if enemy else None
    return actor


def retakes(word: str) -> bool:
    """Whether an event word tells a town taken back ("recaptured", "the liberation of")."""
    return word in _RETAKINGS or word in _RETAKING_NOUNS or word in _RETAKING_VERBS


def _speaking_side(scene: Scene, t: Trigger, loser: ForceMention | None
                   ) -> ForceMention | None:
    """The force that says a town was freed from its enemy ("Ukraine said P had been liberated
    from Russian occupiers", "..., Kyiv said") or just freed ("Russia's defence ministry said
    P had been liberated"): its own side took it back."""
    if loser is None and t.word not in _LIBERATIONS and t.word not in _STATEMENT_TAKINGS:
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
    if not said and (m := _STATEMENT_OF.search(scene.text, 0, t.start)) is not None:
        # "a statement from the Russian Ministry of Defence that Soledar had been liberated".
        said = [f for f in scene.forces if m.end() <= f.start < m.end() + 4 and not f.holder
                and (loser is None or f.force != loser.force)]
    return said[-1] if said else None


# Right before a force after the taking: the rule it ended ("after two years under the Islamic
# State", "from under Russian occupation").
_UNDER_RULE = re.compile(r"\bunder\s+(?:the\s+)?(?:(?:rule|control|occupation)\s+of\s+(?:the\s+)?)?"
                         r"$", re.IGNORECASE)
_STATEMENT_OF = re.compile(r"\b(?:statement|claim|announcement|report|briefing|communiqu[eé])\s+"
                           r"(?:from|by|of)\s+(?:the\s+)?", re.IGNORECASE)


def _holders_enemy(scene: Scene, p: PlaceMention) -> ForceMention | None:
    """In a war of two sides, the side that takes ``p`` from the one the story said held it
    ("the RSF seized Singa in June ... Singa was retaken on November 23")."""
    holder = scene.holders.get(p.place.geonameid)
    enemy = other_side(scene.sides, holder) if holder else None
    return ForceMention.unnamed((enemy,)) if enemy else None


_PAST_FALLS = frozenset({"fell", "fallen"})
_YIELDINGS = frozenset({"surrendered", "capitulated"})
# A timeline's line, headed by its date, tells the past in the present ("- Oct 26: Nyala
# falls", "June 2014 - Mosul falls"); the date has a day's number or a month's name ("• Sept
# 8:", "- September:"), then a colon or a dash.
_DATED_LINE = re.compile(r"\s*(?:[-–—•*]\s*)?[^:\n]{0,25}?(?:\d|(?-i:"
                         + "|".join(m[:3] for m in calendar.month_name[1:])
                         + r"))[^:\n]{0,12}?(?::|\s[-–—]\s)")
# A town's apposition in a timeline's line, before its participle.
_LINE_APPOSITION = re.compile(r",[^,;:]{1,70},\s*")
# What a force holds that an attack on it is on: "attacked ISF positions around Baiji".
_POSITIONS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:positions|lines|defen[cs]es|"
                              r"strongpoints|outposts)\b", re.IGNORECASE)
_RETAKING_NOUNS = word_set("events", "retaking_nouns")


# "the city's population has fallen to about 70,000": a number falls, not a town.
# "Russian troops had fallen back to defensive lines": a retreat, not a town's fall (as "the
# town fell back into army hands" is).
_FALL_BACK = re.compile(r"\s+back\b(?!\s+(?:into|under|in)\b)", re.IGNORECASE)
_FALL_TO_NUMBER = re.compile(r"\s+(?:to|by|from|below|under)\s+(?:(?:about|around|some|nearly|"
                             r"roughly|just|less\s+than|more\s+than|fewer\s+than)\s+)?[\d$€£]",
                             re.IGNORECASE)


def _line_participle(scene: Scene, t: Trigger) -> bool:
    """Whether ``t`` is a participle that ends a timeline's line right after its towns, a
    passive without its auxiliary ("• Sept 8: Balakliia and Shevchenkove liberated")."""
    # (Also past the town's own apposition: "- September: Novohrodivka, a mining town
    # south-east of Pokrovsk, captured".)
    return (is_past(t.word) and not scene.text[t.end:].strip(" .;") and any(
        p.target and (not scene.text[p.end:t.start].strip()
                      or _LINE_APPOSITION.fullmatch(scene.text, p.end, t.start))
        for p in scene.places) and _DATED_LINE.match(scene.text) is not None)


def _in_dated_line(scene: Scene, t: Trigger) -> bool:
    """Whether ``t`` is "falls" in a timeline's line, which tells the past in the present."""
    return t.word == "falls" and _DATED_LINE.match(scene.text) is not None


def fall(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """PLACE fell to AGENT; the fall of PLACE to AGENT (not "the fall of P is a blow to F")."""
    if _FALL_TO_NUMBER.match(scene.text, t.end) or _FALL_BACK.match(scene.text, t.end):
        return
    places, _ = scene.objects(t.end, frozenset({"of"}), limit=4)
    if places:
        agent = scene.force_after(places[-1].end, ("to",), limit=12) or scene.force_after(
            _past_aside(scene, places[-1].end), ("to",), limit=12)
    else:
        agent = scene.force_after(t.end, ("to", "under", "of"), limit=30)
        p = scene.place_before(t.start) or _it_before(scene, t.start) or _garrison_before(
            scene, t.start) or _headed_garrison(scene, t.start)
        if p is None and (dash := _CLOSING_DASH.search(scene.text, max(0, t.start - 6),
                                                       t.start)) is not None:
            # "four of Darfur's five state capitals — Nyala, Zalingei and El Geneina — fell":
            # the list the dashes set off is the subject.
            p = scene.place_before(dash.start())
        places = _subject_list(scene, p) if p else []
        if p is not None and t.word in _YIELDINGS and any(
                p.end <= m.start and m.end <= t.start and not m.holder
                and not PAUSES.search(scene.text, m.end, t.start) for m in scene.forces):
            return  # "In Kirkuk, dozens of ISIS fighters surrendered to the Peshmerga": men did
    if agent is None and places:
        agent = _gain_since(scene, places[0].start)  # "the biggest Russian gain since P fell"
    if agent is None and places and (t.word in _PAST_FALLS or cues()["ordinal_infinitive"].search(
            scene.text, max(0, t.start - 40), t.start) or _in_dated_line(scene, t)):
        # "Kherson fell on Wednesday", "became the first major city to fall": to the story's
        # actor (not "once the city falls"), else to the enemy of its holder.
        # A town of the occupied country falls to the occupier, whoever held it before.
        agent = _withdrawers_enemy(scene, t) or _occupiers_fall(scene, places[0]) or (
            _holders_enemy(scene, places[0])) or (
            _story_actor(scene, t, places[0])) or (
            _taker_before(scene) if _NEXT_TIME.match(scene.text, t.end)
            or _NEXT_TIME_OPENING.match(scene.text) else None) or (
            _garrisons_enemy(scene, t))
    # "Singa, the army's main base in the state, fell": the holder an apposition names lost it;
    # so did the force whose garrison fell ("the army's garrison in Zalingei also fell").
    keeper = _defender(scene, places[0]) or _garrison_owner(scene, places[0]) \
        if places and (t.word in _PAST_FALLS or _in_dated_line(scene, t)) else None
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


_CLOSING_DASH = re.compile(r"\s+(?:—|–|--)\s+$")
# A noun's "of" between a verb and a force: "following weeks of RSF attacks".
_NOUN_OF = re.compile(r"\b(?:days|weeks|months|years|hours)\s+of\b", re.IGNORECASE)
_RETAKINGS, _RETAKING_VERBS = word_set("events", "retaken"), word_set("events", "retaking_verbs")


def _liberator(scene: Scene, t: Trigger, p: PlaceMention) -> ForceMention | None:
    """In a war with an occupier, a town of the occupied country retaken or liberated with no
    taker named was retaken by the other side ("Kupiansk was retaken on 10 September")."""
    if scene.occupier and scene.sides and p.place.country_code in scene.occupied and (
            t.word in _RETAKINGS):
        other = other_side(scene.sides, scene.occupier)
        return ForceMention.unnamed((other,)) if other else None
    return None


# (No determiner between: "the RSF stormed the headquarters" is the RSF's deed, not its base.)
_GARRISON_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?!(?:the|a|an|its|their)\b)[\w-]+\s+){0,2}"
                             r"(?:garrison|base|division|headquarters)\b", re.IGNORECASE)


# The clause of a fall joined to the one before ("had withdrawn southward, and the city fell"),
# not one an aside holds ("ordered troops to leave, Kherson — it fell in March — is back").
_AND_THEN = re.compile(r",\s+and\s")
_ASIDE_MARKS = re.compile(r"[—–()]")


def _withdrawers_enemy(scene: Scene, t: Trigger) -> ForceMention | None:
    """In a war of two sides, a town that fell once one side withdrew fell to the other ("the
    army's First Infantry Division had withdrawn southward, and the city fell")."""
    if not scene.sides:
        return None
    for u in scene.triggers:
        if u.kind != "lose" or u.end > t.start:
            continue
        between = scene.text[u.end:t.start]
        if _AND_THEN.search(between) and not _ASIDE_MARKS.search(between) and (
                who := scene.subject(u.start)[0]) is not None:
            enemy = other_side(scene.sides, who.force)
            return ForceMention.unnamed((enemy,)) if enemy else None
    return None


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


_CLAUSE_AND = re.compile(r"[,;]\s*(?:and|but)$", re.IGNORECASE)


def _subject_list(scene: Scene, p: PlaceMention) -> list[PlaceMention]:
    """``p`` and the places coordinated before it when the list opens its clause ("Tal Kayf
    and Bartella fell to the militants"), not when it is a verb's object ("shelled Kharkiv
    and Izium fell")."""
    found = scene.coordinated(p, plural=True)
    left, _ = scene.clauses.bounds(found[0].start)
    # (A list's bullet is no word before it: "- Nyala, Zalingei and El Geneina fell".)
    before = scene.text[left:found[0].start].rstrip().lstrip(BULLET_MARKS)
    # ... also a clause coordinated after another ("..., and Selydove and Hirnyk fell"), and
    # a list its kind heads ("The towns of Rajo and Sheikh El-Hadid fell").
    return found if not before or before.endswith(",") or _CLAUSE_AND.search(before) or (
        _KIND_OPENING.search(before)) else [p]


_KIND_OPENING = re.compile(rf"(?:^|[,;]\s*)(?:(?:and|but|then)\s+)?{_KIND_NP}$", re.IGNORECASE)


def victory(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """AGENT declared victory (over LOSER) in PLACE. A victory nobody declares ("on the verge
    of victory") is no capture."""
    if not _CLAIMED.search(scene.text[max(0, t.start - 40):t.start]):
        return
    _, right = scene.clauses.bounds(t.start)
    places = [p for p in scene.places if p.target and t.end <= p.start < right]
    # (Not past a pause: "victory over ISIS in Tal Afar region, setting sights on Hawija".)
    if not places or len(words(scene.text[t.end:places[0].start])) > 14 or (
            "," in scene.text[t.end:places[0].start]):
        return
    place = places[0]
    agent, pen = scene.subject(t.start)
    loser = scene.force_after(t.end, ("over", "against"), limit=40)
    if agent:
        yield Finding("captured", agent, place, t, pen + 0.05)
    if loser:
        yield Finding("lost", loser, place, t, pen + 0.05)


# A flag after its raising verb ("raised the national flag", "raising Turkish and opposition
# flags"), or before it in a passive ("a Ukrainian flag was raised", "SAA flag raised").
_FLAG_AFTER = re.compile(r"\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w'’-]+\s+){0,4}?flags?\b",
                         re.IGNORECASE)
_FLAG_BEFORE = re.compile(r"\bflags?\s+(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been)"
                          r"\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
# Where the flag flies: over a building of the town, in its square, in front of its council.
_FLOWN = re.compile(r"\s*(?:over|above|atop|on|in|at|in\s+front\s+of|outside)\b[^;:.]{0,80}?$",
                    re.IGNORECASE)


def flag(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """AGENT raised its flag over (a building of) PLACE: it took the town. The agent is the
    verb's subject, or the force the flag is of ("a Ukrainian flag was raised over ...")."""
    after = _FLAG_AFTER.match(scene.text, t.end)
    before = None if after else _FLAG_BEFORE.search(scene.text, max(0, t.start - 40), t.start)
    if after is None and before is None:
        return  # "raised concerns", "hoisted by rising prices"
    start = after.end() if after else t.end
    _, right = scene.clauses.bounds(start)
    place = next((p for p in scene.places if p.target and start <= p.start < right
                  and _FLOWN.fullmatch(scene.text, start, p.start)), None)
    if place is None or _LANDMARK.search(scene.text, start, place.start):
        return  # "a flag over a hill near P" places the hill, not the town
    flag_at, flag_end = (after or before).span()
    # (The flag's own name may be the force's: "the Ukrainian flag was raised".)
    owner = next((m for m in scene.forces if m.start < flag_end and m.end >= flag_at - 2),
                 None)
    agent = (scene.force_after(t.end, ("by",)) or owner) if before else (
        owner or scene.subject(t.start)[0])
    # A bare "soldiers" or "troops" says whose flag it is no more than the flag does
    # ("soldiers raised the Ukrainian flag"), and "them" may stand for either side: a named
    # force raises it.
    if agent is not None and agent.kind not in ("group", "pronoun"):
        yield Finding("captured", agent, place, t, 0.1)


_BACKGROUND = (["following"], ["after"], ["since"], ["before"])
_TIMING_WORDS = frozenset({"following", "after"})
_APPOSITION_SET_OFF = re.compile(_SET_OFF_SPAN)


def _past_apposition(text: str, pos: int) -> int:
    """Where the text goes on past an apposition set off by commas at ``pos`` (``pos`` when
    none opens there)."""
    m = _APPOSITION_SET_OFF.match(text, pos)
    return m.end() - 1 if m else pos


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
        owner = _noun_owner(scene, t) if loser is None else None
        if owner is not None and scene.text.startswith(" from ", t.end) and (
                left := scene.objects(t.end, frozenset({"from"}), limit=5)[0]):
            # "Ukraine's withdrawal from Avdiivka on 17 February": the owner left it.
            for p in left:
                yield Finding("lost", owner, p, t, 0.1)
            return
        if owner is not None and word_before(
                scene.text, owner.start, grammar().determiners) in _TIMING_WORDS and (
                taking := _last_taking(scene, owner.start, ("take",))):
            # "entered Suluk after SDF withdrawal", "after the SDF's withdrawal": the owner
            # left the town the clause it times takes.
            for p in scene.objects(taking.end)[0]:
                yield Finding("lost", owner, p, t, 0.1)
            return
        if loser is None:
            return  # "Sudan army chief confirms withdrawal from P": nobody named withdrew
        if not places and word_before(scene.text, t.start, grammar().determiners) in (
                _TIMING_WORDS):
            # "took control of Kirkuk following the withdrawal of the army's 12th Division":
            # the town of the clause it times.
            places = _timed_town(scene, t)
        expeller = _noun_owner(scene, t) if t.word in word_set("events", "expelling_nouns") \
            else None
        for p in places:
            yield Finding("lost", loser, p, t, 0.1)
            if expeller is not None and expeller.force != loser.force:
                yield Finding("captured", expeller, p, t, 0.1)
        return
    # "the army's recapture earlier this month of Um Rawaba": a time may come first.
    # ... and the noun may stand in scare quotes: 'completed the "liberation" of Morek'.
    end = t.end + scene.text.startswith(('"', "”", "’", "'"), t.end)
    timed = _NOUN_TIME.match(scene.text, end)
    after = timed.end() if timed else end
    places, partitive = scene.objects(after, frozenset({"of"}), limit=5)
    gap = scene.text[after:places[0].start].strip().lower() if places else ""
    # "the capture of the 16th Infantry Division headquarters in Nyala": an army's base stands
    # for its town.
    command = gap.startswith("of ") and _COMMAND_IN.search(gap) is not None and _names_command(
        words(gap))
    owned = None
    # ("reported the capture of nearby Novobakhmutivka": the town's own modifiers may follow.)
    # ... and a list may name the towns of a counted object ("the capture of five more
    # villages, among them Lukiantsi").
    of = gap.endswith("of") or ((mods := _OF_MODIFIED.fullmatch(gap)) is not None and all(
        w in grammar().object_words for w in words(mods["mods"]))) or bool(
        _OF_COUNTED.fullmatch(gap))
    if not places or not (of or command):
        # "Soledar's capture by Russian forces", "Krasnohorivka, whose capture Moscow
        # announced": the town owns the noun.
        owned = _owning_town(scene, t)
        if owned is None:
            return
        places, partitive, command = [owned], False, False
    partitive = partitive and not command
    # "the RSF's capture of P", and "the SDF capture of P" (a name as a noun modifier).
    owner = [m] if (m := _noun_owner(scene, t)) is not None else []
    if not owner and word_before(scene.text, t.start) in _POSSESSIVE_PRONOUNS:
        # "follows its capture of P": the pronoun stands for the force named before it. A
        # capture told as background with no date of its own ("swept through the state
        # following its seizure of Wad Madani") is undated: no claim.
        # (Its date may follow the town's apposition: "since its capture of Bakhmut, 60km to
        # the north-east, last May".)
        if words(scene.text[max(0, t.start - 30):t.start])[-2:-1] in _BACKGROUND and not (
                _DATED_AFTER.match(scene.text, places[-1].end) or _DATED_AFTER.match(
                    scene.text, _past_apposition(scene.text, places[-1].end))):
            return
        # (Not a force named in an object before it: "the RSF's capture of the army base in
        # Nyala and its seizure of Zalingei".)
        owner = [m for m in scene.forces if m.end <= t.start and not m.holder
                 and not scene.oblique(m)] or (
            [scene.last_force] if scene.last_force else [])
    if t.word == "loss":
        # A town's own loss ("the city's loss results in") is its holder's, whom only one who
        # confirms it names ("Kyiv confirmed Bakhmut's loss").
        # ("said that the loss of Rawa marked the end of the caliphate": a loss opening the
        # reported clause is not the speaker's.)
        agent = owner[-1] if owner else scene.subject(t.start, fallback=True, strict=False)[0] \
            if (owned is None or _CLAIMED.search(scene.text[:owned.start])) and word_before(
                scene.text, t.start, grammar().determiners) != "that" else None
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
                scene.text, t.start) == "the" and (
                story := _story_actor(scene, t, places[-1])) is not None and not any(
                m.start > t.end and m.force not in story.candidates for m in scene.forces):
            # "The Fallujah victory follows the recapture of Hit in April": a retaking the
            # sentence names no other force for is the story actor's ("the recapture of
            # Fallujah allowed the army to turn north").
            agent = story
        if agent is None and t.word not in _RETAKING_NOUNS and (
                timed or any(_GAP_DATE.match(scene.text, p.end) for p in places)):
            # "The fall of Popasna in early May opened the road west": in a war with an
            # occupier, a town of the occupied country falls to the occupier. (Only when the
            # noun has its own date: "the fall of Avdiivka" undated is background; and each
            # side calls its own taking a "liberation".)
            agent = _occupiers_fall(scene, places[-1])
        event = "captured"
    # "the full liberation of Hajin, the largest town still held by ISIS": the holder the
    # apposition names lost it.
    keeper = _defender(scene, places[-1]) if event == "captured" and agent else None
    if agent and not partitive:
        for p in places:
            yield Finding(event, agent, p, t, 0.1)
            if keeper is not None and keeper.force != agent.force:
                yield Finding("lost", keeper, p, t, 0.1)


_OF_MODIFIED = re.compile(r"(?:.*\s)?of\s+(?P<mods>[a-z-]+(?:\s+[a-z-]+)?)")
_OF_COUNTED = re.compile(
    rf"of\s+(?:[\w-]+\s+){{0,3}}?(?:\d+|{'|'.join(map(re.escape, rules('clauses')['counts']))})"
    r"(?:\s+[a-z-]+){0,3}\s*,?\s*(?:including|among\s+them|such\s+as)")
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


def _noun_owner(scene: Scene, t: Trigger) -> ForceMention | None:
    """The force owning the noun ``t``: "the RSF's capture", "the SDF capture" (a name as a
    noun modifier)."""
    owner = [m for m in scene.forces if m.end <= t.start and (m.possessive or (
        m.kind == "alias" and not scene.text[m.end:t.start].strip()))
             and not words(scene.text[m.end:t.start].replace("'s", "").replace("’s", ""))]
    return owner[-1] if owner else None


def _timed_town(scene: Scene, t: Trigger) -> list[PlaceMention]:
    """The town the clause before a "following" or "after" phrase acts on: the last named, not
    one that only locates it ("entered Manbij, east of Aleppo, after the withdrawal")."""
    p = scene.named_before(t.start)
    return [p] if p is not None else []


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
    towns = _followers(scene, t)
    taker = _taker_before(scene) if towns else None
    for p in towns if taker is not None else ():
        yield Finding("captured", taker, p, t, 0.15)


def _followers(scene: Scene, t: Trigger) -> list[PlaceMention]:
    """The towns opening the clause of "followed" at ``t``, if they are the ones that followed
    ("Zalingei, El Geneina and Ed Daein followed within weeks")."""
    if words(scene.text[t.end:t.end + 4])[:1] == ["by"]:
        return []
    p = scene.place_before(t.start, oblique=False)
    if p is None or not _FOLLOWER_GAP.fullmatch(scene.text, p.end, t.start):
        return []
    towns = scene.coordinated(p, plural=True)
    first = towns[0]
    left, _ = scene.clauses.bounds(first.start)
    # ("..., and Fallujah followed": from the last comma, if the clause runs on past it.)
    left = max(left, *(scene.text.rfind(c, 0, first.start) + 1 for c in ",;"))
    if any(w not in grammar().adverbs and w not in _JOINING for w in words(
            scene.text[left:first.start])):
        return []  # "the offensive that took Izium followed": not the town's own clause
    return towns


_JOINING = frozenset({"and", "then", "while", "but"})
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
