"""What the extractor reads from a text, as comparable tuples (for the extract tests)."""

from __future__ import annotations

import datetime as dt

from geo.claims import Claim
from geo.extract import Extractor


def asserted(ex: Extractor, text: str, published: dt.date | None) -> list[Claim]:
    """The asserted claims of ``text``, whole (for what the tuples below leave out)."""
    return [c for c in ex.extract(text, published=published) if c.modality == "asserted"]


def claims(ex: Extractor, text: str, published: dt.date | None,
           modality: str = "asserted") -> set[tuple]:
    """(place, force, event, date, precision) of the claims with ``modality``; a state told
    with its start ("has held Raqqa since 2014") gives one for its start as well."""
    return {(c.place.geonameid, c.force, c.event, day, precision)
            for c in ex.extract(text, published=published) if c.modality == modality
            for day, precision in ((c.date, c.date_precision), (c.since, c.since_precision))
            if day is not None or precision == c.date_precision}


def facts(ex: Extractor, text: str, published: dt.date | None,
          modality: str = "asserted") -> set[tuple]:
    """(place, force, event) of the claims with ``modality``, dates left out."""
    return {c[:3] for c in claims(ex, text, published, modality)}
