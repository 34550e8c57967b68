"""Stream articles through an executor in chunks and hand back results as they finish.

Any ``concurrent.futures.Executor`` will do: a local process pool, or a Dask client's executor.
At most ``in_flight`` chunks are out at once, so memory stays flat however large the corpus.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, Executor, Future, wait
from dataclasses import dataclass

from geo.article import Article
from geo.batch.worker import ChunkResult, extract_chunk
from geo.claims import Claim
from geo.errors import GeoError


@dataclass(frozen=True, slots=True)
class Extracted:
    """One article with the claims extracted from it, or the reason it could not be read."""

    article: Article
    claims: tuple[Claim, ...] = ()
    error: str | None = None


def chunked(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Lists of up to ``size`` articles, read lazily."""
    it = iter(articles)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _pair(chunk: list[Article], result: ChunkResult) -> list[Extracted]:
    return [
        Extracted(article, error=outcome) if isinstance(outcome, str)
        else Extracted(article, claims=outcome)
        for article, outcome in zip(chunk, result.outcomes, strict=True)
    ]


def run_serial(articles: Iterable[Article], *, chunk_size: int) -> Iterator[list[Extracted]]:
    """The same batches, extracted in this process: the reference the parallel runs must match."""
    for chunk in chunked(articles, chunk_size):
        yield _pair(chunk, extract_chunk(chunk))


def run_executor(
    executor: Executor, articles: Iterable[Article], *, chunk_size: int, in_flight: int
) -> Iterator[list[Extracted]]:
    """Batches in the order they finish (not the input order); pending work is cancelled when
    the consumer stops early, including on Ctrl-C."""
    chunks = chunked(articles, chunk_size)
    pending: dict[Future[ChunkResult], list[Article]] = {}
    try:
        for chunk in itertools.islice(chunks, in_flight):
            pending[executor.submit(extract_chunk, chunk)] = chunk
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = pending.pop(future)
                result = future.result()
                for refill in itertools.islice(chunks, 1):
                    pending[executor.submit(extract_chunk, refill)] = refill
                yield _pair(chunk, result)
    except BrokenExecutor as e:  # a worker died or could not warm up
        raise GeoError(f"the extraction workers stopped: {e}") from None
    finally:
        for future in pending:
            future.cancel()
