"""Helpers every command module shares: parser construction and output."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as dt

    from rich.console import Console

    from geo.atlas import Atlas
    from geo.claims import Claim, Precision


def add_command(
    sub: argparse._SubParsersAction, name: str, help: str, example: str
) -> argparse.ArgumentParser:
    """Add a sub-command whose ``--help`` ends with a worked example."""
    return sub.add_parser(
        name,
        help=help,
        description=help,
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def table_console() -> Console:
    """The stdout console for tables; piped output is read by people and greps alike, so it
    gets wide rows (one table row per line) instead of the terminal's width."""
    from rich.console import Console

    return Console(highlight=False, width=None if sys.stdout.isatty() else 200)


def print_json(obj: Any) -> None:
    """One JSON document on stdout, non-ASCII kept as written."""
    json.dump(obj, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


DEFAULT_DB = "geo.db"


def add_db(parser: argparse.ArgumentParser) -> None:
    """The ``--db`` option every command that reads or writes the atlas takes."""
    parser.add_argument(
        "--db",
        default=DEFAULT_DB,
        metavar="PATH",
        help=f"store file or SQLAlchemy URL such as postgresql://host/db (default: {DEFAULT_DB})",
    )


def add_forces(parser: argparse.ArgumentParser) -> None:
    """The ``--forces FILE`` option: extra force lexicons, applied on top of the shipped ones."""
    parser.add_argument("--forces", action="append", default=[], metavar="FILE",
                        help="extra force lexicon (TOML); may be repeated")


def open_atlas(args: argparse.Namespace, *, must_exist: bool = True) -> Atlas:
    """The atlas ``--db`` names; a reading command refuses a store file that does not exist."""
    from pathlib import Path

    from geo.atlas import Atlas
    from geo.errors import NotFoundError

    if must_exist and "://" not in args.db and not Path(args.db).exists():
        raise NotFoundError(f"{args.db}: no such store; run `geo ingest FILE --db {args.db}` first")
    return Atlas(args.db)


def when(day: dt.date | None, precision: Precision) -> str:
    """A date as precise as it is known: 2014, 2017-06, 2017-10-14, or "?"."""
    if day is None:
        return "?"
    return {"year": day.strftime("%Y"), "month": day.strftime("%Y-%m")}.get(
        precision, day.isoformat()
    )


def claim_when(c: Claim) -> str:
    """A claim's date, with the start of the state it tells: "2017-10-14 (since 2014)"."""
    told = when(c.date, c.date_precision)
    return f"{told} (since {when(c.since, c.since_precision)})" if c.since else told
