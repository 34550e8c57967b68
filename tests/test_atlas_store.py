"""The claims store on real SQLite files: dedup, transactions, migrations, foreign files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading

import pytest
from atlas_helpers import claim

from geo import Atlas, StoreError
from geo.article import Article, article_id
from geo.atlas import schema
from geo.atlas.store import Store
from geo.claims import Evidence


def article(text: str, source: str = "AP", published: str | None = "2017-10-14") -> Article:
    pub = dt.date.fromisoformat(published) if published else None
    return Article(text=text, source=source, published=pub, id=article_id(text, source))


def counts(path) -> dict[str, int]:
    with Atlas(path) as atlas:
        return atlas.store.counts()


def test_the_same_article_stored_twice_changes_nothing(tmp_path):
    db = tmp_path / "geo.db"
    claims = [claim("raqqa", "sdf", "contested", "2017-10-14")]
    with Atlas(db) as atlas:
        assert atlas.add(article("Raqqa is about to fall."), claims)
        before = atlas.store.counts()
        # Same text up to spacing and Unicode form, same source: the same article.
        assert not atlas.add(article("Raqqa  is about\nto fall."), claims)
        assert atlas.store.counts() == before
        # Another outlet printing the same words is another article.
        assert atlas.add(article("Raqqa is about to fall.", source="AFP"), claims)
    assert counts(db)["articles"] == 2


def test_a_bad_article_mid_batch_leaves_the_others_whole_and_itself_absent(tmp_path):
    db = tmp_path / "geo.db"
    good = [claim("raqqa", "sdf", "contested", "2017-10-14")]
    # A claim the store cannot hold (no sentence): its article must not be half-written.
    broken = Evidence(None, (0, 1))  # type: ignore[arg-type]
    bad = [
        *good,
        dataclasses.replace(claim("mayadeen", "isis", "held", "2017-10-14"), evidence=broken),
    ]
    with Atlas(db) as atlas:
        assert atlas.add(article("first"), good)
        with pytest.raises(StoreError, match="NOT NULL"):
            atlas.add(article("second"), bad)
        assert atlas.add(article("third"), good)
        atlas.refresh()
        c = atlas.store.counts()
    assert (c["articles"], c["claims"]) == (2, 2)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM places WHERE geonameid=173480").fetchone()[0] == 0


def test_an_empty_file_becomes_a_store(tmp_path):
    db = tmp_path / "empty.db"
    db.touch()
    with Atlas(db) as atlas:
        assert atlas.store.version == schema.VERSION


def _foreign_sqlite(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    return path


def _corrupt_store(path):
    with Atlas(path) as atlas:
        atlas.add(article("some text"), [claim("raqqa", "sdf", "held", "2017-10-18")])
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, past the header
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("title,controller\nRaqqa,sdf\n") and p, "not a SQLite database"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500)) and p, "not a SQLite database"),
        (_foreign_sqlite, "another application"),
        (_corrupt_store, "corrupt"),
    ],
    ids=["csv", "png", "foreign-sqlite", "corrupt-store"],
)
def test_a_foreign_or_corrupt_file_is_refused_and_never_written(tmp_path, make, message):
    path = make(tmp_path / "given.db")
    before = path.read_bytes()
    beside = sorted(tmp_path.iterdir())
    with pytest.raises(StoreError) as err:
        Atlas(path)
    assert message in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)
    assert path.read_bytes() == before
    if message != "corrupt":  # nothing is even created beside a file that is not ours
        assert sorted(tmp_path.iterdir()) == beside


def test_a_store_from_the_first_release_is_migrated_and_keeps_its_claims(tmp_path):
    db = tmp_path / "v1.db"
    old = Store(db, version=1)  # the tables as the first release wrote them, by hand
    with old.engine.begin() as conn:
        conn.execute(schema.articles.insert().values(hash="h1", source="AP"))
        conn.execute(
            schema.places.insert().values(
                geonameid=172955,
                name="Ar Raqqah",
                latitude=35.95,
                longitude=39.01,
                country_code="SY",
            )
        )
        conn.execute(schema.forces.insert().values(id="sdf"))
        conn.execute(
            schema.claims.insert().values(
                article_id=1,
                ord=0,
                place_id=172955,
                force_id="sdf",
                event="captured",
                date=dt.date(2017, 10, 17),
                date_precision="day",
                modality="asserted",
                confidence=0.9,
                sentence="SDF took Raqqa.",
                place_start=9,
                place_end=14,
            )
        )
    old.close()
    with Atlas(db) as atlas:
        assert atlas.store.version == schema.VERSION
        assert not atlas.store.dirty_places()  # the timelines were built on opening
        assert atlas.status(172955, on="2017-10-20").controller == "sdf"
        assert [c.evidence.sentence for c in atlas.claims(place=172955)] == ["SDF took Raqqa."]


def test_a_reader_queries_while_a_writer_ingests(tmp_path):
    db = tmp_path / "geo.db"
    with Atlas(db) as atlas:
        atlas.add(article("seed"), [claim("raqqa", "isis", "captured", "2014")])
        atlas.refresh()
    stop = threading.Event()
    answers: list[str | None] = []

    def read() -> None:
        with Atlas(db) as reader:
            while not stop.is_set():
                answers.append(reader.status(172955, on="2015-01-01").controller)

    t = threading.Thread(target=read)
    t.start()
    try:
        with Atlas(db) as writer:
            for i in range(60):
                writer.add(
                    article(f"story {i}"),
                    [claim("raqqa", "isis", "held", "2015-01-01", source=f"S{i}")],
                )
            writer.refresh()
    finally:
        stop.set()
        t.join()
    assert answers and set(answers) == {"isis"}


def test_the_same_store_runs_on_postgresql(postgres_url):
    with Atlas(postgres_url) as atlas:
        atlas.add(article("a"), [claim("raqqa", "isis", "captured", "2014")])
        atlas.add(
            article("b"),
            [
                claim("raqqa", "sdf", "captured", "2017-10-17"),
                claim("raqqa", "isis", "lost", "2017-10-17"),
            ],
        )
        atlas.refresh()
        assert atlas.status(172955, on="2016-01-01").controller == "isis"
        assert atlas.status(172955, on="2017-10-18").controller == "sdf"
        assert [c.after for c in atlas.changes("2017-01-01", "2017-12-31")] == ["sdf"]
    with Atlas(postgres_url) as again:  # reopened: migrations are not re-run
        assert again.store.version == schema.VERSION
