"""``geo changes``: the places that changed hands between two days."""

from __future__ import annotations

import argparse

from rich.markup import escape
from rich.table import Table

from geo.atlas.serial import change_dict
from geo.cli.common import add_command, add_db, open_atlas, print_json, when
from geo.cli.status import columns, print_tables, sentences


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "changes",
        "Places that changed hands between two days (both included).",
        "geo changes --from 2017-10-01 --to 2017-10-31",
    )
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="JSON lines, one change per line")
    add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_atlas(args) as atlas:
        changes = atlas.changes(args.start, args.end)
    if args.json:
        for ch in changes:
            print_json(change_dict(ch))
        return 0
    title = f"changes of control {args.start} .. {args.end}"
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    columns(table, ("date", "place", "from", "to", "conf."), "evidence")
    for ch in changes:
        table.add_row(
            when(ch.date, ch.precision),
            escape(ch.place.name),
            ch.before or "none known",
            ch.after or "none known",
            f"{ch.confidence:.2f}",
            sentences(ch.evidence),
        )
    print_tables([table])
    return 0
