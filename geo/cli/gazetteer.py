"""``geo gazetteer``: the local place index (import GeoNames dumps, show where it lives)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from gazetteer import LocalStore, cache_root, import_dump
from geo.cli.common import add_command


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "gazetteer", "Manage the local gazetteer: import GeoNames dumps.",
                    "geo gazetteer import SY.txt")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    imp = verbs.add_parser("import", help="stream a GeoNames dump into the local index",
                           description="Stream a GeoNames dump (a country file such as SY.txt, "
                           "allCountries.txt, or alternateNamesV2.txt) into the local index.",
                           epilog="example:\n  geo gazetteer import SY.txt",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    imp.add_argument("file", type=Path, help="GeoNames dump, 19 tab-separated columns")
    imp.add_argument("--db", type=Path, help="local store (default: the user data dir)")
    imp.set_defaults(func=run_import)
    info = verbs.add_parser("info", help="where the index cache and local store live",
                            epilog="example:\n  geo gazetteer info",
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    info.add_argument("--db", type=Path, help="local store (default: the user data dir)")
    info.set_defaults(func=run_info)


def run_import(args: argparse.Namespace) -> int:
    store = LocalStore(args.db)
    size = args.file.stat().st_size if args.file.is_file() else 0
    columns = (TextColumn("importing {task.description}"), BarColumn(), DownloadColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task(args.file.name, total=size)
        report = import_dump(args.file, store, lambda done: bar.update(task, completed=done))
    print(report.summary())
    print(f"local store: {store.path}")
    return 0


def run_info(args: argparse.Namespace) -> int:
    store = LocalStore(args.db)
    print(f"index cache: {cache_root()}")
    print(f"local store: {store.path} ({len(store.records()):,} places and name sets)")
    return 0
