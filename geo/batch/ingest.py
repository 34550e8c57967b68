"""``geo ingest`` at corpus scale: extraction on a process pool or a Dask cluster, and the
results written into the atlas batch by batch as they come back.

Each article is still its own transaction, so Ctrl-C (or a crash) keeps every article written
before it; timelines of the touched places are rebuilt at the end of a complete run, and until
then queries compute them afresh.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import closing

from geo.article import Article, parse_date
from geo.atlas import Atlas, IngestReport
from geo.atlas.store import article_key
from geo.batch import extract_batches
from geo.batch.interrupts import ctrl_c_checkpoint
from geo.corpus import Source, iter_articles
from geo.progress import IngestProgress


def _unstored(atlas: Atlas, articles: Iterable[Article], counts: Counter[str]) -> Iterator[Article]:
    """Articles not in the store yet; those already stored are counted and not extracted."""
    for article in articles:
        key = article_key(article)
        if atlas.store.has_article(key):
            counts["articles"] += 1
            counts["duplicates"] += 1
            counts["claims"] += len(atlas.store.article_claims(key))
        else:
            yield article


def ingest_parallel(
    atlas: Atlas,
    sources: Iterable[Source],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    published: dt.date | str | None = None,
    source: str | None = None,
    progress: bool = True,
) -> IngestReport:
    """Ingest files, folders, globs and .jsonl(.gz) corpora with parallel extraction.

    ``workers``/``scheduler`` as ``geo.batch.extract_batches`` takes them. Unreadable files and
    articles are reported in ``errors``; the rest go on.
    """
    errors: list[str] = []
    counts: Counter[str] = Counter()
    stream = iter_articles(
        sources,
        published=parse_date(published, "--published"),
        on_error=lambda _path, e: errors.append(str(e)),
    )
    completed = (atlas.complete(a, published=published, source=source) for a in stream)
    fresh = _unstored(atlas, completed, counts)
    # closing(): on Ctrl-C the workers are stopped here and now, not whenever the suspended
    # generator happens to be collected (at exit, too late to join them cleanly).
    with (
        ctrl_c_checkpoint() as check,
        IngestProgress(progress) as bar,
        closing(extract_batches(fresh, workers=workers, scheduler=scheduler)) as batches,
    ):
        for batch in batches:
            check()
            for item in batch:
                if item.error is not None:
                    errors.append(item.error)
                    continue
                added = atlas.add(item.article, item.claims)
                counts["articles"] += 1
                counts["added" if added else "duplicates"] += 1
                counts["claims"] += len(item.claims)
            bar.show(counts["articles"], counts["claims"])
    atlas.refresh()
    return IngestReport(**counts, errors=tuple(errors))
