"""Ctrl-C that cannot be lost, nor break a pool, while a run talks to workers.

A KeyboardInterrupt raised wherever the main thread happens to be can land inside a
finaliser, which Python drops ("Exception ignored in ... __del__": Dask releases its futures
that way), or inside a pool's own bookkeeping, which it can leave holding a lock so that
shutting the pool down never returns. So the first Ctrl-C only records the interrupt, and the
run stops at its next check, between batches; a second Ctrl-C interrupts at once.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def ctrl_c_checkpoint() -> Iterator[Callable[[], None]]:
    """Yield a check that raises KeyboardInterrupt once Ctrl-C has been pressed."""
    if threading.current_thread() is not threading.main_thread():
        yield lambda: None  # signals reach the main thread only
        return
    pressed = threading.Event()

    def on_ctrl_c(signum: int, frame: object) -> None:
        if pressed.is_set():
            raise KeyboardInterrupt  # pressed again: the user will not wait
        pressed.set()

    def check() -> None:
        if pressed.is_set():
            raise KeyboardInterrupt

    def unraisable(report: sys.UnraisableHookArgs) -> None:
        # A second Ctrl-C may still land in a finaliser: the run's own one-line message says
        # it was interrupted, not Python's traceback.
        if not (pressed.is_set() and report.exc_type is KeyboardInterrupt):
            hook(report)

    hook = sys.unraisablehook
    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    sys.unraisablehook = unraisable
    try:
        yield check
    finally:
        signal.signal(signal.SIGINT, previous)
        sys.unraisablehook = hook
