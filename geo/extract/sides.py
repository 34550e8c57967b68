"""Implied changes: a town one side takes, the other side loses.

In a war of two sides (the lexicon's ``sides``: Russia and Ukraine, the army and the RSF) a
capture names its loser even when the sentence does not ("Russian forces captured Kherson":
Ukraine lost it), and a loss its taker ("the occupiers abandoned Izium": Ukraine took it).
In a war of many sides, a capture is the loss of whoever the story said held the town before
it ("ISIS had controlled Fallujah since January 2014 ... Iraqi forces retook Fallujah").
The implied change is added at a lower confidence, on the same evidence.
"""

from __future__ import annotations

from dataclasses import replace

from geo.claims import Claim, Event
from geo.forces import Alliances, allied


def other_side(sides: tuple[str, ...], force: str) -> str | None:
    """In a war of two ``sides``, the one ``force`` is not on (None if it is on neither)."""
    if len(sides) != 2 or force not in sides:
        return None
    return sides[1] if force == sides[0] else sides[0]


# What one side's change of a town means for the other.
_MIRROR: dict[Event, Event] = {"captured": "lost", "lost": "captured"}


def implied_changes(claims: list[Claim], sides: tuple[str, ...], penalty: float
                    ) -> list[Claim]:
    """``claims`` with, after each asserted capture by one side, the other side's loss of the
    place on that date, and after each loss the other side's capture, unless the article
    already asserts it (an order "to withdraw from P" leaves the loss still to come)."""
    if len(sides) != 2:
        return claims
    said = {(c.place.geonameid, c.force, c.event, c.date) for c in claims
            if c.modality == "asserted"}
    out: list[Claim] = []
    for c in claims:
        out.append(c)
        loser = other_side(sides, c.force)
        if c.event not in _MIRROR or c.modality != "asserted" or loser is None:
            continue
        if (c.place.geonameid, loser, _MIRROR[c.event], c.date) in said:
            continue
        said.add((c.place.geonameid, loser, _MIRROR[c.event], c.date))
        out.append(_implied(c, loser, _MIRROR[c.event], penalty))
    return out


def _implied(c: Claim, force: str, event: Event, penalty: float) -> Claim:
    """The change ``c`` implies for ``force``: on its evidence, naming no force of its own, at
    a lower confidence."""
    return replace(c, force=force, event=event,
                   confidence=max(0.05, round(c.confidence - penalty, 3)),
                   evidence=replace(c.evidence, force_span=None))


def holders_losses(claims: list[Claim], allies: Alliances, penalty: float) -> list[Claim]:
    """``claims`` with, after each asserted capture, the loss of the town by the force the
    story last said held or took it before that day, unless that force is the taker or its
    ally on that day (``allies``: each pair with the day it became rivals, if it did), or the
    article already says it lost the town then."""
    before: dict[int, list[Claim]] = {}
    for c in claims:
        if c.modality == "asserted" and c.event in ("held", "captured") and c.date is not None:
            before.setdefault(c.place.geonameid, []).append(c)
    said = {(c.place.geonameid, c.force, c.event, c.date) for c in claims}
    out: list[Claim] = []
    for c in claims:
        out.append(c)
        if c.event != "captured" or c.modality != "asserted" or c.date is None:
            continue
        earlier = [h for h in before.get(c.place.geonameid, ()) if h.date < c.date]
        if not earlier:
            continue
        holder = max(earlier, key=lambda h: h.date).force
        if holder == c.force or allied(allies, holder, c.force, c.date) or (
                c.place.geonameid, holder, "lost", c.date) in said:
            continue
        said.add((c.place.geonameid, holder, "lost", c.date))
        out.append(_implied(c, holder, "lost", penalty))
    return out
