"""The store's tables, in SQLAlchemy Core types every dialect has, and their migrations.

``MIGRATIONS[i]`` takes a store from version ``i`` to ``i + 1``; a store records the versions
applied in ``schema_version``. New releases append a step, never edit an old one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.schema import CreateColumn, CreateTable

# Written into the SQLite header (PRAGMA application_id) so a geo store is recognised before
# anything is written to a file: "GEOA" in ASCII.
APPLICATION_ID = 0x47454F41

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied", DateTime, nullable=False, server_default=func.current_timestamp()),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    # Hash of the normalised text and the source (geo.article.article_id): the same story from
    # the same outlet is stored once.
    Column("hash", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=False, default=""),
    Column("source", String(200), nullable=False, default=""),
    Column("url", Text, nullable=False, default=""),
    Column("published", Date),
    # The text itself is not kept (the claims keep their sentences): it would double the store.
    Column("length", Integer, nullable=False, default=0),
    Column("ingested", DateTime, nullable=False, server_default=func.current_timestamp()),
)

places = Table(
    "places",
    metadata,
    Column("geonameid", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("latitude", Float, nullable=False),
    Column("longitude", Float, nullable=False),
    Column("country_code", String(2), nullable=False, default=""),
)

forces = Table(
    "forces",
    metadata,
    Column("id", String(64), primary_key=True),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("ord", Integer, nullable=False),
    Column("place_id", Integer, ForeignKey("places.geonameid"), nullable=False),
    Column("surface", String(200), nullable=False, default=""),
    Column("force_id", String(64), ForeignKey("forces.id"), nullable=False),
    Column("event", String(16), nullable=False),
    Column("date", Date),
    Column("date_precision", String(8), nullable=False),
    Column("modality", String(16), nullable=False),
    Column("attributed_to", String(200), nullable=False, default=""),
    Column("confidence", Float, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("sentence_offset", Integer, nullable=False, default=0),
    Column("place_start", Integer, nullable=False),
    Column("place_end", Integer, nullable=False),
    Column("force_start", Integer),
    Column("force_end", Integer),
    # Version 3: when a state the claim tells as still lasting began ("since June 2014").
    Column("since", Date, info={"added": 3}),
    Column("since_precision", String(8), nullable=False, server_default="unknown",
           info={"added": 3}),
    Index("ix_claims_place", "place_id"),
    Index("ix_claims_article", "article_id"),
    Index("ix_claims_force_date", "force_id", "date"),
)

# Derived from claims (version 2): each place's timeline, rebuilt whenever its claims change, so
# that "who held P on D" is one indexed lookup. ``since`` is when the controller's unbroken run
# began; ``claim_ids`` are the interval's claims and ``basis_ids`` the claims that began that run,
# both comma-separated claim ids.
intervals = Table(
    "intervals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("place_id", Integer, ForeignKey("places.geonameid"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("controller", String(64)),
    Column("state", String(16), nullable=False),
    Column("start", Date),
    Column("start_precision", String(8), nullable=False),
    Column("end", Date),
    Column("end_precision", String(8), nullable=False),
    Column("since", Date),
    Column("since_precision", String(8), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("contesting", Text, nullable=False, default=""),
    Column("besiegers", Text, nullable=False, default=""),
    Column("claim_ids", Text, nullable=False, default=""),
    Column("basis_ids", Text, nullable=False, default=""),
    Index("ix_intervals_place_start", "place_id", "start"),
    Index("ix_intervals_controller", "controller", "start"),
    Index("ix_intervals_start", "start"),
)

# Places whose claims changed since their intervals were last built (version 2). Written in the
# same transaction as the claims, so a crash between the two never leaves a stale timeline.
dirty = Table(
    "dirty",
    metadata,
    Column("place_id", Integer, primary_key=True, autoincrement=False),
)


# Facts about the store itself (version 2): ``timeline`` is the fingerprint of the reasoning
# that built ``intervals``; when the code or its weights change, every timeline is rebuilt.
meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


def _added(column: Column) -> int:
    """The version that added a column to its table (1 for the first tables' own)."""
    return column.info.get("added", 1)


def _create_as_of(table: Table, version: int, conn: Connection) -> None:
    """Create ``table`` with the columns it had in ``version``, as that release wrote it."""
    ddl = CreateTable(table)
    ddl.columns = [c for c in ddl.columns if _added(c.element) <= version]
    conn.execute(ddl)
    for index in table.indexes:
        index.create(conn)


def _add_columns(table: Table, version: int, conn: Connection) -> None:
    for column in table.columns:
        if _added(column) == version:
            spec = CreateColumn(column).compile(dialect=conn.dialect)
            conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {spec}"))


def _v1(conn: Connection) -> None:
    for table in (schema_version, articles, places, forces, claims):
        _create_as_of(table, 1, conn)


def _v2(conn: Connection) -> None:
    intervals.create(conn)
    dirty.create(conn)
    meta.create(conn)
    conn.execute(insert(dirty).from_select(["place_id"], select(places.c.geonameid)))


def _v3(conn: Connection) -> None:
    _add_columns(claims, 3, conn)


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_v1, _v2, _v3)
VERSION = len(MIGRATIONS)
