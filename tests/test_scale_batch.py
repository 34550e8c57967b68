"""Parallel extraction gives exactly the serial claims: local process pool and Dask cluster."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from geo.article import Article, read_articles
from geo.batch import extract_batches, process_pool
from geo.batch.engine import run_executor, run_serial
from geo.batch.worker import extract_chunk
from geo.errors import GeoError, InputError

distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed")

CHUNK = 3  # small chunks: many tasks, finishing out of order across workers


@pytest.fixture(scope="module")
def corpus(claims_dev) -> list[Article]:
    """The dev articles three times over, under distinct ids."""
    articles = list(read_articles(claims_dev))
    return [
        dataclasses.replace(a, id=f"{a.id}#{copy}")
        for copy, a in itertools.product(range(3), articles)
    ]


def by_id(batches) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for batch in batches:
        for item in batch:
            assert item.error is None, item.error
            assert item.article.id not in out, "an article came back twice"
            out[item.article.id] = [c.to_dict() for c in item.claims]
    return out


@pytest.fixture(scope="module")
def serial(corpus) -> dict[str, list[dict]]:
    result = by_id(run_serial(corpus, chunk_size=CHUNK))
    assert sum(map(len, result.values())) > len(corpus) // 2, "the extractor found next to nothing"
    return result


@pytest.fixture(scope="module")
def dask_cluster():
    # Threads in this process, but reached over TCP on 127.0.0.1 as a remote cluster would be.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
        host="127.0.0.1", dashboard_address=":0",
    ) as cluster:
        yield cluster


def test_process_pool_gives_the_serial_claims(corpus, serial):
    assert by_id(extract_batches(corpus, workers=2, chunk_size=CHUNK)) == serial


def test_dask_cluster_gives_the_serial_claims(corpus, serial, dask_cluster):
    assert dask_cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    batches = extract_batches(corpus, scheduler=dask_cluster.scheduler_address, chunk_size=CHUNK)
    assert by_id(batches) == serial


def test_pool_workers_are_warm_before_their_first_task(corpus):
    with process_pool(2) as pool:
        results = [pool.submit(extract_chunk, [a]).result() for a in corpus[:8]]
    assert all(r.was_warm for r in results)


def test_dask_workers_are_warm_before_their_first_task(corpus, monkeypatch):
    from geo.batch import worker
    from geo.batch.cluster import WarmUp

    # In-process workers share this module: forget any earlier warm-up so the plugin must act.
    monkeypatch.setattr(worker, "_warm", False)
    with (
        distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as client,
    ):
        client.register_plugin(WarmUp())
        futures = client.map(extract_chunk, [[a] for a in corpus[:4]], pure=False)
        results = client.gather(futures)
    assert all(r.was_warm for r in results)


def test_a_bad_worker_count_is_a_user_error(corpus):
    with pytest.raises(InputError, match="--workers 0"):
        next(extract_batches(corpus, workers=0))


def test_a_bad_scheduler_address_is_a_user_error(corpus):
    with pytest.raises(InputError, match="--scheduler nonsense: no Dask scheduler there"):
        next(extract_batches(corpus, scheduler="nonsense"))


def test_a_worker_killed_midway_is_a_one_line_error(corpus):
    psutil = pytest.importorskip("psutil")
    with process_pool(2) as pool:
        batches = run_executor(pool, corpus * 4, chunk_size=CHUNK, in_flight=4)
        next(batches)
        # Pool workers are forked by the forkserver: this process's grandchildren.
        me = psutil.Process()
        workers = [p for p in me.children(recursive=True) if p.ppid() != me.pid]
        assert workers, "no worker process to kill"
        workers[0].kill()
        with pytest.raises(GeoError, match="the extraction workers stopped"):
            list(batches)
