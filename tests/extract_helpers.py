"""What the extractor reads from a text, as comparable tuples (for the extract tests)."""

from __future__ import annotations

import datetime as dt

from geo.extract import Extractor


def claims(ex: Extractor, text: str, published: dt.date | None,
           modality: str = "asserted") -> set[tuple]:
    """(place, force, event, date, precision) of the claims with ``modality``."""
    return {(c.place.geonameid, c.force, c.event, c.date, c.date_precision)
            for c in ex.extract(text, published=published) if c.modality == modality}


def facts(ex: Extractor, text: str, published: dt.date | None,
          modality: str = "asserted") -> set[tuple]:
    """(place, force, event) of the claims with ``modality``, dates left out."""
    return {c[:3] for c in claims(ex, text, published, modality)}
