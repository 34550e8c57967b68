"""``geo history``: a place's control intervals, oldest first."""

from __future__ import annotations

import argparse

from rich.markup import escape
from rich.table import Table

from geo.atlas.serial import interval_dict
from geo.cli.common import add_command, add_db, open_atlas, print_json, when
from geo.cli.status import columns, print_tables, sentences


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub, "history", "A place's control timeline, oldest first.", "geo history Raqqa"
    )
    p.add_argument("place", metavar="PLACE", help="place name (any spelling) or GeoNames id")
    p.add_argument("--json", action="store_true", help="one JSON document")
    add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_atlas(args) as atlas:
        place = atlas.resolve(args.place)
        intervals = atlas.history(place)
    if args.json:
        print_json({"place": place.to_dict(), "intervals": [interval_dict(i) for i in intervals]})
        return 0
    title = f"{escape(place.name)}: control history"
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    columns(table, ("from", "to", "controller", "state", "conf."), "evidence")
    for iv in intervals:
        state = iv.state + (f" ({', '.join(iv.contesting)})" if iv.contesting else "")
        table.add_row(
            when(iv.start, iv.start_precision),
            when(iv.end, iv.end_precision) if iv.end else "now",
            iv.controller or "none known",
            escape(state),
            f"{iv.confidence:.2f}",
            sentences(iv.claims),
        )
    print_tables([table])
    return 0
