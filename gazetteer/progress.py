"""A rich progress bar driven by a percentage callback, for the long steps of the gazetteer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn


@contextmanager
def progress_ticker(label: str, total: float = 100) -> Iterator[Callable[[float], None]]:
    """Yields ``tick(done)`` that moves a bar on stderr to ``done`` out of ``total``."""
    with Progress(TextColumn("{task.description}"), BarColumn(),
                  TextColumn("{task.percentage:>3.0f}%"), TimeElapsedColumn(),
                  console=Console(stderr=True)) as bar:
        task = bar.add_task(label, total=total)
        yield lambda done: bar.update(task, completed=done)
