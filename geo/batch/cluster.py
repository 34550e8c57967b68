"""Dask distributed: a remote scheduler or a local cluster, with one warm-up per worker.

Imported only when a scheduler is asked for, since Dask is an optional extra (``scale``).
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import ExitStack, contextmanager
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin

from geo.batch.local import default_workers
from geo.batch.worker import warm_up
from geo.errors import GeoError, InputError

LOCAL = "local-cluster"
CONNECT_TIMEOUT = "20s"


class WarmUp(WorkerPlugin):
    """Loads the gazetteer when a worker joins, before it runs any task."""

    idempotent = True
    name = "geo-warm-up"

    def setup(self, worker: Any) -> None:
        warm_up()


@contextmanager
def _workers_ignore_ctrl_c() -> Iterator[None]:
    """Start processes that inherit an ignored SIGINT (Python keeps it ignored), so Ctrl-C
    reaches this process alone, which then shuts the cluster down in order."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def dask_executor(scheduler: str, workers: int | None = None) -> Iterator[tuple[Executor, int]]:
    """An executor on the Dask cluster at ``scheduler`` and the number of task slots it has.

    ``scheduler`` is ``tcp://HOST:PORT`` (any address Dask takes), or ``local-cluster`` for a
    cluster of ``workers`` single-threaded processes started here and stopped on exit.
    """
    with ExitStack() as stack:
        address: Any = scheduler
        if scheduler == LOCAL:
            with _workers_ignore_ctrl_c():
                cluster = LocalCluster(
                    n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                    dashboard_address=":0", silence_logs=logging.CRITICAL,
                )
            address = stack.enter_context(cluster)
        try:
            client = stack.enter_context(Client(address, timeout=CONNECT_TIMEOUT))
        except (OSError, TimeoutError, ValueError) as e:
            raise InputError(f"--scheduler {scheduler}: no Dask scheduler there ({e})") from None
        try:
            client.register_plugin(WarmUp())
        except Exception as e:  # raised on the workers, e.g. geo missing or broken there
            raise GeoError(f"--scheduler {scheduler}: the workers cannot run geo ({e!r})") from None
        slots = sum(client.nthreads().values())
        yield client.get_executor(pure=False), max(slots, 1)
