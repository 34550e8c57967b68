"""A state told as still lasting with its start ("has ruled Mosul since June 2014"): one claim
on the day of writing that carries its start as ``since``, kept by the store (and by a store
made before the field existed), read by the timeline on both days, shown by the CLI and the map.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from extract_helpers import asserted
from render_samples import page_payload

from geo.article import Article
from geo.atlas import Atlas
from geo.atlas.store import Store
from geo.claims import Claim, Evidence, PlaceRef
from geo.cli import main
from geo.evaluate import read_gold, score
from geo.render import render_map

MOSUL, NYALA, VUHLEDAR, KUPIANSK, MANBIJ = 99072, 369004, 690823, 704839, 167357


@pytest.mark.parametrize(("text", "published", "fact", "since"), [
    ("Islamic State has ruled Mosul since June 2014, and the army is now massing south of it.",
     dt.date(2016, 10, 1), (MOSUL, "isis", "held"), (dt.date(2014, 6, 1), "month")),
    ("The Rapid Support Forces have controlled Nyala since October, residents said.",
     dt.date(2023, 11, 20), (NYALA, "rsf", "held"), (dt.date(2023, 10, 1), "month")),
    ("Russian forces have besieged Vuhledar since early October.",
     dt.date(2023, 11, 20), (VUHLEDAR, "ukraine", "besieged"), (dt.date(2023, 10, 1), "month")),
    ("The SDF has held Manbij since it drove IS out in 2016.",
     dt.date(2018, 3, 2), (MANBIJ, "sdf", "held"), (dt.date(2016, 1, 1), "year")),
])
def test_a_lasting_state_is_one_claim_on_the_day_of_writing_with_its_start(
        ex, text, published, fact, since):
    told = [c for c in asserted(ex, text, published)
            if (c.place.geonameid, c.force, c.event) == fact]
    assert [(c.date, c.date_precision, c.since, c.since_precision) for c in told] == [
        (published, "day", *since)]


@pytest.mark.parametrize(("text", "published", "fact"), [
    # over, or never said to last: no start to carry
    ("Rebels had held Palmyra since 2012 when the jihadists stormed it.", dt.date(2015, 5, 20),
     (163808, "syrian-opposition", "held")),
    ("Islamic State holds Mosul.", dt.date(2016, 10, 1), (MOSUL, "isis", "held")),
    ("The Rapid Support Forces seized Nyala in October.", dt.date(2023, 11, 20),
     (NYALA, "rsf", "captured")),
])
def test_a_state_told_without_a_lasting_start_has_none(ex, text, published, fact):
    told = [c for c in asserted(ex, text, published)
            if (c.place.geonameid, c.force, c.event) == fact]
    assert told and all(c.since is None and c.since_precision == "unknown" for c in told)


def test_the_start_survives_json(ex):
    c = asserted(ex, "Islamic State has ruled Mosul since June 2014.", dt.date(2016, 10, 1))[0]
    d = json.loads(json.dumps(c.to_dict()))
    assert (d["since"], d["since_precision"]) == ("2014-06-01", "month")
    assert Claim.from_dict(d) == c


ARTICLE = Article(
    text="Islamic State has ruled Mosul since June 2014, and the army is now massing south of it.",
    published=dt.date(2016, 10, 1), source="Example Wire", url="https://example.org/mosul",
)


def test_the_timeline_reads_the_state_on_both_days_and_cites_the_claim_once(tmp_path):
    db = tmp_path / "geo.db"
    with Atlas(db) as atlas:
        atlas.ingest(Article(text="Iraqi forces retook Mosul on 5 January 2014.",
                             published=dt.date(2014, 1, 6), source="Other Wire"))
        atlas.ingest(ARTICLE)
    with Atlas(db) as atlas:  # read back from the file
        (stored,) = [c for c in atlas.claims(place=MOSUL) if c.force == "isis"]
        assert (stored.since, stored.since_precision) == (dt.date(2014, 6, 1), "month")
        # evidence on the day the holding began and on the day of writing, none between
        assert [(st.controller, st.stale) for st in (
            atlas.status(MOSUL, on=day) for day in ("2014-06-20", "2015-09-01", "2016-10-02"))
        ] == [("isis", False), ("isis", True), ("isis", False)]
        before, run = atlas.history(MOSUL)
        assert (before.controller, run.controller) == ("iraqi-government", "isis")
        assert run.claims == (stored,)


def test_a_store_made_before_the_field_gains_it_and_keeps_its_claims(tmp_path):
    db = tmp_path / "v2.db"
    with Atlas(db) as atlas:  # claims written by the release before, through its own tables
        atlas.ingest(Article(text="The SDF captured Manbij on 12 August 2016.",
                             published=dt.date(2016, 8, 13), source="Wire"))
    with sqlite3.connect(db) as conn:  # as that release left the file: no start column
        conn.execute("ALTER TABLE claims DROP COLUMN since")
        conn.execute("ALTER TABLE claims DROP COLUMN since_precision")
        conn.execute("DELETE FROM schema_version WHERE version = 3")
    conn.close()
    assert Store(db, version=2).version == 2
    with Atlas(db) as atlas:
        assert atlas.store.version == 3
        (old,) = atlas.claims(place=MANBIJ)
        assert (old.force, old.event, old.since, old.since_precision) == (
            "sdf", "captured", None, "unknown")
        atlas.ingest(Article(text="The SDF has held Manbij since it drove IS out in 2016.",
                             published=dt.date(2018, 3, 2), source="Wire"))
    with Atlas(db) as atlas:
        assert {c.since for c in atlas.claims(place=MANBIJ)} == {None, dt.date(2016, 1, 1)}
        assert atlas.status(MANBIJ, on="2017-01-01").controller == "sdf"


def test_the_cli_shows_the_start(tmp_path, capsys):
    path = tmp_path / "mosul.md"
    path.write_text(f"---\npublished: 2016-10-01\n---\n{ARTICLE.text}\n", encoding="utf-8")
    assert main(["extract", str(path), "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert any(d["since"] == "2014-06-01" and d["date"] == "2016-10-01" for d in lines)
    assert main(["extract", str(path)]) == 0
    assert "2016-10-01 (since 2014-06)" in capsys.readouterr().out


def test_the_map_carries_the_start_of_a_claim(tmp_path):
    with Atlas(tmp_path / "geo.db") as atlas:
        atlas.ingest(ARTICLE)
        html = render_map(atlas.histories(), tmp_path / "m.html",
                          today=dt.date(2016, 10, 1)).read_text(encoding="utf-8")
    data = page_payload(html)
    (row,) = [r for r in data["claims"] if r[9] is not None]
    assert row[3] == (dt.date(2016, 10, 1) - dt.date(1970, 1, 1)).days
    assert row[9] == (dt.date(2014, 6, 1) - dt.date(1970, 1, 1)).days
    assert data["precisions"][row[10]] == "month"


def test_evaluation_counts_a_lasting_state_on_either_of_its_days_and_not_between(tmp_path):
    gold = tmp_path / "gold.jsonl"
    golds = [(1, "2014"), (2, "2016-10-01"), (3, "2015-05")]
    gold.write_text(json.dumps({"id": "a", "published": "2016-10-01", "text": "T.", "gold": [
        {"geonameid": g, "force": "isis", "events": ["held"], "date": d,
         "date_precision": {4: "year", 7: "month", 10: "day"}[len(d)], "optional": False}
        for g, d in golds]}) + "\n", encoding="utf-8")
    ((_, read),) = read_gold(gold)
    told = [Claim(PlaceRef("X", g, 0.0, 0.0, "IQ"), "isis", "held", dt.date(2016, 10, 1), "day",
                  "asserted", Evidence("s", (0, 1)), 0.9, since=dt.date(2014, 6, 1),
                  since_precision="month") for g, _ in golds]
    r = score([(told, read)])
    assert (r.overall.matched, r.overall.recalled) == (2, 2)
    assert [g.geonameid for g in r.misses] == [3]  # a day between is not told
