"""The values that flow from extraction to the store, the timeline and the map.

These are the contract between ``geo.extract``, ``geo.atlas`` and ``geo.render``: frozen
dataclasses whose JSON form (``to_dict``) uses the field names the issues spell.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any, Literal

Event = Literal["captured", "lost", "held", "contested", "besieged"]
Modality = Literal["asserted", "expected", "negated", "question"]
Precision = Literal["day", "month", "year", "unknown"]

EVENTS: tuple[Event, ...] = ("captured", "lost", "held", "contested", "besieged")
MODALITIES: tuple[Modality, ...] = ("asserted", "expected", "negated", "question")
PRECISIONS: tuple[Precision, ...] = ("day", "month", "year", "unknown")


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A resolved place as a claim carries it, with the text as the article wrote it."""

    name: str
    geonameid: int
    latitude: float
    longitude: float
    country_code: str
    surface: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``from_dict`` reads it back."""
        return {
            "name": self.name,
            "geonameid": self.geonameid,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "country_code": self.country_code,
            "surface": self.surface,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PlaceRef:
        """The PlaceRef a ``to_dict`` result describes."""
        return cls(
            name=d["name"],
            geonameid=int(d["geonameid"]),
            latitude=float(d["latitude"]),
            longitude=float(d["longitude"]),
            country_code=d.get("country_code", ""),
            surface=d.get("surface", ""),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a claim rests on; spans are character offsets into ``sentence``.

    ``offset`` is where the sentence starts in the article text.
    """

    sentence: str
    place_span: tuple[int, int]
    force_span: tuple[int, int] | None = None
    offset: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``from_dict`` reads it back."""
        return {
            "sentence": self.sentence,
            "place_span": list(self.place_span),
            "force_span": list(self.force_span) if self.force_span else None,
            "offset": self.offset,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        """The Evidence a ``to_dict`` result describes."""
        fs = d.get("force_span")
        ps = d["place_span"]
        return cls(
            sentence=d["sentence"],
            place_span=(int(ps[0]), int(ps[1])),
            force_span=(int(fs[0]), int(fs[1])) if fs else None,
            offset=int(d.get("offset", 0)),
        )


def date_span(date: dt.date, precision: Precision) -> tuple[dt.date, dt.date]:
    """The first and last day a date of this precision stands for.

    A claim's ``date`` is the first day of its span: 2014 with precision ``year`` is
    stored as 2014-01-01 and spans the whole year.
    """
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if precision == "month":
        nxt = dt.date(date.year + date.month // 12, date.month % 12 + 1, 1)
        return dt.date(date.year, date.month, 1), nxt - dt.timedelta(days=1)
    return date, date


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement of an article about territorial control.

    ``date`` is the first day of the span its ``date_precision`` names (see ``date_span``).
    ``since`` is when a state still lasting on ``date`` began, where the text tells it ("IS has
    ruled Mosul since June 2014": held on the day of writing, since June 2014).
    """

    place: PlaceRef
    force: str
    event: Event
    date: dt.date | None
    date_precision: Precision
    modality: Modality
    evidence: Evidence
    confidence: float
    attributed_to: str = ""
    source: str = ""
    url: str = ""
    published: dt.date | None = None
    since: dt.date | None = None
    since_precision: Precision = "unknown"
    article_id: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``from_dict`` reads it back."""
        return {
            "place": self.place.to_dict(),
            "force": self.force,
            "event": self.event,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "since": self.since.isoformat() if self.since else None,
            "since_precision": self.since_precision,
            "modality": self.modality,
            "attributed_to": self.attributed_to,
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "article_id": self.article_id,
        }

    def at_start(self) -> Claim | None:
        """The same state told on the day it began, where the text gives that day."""
        if self.since is None:
            return None
        return replace(self, date=self.since, date_precision=self.since_precision, since=None,
                       since_precision="unknown")

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        """The Claim a ``to_dict`` result describes."""
        return cls(
            place=PlaceRef.from_dict(d["place"]),
            force=d["force"],
            event=d["event"],
            date=dt.date.fromisoformat(d["date"]) if d.get("date") else None,
            date_precision=d.get("date_precision", "unknown"),
            modality=d.get("modality", "asserted"),
            evidence=Evidence.from_dict(d["evidence"]),
            confidence=float(d.get("confidence", 0.5)),
            attributed_to=d.get("attributed_to", ""),
            source=d.get("source", ""),
            url=d.get("url", ""),
            published=dt.date.fromisoformat(d["published"]) if d.get("published") else None,
            since=dt.date.fromisoformat(d["since"]) if d.get("since") else None,
            since_precision=d.get("since_precision", "unknown"),
            article_id=d.get("article_id", ""),
        )
