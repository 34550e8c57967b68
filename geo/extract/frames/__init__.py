"""Event frames: where the force and the place stand around a trigger word.

Each frame kind of ``events.toml`` has one function in this package, in the module of its
family: ``taking`` (take, fall, nominal, victory, follow), ``losing`` (lose, expel),
``holding`` (hold, stronghold, control, hyphenated holders, garrisons) and ``fighting``
(contest, fire, siege). A frame reads one sentence (a ``Scene``, in ``scene``) around one
trigger and returns ``Finding``s: force mention, place mention, event. ``common`` holds what
frames of several families share; ``passes`` the readings of a whole sentence's findings
together (gapped lists, towns that follow a capture, entries that secure a town).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

from geo.claims import Event
from geo.extract.data import rules, word_set
from geo.extract.folding import fold
from geo.extract.frames.common import nominal_use
from geo.extract.frames.fighting import SIEGE_NOUNS, both_sides, contest, fire, siege
from geo.extract.frames.holding import (
    control,
    divided,
    garrison,
    hold,
    holder,
    stronghold,
    tells_holding,
)
from geo.extract.frames.losing import TIMING, expel, lose, withdrawal
from geo.extract.frames.passes import (
    _as_does,
    _entries,
    _fight_before,
    _gapped,
    _holder_besieged,
    _named_taker,
    _next_in_line,
    _replaced,
    _since_taken,
)
from geo.extract.frames.scene import Finding, Scene, Trigger
from geo.extract.frames.taking import fall, flag, follow, nominal, retakes, take, victory
from geo.extract.places import PlaceMention
from geo.extract.starts import first_word, matches
from geo.extract.trie import trie_pattern

Frame = Callable[[Scene, Trigger], Iterator[Finding]]


FRAMES: dict[str, Frame] = {
    "take": take, "fall": fall, "lose": lose, "expel": expel, "hold": hold, "contest": contest,
    "siege": siege, "stronghold": stronghold, "control": control, "fire": fire,
    "victory": victory, "nominal": nominal, "follow": follow, "flag": flag, "divided": divided,
}


@cache
def _trigger_index() -> tuple[re.Pattern[str], dict[str, list[tuple[str, Event]]]]:
    index: dict[str, list[tuple[str, Event]]] = {}
    for frame in rules("events")["frame"]:
        if frame["kind"] not in FRAMES:
            raise ValueError(f"events.toml: unknown frame kind {frame['kind']!r}")
        for w in frame["words"] + frame.get("fired", []):
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


_INSIDE_NAME = re.compile(r"\b(?-i:[A-Z])[\w'’-]+\s+$")
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z])")


def read_scene(scene: Scene, found_triggers: list[Trigger]) -> list[Finding]:
    """Every frame reading of one sentence, given its ``triggers``."""
    found: list[Finding] = []
    # "since March": a month, not a march, when capitalised inside the sentence.
    # ... and no word of an office's name: "the Joint Operations Command".
    scene.triggers = [t for t in found_triggers if not (
        t.start and scene.text[t.start].isupper() and (
            t.word in word_set("events", "lowercase_only") or (
                t.word in word_set("events", "name_parts") and _INSIDE_NAME.search(
                    scene.text, max(0, t.start - 30), t.start) and _NAME_AFTER.match(
                    scene.text, t.end))))]
    for t in scene.triggers:
        found.extend(FRAMES[t.kind](scene, t))
    for m in scene.forces:
        if m.holder:
            found.extend(holder(scene, m))
        else:
            found.extend(garrison(scene, m))
    return _paired(_holder_besieged(_since_taken(_fight_before(_entries(_named_taker(_next_in_line(
        _gapped(_replaced(_as_does(found, scene), scene), scene), scene)), scene), scene), scene)),
        scene)


def _paired(found: list[Finding], scene: Scene) -> list[Finding]:
    """Towns that share one span ("both cities" for the two named before) share its readings:
    a frame reads the first place at a span only."""
    spans: dict[tuple[int, int], list[PlaceMention]] = {}
    for p in scene.places:
        spans.setdefault((p.start, p.end), []).append(p)
    if all(len(ps) == 1 for ps in spans.values()):
        return found
    out = []
    for f in found:
        out.append(f)
        out += [replace(f, place=q) for q in spans.get((f.place.start, f.place.end), ())
                if q is not f.place]
    return out


__all__ = [
    "FRAMES",
    "SIEGE_NOUNS",
    "TIMING",
    "Finding",
    "Frame",
    "Scene",
    "Trigger",
    "both_sides",
    "nominal_use",
    "read_scene",
    "retakes",
    "tells_holding",
    "trigger_first_words",
    "triggers",
    "withdrawal",
]
