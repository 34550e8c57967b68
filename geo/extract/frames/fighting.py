"""Frames of fighting: a force fights for a town ("battle for", "shelling of"), or besieges
it, or is besieged in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from geo.extract.actors import ForceMention
from geo.extract.clauses import grammar, passive_before, word_before, words
from geo.extract.data import rules, word_set
from geo.extract.frames.common import _POSSESSIVE_PRONOUNS, _defender, _it_before, _passive
from geo.extract.frames.holding import _controlled, tells_holding
from geo.extract.frames.scene import (
    _COMPASS,
    _JOINTS,
    _LANDMARK,
    _NOUN_KINDS,
    _SIEGE_MAKER,
    _UNDER_SIEGE,
    Finding,
    Scene,
    Trigger,
)
from geo.extract.frames.taking import _garrison_before
from geo.extract.modality import modality
from geo.extract.places import PlaceMention
from geo.extract.sides import other_side

# From a passive's subject to its verb: "P, which has been (fought over)".
_FOUGHT_OVER = re.compile(r"(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+(?:region|province|oblast))?)?"
                          r"(?:,?\s*(?:which|that))?\s+(?:(?:has|have|had)\s+)?"
                          r"(?:been|was|were|is|are)\s+(?:\w+ly\s+)?", re.IGNORECASE)
_FIRED_FROM = re.compile(r"\bfrom\s+(?:where|which|there)\b", re.IGNORECASE)
# A force's post after it, and the town it is in: "the army's 22nd Division base in".
_POST_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:base|bases|positions|headquarters|"
                         r"garrison|barracks)\s+(?:in|at|inside|around|near|outside)\s+",
                         re.IGNORECASE)
_CLAUSE_MARKS = frozenset(",;:()")
# Where a fight between two sides took place, after its verb.
_WHERE_AFTER = re.compile(r"\b(?:in|around|near|inside|across)\s+(?=[A-Z]|the\s)")
_GOING_ON = re.compile(r"\s+(?:(?:meanwhile|reportedly)\s+)?"
                       r"(?:(?:is|was|has been|had been|were|are)\s+)?(?:(?:still|also|now)\s+)?"
                       r"(?:(?:going on|goes on|went on|continu(?:es|ed|ing)|rag(?:es|ed|ing)|"
                       r"under ?way|ongoing|(?:tak(?:es|ing|en)|took)\s+place|reported)\s+"
                       r"(?:in|inside|around|for|near|"
                       r"on\s+the\s+approaches\s+to|on\s+the\s+(?:outskirts|edges?)\s+of)"
                       # "fighting has reached the outskirts of Toretsk"
                       r"|(?:has\s+|have\s+)?reached\s+the\s+(?:outskirts|edges?|centre|center)\s+of"
                       # ... or is where it is: "the heaviest fighting appears to be around P"
                       r"|(?:(?:appears?|appeared|seems?|seemed)\s+to\s+be\s+|is\s+|was\s+|"
                       r"remains?\s+|remained\s+)(?:(?:centred|centered|concentrated|focused)\s+)?"
                       r"(?:in|inside|around|near|on\s+the\s+(?:outskirts|edges?)\s+of))"
                       r"\s+", re.IGNORECASE)
_CONTEST_PREPS = frozenset({"for", "of", "on", "toward", "towards", "into", "in", "around", "with",
                            "near", "against", "to", "over", "inside", "at", "within", "across",
                            "erupted", "erupts", "erupt", "raged", "rages", "raging", "continued",
                            "continues", "continue", "broke", "break", "breaks", "out", "flared",
                            "flare", "flares",
                            "intensified", "intensifies", "resumed", "resumes", "heavy", "fierce",
                            "way"})
_PAST_TOWN = re.compile(rf"\b{_COMPASS}\s+of\s+(?:[\w-]+-(?:held|controlled|occupied)\s+)?$",
                        re.IGNORECASE)
_STRUCK = word_set("events", "strikes_verbs")
_DEALS = word_set("events", "deals")
# "people who fled the fighting in Khartoum": a fight escaped, told as background.
# A fight denied or played down: "without a major fight", "with little fighting".
_NO_FIGHT = re.compile(r"\b(?:without|with\s+(?:little|no)|after\s+little)\s+"
                       r"(?:(?:a|any|much|major|real|serious|heavy)\s+)*$", re.IGNORECASE)
# A spell of fighting a deed came after: "after several days of fighting", "following weeks
# of heavy clashes", "after fierce battles with".
_AFTER_FIGHTS = re.compile(r"\b(?:after|following)\s+(?:(?:a|an|one|two|three|four|five|six|"
                           r"several|many|\d+|[\w-]+-long|days?|weeks?|months?|hours?|of)\s+)*"
                           r"(?:(?:heavy|fierce|intense|bitter|hard|street)\s+)*$", re.IGNORECASE)
_FLED = re.compile(r"\b(?:fled|flee|flees|fleeing|escaped|escaping|escape)\s+(?:the\s+)?$",
                   re.IGNORECASE)
_AIR_RAIDS = word_set("events", "air_raids")
# What tells air raids as support for another deed, or as a time.
_SUPPORT_BEFORE = re.compile(r"\b(?:backed|supported|covered|aided|helped|with|after|following|"
                             r"despite|amid|(?:hours|days|weeks|months)\s+of|relies\s+on|"
                             r"rely\s+on)\b(?:\s+[\w’'.-]+){0,5}?\s*$",
                             re.IGNORECASE)
_ATTACKS, _REPELS, _STRIKES, _FIRE, _BOMBARDMENTS = (word_set("events", k) for k in (
    "attacks", "repels", "strikes", "fire_nouns", "bombardments"))
_WORD = re.compile(r"\w+")
# Fire and air raids, which fight for the town they hit or harm people in.
_FIRE_OR_RAIDS = _FIRE | _AIR_RAIDS
# Between a fight's enemy and its place, also how it goes: "battled IS street by street in P".
_ENEMY_PREPS = _CONTEST_PREPS | word_set("events", "fight_manner")


# The parties of a two-sided war named together, as the subject of a fight.
_SIDES = (r"\b(?:the\s+two|both|the\s+warring|the\s+rival)\s+(?:sides|parties|forces|"
          r"factions)\s+")
_BOTH_SIDES = re.compile(_SIDES + r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_BOTH_SIDES_ANY = re.compile(_SIDES, re.IGNORECASE)
# "fighting between the two sides in El Fasher"
_BETWEEN_SIDES = re.compile(r"\s+between\s+" + _SIDES, re.IGNORECASE)


# "under Ukrainian control", "in army hands": a holder after a town, in its own clause.
_UNDER_CONTROL = re.compile(r"\s+(?:control|hands)\b")
_BY = re.compile(r"(?:\s+\w+ly)?\s+by\b", re.IGNORECASE)
_BY_PHRASE = re.compile(r"(?:\s*[\w'’-]+){0,4}")
_WEAPONS = _STRIKES | word_set("events", "weapons")
# The contest frame's words that fight only with what they fire ("fired rockets at").
_FIRINGS = frozenset(w for f in rules("events")["frame"] for w in f.get("fired", ()))
_FIGHTING_NOUNS = word_set("events", "fighting_nouns")
# Between a town and a fight it is the scene of ("Vovchansk, on the border, is the scene of
# heavy fighting between").
_SCENE_OF = re.compile(r"^(?:\s*,[^,;]{1,60},)?\s+(?:is|was|has\s+been|had\s+been|became|"
                       r"remains|remained)\s+(?:again\s+)?(?:the|a)\s+(?:[\w-]+\s+)?(?:scene|site)"
                       r"\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A line of a bulleted list ("• Near Raqqa, ...").
_BULLET_LINE = re.compile(r"\s*[•*·–-]\s")
_UNDER_BEFORE = re.compile(r"\b(?:under|in)\s+(?:the\s+)?$")
_OWNED_PART = re.compile(r"['’]s\s+(?:[\w-]+\s+)?([\w-]+)")


def _holders_enemy_fires(scene: Scene, t: Trigger, pos: int | None = None
                         ) -> Iterator[Finding]:
    """"Ukrainian-held Chasiv Yar was shelled overnight": in a war of two sides, fire on a town
    with no shooter named is the side's that does not hold it.
    ... or whose control the sentence puts it under before the fire ("Pokrovsk remains under
    Ukrainian control but is shelled daily"). ``pos``: where the fire's clause opens, when
    not at its noun ("came under heavy shelling")."""
    if not scene.sides or (p := scene.place_before(t.start if pos is None else pos)) is None:
        return
    holder = next((m.force for m in scene.forces if m.holder and m.end <= p.start
                   and not scene.text[m.end:p.start].strip()), None) or (
        d.force if (d := _defender(scene, p)) else scene.keepers.get(
            p.place.geonameid)) or next((
                m.force for m in scene.forces if p.end < m.start < t.start
                and _UNDER_CONTROL.match(scene.text, m.end)
                and _UNDER_BEFORE.search(scene.text, max(0, m.start - 14), m.start)), None)
    # ... else the side the story tells fires on towns, unless a shooter it does not know of
    # is named ("shelled by SPLM-N artillery"; "hit by guided aerial bombs" names none).
    by = _BY.match(scene.text, t.end)
    enemy = other_side(scene.sides, holder) if holder else (
        scene.shooter.force if scene.shooter and (by is None or _weapons_only(
            scene.text[by.end():by.end() + 40])) else None)
    if enemy:
        yield Finding("contested", ForceMention.unnamed((enemy,)), p, t, 0.15)


def _weapons_only(by_phrase: str) -> bool:
    """Whether the words after a fire's "by" name weapons and no one ("a guided bomb",
    "drones and missiles"), not a shooter ("SPLM-N artillery", "unknown gunmen")."""
    for w in _BY_PHRASE.match(by_phrase).group().split():  # type: ignore[union-attr]
        if w.lower() in _WEAPONS:
            return True
        if not w.islower():
            return False
    return False


# "are also shelling", "were again shelling": the noun of fire is a verb after its auxiliary.
_FIRING = re.compile(r"\b(?:is|are|was|were|been)\s+(?:(?:also|still|again|now|\w+ly)\s+)+$",
                     re.IGNORECASE)
# "intensified (its) heavy shelling of": a fire noun its clause's subject carries on.
_CONDUCTED = re.compile(
    rf"\b(?:{'|'.join(sorted(word_set('events', 'fire_conducts'), key=len, reverse=True))})"
    r"\s+(?:(?:the|its|their|heavy|intense|renewed|relentless|daily|nightly|artillery|"
    r"drone|rocket|mortar|aerial|air)\s+){0,3}$", re.IGNORECASE)
# "came under heavy artillery and glide bomb": fire with no subject of its own.
_CAME_UNDER = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,5}$",
                         re.IGNORECASE)


# Allies of an enemy, told without a force's name: "battling IS and allied tribesmen in P".
_ALLIES_AFTER = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:(?:its|their)\s+(?:[\w-]+\s+)?"
                           r"allies|allied\s+[\w-]+)\b", re.IGNORECASE)


def _enemies(scene: Scene, first: ForceMention) -> list[ForceMention]:
    """An enemy fought and the forces coordinated after it ("battling Turkish forces and
    Syrian rebels in P"), first named first."""
    joined = [f for f in scene.forces if f.start > first.start
              and scene.conjuncts(f)[0] is first]
    return scene.conjuncts(joined[-1]) if joined else [first]


def _past_allies(text: str, pos: int) -> int:
    """Where an enemy's phrase ends, past its unnamed allies ("IS and its allies")."""
    m = _ALLIES_AFTER.match(text, pos)
    return m.end() if m else pos


def both_sides(text: str) -> bool:
    """Whether a sentence names both sides of a war together ("the two sides")."""
    return _BOTH_SIDES_ANY.search(text) is not None


def contest(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """AGENT's battle for / offensive on / advance toward PLACE; clashes in PLACE.
    "IS was pushed out of P" and "pushed IS out of P" are expulsions, read by ``expel``."""
    # "fighting IS for Tadef", "battling IS in Mayadin", "battled the RSF street by street in
    # P": the object is the enemy, the place follows it, and the enemy is a party to the fight
    # too (the enemy "in" a town defends it).
    if t.word == "fighting" and _FIGHTING_NOUNS.intersection(
            words(scene.text[t.end:t.end + 12])[:1]):
        return  # "destroyed 14 fighting positions": no fight
    if t.word in _FIRINGS:
        # "fired dozens of rockets at P": the fire's object follows what it fired; "fired the
        # commander", "dropped its demand" fire nothing.
        fired = list(_WORD.finditer(scene.text, t.end, t.end + 60))[:6]
        last = next((m for m in reversed(fired) if m.group().lower() in _WEAPONS), None)
        if last is None:
            return
        t = replace(t, end=last.end())
    attack = t.word in _ATTACKS
    if attack and _STRIKES.intersection(words(scene.text[max(0, t.start - 25):t.start])[-2:]):
        return  # "a Russian drone attack on Kyiv" fights for no town
    if (attack or t.word in _FIRE or t.word in _BOMBARDMENTS) and (under := _CAME_UNDER.search(
            scene.text, max(0, t.start - 40), t.start)):
        # "Kurakhove has come under near-daily attack": the shooter named before the fire
        # ("under repeated Russian shelling"), else the holder's enemy.
        shooter = next((m for m in reversed(scene.forces) if under.start() <= m.start < t.start),
                       None)
        if shooter is None:
            yield from _holders_enemy_fires(scene, t, under.start())
        elif (p := scene.place_before(under.start())) is not None:
            yield Finding("contested", shooter, p, t, 0.1)
        return
    if t.word in _FIRE and scene.force_right_before(t.start) is None and scene.force_after(
            t.end, ("by",)) is None and word_before(
            scene.text, t.start) not in _POSSESSIVE_PRONOUNS and not _FIRING.search(
            scene.text, max(0, t.start - 40), t.start) and not _CONDUCTED.search(
            scene.text, max(0, t.start - 50), t.start):
        # "withdrew after weeks of shelling": whose fire, the noun alone does not say ("its
        # bombardment of El Fasher" is its subject's).
        if scene.shooter is None or passive_before(scene.text, t.start):
            return
        bare = True
    else:
        bare = False
    if t.word in _AIR_RAIDS and _SUPPORT_BEFORE.search(scene.text, max(0, t.start - 50),
                                                       t.start):
        return  # "fighters backed by US-led airstrikes", "after weeks of air strikes": support
    if _FLED.search(scene.text, max(0, t.start - 20), t.start):
        return  # "people who fled the fighting in Khartoum": background, no claim
    if _NO_FIGHT.search(scene.text, max(0, t.start - 30), t.start):
        return  # "was taken with little fighting", "left without a major fight": none
    if _AFTER_FIGHTS.search(scene.text, max(0, t.start - 50), t.start) and any(
            u.event == "captured" and u.end <= t.start for u in scene.triggers):
        # "captured Al-Dinder on October 23 after several days of fighting": the fight the
        # capture ended is told as its time, not as a claim of its own (unless it was fought
        # elsewhere: "recaptured Bara after fierce battles with the RSF north of El Obeid").
        _, right = scene.clauses.bounds(t.start)
        taken = {p.place.geonameid for p in scene.places if p.end <= t.start}
        if all(p.place.geonameid in taken for p in scene.places if t.end <= p.start < right):
            return
    if t.word in _STRUCK and (words(scene.text[t.end:t.end + 6])[:1] == ["with"]
                              or _DEALS.intersection(
                                  words(scene.text[max(0, t.start - 30):t.start])[-3:])):
        return  # "a deal struck with Damascus", "the SDF struck with the regime": no fire
    other = scene.force_right_after(t.end)
    mutual = word_set("events", "mutual")
    post = _POST_AFTER.match(scene.text, other.end) if other and t.word not in mutual else None
    if post is not None and (posted := scene.objects(post.end())[0]):
        # "has been shelling the army's 22nd Division base in Babanusa": the post's town.
        # An attack on it is fought by the post's force too, as "attacked SDF positions
        # around Tal Rifaat" is ("used the confusion to attack SDF positions around P").
        agent, pen = scene.subject(t.start)
        for p in posted if agent is not None and agent.force != other.force else ():
            yield Finding("contested", agent, p, t, pen)
            if attack:
                yield Finding("contested", other, p, t, pen + 0.05)
        return
    if passive_before(scene.text, t.start):
        if t.word in word_set("events", "bombardments"):
            fired = list(_passive(scene, t))
            yield from fired
            if not fired:
                yield from _holders_enemy_fires(scene, t)
        elif t.word in mutual and scene.sides and words(scene.text[t.end:t.end + 6])[:1] == [
                "over"] and (p := scene.antecedent(t.start, ("which", "that")) or (
                    q if (q := scene.place_before(t.start) or _it_before(scene, t.start))
                    and _FOUGHT_OVER.fullmatch(scene.text, q.end, t.start) else None)):
            # "Vovchansk has been fought over since May", "Marinka, which has been fought over":
            # in a war of two sides, by both.
            for f in scene.sides:
                yield Finding("contested", ForceMention.unnamed((f,)), p, t, 0.15)
        return
    if other and t.word not in mutual and not attack:
        return
    # "repelled an assault by HTS fighters on Souran": the attack's agent stands between it
    # and the town attacked.
    by = _BY.match(scene.text, t.end) if other is None and attack else None
    attacker = scene.force_right_after(by.end()) if by is not None else None
    enemies = _enemies(scene, other) if other else []
    if other:
        places = scene.objects(_past_allies(scene.text, enemies[-1].end), _ENEMY_PREPS,
                               limit=9, areas=True)[0]
    elif attacker:
        places = scene.objects(_past_allies(scene.text, attacker.end), _CONTEST_PREPS,
                               limit=7, areas=True)[0]
    else:
        places = scene.around(t, _CONTEST_PREPS, 7)
    if other and not places and (front := scene.fronted(t.start)) is not None:
        # "In Toretsk, Ukrainian soldiers are battling Russian assault groups street by
        # street": the scene the sentence opens with.
        places = scene.coordinated(front)
    if places and places[-1].end > t.end:
        # "37 attacks were repelled in the Pokrovsk direction, including near Selydove and
        # Vyshneve": the towns the list names are fought for too.
        places += [q for q in scene.included(places[-1].end, ranges=False) if q not in places]
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
    if not places and (pair or _BETWEEN_SIDES.match(scene.text, t.end)) and (
            scene_of := scene.place_before(t.start, _SCENE_OF)) is not None:
        # "Vovchansk is the scene of heavy fighting between Russian and Ukrainian forces".
        places = scene.coordinated(scene_of)
    if not places and not pair and (sides_named := _BETWEEN_SIDES.match(scene.text, t.end)):
        # "fighting between the two sides in El Fasher": the place follows the sides.
        places = scene.objects(sides_named.end(), _CONTEST_PREPS, limit=9, areas=True)[0]
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
    if not places and t.word in _FIRE_OR_RAIDS and (hit := _FIRE_HITS.match(scene.text, t.end)):
        # "Russian shelling on Monday hit the city of Sloviansk", "Russian air strikes hit Kafr
        # Nabl": the fire's town.
        places = scene.objects(hit.end())[0]
    if not places and t.word in _FIRE_OR_RAIDS and (harm := _FIRE_HARMS.match(scene.text, t.end)):
        # "Russian shelling killed three people in the southern city of Kherson": the town
        # of its victims.
        places = scene.objects(harm.end())[0]
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
    agent = attacker or scene.force_after(places[-1].end, ("by",))
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
                between = words(scene.text[t.end:p.start] + (owned.group(1) if owned else ""))
                # ... and when it was near the town ("repelled attacks near Synkivka"), also
                # named before the verb ("near Krasnohorivka, where Ukrainian troops repelled
                # attacks", "- Near Vuhledar, troops beat back attacks").
                if p.end <= repel.start():
                    between.append(word_before(scene.text, p.start))
                part = grammar().partitives.intersection(between) or \
                    grammar().vicinity.intersection(between)
                yield Finding("contested" if part else "held", defender, p, t, dpen)
        if agent is None and defender is not None and scene.sides:
            # "its troops had repelled 23 attacks near Bakhmut": in a war of two sides the
            # attacks came from the other.
            enemy = other_side(scene.sides, defender.force)
            agent = ForceMention.unnamed((enemy,)) if enemy else None
            pen = 0.15
        if agent is None:
            return  # by whom the attack came, the clause does not say
    if agent is None and bare:
        agent, pen = scene.shooter, 0.15
    if agent is None:
        agent, pen = scene.subject(t.start)
    if agent is None:
        # A battle with no named party in its clause: the nearest party named before it in
        # the sentence ("the SDF said the battle for Raqqa was underway"), not the object of
        # another verb ("pushed IS out of P as the offensive on Mosul ...").
        left_of = [m for m in scene.forces if m.end <= t.start and not scene.oblique(m)
                   and not m.holder and id(m) not in scene.consumed and not scene.label(m)
                   and not scene.aside_speaker(m)]
        agent, pen = (left_of[-1], 0.2) if left_of else (None, 0.0)
    if agent is None and t.word in _AIR_RAIDS and _BULLET_LINE.match(scene.text):
        # "• Near Raqqa, 13 strikes engaged ...": a bulleted list's strikes with no striker
        # named are its lead-in's striker's.
        agent, pen = scene.shooter, 0.15
    sides = scene.subjects(agent, t.start) if agent is not None else []
    if t.word in mutual and words(scene.text[t.end:t.end + 9])[:1] in (["with"], ["against"]):
        # "clashes with army units": the other side fights for the place too (a "campaign
        # against IS in Raqqa" is waged on its holder).
        other = scene.force_after(t.end, ("with", "against"), limit=30)
    for enemy in enemies or ([other] if other is not None else []):
        if enemy.kind == "pronoun" and agent is not None and enemy.force == agent.force:
            # "forces are fighting it around Deir ez-Zor": not the subject's own force.
            enemy = enemy.as_alternate()
        if enemy is not None and enemy not in sides:
            sides.append(enemy)
    # "the two sides continue to battle for the city"
    both = bool(scene.sides) and (_BOTH_SIDES.search(
        scene.text, scene.clauses.bounds(t.start)[0], t.start) is not None
        or _BETWEEN_SIDES.match(scene.text, t.end) is not None)
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
_FIRE_HARMS = re.compile(rf"(?:\s+[^,;.]{{0,30}}?)?\s+(?:{'|'.join(word_set('events', 'harms'))})"
                         r"\s+[^,;.]{0,60}?\bin\s+", re.IGNORECASE)
_DEFENDING_AGAINST = re.compile(r"\b(?:defen(?:d|ds|ded|ding)|hold|holds|held|holding)\b"
                                r"(?P<object>[^,;]{0,60}?)\bagainst\s+"
                                r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _defended(scene: Scene, t: Trigger) -> list[PlaceMention]:
    """The town defended against the attacks at ``t``: "defending Vuhledar against Russian
    assaults", "Baiji, which troops have been defending against IS attacks", "hold the city
    against RSF assaults"."""
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
    """"withdrew from Bakhmut after months of fighting": the fight was for the place the main
    clause names, by its subject (a capture's, see `contest`, is only the capture's time)."""
    m = _AFTER_SPELL.search(scene.text, max(0, t.start - 60), t.start)
    if m is None:
        return
    left, _ = scene.clauses.bounds(m.start() - 1) if m.start() else (0, 0)
    # (Not a town that only locates it: "took the base in Ardamata, on the north-eastern edge
    # of El Geneina, after two days of fighting".)
    named = [p for p in scene.places if p.target and left <= p.start and p.end <= m.start()
             and not _LANDMARK.search(scene.text, max(0, p.start - 40), p.start)]
    agent, pen = scene.subject(named[-1].start) if named else (None, 0.0)
    if agent is not None:
        yield Finding("contested", agent, named[-1], t, pen + 0.1)


_SIEGE_PREPS = frozenset({"in", "inside", "at", "by", "for", "years", "months", "weeks", "days",
                          "enclave", "pocket", "imposed", "on", "of", "within", "blocks",
                          "handful", "few"}) | grammar().partitives
# "broke the siege", "had broken a paramilitary siege", "lifted the months-long RSF siege":
# the verb, then up to three words (blanked mentions among them) before the noun.
_SIEGE_BREAKING = re.compile(
    rf"\b(?:{'|'.join(sorted(word_set('events', 'siege_breakers')))})\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# A breaking verb's object owned by its subject: "end its siege".
_OWN_SIEGE = re.compile(r"\s(?:its|their)\s", re.IGNORECASE)
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
    kept = _kept_under_siege(scene, t) if not places and t.word in SIEGE_NOUNS else None
    if kept is not None:
        # "the RSF has kept El Fasher under siege since May": the keeper besieges the town.
        imposer = scene.subject(kept[1])[0]
        victim = _defender(scene, kept[0]) or (
            _other_side(scene, imposer) if imposer is not None else None)
        if victim is not None:
            yield Finding("besieged", victim, kept[0], t)
        if imposer is not None:
            yield Finding("contested", imposer, kept[0], t, 0.05)
        return
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
        if broken and _OWN_SIEGE.search(broken.group()):
            # "demanded that the RSF end its siege of P": the subject's own siege, which it
            # still lays.
            broken = None
        if broken and modality(scene.text[scene.clauses.bounds(broken.start())[0]:
                                          broken.start()], False) == ("asserted", False):
            # Only a siege broken: "close to breaking", "trying to break" leave it standing.
            yield from _broken_siege(scene, t, broken.start(), places, imposer)
            return
        held_by = [m for m in scene.forces if m.holder and m.end <= places[0].start
                   and not words(scene.text[m.end:places[0].start])[2:]]
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
        if held_by and (imposer is None or held_by[-1].force != imposer.force):
            # "Rebel-held eastern Aleppo was under siege by government forces", "maintained
            # its siege on ISIS-held Fallujah".
            for p in places:
                yield Finding("besieged", held_by[-1], p, t)
                if imposer is not None:
                    yield Finding("contested", imposer, p, t, 0.05)
            return
        victims = [m for m in scene.forces if imposer is None or m.force != imposer.force]
        # "El Fasher, held by the army, remains under siege": the holder the town's aside
        # names is inside.
        victims = [m for m in victims if m.end <= t.start and (not scene.oblique(m) or (
            _HELD_BY_ASIDE.search(scene.text, max(0, m.start - 30), m.start)
            and _ASIDE_END.match(scene.text, m.end)))]
        # The subject of another verb before the town is the one that fights, not the one
        # inside: "The RSF overran Zamzam camp this week, and El Fasher remains under siege".
        acting = [m for m in victims if any(
            u is not t and m.end <= u.start < places[0].start and u.kind not in _NOUN_KINDS
            and u.event != "held" for u in scene.triggers)]
        victims = [m for m in victims if m not in acting]
        victim = victims[-1] if victims else None
        if imposer is None and victim is None and acting:
            imposer = acting[-1]
    else:
        victim = scene.force_right_after(t.end) or _perfect_object(scene, t)
        imposer = None
        if word_before(scene.text, t.start, grammar().determiners) in _INSIDE or (
                _OUT_OF.search(scene.text, max(0, t.start - 24), t.start)):
            # "holds out in besieged Babanusa": an adjective; whoever is in the town is
            # besieged, and the clause names no besieger.
            # ... as is whoever leaves it ("pulls troops out of besieged Vuhledar").
            victim = scene.subject(t.start, fallback=False)[0]
        elif victim is not None:
            imposer, _ = scene.subject(t.start)
            if imposer is not None and imposer.force == victim.force and (
                    victim.start > places[-1].end):
                # "The RSF has besieged El Fasher, and its fighters shelled the city": the
                # besieger's own men after the town act again; the town's holder is inside.
                victim = _defender(scene, places[-1])
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


# "has kept El Fasher (, the army's last foothold,) under siege": a verb of keeping, its town,
# "under" and the siege noun.
_KEPT = re.compile(r"\b(?:kept|keep|keeps|keeping|placed|place|places|placing|put|puts|putting)"
                   r"\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town)\s+of\s+)?$", re.IGNORECASE)
_UNDER_BEFORE_SIEGE = re.compile(r"(?:\s*,[^,;]{1,80},)?\s+under\s+(?:a\s+|an\s+)?"
                                 r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _kept_under_siege(scene: Scene, t: Trigger) -> tuple[PlaceMention, int] | None:
    """The town a verb of keeping holds "under siege" (``t``), and where that verb stands."""
    before = [p for p in scene.places if p.target and p.end <= t.start]
    if not before or _UNDER_BEFORE_SIEGE.fullmatch(scene.text, before[-1].end, t.start) is None:
        return None
    p = before[-1]
    verb = _KEPT.search(scene.text, max(0, p.start - 40), p.start)
    return (p, verb.start()) if verb is not None else None


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
    """"its troops had broken a paramilitary siege of P": the breaker was besieged in P until
    that day (that it holds P from then on, the sentence does not say); the besieger (named
    between the verb and the noun, or after "by") fought for it."""
    breaker = scene.subject(verb)[0]
    if imposer is None:
        named = [m for m in scene.forces if verb <= m.start and m.end <= t.start]
        imposer = named[-1] if named else None
    for p in places:
        if breaker is not None and (imposer is None or breaker.force != imposer.force):
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
_KIND_GAP = re.compile(r"\s*,\s*(?:(?:an?|the|two|three|both)\s+)?(?:[\w'’-]+\s+){0,3}?"
                       r"(?:town|towns|city|cities|village|villages)"
                       r"(?:\s+(?:in|of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
                       r"\s+$", re.IGNORECASE)
# "besieged by", also past a time ("besieged for months by").
_SIEGED_BY = re.compile(r"(?:\s+(?:for|since)\s+[^,;]{1,20}?)?\s+by\b", re.IGNORECASE)


def _passive_siege(scene: Scene, t: Trigger) -> list[Finding]:
    """"the army-held towns of Kadugli and Dilling in South Kordofan have been encircled for
    months by the RSF", "Mariupol is encircled, ... accusing Russian forces of shelling": the
    towns opening the clause are besieged, with their holder (or, in a war of two sides, the
    side the besieger is not on) inside."""
    if not passive_before(scene.text, t.start):
        # "Kadugli, encircled by the RSF for a year, runs out of food", "in the city,
        # besieged by the RSF since May": a participle set off after the town.
        # ... or after the town's kind ("Kadugli and Dilling, army-held towns in South
        # Kordofan besieged for months by the RSF").
        by = _SIEGED_BY.match(scene.text, t.end) is not None
        p = scene.place_before(t.start, _COMMA_GAP, oblique=True) if by else None
        kind = scene.place_before(t.start, _KIND_GAP, oblique=True) if by and p is None else None
        towns = [p] if p is not None else scene.listed_with(kind, t.start) if kind else []
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
    # "Kadugli and Dilling, two army-held towns, have been encircled": also in their aside;
    # and a garrison there ("the government garrison in Deir al-Zour, which has been
    # surrounded by IS").
    # ... or the holder its own verb names ("Fallujah has been held by ISIL since 2014 and is
    # now surrounded by Iraqi forces").
    holders = [m for m in scene.forces if (m.holder or tells_holding(m) or _GARRISON_AFTER.match(
        scene.text, m.end) or _HELD_BY.search(scene.text, max(0, m.start - 30), m.start)) and (
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


_HELD_BY = re.compile(r"\b(?:held|controlled|occupied)\s+(?:\w+ly\s+)?by\s+(?:the\s+)?$",
                      re.IGNORECASE)
# A force's garrison: "the regime's garrison", "government garrisons".
_GARRISON_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{'|'.join(word_set('events', 'garrisons'))})\b",
                             re.IGNORECASE)
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


_PERFECT = frozenset({"has", "have", "had"})
_INSIDE = frozenset({"in", "inside", "within"})
_OUT_OF = re.compile(r"\b(?:out\s+of|from)\s+(?:the\s+)?$", re.IGNORECASE)


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
