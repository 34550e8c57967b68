"""Ctrl-C that cannot be lost while a run talks to workers.

Python drops an exception raised inside a finalizer ("Exception ignored in ... __del__"). A
Ctrl-C that arrives while the main thread runs one (Dask releases its futures that way) would
vanish and the run go on to the end. The handler here also records the interrupt, and the
run checks the record at every batch; the report Python would print of the one it swallowed
is left out, since the run stops with its own one-line message.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def ctrl_c_checkpoint() -> Iterator[Callable[[], None]]:
    """Yield a check that raises KeyboardInterrupt once Ctrl-C has been pressed, even if the
    KeyboardInterrupt of the moment was swallowed."""
    if threading.current_thread() is not threading.main_thread():
        yield lambda: None  # signals reach the main thread only
        return
    pressed = threading.Event()

    def on_ctrl_c(signum: int, frame: object) -> None:
        pressed.set()
        raise KeyboardInterrupt

    def check() -> None:
        if pressed.is_set():
            raise KeyboardInterrupt

    def unraisable(report: sys.UnraisableHookArgs) -> None:
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
