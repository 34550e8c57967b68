"""The one exception tree of the ``gazetteer`` package."""

from __future__ import annotations


class GazetteerError(Exception):
    """Root of every error the gazetteer raises on purpose; ``exit_code`` is for CLIs."""

    exit_code: int = 2


class DumpFormatError(GazetteerError, ValueError):
    """A file given to import is not a GeoNames dump."""


class UnknownPlaceError(GazetteerError, LookupError):
    """No place answers to a name."""

    exit_code = 1


class DataError(GazetteerError, ValueError):
    """A data file of the gazetteer (rules, weights) is malformed."""


class OnlineError(GazetteerError, OSError):
    """The optional online geocoder failed or is not installed."""
