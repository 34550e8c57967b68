"""Claims extraction: who took, lost, holds, contests or is besieged in which place, and when.

``extract("Syrian troops seized Mayadeen on Saturday.", published=date(2017, 10, 14))``

Rule families, one module each: ``sentences`` (splitting), ``dates``, ``actors`` (force
mentions), ``places`` (toponyms and "the city"), ``clauses`` (subjects and objects),
``modality`` (expected, negated, attempts, attribution), ``frames`` (event patterns: a
package with one module per frame family), and ``pipeline`` (assembly). Rule data lives in
``geo/data/extract/*.toml``.
"""

from __future__ import annotations

import datetime as dt
import sys
import types
from functools import cache

from geo.article import Article
from geo.claims import Claim
from geo.extract.pipeline import Extractor

__all__ = ["Extractor", "default_extractor", "extract", "extract_article"]


@cache
def default_extractor() -> Extractor:
    """The extractor with the default gazetteer and the shipped force lexicons."""
    return Extractor()


def extract(text: str, *, published: dt.date | str | None = None, source: str | None = None
            ) -> list[Claim]:
    """The claims a text makes about territorial control; ``published`` is a date or ISO
    text ("2017-10-14"), against which relative dates ("on Saturday") are read."""
    return default_extractor().extract(text, published=published, source=source)


def extract_article(article: Article) -> list[Claim]:
    """The claims of one article; source, url and published are copied onto each."""
    return default_extractor().extract_article(article)


class _CallableModule(types.ModuleType):
    """``geo.extract`` is both this package and the function of the issue's API: calling the
    module calls ``extract``, and ``import geo.extract.frames`` still works."""

    def __call__(self, text: str, *, published: dt.date | str | None = None,
                 source: str | None = None) -> list[Claim]:
        return extract(text, published=published, source=source)


sys.modules[__name__].__class__ = _CallableModule
