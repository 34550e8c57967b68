"""``geo resolve``: a place name to its best GeoNames place and the runners-up."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table

from gazetteer import Gazetteer, UnknownPlaceError
from geo.cli.common import add_command, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub, "resolve", "Resolve a place name, as news spells it, to coordinates.",
        'geo resolve "Deir el-Zour" --json',
    )
    p.add_argument("name", help="the place name, in any common spelling or script")
    p.add_argument("--country", metavar="CC", help="prefer places in this country (ISO code)")
    p.add_argument("--limit", type=int, default=5, help="runners-up to show (default 5)")
    p.add_argument("--online", action="store_true",
                   help="ask Nominatim when the offline data has no answer (needs geopy)")
    p.add_argument("--json", action="store_true", help="one JSON object on stdout")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    gaz = Gazetteer(online=True) if args.online else Gazetteer.default()
    cands = gaz.candidates(args.name, limit=max(1, args.limit), country=args.country)
    if not cands:
        people = gaz.demonym(args.name)
        close = [] if people is not None else gaz.suggestions(args.name)
        if args.json:
            print_json({"query": args.name, "best": None, "candidates": [],
                        "suggestions": close, "demonym_of": people})
            return UnknownPlaceError.exit_code
        if people is not None:
            raise UnknownPlaceError(_people_message(args.name, people))
        hint = f"; closest: {', '.join(close)}" if close else ""
        raise UnknownPlaceError(f"no place named {args.name!r}{hint}")
    if args.json:
        print_json({"query": args.name, "best": cands[0].place.to_dict(),
                    "candidates": [c.to_dict() for c in cands]})
        return 0
    best = cands[0].place
    console = Console()
    console.print(f"[bold]{best.name}[/bold] ({best.kind}, {best.country_code}) "
                  f"{best.latitude:.5f}, {best.longitude:.5f}  geonameid {best.geonameid}")
    table = Table("score", "match", "name", "kind", "cc", "lat", "lon", "population")
    for c in cands:
        p = c.place
        table.add_row(f"{c.score:.2f}", c.matched_by, p.name, p.kind, p.country_code,
                      f"{p.latitude:.3f}", f"{p.longitude:.3f}", f"{p.population:,}")
    console.print(table)
    return 0


def _people_message(name: str, country_code: str) -> str:
    if not country_code:
        return f"{name!r} names a people, not a place"
    from gazetteer.sources import country_info

    country = country_info().get(country_code, {}).get("name") or country_code
    return f"{name!r} is a demonym of {country}, not a place"
