"""A writer killed with SIGKILL mid-ingest: the store opens and holds exactly what was committed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from atlas_helpers import claim

from geo import Atlas
from geo.article import Article, article_id

CLAIMS_PER_ARTICLE = 12
COPIES = 5  # copies of the dev corpus in the killed ingest, each under other outlet names

# The writer prints each article's number once its transaction has committed.
WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from test_atlas_reliability import story
    from geo import Atlas

    with Atlas({db!r}) as atlas:
        for i in range(100_000):
            atlas.add(*story(i))
            print(i, flush=True)
    """
)


def story(i: int) -> tuple[Article, list]:
    text = f"Story {i}: fighting around the towns of the Euphrates valley."
    places = ("raqqa", "mayadeen", "boukamal")
    claims = [
        claim(
            places[k % 3],
            ("isis", "sdf", "syrian-government")[k % 3],
            "held",
            f"2017-{1 + i % 12:02d}-{1 + k:02d}",
            source=f"S{i}",
        )
        for k in range(CLAIMS_PER_ARTICLE)
    ]
    return Article(text=text, source="Wire", id=article_id(text, "Wire")), claims


def test_kill_9_mid_ingest_loses_nothing_committed_and_half_writes_nothing(tmp_path):
    db = tmp_path / "geo.db"
    code = WRITER.format(tests=str(Path(__file__).parent), db=str(db))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    committed = -1
    assert proc.stdout is not None
    for line in proc.stdout:
        committed = int(line)
        if committed >= 300:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with Atlas(db) as atlas:
        c = atlas.store.counts()
        assert c["articles"] >= committed + 1
        assert c["claims"] == c["articles"] * CLAIMS_PER_ARTICLE  # no article half-written
        stored = c["articles"]
        # The interrupted article goes in now; the committed ones are recognised.
        assert atlas.add(*story(stored))
        assert not atlas.add(*story(stored - 1))
        # The timelines of everything committed are rebuilt after the crash.
        atlas.refresh()
        assert atlas.status(172955, on="2017-01-01").controller == "isis"
        assert atlas.store.counts()["articles"] == stored + 1


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def test_kill_9_during_geo_ingest_of_a_corpus(claims_dev, tmp_path):
    # A corpus of real articles: the dev texts, each under many outlet names (new articles).
    docs = [json.loads(line) for line in claims_dev.read_text(encoding="utf-8").splitlines()]
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for copy in range(COPIES):
            for d in docs:
                f.write(json.dumps({**d, "source": f"{d['source']} #{copy}"}) + "\n")
    db = tmp_path / "geo.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "geo.cli", "ingest", str(corpus), "--db", str(db), "--no-progress"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while _stored(db) < 25 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"

    with Atlas(db) as atlas:
        kept = atlas.store.counts()["articles"]
        assert kept >= 25
        report = atlas.ingest_many([corpus], progress=False)
        assert report.duplicates == kept and report.added == len(docs) * COPIES - kept
        assert atlas.store.counts()["articles"] == len(docs) * COPIES
