"""The one exception tree of the ``gazetteer`` package."""

from __future__ import annotations


class GazetteerError(Exception):
    """Root of every error the gazetteer raises on purpose; ``exit_code`` is for CLIs."""

    exit_code: int = 2
