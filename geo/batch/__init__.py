"""Parallel extraction: a corpus through all local cores or a Dask cluster, in batches.

``extract_batches`` yields lists of ``Extracted`` as chunks finish (not in input order); the
caller writes each list as it comes, so an interrupted run keeps everything written so far.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from geo.article import Article
from geo.batch.engine import Extracted, run_executor, run_serial
from geo.batch.local import default_workers, process_pool
from geo.errors import InputError

__all__ = ["Extracted", "default_workers", "extract_batches", "process_pool"]

# Articles per task: big enough that shipping a chunk costs little next to extracting it.
LOCAL_CHUNK = 16
DASK_CHUNK = 64
# Fewer articles than this are extracted in this process unless workers are asked for.
SMALL_INPUT = 200


def extract_batches(
    articles: Iterable[Article],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    chunk_size: int | None = None,
) -> Iterator[list[Extracted]]:
    """Extract claims from a stream of articles in parallel, yielding batches as they finish.

    ``workers``: local processes (default: every core, or this process alone for an input of
    fewer than ``SMALL_INPUT`` articles; 1 runs in this process). ``scheduler``:
    a Dask scheduler address or ``local-cluster`` (then ``workers`` sizes the local cluster).
    """
    if workers is not None and workers < 1:
        raise InputError(f"--workers {workers}: give 1 or more")
    if scheduler:
        # Dask is an optional extra; importing it here keeps plain runs free of it.
        try:
            from geo.batch.cluster import dask_executor
        except ImportError:
            raise InputError(
                "--scheduler needs Dask distributed: pip install 'geo-control[scale]'"
            ) from None
        with dask_executor(scheduler, workers) as (executor, slots):
            # Deeper queues than locally: each task makes a round trip through the scheduler.
            yield from run_executor(
                executor, articles, chunk_size=chunk_size or DASK_CHUNK, in_flight=4 * slots
            )
        return
    chunk_size = chunk_size or LOCAL_CHUNK
    if workers is None:
        # A small input runs here: starting workers would cost more than they save.
        stream = iter(articles)
        head = list(itertools.islice(stream, SMALL_INPUT))
        articles = itertools.chain(head, stream)
        workers = 1 if len(head) < SMALL_INPUT else default_workers()
    if workers == 1:
        yield from run_serial(articles, chunk_size=chunk_size)
        return
    with process_pool(workers) as pool:
        yield from run_executor(pool, articles, chunk_size=chunk_size, in_flight=2 * workers)
