"""Histories with capped evidence (what the map reads): the same intervals and the same
staleness on every day as with all the claims, far fewer claims in memory."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import random

import pytest
from atlas_helpers import claim
from rich.console import Console

from geo import Atlas
from geo.article import Article
from geo.atlas.atlas import evidence_sample
from geo.progress import IngestProgress

START = dt.date(2015, 1, 1)


def stale(days: list[dt.date], on: dt.date, horizon: int) -> bool:
    """The atlas's and the map's rule: no claim within ``horizon`` days of ``on``."""
    return not any(abs((on - d).days) <= horizon for d in days)


def random_case(rng: random.Random) -> tuple[list[int], dict[int, dt.date | None]]:
    # Reports come in bursts (a battle) with quiet spells between, some undated.
    days: dict[int, dt.date | None] = {}
    centre = rng.randrange(0, 1000)
    for i in rng.sample(range(1000), rng.randrange(1, 40)):
        if rng.random() < 0.2:
            centre = rng.randrange(0, 1000)
        days[i] = None if rng.random() < 0.1 else START + dt.timedelta(centre + rng.randrange(25))
    return list(days), days


@pytest.mark.parametrize("horizon", [0, 7, 90])
@pytest.mark.parametrize("cap", [0, 1, 3])
def test_a_capped_sample_keeps_staleness_on_every_day_and_the_newest_claims(cap, horizon):
    rng = random.Random(cap * 100 + horizon)
    for _ in range(60):
        ids, days = random_case(rng)
        kept = evidence_sample(ids, days, cap, horizon)
        assert list(kept) == [i for i in ids if i in set(kept)]  # a subsequence, in order
        dated = sorted((d, i) for i, d in days.items() if d is not None)
        assert {i for _, i in dated[len(dated) - cap:]} <= set(kept) or len(ids) <= cap
        every = [d for d in days.values() if d is not None]
        some = [d for i in kept if (d := days[i]) is not None]
        assert max(every, default=None) == max(some, default=None)
        for offset in range(-2 * horizon - 3, 1030 + 2 * horizon):
            on = START + dt.timedelta(offset)
            assert stale(some, on, horizon) == stale(every, on, horizon), (ids, days, on)


def test_a_long_run_of_daily_reports_is_carried_by_a_handful():
    ids = list(range(365))
    days = {i: START + dt.timedelta(i) for i in ids}
    kept = evidence_sample(ids, days, 2, 90)
    assert len(kept) <= 2 + 3 and {363, 364} <= set(kept)
    assert evidence_sample(ids[:2], days, 2, 90) == (0, 1)


@pytest.fixture(scope="module")
def busy_store(tmp_path_factory):
    """Raqqa held by ISIS, reported every few days for two years by many outlets, then taken."""
    path = tmp_path_factory.mktemp("hist") / "geo.db"
    with Atlas(path) as atlas:
        for k in range(120):
            day = (dt.date(2015, 6, 1) + dt.timedelta(days=6 * k)).isoformat()
            c = claim("raqqa", "isis", "held", day, source=f"Outlet {k % 9}", article=f"a{k}")
            atlas.add(Article(text=f"report {k}", source=c.source), [c])
        taken = claim("raqqa", "sdf", "captured", "2017-10-17", source="Reuters")
        atlas.add(Article(text="taken", source="Reuters"), [taken])
    return path


@pytest.mark.parametrize("rebuilt", [False, True], ids=["computed-afresh", "stored"])
def test_capped_histories_are_the_full_ones_with_fewer_claims(busy_store, tmp_path, rebuilt):
    db = tmp_path / "geo.db"
    db.write_bytes(busy_store.read_bytes())
    with Atlas(db) as atlas:
        if rebuilt:
            atlas.refresh()
        assert bool(atlas.store.dirty_places()) is not rebuilt
        full, capped = atlas.histories(), atlas.histories(evidence=4)
        horizon = atlas.rules.horizon_days
    assert full.keys() == capped.keys()
    total = attached = 0
    for gid in full:
        for whole, part in zip(full[gid], capped[gid], strict=True):
            assert set(part.claims) <= set(whole.claims)
            assert part.unattached == len(whole.claims) - len(part.claims)
            assert dataclasses.replace(part, claims=whole.claims, unattached=0) == whole
            every = [c.date for c in whole.claims]
            some = [c.date for c in part.claims]
            for offset in range(0, 1000, 3):
                on = dt.date(2015, 5, 1) + dt.timedelta(offset)
                assert stale(some, on, horizon) == stale(every, on, horizon)
            total, attached = total + len(whole.claims), attached + len(part.claims)
    assert total == 121 and attached < total / 4


def test_the_progress_line_counts_articles_and_claims_per_second():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    with IngestProgress(console=console) as bar:
        bar.show(3, 41)
    text = out.getvalue()
    assert "3 articles, 41 claims" in text and "articles/s" in text and "it/s" not in text
