"""``geo evaluate``: precision, recall and F1 of the extractor on a gold file."""

from __future__ import annotations

import argparse

from geo.cli.common import add_command


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "evaluate",
        "Score the extractor on a gold claims file: precision, recall, F1 per event type.",
        "geo evaluate ../shared/eval/claims.dev.jsonl",
    )
    p.add_argument("gold", metavar="GOLD.jsonl", help="gold file (shared/eval/README.md format)")
    p.add_argument("--forces", action="append", default=[], metavar="FILE",
                   help="extra force lexicon (TOML); may be repeated")
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help="misses and false alarms to list (default 50)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import track
    from rich.table import Table
    from rich.text import Text

    from geo.evaluate import evaluate
    from geo.extract import Extractor

    out = Console(highlight=False)
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
    if report.misses:
        t = Table(title="misses (required gold claims not extracted)")
        for col in ("article", "geonameid", "force", "events", "date"):
            t.add_column(col)
        for g in report.misses[: args.limit]:
            t.add_row(Text(g.article), str(g.geonameid), Text(g.force), Text("|".join(g.events)),
                      Text(g.dates))
        out.print(t)
    if report.false_alarms:
        t = Table(title="false alarms (asserted claims matching no gold claim)")
        for col in ("place", "force", "event", "date", "sentence"):
            t.add_column(col, overflow="fold")
        for c in report.false_alarms[: args.limit]:
            t.add_row(Text(c.place.name), Text(c.force), Text(c.event),
                      Text(str(c.date)), Text(c.evidence.sentence[:160]))
        out.print(t)
    return 0
