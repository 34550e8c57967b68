"""``geo ingest`` on a pool or a Dask cluster: Ctrl-C keeps what was committed, nothing
half-written, and the next run completes the corpus; two ingests into one new SQLite file at
once give the serial store. (The same on PostgreSQL: test_scale_postgres.py.)"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from scale_corpora import ingest_at_once, snapshot, variants

from geo.atlas import Atlas

GEO = [sys.executable, "-m", "geo.cli"]


def stored(db: Path) -> dict[tuple[str, str], int]:
    """Claims per stored article, by (source, url), read as another process would."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT a.source, a.url, count(c.id) FROM articles a"
            " LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.id"
        ).fetchall()
    finally:
        conn.close()
    return {(source, url): n for source, url, n in rows}


def stored_so_far(db: Path) -> int:
    try:
        return len(stored(db))
    except sqlite3.OperationalError:  # not created yet
        return 0


def ingest(source: Path, db: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([*GEO, "ingest", str(source), "--db", str(db), *options],
                          capture_output=True, text=True, timeout=240)


@pytest.mark.parametrize("engine", [("--workers", "2"), ("--scheduler", "local-cluster")],
                         ids=["pool", "dask"])
def test_ctrl_c_keeps_every_committed_article_whole_and_a_rerun_completes(
    claims_dev, tmp_path, engine
):
    copies, per_copy = 25, len(claims_dev.read_text().splitlines())
    source, db = variants(claims_dev, tmp_path / "corpus.jsonl", range(copies)), tmp_path / "geo.db"
    run = subprocess.Popen([*GEO, "ingest", str(source), "--db", str(db), *engine],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and stored_so_far(db) < 2 * per_copy:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGINT)  # what a terminal sends the whole job on Ctrl-C
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert "Traceback" not in err and "geo: interrupted" in err
    kept = stored(db)
    assert 2 * per_copy <= len(kept) < copies * per_copy, "interrupted too late to test anything"

    rerun = ingest(source, db, "--workers", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert f"({copies * per_copy - len(kept)} new, {len(kept)} already stored)" in rerun.stdout
    complete = stored(db)
    assert len(complete) == copies * per_copy
    # Nothing half-written: an article kept from the interrupted run has all its claims, as many
    # as the same text under another source got in the uninterrupted rerun.
    by_url = {url: n for (_, url), n in complete.items() if (_, url) not in kept}
    assert all(n == by_url.get(url, n) for (_, url), n in kept.items())
    assert sum(kept.values()) > 0


def test_two_ingests_into_one_new_sqlite_file_give_the_serial_store(claims_dev, tmp_path):
    # Both create the file at once and start with the shared copies, so they race for the
    # schema, the same articles and the same places' timelines.
    first = variants(claims_dev, tmp_path / "first.jsonl", [2, 3, 0, 1])
    second = variants(claims_dev, tmp_path / "second.jsonl", [2, 3, 4, 5])
    db = tmp_path / "geo.db"
    ingest_at_once(str(db), [(first, ["--workers", "1"]), (second, ["--workers", "1"])])
    with Atlas(tmp_path / "ref.db") as ref:
        ref.ingest_many([first, second], progress=False)
        expected = snapshot(ref)
    per_copy = len(claims_dev.read_text().splitlines())
    assert len(stored(db)) == 6 * per_copy  # each article once
    with Atlas(db) as atlas:
        assert snapshot(atlas) == expected
