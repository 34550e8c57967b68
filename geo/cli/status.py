"""``geo status``: who controlled a place on a day, and the sentences the answer rests on."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from geo.atlas.serial import status_dict
from geo.claims import Claim
from geo.cli.common import add_command, add_db, claim_when, open_atlas, print_json, when


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "status",
        "Who controlled a place on a day (default today), with the evidence.",
        "geo status Mayadeen --on 2017-10-15 --json",
    )
    p.add_argument("place", metavar="PLACE", help="place name (any spelling) or GeoNames id")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the day asked about (default today)")
    p.add_argument("--json", action="store_true", help="one JSON document")
    add_db(p)
    p.set_defaults(func=run)


def columns(table: Table, short: Sequence[str], long: str) -> None:
    """Short columns kept on one line; the long text column takes the rest of the width."""
    for name in short:
        table.add_column(name, no_wrap=True)
    table.add_column(long, overflow="fold", ratio=1)


def sentences(claims: Iterable[Claim]) -> str:
    """Each distinct sentence once, with its source, escaped for rich markup."""
    lines = dict.fromkeys(f"• [{c.source}] {c.evidence.sentence}" for c in claims)
    return escape("\n".join(lines))


def evidence_table(claims: Iterable[Claim], title: str = "evidence") -> Table:
    """The sentences behind an answer, with what each says, its source and date."""
    table = Table(title=title, show_lines=True, title_justify="left", expand=True)
    columns(table, ("claim", "date", "source"), "sentence")
    for c in claims:
        reading = f"{c.force} {c.event}" + ("" if c.modality == "asserted" else f" ({c.modality})")
        table.add_row(
            escape(reading),
            claim_when(c),
            escape(c.source),
            escape(c.evidence.sentence + (f"\n{c.url}" if c.url else "")),
        )
    return table


def print_tables(tables: Sequence[Table]) -> None:
    console = Console()
    for t in tables:
        console.print(t)


def run(args: argparse.Namespace) -> int:
    with open_atlas(args) as atlas:
        st = atlas.status(args.place, on=args.on)
    if args.json:
        print_json(status_dict(st))
        return 0
    head = Table(
        title=f"{escape(st.place.name)} on {st.on}", show_header=False, title_justify="left"
    )
    head.add_column(style="bold")
    head.add_column()
    rows = [
        ("controller", st.controller or "none known"),
        ("state", st.state or "no claims cover this day"),
        ("since", when(st.since, st.since_precision)),
        ("confidence", f"{st.confidence:.2f}" + ("  (stale evidence)" if st.stale else "")),
    ]
    if st.contesting:
        rows.append(("contesting", ", ".join(st.contesting)))
    if st.besiegers:
        rows.append(("besieged by", ", ".join(st.besiegers)))
    for k, v in rows:
        head.add_row(k, escape(v))
    print_tables([head, evidence_table(st.evidence)])
    return 0
