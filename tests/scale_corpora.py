"""Corpora and store snapshots shared by the scale tests (not a test module itself)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from geo.atlas import Atlas


def variants(claims_dev: Path, out: Path, copies: Iterable[int]) -> Path:
    """The dev articles once per copy, each copy under its own source, so a distinct article."""
    rows = [json.loads(line) for line in claims_dev.read_text(encoding="utf-8").splitlines()]
    with out.open("w", encoding="utf-8") as f:
        for k in copies:
            f.writelines(json.dumps({**r, "source": f"{r['source']} copy {k}"}) + "\n"
                         for r in rows)
    return out


def snapshot(atlas: Atlas) -> dict:
    """Everything a reader sees: table sizes, and every place's history with its evidence."""
    return {
        "counts": atlas.store.counts(),
        "dirty": sorted(atlas.store.dirty_places()),
        "histories": {
            gid: [(iv.controller, iv.state, iv.start, iv.end, sorted(c.evidence.sentence
                   for c in iv.claims)) for iv in ivs]
            for gid, ivs in atlas.histories().items()
        },
    }


def ingest_at_once(db: str, runs: Sequence[tuple[Path, Sequence[str]]]) -> None:
    """Start one ``geo ingest CORPUS --db DB OPTIONS...`` per run together; all must succeed."""
    procs = [
        subprocess.Popen([sys.executable, "-m", "geo.cli", "ingest", str(corpus), "--db", db,
                          *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for corpus, options in runs
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
