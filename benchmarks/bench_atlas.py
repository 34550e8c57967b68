"""Atlas benchmark: ingest rate, timeline rebuild, store size and status queries per second.

Builds a store of synthetic claims (default: 1,000,000 claims over 20,000 places, 20 claims per
article) through the real write path (``Atlas.add``, one transaction per article), then asks
``Atlas.status`` for random places and days, and reads every history as the map does (time and
peak memory, in a fresh process). Targets: 5,000 status queries/s, file < 500 MB.

    python benchmarks/bench_atlas.py [--claims N] [--places N] [--queries N] [--db PATH]
    python benchmarks/bench_atlas.py --db big.db --reuse   # measure a store built before
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import resource
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from geo import Atlas
from geo.article import Article, article_id
from geo.atlas.atlas import MAP_EVIDENCE
from geo.claims import Claim, Evidence, PlaceRef

FORCES = ("isis", "sdf", "syrian-government", "iraqi-government", "turkey", "syrian-opposition")
# event, modality and weight: mostly holdings and fighting, fewer changes, some hedged reports
EVENTS = (
    ("held", "asserted", 40),
    ("contested", "asserted", 20),
    ("captured", "asserted", 15),
    ("lost", "asserted", 10),
    ("besieged", "asserted", 5),
    ("captured", "expected", 5),
    ("captured", "negated", 5),
)
FIRST_DAY = dt.date(2014, 1, 1).toordinal()
DAYS = 6 * 365


def make_places(n: int, rng: random.Random) -> list[PlaceRef]:
    return [
        PlaceRef(
            f"Town {i}",
            10_000_000 + i,
            rng.uniform(32.0, 37.0),
            rng.uniform(36.0, 46.0),
            rng.choice(("SY", "IQ")),
            f"Town {i}",
        )
        for i in range(n)
    ]


def make_article(i: int, places: list[PlaceRef], per: int, rng: random.Random):
    """One article of ``per`` claims, carrying its source, link and date as extracted ones do."""
    published = dt.date.fromordinal(FIRST_DAY + rng.randrange(DAYS))
    source = f"Outlet {rng.randrange(40)}"
    kinds, weights = zip(*((e[:2], e[2]) for e in EVENTS), strict=True)
    facts = []
    for k in range(per):
        place, force = rng.choice(places), rng.choice(FORCES)
        event, modality = rng.choices(kinds, weights)[0]
        day = published - dt.timedelta(days=rng.randrange(3))
        sentence = (
            f"On {day:%B %d}, {force} fighters were reported to have {event} {place.name}"
            f" after days of clashes, a spokesman said in statement number {k}."
        )
        facts.append((place, force, event, modality, day, sentence))
    text = f"Article {i}. " + " ".join(f[-1] for f in facts)
    url = f"https://news.example/{i}"
    article = Article(
        text=text,
        title=f"Article {i}",
        published=published,
        source=source,
        url=url,
        id=article_id(text, source),
    )
    claims = [
        Claim(
            place,
            force,
            event,
            day,
            "day",
            modality,  # type: ignore[arg-type]
            Evidence(sentence, (70, 70 + len(place.name))),
            round(rng.uniform(0.5, 0.95), 2),
            source=source,
            url=url,
            published=published,
            article_id=article.id,
        )
        for place, force, event, modality, day, sentence in facts
    ]
    return article, claims


def read_histories(db: Path, evidence: int | None) -> tuple[float, float, float, int, int]:
    """In a fresh process: seconds for ``Atlas.histories``, peak MB before and after, and the
    claims attached and left out."""
    with Atlas(db) as atlas:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        histories = atlas.histories(evidence=evidence)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        ivs = [iv for ivs in histories.values() for iv in ivs]
        return seconds, before, peak, sum(len(iv.claims) for iv in ivs), sum(
            iv.unattached for iv in ivs
        )


def stored(counts: dict[str, int]) -> list[tuple[str, str]]:
    return [
        ("articles / claims stored", f"{counts['articles']:,} / {counts['claims']:,}"),
        ("places / intervals", f"{counts['places']:,} / {counts['intervals']:,}"),
    ]


def build(
    db: Path, places: list[PlaceRef], n: int, per: int, rng: random.Random, console: Console
) -> list[tuple[str, str]]:
    """Write the synthetic store; figures for the ingest and the timeline rebuild."""
    with Atlas(db) as atlas:
        ingest_s = 0.0  # the store's time only, not the making of the synthetic articles
        for i in track(range(n), description="ingest", console=console):
            article, claims = make_article(i, places, per, rng)
            started = time.perf_counter()
            atlas.add(article, claims)
            ingest_s += time.perf_counter() - started
        started = time.perf_counter()
        rebuilt = atlas.refresh()
        refresh_s = time.perf_counter() - started
        counts = atlas.store.counts()
    return [
        *stored(counts),
        (
            "ingest (one transaction per article)",
            f"{n / ingest_s:,.0f} articles/s, {counts['claims'] / ingest_s:,.0f} claims/s",
        ),
        ("timeline rebuild", f"{rebuilt:,} places in {refresh_s:.1f} s"),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--places", type=int, default=20_000)
    ap.add_argument("--per-article", type=int, default=20)
    ap.add_argument("--queries", type=int, default=20_000)
    ap.add_argument("--db", type=Path, help="store file (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="measure --db as it is, adding nothing")
    args = ap.parse_args()
    console = Console()
    rng = random.Random(7)
    places = make_places(args.places, rng)
    n_articles = args.claims // args.per_article
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.db"

    results: list[tuple[str, str]] = []
    if args.reuse:
        with Atlas(db) as atlas:
            counts = atlas.store.counts()
        results += stored(counts)
    else:
        results += build(db, places, n_articles, args.per_article, rng, console)
    with Atlas(db) as atlas, atlas.store.reader.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    results.append(("store file", f"{db.stat().st_size / 1e6:,.0f} MB"))

    asks = [
        (rng.choice(places).geonameid, dt.date.fromordinal(FIRST_DAY + rng.randrange(DAYS)))
        for _ in range(args.queries)
    ]
    with Atlas(db) as atlas:
        for label in ("status, cold process", "status, warm"):
            started = time.perf_counter()
            for gid, day in asks:
                atlas.status(gid, on=day)
            rate = len(asks) / (time.perf_counter() - started)
            results.append((label, f"{rate:,.0f} queries/s"))
        started = time.perf_counter()
        held = atlas.held_by("isis", on="2017-06-01")
        results.append(
            ("held_by('isis')", f"{len(held):,} places in {time.perf_counter() - started:.2f} s")
        )
    # A fresh process per reading, so that its peak memory is the reading's own.
    spawn = multiprocessing.get_context("spawn")
    for evidence in (None, MAP_EVIDENCE):
        with ProcessPoolExecutor(1, mp_context=spawn) as pool:
            reading = pool.submit(read_histories, db, evidence)
            seconds, before, peak, attached, left = reading.result()
        results.append((
            f"histories(evidence={evidence})",
            f"{seconds:.1f} s, peak {peak:,.0f} MB ({peak - before:+,.0f} MB), "
            f"{attached:,} claims attached, {left:,} counted only",
        ))

    table = Table(title=f"atlas benchmark ({args.claims:,} claims, {args.places:,} places)")
    table.add_column("measure")
    table.add_column("figure", justify="right")
    for row in results:
        table.add_row(*row)
    console.print(table)
    tmp.cleanup()


if __name__ == "__main__":
    main()
