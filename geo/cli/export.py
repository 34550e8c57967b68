"""``geo export``: every place's status on a day as GeoJSON, GeoPackage, CSV or GeoParquet."""

from __future__ import annotations

import argparse
from pathlib import Path

from geo.atlas.export import FORMATS
from geo.cli.common import add_command, add_db, open_atlas


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "export",
        "Write every place's control status on a day to a GIS file.",
        "geo export --format gpkg --on 2017-10-15 -o raqqa.gpkg",
    )
    p.add_argument("--format", choices=tuple(FORMATS), help="default: from the file suffix")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the day (default today)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_atlas(args) as atlas:
        out = atlas.export(Path(args.output), format=args.format, on=args.on)
    print(out)
    return 0
