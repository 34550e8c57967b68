"""The atlas's answers as JSON-ready dicts (the CLI's ``--json`` and the exports use them)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from geo.atlas.model import Change, Interval, Status
from geo.claims import Claim, PlaceRef


def _day(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def place_dict(p: PlaceRef) -> dict[str, Any]:
    return {k: v for k, v in p.to_dict().items() if k != "surface"}


def evidence_dict(c: Claim) -> dict[str, Any]:
    """A claim as an answer's evidence line: the sentence, its source, date, link and reading."""
    return {
        "sentence": c.evidence.sentence,
        "source": c.source,
        "published": _day(c.published),
        "url": c.url,
        "force": c.force,
        "event": c.event,
        "date": _day(c.date),
        "date_precision": c.date_precision,
        "since": _day(c.since),
        "since_precision": c.since_precision,
        "modality": c.modality,
        "attributed_to": c.attributed_to,
        "confidence": round(c.confidence, 3),
    }


def _control(x: Status | Interval) -> dict[str, Any]:
    """Who held the place, in which state, how surely, and against whom."""
    return {
        "controller": x.controller,
        "state": x.state,
        "confidence": round(x.confidence, 3),
        "contesting": list(x.contesting),
        "besiegers": list(x.besiegers),
    }


def status_dict(st: Status) -> dict[str, Any]:
    return {
        "place": place_dict(st.place),
        "on": st.on.isoformat(),
        **_control(st),
        "since": _day(st.since),
        "since_precision": st.since_precision,
        "stale": st.stale,
        "evidence": [evidence_dict(c) for c in st.evidence],
    }


def interval_dict(iv: Interval) -> dict[str, Any]:
    return {
        "place": place_dict(iv.place),
        **_control(iv),
        "start": _day(iv.start),
        "start_precision": iv.start_precision,
        "end": _day(iv.end),
        "end_precision": iv.end_precision,
        "evidence": [evidence_dict(c) for c in iv.claims],
    }


def change_dict(ch: Change) -> dict[str, Any]:
    return {
        "place": place_dict(ch.place),
        "date": _day(ch.date),
        "precision": ch.precision,
        "before": ch.before,
        "after": ch.after,
        "state": ch.state,
        "confidence": round(ch.confidence, 3),
        "evidence": [evidence_dict(c) for c in ch.evidence],
    }
