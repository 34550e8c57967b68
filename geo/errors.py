"""The one exception tree of the ``geo`` package.

Each error also derives from the builtin a caller would naturally catch, as geopy does.
``exit_code`` is what the CLI exits with when the error reaches it.
"""

from __future__ import annotations


class GeoError(Exception):
    """Root of every error ``geo`` raises on purpose."""

    exit_code: int = 2


class InputError(GeoError, ValueError):
    """An input file or value is unusable (empty, binary, bad date, bad format)."""


class NotFoundError(GeoError, LookupError):
    """A place, force or record the user named does not exist."""

    exit_code = 1


class StoreError(GeoError, OSError):
    """The claims store cannot be opened or written (corrupt, foreign or locked file)."""
