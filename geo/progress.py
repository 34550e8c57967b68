"""The live line long ingests show on stderr: articles, claims, articles per second, time."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text


class _ArticleRate(ProgressColumn):
    """Articles per second over the whole run (rich's own speed column says "it/s")."""

    def render(self, task: Task) -> Text:
        elapsed = task.finished_time if task.finished else task.elapsed
        if not elapsed or not task.completed:
            return Text("- articles/s", style="progress.data.speed")
        return Text(f"{task.completed / elapsed:,.1f} articles/s", style="progress.data.speed")


class IngestProgress:
    """``with IngestProgress(enabled) as bar: bar.show(articles, claims)``; silent when not
    ``enabled`` (no terminal, ``--no-progress``)."""

    def __init__(self, enabled: bool = True, console: Console | None = None) -> None:
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description} {task.completed:,.0f} articles, "
                       "{task.fields[claims]:,} claims"),
            _ArticleRate(),
            TimeElapsedColumn(),
            console=console or Console(stderr=True),
            disable=not enabled,
        )
        self._task = self._progress.add_task("ingesting", total=None, claims=0)

    def show(self, articles: int, claims: int) -> None:
        """Set the running totals."""
        self._progress.update(self._task, completed=articles, claims=claims)

    def __enter__(self) -> IngestProgress:
        self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._progress.stop()
