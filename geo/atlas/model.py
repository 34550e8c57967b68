"""Values the timeline produces and the query API, the exports and the map consume."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from geo.claims import Claim, PlaceRef, Precision

State = Literal["held", "contested", "besieged"]


@dataclass(frozen=True, slots=True)
class Interval:
    """A stretch of time over which one place had one controller and one state.

    ``controller`` is a force id, or None when no holder is known (for instance a place
    only ever reported as fought over). ``contesting`` lists the other parties fighting for
    it, ``besiegers`` those encircling it. ``end`` None means still open. ``unattached``
    counts the claims behind the interval left out of ``claims`` (a history read with capped
    evidence, as the map reads it).
    """

    place: PlaceRef
    controller: str | None
    state: State
    start: dt.date | None
    start_precision: Precision
    end: dt.date | None
    end_precision: Precision
    confidence: float
    claims: tuple[Claim, ...]
    contesting: tuple[str, ...] = ()
    besiegers: tuple[str, ...] = ()
    unattached: int = 0


@dataclass(frozen=True, slots=True)
class Status:
    """The answer to "who controlled this place on that day", with its evidence."""

    place: PlaceRef
    on: dt.date
    controller: str | None
    state: State | None
    since: dt.date | None
    since_precision: Precision
    confidence: float
    stale: bool
    evidence: tuple[Claim, ...]
    contesting: tuple[str, ...] = ()
    besiegers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Change:
    """A place changing hands: ``before`` and ``after`` are force ids or None (none known)."""

    place: PlaceRef
    date: dt.date | None
    precision: Precision
    before: str | None
    after: str | None
    state: State
    confidence: float
    evidence: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What an ingest did: articles read, newly stored, already stored, claims, and errors."""

    articles: int = 0
    added: int = 0
    duplicates: int = 0
    claims: int = 0
    errors: tuple[str, ...] = ()
