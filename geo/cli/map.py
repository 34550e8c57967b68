"""``geo map``: write the control map, one self-contained HTML file that works offline."""

from __future__ import annotations

import argparse

from rich.console import Console

from geo.cli.common import add_command, add_db, open_atlas


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "map",
        "Write the control map (HTML, opens offline in a browser) and print where it is.",
        "geo map --on 2017-10-15 -o maps/raqqa.html",
    )
    p.add_argument(
        "--on", metavar="YYYY-MM-DD", help="show this one day (default: a slider over all days)"
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="file or folder to write (default: maps/)"
    )
    add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_atlas(args) as atlas, Console(stderr=True).status("Drawing the map…"):
        out = atlas.map(args.output, on=args.on)
    print(out)
    return 0
