"""Real ``Claim`` values for the atlas tests: test data built in code, not a mock."""

from __future__ import annotations

import datetime as dt

from geo.claims import Claim, Evidence, PlaceRef

PLACES = {
    "raqqa": PlaceRef("Ar Raqqah", 172955, 35.95, 39.01, "SY"),
    "mayadeen": PlaceRef("Al Mayadin", 173480, 35.02, 40.45, "SY"),
    "boukamal": PlaceRef("Abu Kamal", 174448, 34.45, 40.92, "SY"),
}


def claim(
    place: str,
    force: str,
    event: str,
    date: str | None,
    *,
    precision: str = "day",
    modality: str = "asserted",
    source: str = "Wire",
    published: str | None = None,
    confidence: float = 0.8,
    article: str = "",
) -> Claim:
    """One claim; ``date`` is ISO text (``2014``, ``2017-10`` or a day) or None."""
    day = None
    if date:
        parts = [int(p) for p in date.split("-")] + [1, 1]
        day = dt.date(parts[0], parts[1], parts[2])
        precision = {1: "year", 2: "month", 3: "day"}[date.count("-") + 1]
    pub = dt.date.fromisoformat(published) if published else day
    sentence = f"{source} says {force} {event} {place} on {date}."
    return Claim(
        place=PLACES[place],
        force=force,
        event=event,  # type: ignore[arg-type]
        date=day,
        date_precision=precision,  # type: ignore[arg-type]
        modality=modality,  # type: ignore[arg-type]
        evidence=Evidence(sentence, (0, 1)),
        confidence=confidence,
        source=source,
        url=f"https://example.org/{source}/{article or date}",
        published=pub,
        article_id=article or f"{source}-{published or date}",
    )
