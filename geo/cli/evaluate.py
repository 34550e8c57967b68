"""``geo evaluate``: precision, recall and F1 of the extractor on a gold file."""

from __future__ import annotations

import argparse

from geo.cli.common import add_command, add_forces, table_console


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "evaluate",
        "Score the extractor on a gold claims file: precision, recall, F1 per event type.",
        "geo evaluate ../shared/eval/claims.dev.jsonl",
    )
    p.add_argument("gold", metavar="GOLD.jsonl", help="gold file (shared/eval/README.md format)")
    add_forces(p)
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help="misses and false alarms to list (default 50)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import track
    from rich.table import Table
    from rich.text import Text

    from geo.cli.extract import crop, place_label
    from geo.evaluate import evaluate
    from geo.extract import Extractor

    out = table_console()
    err = Console(stderr=True)
    extractor = Extractor(forces=args.forces)
    report = evaluate(args.gold, extractor.extract_article,
                      progress=lambda xs: track(xs, description="extracting", console=err,
                                                transient=True, disable=not err.is_terminal))
    scores = Table(title=Text(f"{args.gold}: {report.articles} articles"))
    for col in ("event", "precision", "recall", "F1", "matched/extracted", "recalled/required"):
        scores.add_column(col, justify="left" if col == "event" else "right")
    rows = [*report.by_event.items(), ("overall", report.overall)]
    for name, s in rows:
        scores.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                       f"{s.matched}/{s.extracted}", f"{s.recalled}/{s.required}",
                       style="bold" if name == "overall" else None)
    out.print(scores)
    if report.miss_details:
        t = Table(title=f"misses: {len(report.misses)} required gold claims not extracted")
        for col in ("article", "place", "force", "events", "date", "said instead"):
            t.add_column(col, overflow="fold")
        for d in report.miss_details[: args.limit]:
            g = d.gold
            t.add_row(Text(g.article), Text(d.place or str(g.geonameid)), Text(g.force),
                      Text("|".join(g.events)), Text(g.dates),
                      Text("; ".join(d.instead) or "nothing"))
        out.print(t)
    if report.false_alarms:
        t = Table(title=f"false alarms: {len(report.false_alarms)} asserted claims matching no "
                        "gold claim")
        for col in ("article", "place", "force", "event", "date", "evidence"):
            t.add_column(col, overflow="fold")
        for c in report.false_alarms[: args.limit]:
            t.add_row(Text(report.article_names.get(c.article_id, c.article_id[:8])),
                      Text(place_label(c.place)), Text(c.force),
                      Text(c.event), Text(str(c.date)),
                      Text(crop(c.evidence.sentence, c.evidence.place_span)))
        out.print(t)
    return 0
