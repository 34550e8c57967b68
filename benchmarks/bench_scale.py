"""Corpus-scale extraction speed: articles/s on 1 and 2 local worker processes (scaling ratio),
peak memory per worker, and the same through a Dask LocalCluster.

The corpus is generated (templates in scale_corpus.toml, forces from geo's lexicons), written as
one .jsonl.gz and streamed back through geo.corpus, as ``geo ingest`` reads it.

    python benchmarks/bench_scale.py                 # 20,000 articles, pool and Dask
    python benchmarks/bench_scale.py --articles 2000 --no-dask
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import random
import statistics
import tempfile
import threading
import time
import tomllib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, wait
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

import psutil

from geo.batch import DASK_CHUNK, LOCAL_CHUNK, Extracted, extract_batches, process_pool
from geo.batch.engine import run_executor
from geo.batch.worker import extract_chunk
from geo.corpus import iter_articles
from geo.forces import builtin_lexicons

TEMPLATES = Path(__file__).with_name("scale_corpus.toml")
Run = Callable[[Iterable], Iterator[list[Extracted]]]


def generate(n: int, seed: int = 7) -> Iterator[dict]:
    """``n`` article rows of 3,000-5,000 characters, about a quarter of sentences claims."""
    data = tomllib.loads(TEMPLATES.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    wars = [(lex, data["towns"][lex.id]) for lex in builtin_lexicons() if lex.id in data["towns"]]
    for i in range(n):
        lexicon, towns = wars[i % len(wars)]
        forces = [f for f in lexicon.forces if f.aliases]
        paragraphs = []
        while sum(map(len, paragraphs)) < rng.randint(3000, 5000):
            sentences = []
            for _ in range(rng.randint(2, 4)):
                if rng.random() < 0.25:
                    force, other = rng.sample(forces, 2)
                    place, place2 = rng.sample(towns, 2)
                    sentences.append(rng.choice(data["claims"]).format(
                        force=rng.choice(force.aliases), other=rng.choice(other.aliases),
                        place=place, place2=place2, day=rng.choice(data["weekdays"])))
                else:
                    sentences.append(rng.choice(data["filler"]))
            paragraphs.append(" ".join(sentences))
        published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        yield {"title": f"Dispatch {i}: fighting around {rng.choice(towns)}",
               "published": published.isoformat(), "source": "bench",
               "text": "\n\n".join(paragraphs)}


class Sampler(threading.Thread):
    """Samples every descendant process: each one's peak resident memory and CPU time so far."""

    def __init__(self, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.interval, self._stop_event = interval, threading.Event()
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}

    def run(self) -> None:
        me = psutil.Process()
        while not self._stop_event.wait(self.interval):
            for child in me.children(recursive=True):
                try:
                    with child.oneshot():
                        rss, times = child.memory_info().rss, child.cpu_times()
                except psutil.Error:
                    continue
                self.peaks[child.pid] = max(self.peaks.get(child.pid, 0), rss)
                self.cpu[child.pid] = times.user + times.system

    def __enter__(self) -> Sampler:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop_event.set()
        self.join()


def measure(label: str, corpus: Path, run: Run,
            setup: Callable[[], AbstractContextManager] = nullcontext) -> float:
    """Time one run over the corpus (after ``setup``, which is not timed) and print its figures."""
    load = os.getloadavg()[0]
    with Sampler() as sampler, setup() as ready:
        time.sleep(2 * sampler.interval)  # a sample of the warmed-up workers before the clock
        parent, base = psutil.Process().cpu_times(), dict(sampler.cpu)
        start = time.perf_counter()
        articles = claims = 0
        for batch in run(iter_articles([corpus]), ready):
            articles += len(batch)
            claims += sum(len(x.claims) for x in batch)
        seconds = time.perf_counter() - start
        after = psutil.Process().cpu_times()
    here = (after.user + after.system - parent.user - parent.system) / articles * 1e3
    # Worker processes: those that grew past 50 MB (the forkserver and nannies stay small).
    workers = [pid for pid, peak in sampler.peaks.items() if peak > 50e6]
    figures = f"this process {here:.1f} CPU ms/article"
    if workers:
        peaks = [sampler.peaks[pid] / 1e6 for pid in workers]
        cpu = sum(sampler.cpu.get(pid, 0) - base.get(pid, 0) for pid in workers) / articles * 1e3
        figures = (f"peak RSS per worker {max(peaks):.0f} MB (median {statistics.median(peaks):.0f}"
                   f" MB, {len(workers)} processes), workers {cpu:.1f} + {figures}")
    rate = articles / seconds
    print(f"{label:<28} {articles:>6} articles {claims:>7} claims {seconds:7.1f} s "
          f"{rate:7.1f} articles/s  [load {load:.1f}]  {figures}", flush=True)
    return rate


@contextmanager
def warm_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool whose workers are started and warmed up (as a Dask cluster's are) before timing."""
    with process_pool(workers) as pool:
        wait([pool.submit(extract_chunk, []) for _ in range(2 * workers)])
        yield pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster runs")
    parser.add_argument("--no-pool", action="store_true", help="skip the serial and pool runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl.gz"
        with gzip.open(corpus, "wt", encoding="utf-8") as f:
            f.writelines(json.dumps(row) + "\n" for row in generate(args.articles))
        size = sum(len(a.text) for a in iter_articles([corpus])) / args.articles
        print(f"corpus: {args.articles} generated articles, mean {size:.0f} characters, "
              f"{psutil.cpu_count()} cores\n", flush=True)

        def pool_run(arts: Iterable, pool) -> Iterator[list[Extracted]]:
            return run_executor(pool, arts, chunk_size=LOCAL_CHUNK, in_flight=4)

        if not args.no_pool:
            measure("serial, in this process", corpus,
                    lambda arts, _: extract_batches(arts, workers=1))
            one = measure("process pool, 1 worker", corpus, pool_run, lambda: warm_pool(1))
            two = measure("process pool, 2 workers", corpus, pool_run, lambda: warm_pool(2))
            print(f"scaling 2 vs 1 worker: {two / one:.2f}x (target >= 1.7x)\n")
        if args.no_dask:
            return
        from geo.batch.cluster import dask_executor

        def dask_run(arts: Iterable, ready) -> Iterator[list[Extracted]]:
            executor, slots = ready
            return run_executor(executor, arts, chunk_size=DASK_CHUNK, in_flight=4 * slots)

        d1 = measure("Dask LocalCluster, 1 worker", corpus, dask_run,
                     lambda: dask_executor("local-cluster", 1))
        d2 = measure("Dask LocalCluster, 2 workers", corpus, dask_run,
                     lambda: dask_executor("local-cluster", 2))
        print(f"Dask scaling 2 vs 1 worker: {d2 / d1:.2f}x")


if __name__ == "__main__":
    main()
