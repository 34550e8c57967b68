"""A corpus: folders, globs, files and ``.jsonl(.gz)`` dumps read as one stream of articles.

Parsing is ``geo.article.read_articles``'s job; this module only decides which files make up a
corpus and chains their articles lazily, so a corpus of any size is read in constant memory.
"""

from __future__ import annotations

import datetime as dt
import glob
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from geo.article import Article, read_articles
from geo.errors import GeoError, InputError

# What a folder walk picks up; a file named explicitly is always read, whatever its suffix.
SUFFIXES: tuple[str, ...] = (".txt", ".md", ".jsonl", ".jsonl.gz", ".html", ".htm")
_GLOB_CHARS = frozenset("*?[")

Source = str | Path
OnError = Callable[[Path, GeoError], None]


def _is_article_file(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and not name.startswith(".") and name.endswith(SUFFIXES)


def _walk(folder: Path) -> Iterator[Path]:
    # Sorted so that two runs over the same folder read it in the same order.
    return (p for p in sorted(folder.rglob("*")) if _is_article_file(p))


def expand(source: Source) -> list[Path]:
    """The files one source names: itself, a folder's article files, or a glob's matches.

    Raises ``InputError`` naming the source when it names nothing.
    """
    path = Path(source)
    if path.is_dir():
        return list(_walk(path))
    if path.exists():
        return [path]
    if not _GLOB_CHARS & set(str(source)):
        raise InputError(f"{source}: no such file or folder")
    files: list[Path] = []
    for match in map(Path, sorted(glob.glob(str(source), recursive=True))):
        if match.is_dir():
            files.extend(_walk(match))
        elif _is_article_file(match):
            files.append(match)
    if not files:
        raise InputError(f"{source}: the pattern matches no article file")
    return files


def _report(path: Path, error: GeoError, on_error: OnError | None) -> None:
    if on_error is None:
        raise error
    on_error(path, error)


def iter_articles(
    sources: Iterable[Source],
    *,
    published: dt.date | None = None,
    on_error: OnError | None = None,
) -> Iterator[Article]:
    """Stream the articles of every file the sources name, in order.

    Without ``on_error`` the first bad source or file raises; with it, the error is handed over
    with the path at fault and the stream goes on (articles read before a fault are kept).
    """
    for source in sources:
        try:
            files = expand(source)
        except InputError as e:
            _report(Path(source), e, on_error)
            continue
        for path in files:
            try:
                yield from read_articles(path, published=published)
            except GeoError as e:
                _report(path, e, on_error)
