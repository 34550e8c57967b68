"""``geo ingest`` on a pool or a Dask cluster: Ctrl-C keeps what was committed, nothing
half-written, and the next run completes the corpus. (Parallel ingest giving the serial store is
tested on PostgreSQL, in test_scale_postgres.py.)"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

GEO = [sys.executable, "-m", "geo.cli"]


def corpus(claims_dev: Path, out: Path, copies: int) -> Path:
    """The dev articles ``copies`` times, each copy under its own source (a distinct article)."""
    rows = [json.loads(line) for line in claims_dev.read_text(encoding="utf-8").splitlines()]
    with out.open("w", encoding="utf-8") as f:
        for k in range(copies):
            f.writelines(json.dumps({**r, "source": f"{r['source']} #{k}"}) + "\n" for r in rows)
    return out


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
    source, db = corpus(claims_dev, tmp_path / "corpus.jsonl", copies), tmp_path / "geo.db"
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
