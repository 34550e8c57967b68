"""A process pool on this machine's cores, each worker warmed up once by its initializer."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from geo.batch.worker import init_process


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` processes; on exit queued chunks are dropped, running ones finish."""
    # forkserver: workers start from a clean process, never from a copy of a parent that may
    # hold threads (progress bar) or open database connections.
    context = multiprocessing.get_context("forkserver")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=init_process)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
