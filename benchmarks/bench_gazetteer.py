"""Gazetteer speed: cold index build, warm load, resolve calls/s, find() MB/s, peak memory.

Usage: ``python benchmarks/bench_gazetteer.py [--skip-cold]``. Texts and names come from
../shared/eval when present (GeoVirus articles, toponyms.tsv), else from the seed article.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
WARM_LOAD = "import time; t=time.perf_counter(); from gazetteer import Gazetteer; " \
            "Gazetteer(); print(time.perf_counter() - t)"


def corpus() -> tuple[list[str], list[str]]:
    """Texts, and the place names their annotators marked (plus toponyms.tsv's spellings)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from geovirus import DEFAULT, load

    names = []
    path = SHARED / "eval" / "toponyms.tsv"
    if path.exists():
        with path.open(encoding="utf-8") as f:
            names = [r["spelling"] for r in csv.DictReader(f, delimiter="\t")]
    if DEFAULT.exists():
        articles = load(DEFAULT)
        return [t for t, _ in articles], names + [g.name for _, gs in articles for g in gs]
    return [(SHARED / "seed" / "raqqa-2017-10-14.txt").read_text(encoding="utf-8")], names


def rate(gaz, queries: list[str]) -> float:  # type: ignore[no-untyped-def]
    t0 = time.process_time()
    for q in queries:
        gaz.resolve(q)
    return len(queries) / (time.process_time() - t0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-cold", action="store_true", help="do not time a cold build")
    args = parser.parse_args(argv)
    from gazetteer import Gazetteer

    if not args.skip_cold:
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "GEO_GAZETTEER_CACHE": tmp}
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", "from gazetteer import Gazetteer; Gazetteer()"],
                           env=env, check=True, stderr=subprocess.DEVNULL)
            print(f"cold build (new process, empty cache): {time.perf_counter() - t0:.1f} s")
    Gazetteer.default()  # make sure the real cache is warm
    loads = [float(subprocess.run([sys.executable, "-c", WARM_LOAD], capture_output=True,
                                  text=True, check=True).stdout) for _ in range(3)]
    print(f"warm load (Gazetteer() in a new process): {min(loads):.3f} s")

    gaz = Gazetteer.default()
    docs, places = corpus()
    distinct = list(dict.fromkeys(places))
    print(f"resolve, place names: {rate(gaz, distinct):,.0f} names/s first time "
          f"({len(distinct):,} distinct), {rate(gaz, places):,.0f} names/s as they come "
          f"({len(places):,} with repeats)")
    words = list(dict.fromkeys(w.strip(".,;:()\"'") for d in docs for w in d.split()
                               if w[:1].isupper()))
    words = words[:3000]
    print(f"resolve, any capitalised word (misses go to fuzzy matching): "
          f"{rate(gaz, words):,.0f} names/s ({len(words):,} distinct)")

    megabytes = sum(len(d.encode()) for d in docs) / 1e6
    fresh = Gazetteer()  # a find() cache of its own, empty
    t0 = time.process_time()
    for d in docs:
        fresh.find(d)
    cold = time.process_time() - t0
    t0 = time.process_time()
    for d in docs:
        fresh.find(d)
    warm = time.process_time() - t0
    print(f"find: {megabytes / cold:.2f} MB/s first pass, {megabytes / warm:.2f} MB/s with "
          f"names seen before ({len(docs)} texts, {megabytes:.2f} MB; CPU time, one core)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:,.0f} MB (resident, this process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
