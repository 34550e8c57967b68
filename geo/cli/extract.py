"""``geo extract``: the claims of article files, as JSON lines or a table."""

from __future__ import annotations

import argparse
import json
import sys

from geo.cli.common import add_command, add_forces, claim_when, table_console
from geo.errors import InputError


def register(sub: argparse._SubParsersAction) -> None:
    p = add_command(
        sub,
        "extract",
        "Extract territorial-control claims from article files (.txt, .md, .jsonl, .html).",
        "geo extract ../shared/seed/raqqa-2017-10-14.txt --json",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="article files")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="date for articles without one")
    add_forces(p)
    p.add_argument("--json", action="store_true", help="one JSON claim per line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from geo.article import parse_date, read_articles
    from geo.extract import Extractor

    published = parse_date(args.published, "--published")
    extractor = Extractor(forces=args.forces)
    out = table_console()
    failed = False
    for path in args.files:
        try:
            for article in read_articles(path, published=published):
                claims = extractor.extract_article(article)
                if args.json:
                    for c in claims:
                        sys.stdout.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
                else:
                    out.print(claims_table(path, article.title, claims))
        except InputError as e:
            print(f"geo: error: {e}", file=sys.stderr)
            failed = True
    return 2 if failed else 0


def claims_table(path: str, title: str, claims: list) -> object:
    """A readable table of claims; article text is shown as text, never as markup."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(f"{path}: {title}" if title else path))
    for col in ("place", "force", "event", "date", "modality", "conf", "said by"):
        table.add_column(col, no_wrap=col != "said by")
    table.add_column("evidence", min_width=30, ratio=1)
    for c in claims:
        table.add_row(Text(place_label(c.place)), Text(c.force), Text(c.event), Text(claim_when(c)),
                      Text(c.modality), Text(f"{c.confidence:.2f}"), Text(c.attributed_to),
                      Text(crop(c.evidence.sentence, c.evidence.place_span)))
    if not claims:
        table.caption = "no claims"
    return table


def place_label(place: object) -> str:
    """The place as written and as resolved: "Raqqa → Ar Raqqah" (one name when they agree)."""
    name, surface = place.name, place.surface  # type: ignore[attr-defined]
    return name if not surface or surface == name else f"{surface} → {name}"


def crop(sentence: str, span: tuple[int, int], context: int = 60) -> str:
    """The sentence around ``span``, about ``context`` characters each side, cut between words
    with an ellipsis where text was left out."""
    a, b = span
    start, end = max(0, a - context), min(len(sentence), b + context)
    if start > 0:
        space = sentence.find(" ", start, a)
        start = space + 1 if space >= 0 else a
    if end < len(sentence):
        space = sentence.rfind(" ", b, end)
        end = space if space >= 0 else b
    text = sentence[start:end].strip()
    return ("…" if start > 0 else "") + text + ("…" if end < len(sentence) else "")
