"""``geo ingest``: extract articles and store their claims in the atlas."""

from __future__ import annotations

import argparse
import sys

from geo.cli.common import add_command, add_db, open_atlas


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "ingest",
        "Extract claims from articles and store them in the atlas, one transaction per article.",
        "geo ingest ../shared/seed/raqqa-2017-10-14.txt --db geo.db",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="article files, folders or globs")
    add_db(p)
    p.add_argument("--published", metavar="YYYY-MM-DD", help="date for articles without one")
    p.add_argument("--source", help="source for articles without one")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, metavar="N",
                   help="extraction processes (default: every core from 200 articles on; "
                   "1 extracts in this process)")
    p.add_argument("--scheduler", metavar="ADDR",
                   help="extract on a Dask cluster: tcp://HOST:PORT, or local-cluster to start one")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    options = {
        "progress": not args.no_progress and sys.stderr.isatty(),
        "published": args.published,
        "source": args.source,
    }
    with open_atlas(args, must_exist=False) as atlas:
        if args.workers == 1 and not args.scheduler:
            report = atlas.ingest_many(args.files, **options)
        else:
            from geo.batch.ingest import ingest_parallel

            report = ingest_parallel(
                atlas, args.files, workers=args.workers, scheduler=args.scheduler, **options
            )
    for error in report.errors:
        print(f"geo: error: {error}", file=sys.stderr)
    print(
        f"{report.articles} articles ({report.added} new, {report.duplicates} already stored), "
        f"{report.claims} claims -> {args.db}"
    )
    return 2 if report.errors else 0
