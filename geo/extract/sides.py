"""Two-sided wars: a town one side takes, the other side loses.

In a war of two sides (the lexicon's ``sides``: Russia and Ukraine, the army and the RSF) a
capture names its loser even when the sentence does not ("Russian forces captured Kherson":
Ukraine lost it). The loss is added at a lower confidence, on the same evidence.
"""

from __future__ import annotations

from dataclasses import replace

from geo.claims import Claim


def other_side(sides: tuple[str, ...], force: str) -> str | None:
    """In a war of two ``sides``, the one ``force`` is not on (None if it is on neither)."""
    if len(sides) != 2 or force not in sides:
        return None
    return sides[1] if force == sides[0] else sides[0]


def implied_losses(claims: list[Claim], sides: tuple[str, ...], penalty: float) -> list[Claim]:
    """``claims`` with, after each asserted capture by one side, the other side's loss of the
    place on that date, unless the article already says so."""
    if len(sides) != 2:
        return claims
    said = {(c.place.geonameid, c.force, c.date) for c in claims if c.event == "lost"}
    out: list[Claim] = []
    for c in claims:
        out.append(c)
        loser = other_side(sides, c.force)
        if c.event != "captured" or c.modality != "asserted" or loser is None:
            continue
        if (c.place.geonameid, loser, c.date) in said:
            continue
        said.add((c.place.geonameid, loser, c.date))
        out.append(replace(c, force=loser, event="lost",
                           confidence=max(0.05, round(c.confidence - penalty, 3)),
                           evidence=replace(c.evidence, force_span=None)))
    return out
