"""What frames of several families share: passives, appositions that name a holder, allies,
left-behind towns, and the small phrase patterns they all read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from geo.extract.actors import ForceMention
from geo.extract.clauses import grammar, is_past, passive_before, word_before, words
from geo.extract.data import frame_words, word_set
from geo.extract.frames.scene import (
    _KIND_APPOSITION,
    _LANDMARK,
    _RELATIVE_AUX,
    Finding,
    Scene,
    Trigger,
)
from geo.extract.places import PlaceMention
from geo.extract.sides import other_side

# "P is now the group's last bastion", also after an apposition ("Rawa, a town further up the
# Euphrates, is now ...").
_COPULA = re.compile(r"^(?:\s*,[^,;]{0,60},)?\s*(?:is|was|remains|remained|became|has become|"
                     r"had become|had been|has been|is still|was still)\s+(?:(?:a|an|the)\s+)?"
                     r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# An apposition is a noun phrase, maybe after the day of the event ("into Sukhnah on Sunday,
# the last ..."): ", giving them control of the capital" or ", captured in 2014 by the" open
# clauses instead.
# ... also after the kind word that ends the town's name ("Sennar city, the army's main base").
_APPOSITION = re.compile(r"^\s*(?:(?:city|town)\s*)?(?:on\s+[A-Z][a-z]+(?:\s+\d+)?\s*)?,\s*"
                         r"(?![\w'’-]+(?:ing|ed)\s)(?:[\w'’-]+\s+){0,7}$")
_OWN_KIND = re.compile(_KIND_APPOSITION.pattern + "$", _KIND_APPOSITION.flags)
_NP_WORD = re.compile(r"[\w'’-]+")


def nominal_use(scene: Scene, t: Trigger) -> bool:
    """"the retaking of Raqqa", "its capture": a verb form used as a noun takes no subject."""
    end = scene.past_time(t.end)
    after = words(scene.text[end:end + 6])
    before = words(scene.text[max(0, t.start - 30):t.start])
    # A phrasal verb keeps its "of" ("pulled out of Lyman"); a possessive may stand before an
    # adjective ("the extremists' 10-month rule").
    return ((after[:1] == ["of"] and " " not in t.word)
            or (before[-1:] and before[-1] in ("the", "its", "their"))
            or scene.text[:t.start].rstrip().endswith(("'s", "’s"))
            or any(w.endswith("'") for w in before[-2:]))


def _it_before(scene: Scene, pos: int, verbs: frozenset[str] = _RELATIVE_AUX
               ) -> PlaceMention | None:
    """"seven months after it fell to IS", "but it remains in Ukrainian hands" (``verbs``
    between): a subject pronoun is the town named last."""
    if word_before(scene.text, pos, grammar().adverbs | verbs) != "it":
        return None
    return scene.named_before(pos)


def _occupied_side(scene: Scene, p: PlaceMention) -> ForceMention | None:
    """In a war with an occupier, the side whose country a town of the occupied country is."""
    if scene.occupier and scene.sides and p.place.country_code in scene.occupied:
        other = other_side(scene.sides, scene.occupier)
        return ForceMention.unnamed((other,)) if other else None
    return None


_PLURAL_AFTER = re.compile(r"[^,;.]{0,60},\s*(?:remain|are|were|have)\b", re.IGNORECASE)
_COPULA_NEXT = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:are|is|were|was|remain|remains)\s+(?=[A-Z])")


_WAS_HELD = re.compile(r"\s+(?:was|were)\s+(?:one\s+of\s+)?the\s+(?:last|final|only)\s+"
                       r"(?:[\w-]+\s+){0,8}$", re.IGNORECASE)


def _passive(scene: Scene, t: Trigger) -> Iterator[Finding]:
    """PLACE was <verb>ed by AGENT; P, one of the last towns held by AGENT."""
    # "near Donetsk, a city controlled by Russian forces": the town its own apposition names
    # is the participle's, after a preposition too.
    own = scene.place_before(t.start, _OWN_KIND, oblique=True)
    p = own or scene.place_before(t.start) or scene.place_before(t.start, _APPOSITION,
                                                                 oblique=True)
    if own is None and p is not None:
        p = landmark_head(scene, p)
    if own is None and p is not None and not passive_before(scene.text, t.start) and (
            _PREPOSITIONS.intersection(scene.gap_words(p.end, t.start))):
        # "fled Afrin to areas held by the YPG": a participle with no auxiliary tells of the
        # noun right before it, not of a town past a preposition.
        p = None
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
    if p and t.event == "held" and _WAS_HELD.match(scene.text, p.end, t.start):
        return  # "Hajin was one of the last towns held by ISIS": a state gone by
    if p and agent and not scene.partial(p):
        # "Kadugli and Dilling, held by the army, remain cut off": a plural verb after the
        # participle's aside makes each town its subject.
        towns = scene.coordinated(p, plural=True) if _PLURAL_AFTER.match(
            scene.text, t.end) else scene.subjects_before(p, t.start)
        for q in towns:
            # "which are held by opposition factions and HTS": by each.
            for a in _and_after(scene, agent) if agent.start >= 0 else [agent]:
                yield Finding(t.event, a, q, t)


def landmark_head(scene: Scene, p: PlaceMention) -> PlaceMention:
    """The town an apposition hangs on when ``p`` is only its landmark ("Avdiivka, a town just
    north of occupied Donetsk, had been held by Ukraine": Avdiivka); else ``p``."""
    if not _LANDMARK.search(scene.text, max(0, p.start - 30), p.start):
        return p
    heads = [q for q in scene.places if q.target and q.end < p.start
             and scene.text.startswith(",", q.end)]
    return heads[-1] if heads else p


_PREPOSITIONS = frozenset({"to", "towards", "toward", "for", "into", "from", "with"})
# An apposition set off by commas, a number's own comma aside: ", once home to 30,000 people,".
_SET_OFF_SPAN = r",(?:[^,;.]|(?<=\d)[,.](?=\d)){1,60},"
_IN, _OUT_OF = frozenset({"in", "inside"}), frozenset({"from", "out", "of"})
_LOSE_PREPS = _IN | _OUT_OF


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
_LED_BY = re.compile(r"\s*,?\s*(?:led|spearheaded|headed|commanded)\s+by\s+(?:the\s+)?",
                     re.IGNORECASE)


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
    if of and frame_words("stronghold").intersection(words(of.group("noun"))):
        # "Hajin, the last major urban stronghold of the Islamic State"
        owner = next((f for f in scene.forces if of.end() <= f.start <= of.end() + 4), None)
        if owner is not None:
            return owner
    held = [f for f in scene.forces if p.end < f.start < p.end + 50
            and _HELD_APPOSITION.fullmatch(scene.text, p.end, f.start) and (
                f.holder or frame_words("stronghold").intersection(
                    words(scene.text[f.end:f.end + 40])[:4]))]
    return held[0] if held else None


_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


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


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")
_MODIFYING_NEXT = re.compile(r"\s+(?:by|with)\b")


def _and_after(scene: Scene, owner: ForceMention) -> list[ForceMention]:
    """``owner`` and the forces coordinated after it: "in the hands of HTS and the National
    Liberation Front" are both holders."""
    return [owner, *(f for f in scene.forces if f.start > owner.end and f.force != owner.force
                     and owner in scene.conjuncts(f) and not _subject_of_next(scene, f))]


def _subject_of_next(scene: Scene, f: ForceMention) -> bool:
    """Whether a verb follows ``f``, whose "and" then joins clauses: "the week Mosul fell to
    the militants and the Iraqi army melted away"."""
    after = _WORD_AFTER.match(scene.text, f.end)
    # (Not a participle that modifies it: "armed groups affiliated with the FSA".)
    return after is not None and (is_past(low := after[1].lower())
                                  or low in grammar().auxiliaries) and (
        _MODIFYING_NEXT.match(scene.text, after.end()) is None)
