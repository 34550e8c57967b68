"""The atlas on a real PostgreSQL server: same answers as SQLite, and concurrent ingests of
overlapping corpora store every article exactly once."""

from __future__ import annotations

import pytest
from scale_corpora import ingest_at_once, snapshot, variants

from geo.atlas import Atlas

pytest.importorskip("psycopg", reason="psycopg is not installed (extra `scale`)")


def test_postgres_store_answers_as_sqlite_does(claims_dev, postgres_url, tmp_path):
    with Atlas(tmp_path / "ref.db") as lite, Atlas(postgres_url) as pg:
        for atlas in (lite, pg):
            report = atlas.ingest_many([claims_dev], progress=False)
            assert report.added == report.articles > 0
            assert atlas.ingest_many([claims_dev], progress=False).added == 0
        assert snapshot(pg) == snapshot(lite)
        assert snapshot(pg)["counts"]["claims"] > 0
        place = pg.store.places()[0]
        assert pg.status(place, on="2017-10-15") == lite.status(place, on="2017-10-15")


def test_concurrent_ingests_of_overlapping_corpora_store_each_article_once(
    claims_dev, postgres_url, tmp_path
):
    # Both start with the shared copies, so they race for the same articles at the same time;
    # one extracts in this process, the other on a pool of two.
    first = variants(claims_dev, tmp_path / "first.jsonl", [3, 4, 5, 0, 1, 2])
    second = variants(claims_dev, tmp_path / "second.jsonl", [3, 4, 5, 6, 7, 8])
    ingest_at_once(postgres_url, [(first, ["--workers", "1"]), (second, ["--workers", "2"])])
    with Atlas(tmp_path / "ref.db") as ref:
        ref.ingest_many([first, second], progress=False)
        expected = snapshot(ref)
    with Atlas(postgres_url) as pg, pg.store.engine.connect() as conn:
        got = snapshot(pg)
        hashes = conn.exec_driver_sql("SELECT hash FROM articles").all()
    assert len(hashes) == len(set(hashes)) == 9 * len(claims_dev.read_text().splitlines())
    assert got == expected
