"""What runs inside a worker: a one-time warm-up, then extraction of chunks of articles.

Workers get articles and send back only claims (or an error line per article), so the text
crosses the process boundary once.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass

from geo.article import Article
from geo.claims import Claim
from geo.extract import extract, extract_article

_warm = False


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """Claims (or an error message) per article of a chunk, in the chunk's order.

    ``was_warm`` says the gazetteer had been loaded before the chunk arrived, as the pool's
    initializer or the Dask worker plugin should ensure.
    """

    outcomes: tuple[tuple[Claim, ...] | str, ...]
    was_warm: bool


def warm_up() -> None:
    """Load the gazetteer index and lexicons once in this process.

    One throwaway extraction also builds what the pipeline only builds on first use.
    """
    global _warm
    if not _warm:
        extract("Warm-up: troops entered Raqqa.")
        _warm = True


def init_process() -> None:
    """Process-pool initializer: Ctrl-C is the parent's to handle, then warm up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


def _extract_one(article: Article) -> tuple[Claim, ...] | str:
    # Any failure, not only GeoError: one odd page in a corpus of thousands is reported with
    # the others, not allowed to stop the run.
    try:
        return tuple(extract_article(article))
    except Exception as e:
        return f"{article.url or article.title or article.id}: extraction failed ({e!r})"


def extract_chunk(articles: list[Article]) -> ChunkResult:
    """Extract every article of a chunk; one bad article does not sink the others."""
    was_warm = _warm
    warm_up()
    return ChunkResult(outcomes=tuple(_extract_one(a) for a in articles), was_warm=was_warm)
