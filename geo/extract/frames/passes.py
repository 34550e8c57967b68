"""Readings of a whole sentence's findings together: a taker named once for several towns,
towns gapped after a dated verb, towns "next in line", "as it does", entries that secure a
town, a holding "since its capture" and the holder inside a siege.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.extract.clauses import passive_before, words
from geo.extract.data import rules, word_set
from geo.extract.frames.common import _LOSE_PREPS
from geo.extract.frames.fighting import _AIR_RAIDS, _FIRE, _PERFECT
from geo.extract.frames.scene import Finding, Scene, Trigger
from geo.extract.frames.taking import _GAP_DATE, _NEXT_TIME, _RETAKINGS, _UNITS_LATER, _followers
from geo.extract.places import LIST_JOINT
from geo.extract.trie import initials, trie_pattern

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
        if t.kind == "follow" and not any(f.trigger is t for f in found):
            out += [Finding("captured", taker, p, t, 0.15) for p in _followers(scene, t)]
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


# Another force in the place of the one that left: "federal troops and PMF units took their
# place", "were replaced by the Federal Police".
_TOOK_PLACE = re.compile(r"\b(?:took|take|takes|taking)\s+(?:over\s+)?(?:their|its)\s+places?\b|"
                         r"\breplaced\s+(?:them|it)\b", re.IGNORECASE)
_REPLACED_BY = re.compile(r"\b(?:were|was|been)\s+replaced(?=\s+by\b)", re.IGNORECASE)


def _replaced(found: list[Finding], scene: Scene) -> list[Finding]:
    """``found`` with the towns a force left taken by the force the sentence puts in its
    place: "the peshmerga pulled out of Sinjar and Khanaqin, and federal troops took their
    place"; "Peshmerga units withdrew from Khanaqin and were replaced by the Federal Police"."""
    left = [f for f in found if f.event == "lost"]
    if not left:
        return found  # most sentences leave nothing
    takers = [(m.start(), scene.subject(m.start(), fallback=False)[0])
              for m in _TOOK_PLACE.finditer(scene.text)]
    takers += [(m.start(), scene.force_after(m.end(), ("by",)))
               for m in _REPLACED_BY.finditer(scene.text)]
    extra = [Finding("captured", taker, f.place, f.trigger, f.penalty + 0.1)
             for at, taker in takers if taker is not None
             for f in left if f.trigger.end <= at and taker.force != f.force.force]
    return found + extra if extra else found


# A town with its own date after the verb, the verb left out: "Melitopol was occupied on 25
# February, Berdiansk on 27 February and Enerhodar on 4 March"; "Rajo fell on 3 March and
# Jindayris, the district's second town, on 8 March".
_GAP_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+|then\s+)?|and\s+(?:then\s+)?)$")


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
                      # ... maybe past the towns' kind ("as have the South Kordofan cities of")
                      r"(?:[\w-]+\s+){0,3}(?:(?:[\w-]+\s+){0,2}(?:towns|cities|villages)\s+of\s+)?$",
                      re.IGNORECASE)
_ANY_EVENT = ("captured", "lost", "held", "besieged", "contested")


def _as_does(found: list[Finding], scene: Scene) -> list[Finding]:
    """``found`` with, for each town after "as does", the findings of the town before it."""
    if " as " not in scene.text and " so " not in scene.text:
        return found  # most sentences: no such ellipsis
    extra: list[Finding] = []
    last = None  # the town an "as does" named last, which the towns listed after it join
    for q in scene.places:
        if not q.target:
            continue
        m = _AS_DOES.search(scene.text, max(0, q.start - 60), q.start)
        if m is None and last is not None and LIST_JOINT.fullmatch(scene.text, last[0].end,
                                                                   q.start):
            m = last[1]  # "as have Kadugli and Dilling"
        if m is None:
            last = None
            continue
        last = (q, m)
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
                           r"(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
_TO_ENTER = re.compile(r"\bto\s+$", re.IGNORECASE)
# ... or someone else holding out in the town after it ("where Ukrainian troops are dug in"),
# not a hold the entry ended ("which the factions had controlled since 2012").
_DEFENCES = frozenset({"held", "besieged"})
# Movements of the entering force, no resistance: "entered the city, reaching the command".
_MOVES = word_set("events", "entry_moves")
# (Not past a relative clause: "entered Chasiv Yar, a town near Bakhmut where Ukrainian
# troops are dug in" tells who still holds it.)
_APPOSED_STATE = re.compile(r"\s*,\s*(?:the|a|an)\s(?:(?!\b(?:where|which|that|who)\b)[^,;])*$",
                            re.IGNORECASE)
# ... also of a state ("a town that had been in opposition hands since 2014").
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?(?:(?:in|under)\s+(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,2})?$", re.IGNORECASE)
# The campaign an entry was part of is no resistance to it: "the first sizeable town to be
# recaptured in the offensive".
_CAMPAIGNS = word_set("events", "campaign_nouns")
_IN_CAMPAIGN = re.compile(r"\b(?:in|during|of)\s+(?:the|its|their|this|that|a|an)\s+"
                          r"(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# ... or of one the entry came after ("eight months after the city was occupied").
_HELD_BEFORE = re.compile(r"\b(?:after|since)\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|had\s+been)\s+"
                          r"(?:\w+ly\s+)?$", re.IGNORECASE)
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
    # Fire ("withdrew under heavy bombardment", "after weeks of air strikes") opposes no entry.
    # (A holding the entered town's apposition tells is the state the entry ended: "entered
    # Rawa, the last town in Iraq still held by ISIS".)
    entered = [f.place for f in found if f.trigger.word in entries]
    # (Only a defence of the town entered: "entered Manbij ... and have deployed in Kobani".)
    entered_ids = {p.place.geonameid for p in entered}

    def elsewhere(t: Trigger) -> bool:
        # A fight for another town is no resistance to the entry ("entered Singa, and shells
        # began to fall on Sennar").
        right = scene.clauses.bounds(t.start)[1]
        after = next((p for p in scene.places if t.end <= p.start < right and p.target), None)
        # (Not "the town's eastern districts": the town entered.)
        return after is not None and not after.anaphor and (
            after.place.geonameid not in entered_ids)

    opposed = any(t.event == "contested" and t.word not in entries and t.word not in _FIRE
                  and t.word not in _AIR_RAIDS and not elsewhere(t)
                  and not (t.word in _CAMPAIGNS and _IN_CAMPAIGN.search(
                      scene.text, max(0, t.start - 30), t.start))
                  and (t.word not in _MOVES or passive_before(scene.text, t.start)
                       or words(scene.text[t.end:t.end + 4])[:1] == ["by"]) and t.start > entry
                  and not _FIGHT_BEFORE.search(scene.text, max(0, t.start - 40), t.start)
                  for t in scene.triggers) or any(
        f.event in _DEFENCES and f.trigger.start > entry and f.trigger.word not in entries
        and f.force.force not in entrants and f.place.place.geonameid in entered_ids
        and not _PAST_PERFECT.search(scene.text, max(0, f.trigger.start - 50), f.trigger.start)
        and not _HELD_BEFORE.search(scene.text, max(0, f.trigger.start - 50), f.trigger.start)
        and not any(p.end <= f.trigger.start and _APPOSED_STATE.match(
            scene.text, p.end, f.trigger.start) for p in entered)
        for f in found)

    def made_good(f: Finding) -> bool:
        tried = _TO_ENTER.search(scene.text, max(0, f.trigger.start - 4), f.trigger.start)
        return withdrawn or not (opposed or tried) or any(
            g == f.place.place.geonameid and force != f.force.force for g, force in left)

    def relief(f: Finding) -> bool:
        return scene.keepers.get(f.place.place.geonameid) == f.force.force

    # (An entry into part of a town, "entered the northern outskirts of P", "P's eastern
    # districts" or "eastern P", stays a fight.)
    return [f if f.trigger.word not in entries else replace(f, event="held") if relief(f)
            else replace(f, event="captured") if made_good(f) and not (
                f.event == "contested" and (scene.partial(f.place) or scene.side_of(f.place)))
            else f for f in found]


# "after nearly three weeks of fighting", "following a months-long battle": a fight told as
# what led to the change before it.
_FOUGHT_BEFORE = re.compile(r"\b(?:after|following)\s+(?:(?:nearly|almost|more\s+than|over|some|"
                            r"about|a\s+few|several|many|two|three|four|five|six|\d+|a|an|the)\s+)*"
                            r"(?:(?:days?|weeks?|months?|years?)\s+of\s+)?(?:[\w-]+\s+){0,2}$",
                            re.IGNORECASE)


def _fight_before(found: list[Finding], scene: Scene) -> list[Finding]:
    """``found`` without the fight a taking of a town told before it led to ("The army retook
    Palmyra last Sunday after nearly three weeks of fighting"): the taking is the claim."""
    # (A withdrawal after a long fight was also a fight: only a taking's fight is its time.)
    changed = [f for f in found if f.event == "captured"]
    if not changed:
        return found  # most sentences take nothing
    return [f for f in found if not (
        f.event == "contested" and _FOUGHT_BEFORE.search(
            scene.text, max(0, f.trigger.start - 50), f.trigger.start)
        and any(g.place.place.geonameid == f.place.place.geonameid
                and g.trigger.start < f.trigger.start for g in changed))]


# "... since its capture in December 2023": the holding began with the town's taking.
_SINCE_ITS = re.compile(r"\bsince\s+(?:its|their)\s+$", re.IGNORECASE)


def _since_taken(found: list[Finding], scene: Scene) -> list[Finding]:
    """``found`` with the taking a holding dates itself from ("Wad Madani has been under RSF
    control since its capture in December 2023"): by the holder, when the town's taking has
    no reading of its own."""
    out = list(found)
    for t in scene.triggers:
        if t.kind != "nominal" or t.event != "captured" or any(f.trigger is t for f in found) \
                or not _SINCE_ITS.search(scene.text, max(0, t.start - 12), t.start):
            continue
        held = [f for f in found if f.event == "held" and f.trigger.end <= t.start
                and f.place.end <= t.start]
        if held:
            out.append(Finding("captured", held[-1].force, held[-1].place, t, 0.1))
    return out


def _holder_besieged(found: list[Finding]) -> list[Finding]:
    """``found`` with the holder of a town it tells besieged by another force besieged inside
    it ("IS still holds Fallujah, which has been encircled by Iraqi troops"), when no frame
    named who is inside."""
    sieges = [f for f in found if f.trigger.kind == "siege" and f.event == "contested"]
    if not sieges:
        return found  # most sentences tell no siege
    inside = {f.place.place.geonameid for f in found if f.event == "besieged"}
    out = list(found)
    for siege in sieges:
        town = siege.place.place.geonameid
        holder = next((f for f in found if f.event == "held" and town not in inside
                       and f.place.place.geonameid == town
                       and siege.force.force not in f.force.candidates), None)
        if holder is not None:
            out.append(Finding("besieged", holder.force, holder.place, siege.trigger, 0.1))
            inside.add(town)
    return out
