"""The claims store: articles, places, forces, claims and the derived intervals, on SQLAlchemy.

SQLite by default (one file, WAL so readers query while a writer ingests); any SQLAlchemy URL
(``postgresql://...``) works with the same schema and migrations. A file that is not a geo store
is refused before anything is written to it.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from geo.article import Article, article_id
from geo.atlas import schema as s
from geo.atlas.model import Interval
from geo.claims import Claim, Evidence, PlaceRef
from geo.errors import StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
_CLAIM_CACHE_SIZE = 200_000
_ID_BATCH = 64  # claims fetched by id per query
_BULK = 4000  # claims fetched by id per query when thousands are asked for
# How long a SQLite writer waits for another process's transaction before giving up.
BUSY_TIMEOUT_MS = 60_000
_CREATE_RETRIES = 5


@dataclass(frozen=True, slots=True)
class IntervalRow:
    """An interval as stored, with claim ids in place of claims."""

    place_id: int
    controller: str | None
    state: str
    start: dt.date | None
    start_precision: str
    end: dt.date | None
    end_precision: str
    since: dt.date | None
    since_precision: str
    confidence: float
    contesting: tuple[str, ...]
    besiegers: tuple[str, ...]
    claim_ids: tuple[int, ...]
    basis_ids: tuple[int, ...]

    @property
    def evidence_ids(self) -> tuple[int, ...]:
        """The interval's own claims, then those that began its controller's run."""
        return self.claim_ids + self.basis_ids

    def covers(self, day: dt.date) -> bool:
        """Whether the interval includes a day (start included, end excluded)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> IntervalRow:
        """From a row as ``interval_rows`` builds it for the table."""
        return cls(
            **{k: d[k] for k in _PLAIN},
            contesting=_names(d["contesting"]),
            besiegers=_names(d["besiegers"]),
            claim_ids=_ids(d["claim_ids"]),
            basis_ids=_ids(d["basis_ids"]),
        )


_PLAIN = (
    "place_id",
    "controller",
    "state",
    "start",
    "start_precision",
    "end",
    "end_precision",
    "since",
    "since_precision",
    "confidence",
)


def _is_url(target: str) -> bool:
    return re.match(r"^[a-z][a-z0-9+.-]*://", target) is not None


def _with_driver(url: str) -> str:
    """``postgresql://`` (or ``postgres://``) with the psycopg 3 driver the ``scale`` extra
    installs, whatever SQLAlchemy's own default driver is."""
    return re.sub(r"^postgres(?:ql)?://", "postgresql+psycopg://", url)


def check_sqlite_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not an empty or a geo SQLite store."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store file")
    if not path.exists() or path.stat().st_size == 0:
        if not path.parent.exists():
            raise StoreError(f"{path}: folder {path.parent} does not exist")
        return
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as e:
        raise StoreError(f"{path}: cannot read store ({e.strerror})") from None
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise StoreError(f"{path}: not a geo store (not a SQLite database); refusing to touch it")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == s.APPLICATION_ID:
        return  # ours; damage inside shows when it is read, before anything is written
    if app_id != 0:
        raise StoreError(f"{path}: a SQLite database of another application, not a geo store")
    try:
        # immutable: look without locking or creating -wal/-shm files beside someone else's file
        ro = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            tables = ro.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
        finally:
            ro.close()
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: corrupt SQLite file, not a usable geo store ({e})") from None
    if tables[0]:
        raise StoreError(f"{path}: a SQLite database of another application, not a geo store")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling would defer BEGIN past our reads; SQLAlchemy's
    # documented recipe: autocommit at the driver, explicit BEGIN from the "begin" event.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # First: switching a new file to WAL takes a lock another process may hold for a moment.
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL survives a killed process
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # Reads run statement by statement, each atomic on its own; writes get a transaction.
    # IMMEDIATE takes the write lock up front, waiting (busy_timeout) for another process's
    # writer: a deferred BEGIN that reads first and writes later fails at once with "database
    # is locked" when another process committed in between, whatever the timeout.
    if not conn.get_execution_options().get("geo_read"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_engine(target: str | Path | None) -> Engine:
    """An engine on a file path, a SQLAlchemy URL, or (None) a private in-memory store."""
    if target is None:
        engine = create_engine(
            "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    elif isinstance(target, str) and _is_url(target):
        try:
            engine = create_engine(_with_driver(target), pool_pre_ping=True)
        except (SQLAlchemyError, ImportError, ValueError) as e:
            raise StoreError(f"{target}: cannot open store ({e})") from None
        if engine.dialect.name != "sqlite":
            return engine
    else:
        path = Path(target)
        check_sqlite_file(path)
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def article_key(article: Article) -> str:
    """The dedup key of an article: the hash of its normalised text and its source."""
    return article.id or article_id(article.text, article.source)


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",")) if text else ()


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split(",")) if text else ()


_CLAIM_COLUMNS = (
    s.claims.c.id,
    s.claims.c.surface,
    s.claims.c.force_id,
    s.claims.c.event,
    s.claims.c.date,
    s.claims.c.date_precision,
    s.claims.c.modality,
    s.claims.c.attributed_to,
    s.claims.c.confidence,
    s.claims.c.sentence,
    s.claims.c.sentence_offset,
    s.claims.c.place_start,
    s.claims.c.place_end,
    s.claims.c.force_start,
    s.claims.c.force_end,
    s.claims.c.since,
    s.claims.c.since_precision,
    s.places.c.geonameid,
    s.places.c.name,
    s.places.c.latitude,
    s.places.c.longitude,
    s.places.c.country_code,
    s.articles.c.source,
    s.articles.c.url,
    s.articles.c.published,
    s.articles.c.hash,
)
_CLAIM_SELECT = (
    select(*_CLAIM_COLUMNS)
    .join(s.places, s.places.c.geonameid == s.claims.c.place_id)
    .join(s.articles, s.articles.c.id == s.claims.c.article_id)
)


_IV = s.intervals.c
# The status lookup, built once: the latest interval starting by the day, with the place's
# dirty mark joined in so one round trip answers both.
_AT = (
    select(s.intervals, s.dirty.c.place_id.label("dirty"))
    .outerjoin(s.dirty, s.dirty.c.place_id == _IV.place_id)
    .where(_IV.place_id == bindparam("gid"), or_(_IV.start.is_(None), _IV.start <= bindparam("on")))
    .order_by(_IV.start.desc().nulls_last())
    .limit(1)
)
_DIRTY = select(s.dirty.c.place_id).where(s.dirty.c.place_id == bindparam("gid"))


class _Prepared:
    """A Core statement compiled once for a dialect and run on the driver's own cursor.

    For the one query asked thousands of times a second, SQLAlchemy's per-execution
    bookkeeping costs several times the query itself; compiling through SQLAlchemy keeps the
    SQL, parameter style and type conversions those of the dialect.
    """

    def __init__(self, stmt: Any, dialect: Any, *, size: int = 0) -> None:
        self.size = size  # how many ids an IN (...) list of it takes, for the by-id queries
        self.compiled = stmt.compile(dialect=dialect)
        self.sql = str(self.compiled)
        self.binds = {
            name: bp.type.dialect_impl(dialect).bind_processor(dialect)
            for name, bp in self.compiled.binds.items()
        }
        self.columns = list(stmt.selected_columns)
        self.names = [c.key for c in self.columns]
        self.dialect = dialect
        self.results: list[Any] | None = None  # from the driver's column types, on first use
        self.errors = dialect.dbapi.Error

    def rows(self, conn: Connection, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """All result rows, as tuples converted to Python types the way the dialect does."""
        values = self.compiled.construct_params(params)
        for name, proc in self.binds.items():
            if proc is not None and values.get(name) is not None:
                values[name] = proc(values[name])
        order = self.compiled.positiontup
        args: Any = [values[k] for k in order] if order is not None else values
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(self.sql, args)
            raw = cursor.fetchall()
            if self.results is None:
                d = self.dialect
                self.results = [
                    c.type.dialect_impl(d).result_processor(d, desc[1])
                    for c, desc in zip(self.columns, cursor.description, strict=True)
                ]
        finally:
            cursor.close()
        procs = self.results
        return [
            tuple(
                p(v) if p is not None and v is not None else v
                for p, v in zip(procs, r, strict=True)
            )
            for r in raw
        ]

    def first(self, conn: Connection, params: dict[str, Any]) -> dict[str, Any] | None:
        """The first result row by column name, or None."""
        found = self.rows(conn, params)
        return dict(zip(self.names, found[0], strict=True)) if found else None


def _claim(r: Any, refs: dict[tuple[int, str], PlaceRef]) -> Claim:
    # Unpacked by position: reading 26 columns by name costs more than building the claim.
    (
        _id,
        surface,
        force,
        event,
        date,
        precision,
        modality,
        attributed,
        confidence,
        sentence,
        offset,
        p_start,
        p_end,
        f_start,
        f_end,
        since,
        since_precision,
        gid,
        name,
        lat,
        lon,
        cc,
        source,
        url,
        pub,
        key,
    ) = r
    place = refs.get((gid, surface))
    if place is None:
        # one value per spelling of a place, shared by its claims, not one per claim
        place = refs[gid, surface] = PlaceRef(name, gid, lat, lon, cc, surface)
    return Claim(
        place=place,
        force=force,
        event=event,
        date=date,
        date_precision=precision,
        modality=modality,
        evidence=Evidence(
            sentence, (p_start, p_end), None if f_start is None else (f_start, f_end), offset
        ),
        confidence=confidence,
        attributed_to=attributed,
        source=source,
        url=url,
        published=pub,
        since=since,
        since_precision=since_precision,
        article_id=key,
    )


class Store:
    """Persistence only: the reasoning that fills ``intervals`` lives in ``geo.atlas.timeline``."""

    def __init__(self, target: str | Path | None = None, *, version: int = s.VERSION) -> None:
        """Open (creating or migrating up to ``version``, the latest by default) a store."""
        self.target = "memory" if target is None else str(target)
        self.engine = open_engine(target)
        # Reads take no transaction: on SQLite the "begin" hook skips BEGIN for them, elsewhere
        # the driver's autocommit keeps a kept-open read connection from pinning a snapshot.
        self.reader = self.engine.execution_options(geo_read=True)
        if self.engine.dialect.name != "sqlite":
            self.reader = self.reader.execution_options(isolation_level="AUTOCOMMIT")
        self._local = threading.local()
        self._at = _Prepared(_AT, self.engine.dialect)
        self._by_size: dict[int, _Prepared] = {}
        self._known_places: set[int] = set()  # rows this process knows exist: no insert needed
        self._known_forces: set[str] = set()
        self._claims: dict[int, Claim] = {}
        self._place_refs: dict[tuple[int, str], PlaceRef] = {}
        try:
            self._migrate(version)
        except SQLAlchemyError as e:
            self.engine.dispose()
            local = self.engine.dialect.name == "sqlite"
            what = "corrupt or unreadable store" if local else "cannot open store"
            raise StoreError(f"{self.target}: {what} ({_reason(e)})") from None

    # -- lifecycle ---------------------------------------------------------------------------
    @contextmanager
    def _migration_lock(self) -> Iterator[None]:
        """On a server several processes may open a new store at once: one migrates while the
        others wait, then find the schema current."""
        if self.engine.dialect.name != "postgresql":
            yield
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({s.APPLICATION_ID})")
            conn.commit()
            try:
                yield
            finally:
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({s.APPLICATION_ID})")
                conn.commit()

    def _migrate(self, target: int) -> None:
        with self._migration_lock():
            for attempt in range(_CREATE_RETRIES):
                try:
                    self._migrate_unlocked(target)
                    return
                except OperationalError as e:
                    # Two processes creating one new SQLite file at once: switching it to WAL
                    # may find it locked without waiting out the busy timeout. Each step checks
                    # what the other did, so trying again is safe.
                    if "locked" not in _reason(e) or attempt == _CREATE_RETRIES - 1:
                        raise
                    time.sleep(0.2 * (attempt + 1))

    def _migrate_unlocked(self, target: int) -> None:
        with self.reader.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if tables and "schema_version" not in tables:
                raise StoreError(f"{self.target}: a database of another application, not a store")
            have = _version(conn) if tables else 0
        if have > s.VERSION:
            raise StoreError(
                f"{self.target}: store schema version {have} is newer than this geo ({s.VERSION})"
            )
        for version in range(have, target):
            self._apply(version + 1)

    def _apply(self, version: int) -> None:
        """Apply one migration step in its own transaction, unless another process opening
        the same new store has applied it meanwhile (the transaction holds the write lock, so
        the check inside it is the last word)."""
        with self.engine.begin() as conn:
            if "schema_version" in inspect(conn).get_table_names() and _version(conn) >= version:
                return
            if version == 1 and conn.dialect.name == "sqlite":
                conn.exec_driver_sql(f"PRAGMA application_id={s.APPLICATION_ID}")
            s.MIGRATIONS[version - 1](conn)
            conn.execute(insert(s.schema_version).values(version=version))

    @property
    def version(self) -> int:
        with self._reading() as conn:
            return _version(conn)

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
        self.engine.dispose()

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """This thread's read connection, kept open: queries are single statements, each
        atomic on its own, and checking a connection out per query would cost more than it."""
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed or conn.invalidated:
            conn = self._local.conn = self.reader.connect()
        try:
            yield conn
        except SQLAlchemyError as e:
            conn.invalidate()
            self._local.conn = None
            raise StoreError(f"{self.target}: cannot read store ({_reason(e)})") from None

    # -- writing -----------------------------------------------------------------------------
    def has_article(self, digest: str) -> bool:
        with self._reading() as conn:
            return (
                conn.scalar(select(s.articles.c.id).where(s.articles.c.hash == digest)) is not None
            )

    def add_article(self, article: Article, claims: Sequence[Claim]) -> bool:
        """Store one article and its claims in one transaction; False if it was already stored."""
        digest = article_key(article)
        try:
            with self.engine.begin() as conn:
                # The unique hash decides which of several writers stores an article: a second
                # writer's insert waits for the first to commit, then inserts nothing.
                article_id = conn.scalar(
                    _insert_new(conn, s.articles)
                    .values(
                        hash=digest,
                        title=article.title,
                        source=article.source,
                        url=article.url,
                        published=article.published,
                        length=len(article.text),
                    )
                    .returning(s.articles.c.id)
                )
                if article_id is None:
                    return False
                if claims:
                    self._add_claims(conn, article_id, claims)
            # Remembered only once committed: after a rollback nothing wrong is remembered.
            self._known_places.update(c.place.geonameid for c in claims)
            self._known_forces.update(c.force for c in claims)
        except IntegrityError as e:
            # Another writer stored the same article between our check and our insert.
            if self.has_article(digest):
                return False
            raise StoreError(f"{self.target}: cannot write article ({_reason(e)})") from None
        except SQLAlchemyError as e:
            raise StoreError(f"{self.target}: cannot write article ({_reason(e)})") from None
        return True

    def _add_claims(self, conn: Connection, article_id: int, claims: Sequence[Claim]) -> None:
        place_by_id = {c.place.geonameid: c.place for c in claims}
        new_places = [
            {
                "geonameid": p.geonameid,
                "name": p.name,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "country_code": p.country_code,
            }
            for gid, p in sorted(place_by_id.items())
            if gid not in self._known_places
        ]
        _insert_missing(conn, s.places, new_places)
        # Lock our places (key share, in id order, as a rebuild's FOR UPDATE does) before any
        # claim references them: a timeline rebuild then waits for these claims to commit, and
        # writers and rebuilds never deadlock. SQLite writers are serial and skip the clause.
        conn.execute(
            select(s.places.c.geonameid)
            .where(s.places.c.geonameid.in_(sorted(place_by_id)))
            .order_by(s.places.c.geonameid)
            .with_for_update(read=True, key_share=True)
        )
        forces = sorted({c.force for c in claims} - self._known_forces)
        _insert_missing(conn, s.forces, [{"id": f} for f in forces])
        conn.execute(
            insert(s.claims),
            [
                {
                    "article_id": article_id,
                    "ord": i,
                    "place_id": c.place.geonameid,
                    "surface": c.place.surface,
                    "force_id": c.force,
                    "event": c.event,
                    "date": c.date,
                    "date_precision": c.date_precision,
                    "modality": c.modality,
                    "attributed_to": c.attributed_to,
                    "confidence": c.confidence,
                    "sentence": c.evidence.sentence,
                    "sentence_offset": c.evidence.offset,
                    "place_start": c.evidence.place_span[0],
                    "place_end": c.evidence.place_span[1],
                    "force_start": c.evidence.force_span[0] if c.evidence.force_span else None,
                    "force_end": c.evidence.force_span[1] if c.evidence.force_span else None,
                    "since": c.since,
                    "since_precision": c.since_precision,
                }
                for i, c in enumerate(claims)
            ],
        )
        _insert_missing(conn, s.dirty, [{"place_id": gid} for gid in sorted(place_by_id)])

    def meta(self, key: str) -> str | None:
        with self._reading() as conn:
            return conn.scalar(select(s.meta.c.value).where(s.meta.c.key == key))

    def invalidate_timelines(self, fingerprint: str) -> None:
        """Mark every place for a rebuild, recording what the new timelines will be built by."""
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(s.meta).where(s.meta.c.key == "timeline"))
                conn.execute(insert(s.meta).values(key="timeline", value=fingerprint))
                conn.execute(delete(s.dirty))
                conn.execute(
                    insert(s.dirty).from_select(["place_id"], select(s.places.c.geonameid))
                )
        except SQLAlchemyError as e:
            raise StoreError(f"{self.target}: cannot write store ({_reason(e)})") from None

    def write_intervals(
        self,
        rows: dict[int, list[dict[str, Any]]],
        last_claim: dict[int, int],
        claim_count: dict[int, int] | None = None,
    ) -> set[int]:
        """Swap places' stored timelines for new ones and clear their dirty marks, in one
        transaction. A place whose newest claim is no longer ``last_claim``, or whose number of
        claims is no longer ``claim_count`` (a writer added one since the timeline was built),
        stays dirty and keeps its old rows; those places are returned."""
        c = s.claims.c
        try:
            with self.engine.begin() as conn:
                # Concurrent writers (PostgreSQL): wait for in-flight claims on these places, and
                # keep other rebuilds out until this one commits. Claim ids are not given out in
                # commit order there, so the count catches a late commit below the newest id.
                conn.execute(
                    select(s.places.c.geonameid)
                    .where(s.places.c.geonameid.in_(sorted(rows)))
                    .order_by(s.places.c.geonameid)
                    .with_for_update()
                )
                found = conn.execute(
                    select(c.place_id, func.max(c.id), func.count())
                    .where(c.place_id.in_(rows))
                    .group_by(c.place_id)
                ).all()
                newest = {gid: (top, n) for gid, top, n in found}
                counts = claim_count or {}
                done = [
                    gid
                    for gid in rows
                    if newest.get(gid, (0, 0))[0] == last_claim.get(gid, 0)
                    and (gid not in counts or newest.get(gid, (0, 0))[1] == counts[gid])
                ]
                if not done:
                    return set(rows)
                conn.execute(delete(s.intervals).where(s.intervals.c.place_id.in_(done)))
                fresh = [r for gid in done for r in rows[gid]]
                if fresh:
                    conn.execute(insert(s.intervals), fresh)
                conn.execute(delete(s.dirty).where(s.dirty.c.place_id.in_(done)))
        except SQLAlchemyError as e:
            raise StoreError(f"{self.target}: cannot write timelines ({_reason(e)})") from None
        return set(rows).difference(done)

    # -- reading -----------------------------------------------------------------------------
    def dirty_places(self) -> set[int]:
        """Places whose claims changed since their timeline was stored."""
        with self._reading() as c:
            return set(c.scalars(select(s.dirty.c.place_id)))

    def is_dirty(self, place_id: int) -> bool:
        with self._reading() as conn:
            return self._dirty(conn, place_id)

    @staticmethod
    def _dirty(conn: Connection, place_id: int) -> bool:
        return conn.scalar(_DIRTY, {"gid": place_id}) is not None

    def place(self, geonameid: int) -> PlaceRef | None:
        with self._reading() as conn:
            r = conn.execute(select(s.places).where(s.places.c.geonameid == geonameid)).first()
        return _place(r) if r else None

    def places(self) -> list[PlaceRef]:
        with self._reading() as conn:
            rows = conn.execute(select(s.places).order_by(s.places.c.geonameid)).all()
        return [_place(r) for r in rows]

    def place_by_name(self, name: str) -> PlaceRef | None:
        """The one stored place whose canonical name is exactly ``name``, else None."""
        with self._reading() as conn:
            rows = conn.execute(
                select(s.places).where(s.places.c.name == name).order_by(s.places.c.geonameid)
            ).all()
        return _place(rows[0]) if len(rows) == 1 else None

    def claims_where(self, *conditions: Any, limit: int | None = None) -> list[tuple[int, Claim]]:
        """Stored claims matching SQLAlchemy conditions, in storage order, with their ids."""
        stmt = _CLAIM_SELECT.where(and_(True, *conditions)).order_by(s.claims.c.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._reading() as conn:
            return [(r[0], self._cached(r)) for r in conn.execute(stmt)]

    def article_claims(self, digest: str) -> list[Claim]:
        sub = select(s.articles.c.id).where(s.articles.c.hash == digest).scalar_subquery()
        return [c for _, c in self.claims_where(s.claims.c.article_id == sub)]

    def place_claims(self, place_id: int) -> list[tuple[int, Claim]]:
        return self.claims_where(s.claims.c.place_id == place_id)

    def claims_for_places(self, place_ids: Sequence[int]) -> dict[int, list[tuple[int, Claim]]]:
        """The claims of several places at once, by place, in storage order."""
        out: dict[int, list[tuple[int, Claim]]] = {}
        for i, c in self.claims_where(s.claims.c.place_id.in_(place_ids)):
            out.setdefault(c.place.geonameid, []).append((i, c))
        return out

    def claim_days(self, ids: Sequence[int]) -> dict[int, dt.date | None]:
        """The day each claim speaks about (its date, else its article's), by claim id, without
        reading the claims themselves."""
        c, a = s.claims.c, s.articles.c
        stmt = select(c.id, c.date, a.published).join(s.articles, a.id == c.article_id)
        out: dict[int, dt.date | None] = {}
        with self._reading() as conn:
            for chunk in chunks(ids, _BULK):
                out.update((i, d or p) for i, d, p in conn.execute(stmt.where(c.id.in_(chunk))))
        return out

    def _cached(self, r: Any) -> Claim:
        c = self._claims.get(r[0])
        if c is None:
            if len(self._claims) >= _CLAIM_CACHE_SIZE:
                self._claims.clear()
            c = self._claims[r[0]] = _claim(r, self._place_refs)
        return c

    def claims_by_id(self, ids: Iterable[int]) -> dict[int, Claim]:
        """Claims by id; stored claims never change, so they are cached for good."""
        want = set(ids)
        out = {i: self._claims[i] for i in want if i in self._claims}
        missing = sorted(want - out.keys())
        if len(missing) > _BULK:
            # Many at once (a map of every place): one plain query per thousands of ids beats
            # the prepared one-per-64 statements that keep a single status lookup fast.
            for chunk in chunks(missing, _BULK):
                out.update(self.claims_where(s.claims.c.id.in_(chunk)))
            return out
        with self._reading() as conn:
            for chunk in chunks(missing, _ID_BATCH):
                try:
                    query = self._by_ids(len(chunk))
                    ids = {f"id{k}": chunk[min(k, len(chunk) - 1)] for k in range(query.size)}
                    found = query.rows(conn, ids)
                except self._at.errors as e:
                    raise StoreError(f"{self.target}: cannot read store ({e})") from None
                for r in found:
                    out[r[0]] = self._cached(r)
        return out

    def _by_ids(self, n: int) -> _Prepared:
        """The claims-by-id query for up to ``n`` ids, one per size class (1, 2, 4 ... 64)."""
        size = 1 << max(0, n - 1).bit_length()
        prepared = self._by_size.get(size)
        if prepared is None:
            params = [bindparam(f"id{k}") for k in range(size)]
            stmt = _CLAIM_SELECT.where(s.claims.c.id.in_(params))
            prepared = self._by_size[size] = _Prepared(stmt, self.engine.dialect, size=size)
        return prepared

    def interval_at(self, place_id: int, on: dt.date) -> tuple[IntervalRow | None, bool]:
        """The stored interval of a place covering a day, by one indexed lookup, and whether the
        place's claims changed since it was stored (then the caller computes it afresh)."""
        with self._reading() as conn:
            try:
                r = self._at.first(conn, {"gid": place_id, "on": on})
            except self._at.errors as e:
                raise StoreError(f"{self.target}: cannot read store ({e})") from None
            if r is None:
                return None, self._dirty(conn, place_id)
        if r["dirty"] is not None:
            return None, True
        return (
            None if r["end"] is not None and r["end"] <= on else IntervalRow.from_dict(r)
        ), False

    def interval_rows(self, *conditions: Any) -> Iterator[IntervalRow]:
        iv = s.intervals.c
        stmt = select(s.intervals).where(and_(True, *conditions)).order_by(iv.place_id, iv.seq)
        with self._reading() as conn:
            rows = conn.execute(stmt).all()
        return (_row(r) for r in rows)

    def counts(self) -> dict[str, int]:
        with self._reading() as conn:
            return {
                t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in (s.articles, s.places, s.forces, s.claims, s.intervals)
            }


def _version(conn: Connection) -> int:
    """The newest schema version applied to a store that has the version table."""
    return int(conn.scalar(select(func.max(s.schema_version.c.version))) or 0)


def chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    """Consecutive slices of up to ``size`` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _place(r: Any) -> PlaceRef:
    """A row of the places table as a PlaceRef."""
    return PlaceRef(r.name, r.geonameid, r.latitude, r.longitude, r.country_code)


def _row(r: Any) -> IntervalRow:
    return IntervalRow.from_dict(r._mapping)


def interval_rows(
    place_id: int, timeline: Sequence[Interval], claim_ids: dict[int, int]
) -> list[dict[str, Any]]:
    """Rows for a place's timeline; ``claim_ids`` maps ``id(claim)`` to its stored id.

    The evidence of an interval is its own claims plus those that began its controller's run.
    """
    rows: list[dict[str, Any]] = []
    run_start = 0
    for seq, iv in enumerate(timeline):
        if seq == 0 or timeline[seq - 1].controller != iv.controller or iv.controller is None:
            run_start = seq
        first = timeline[run_start]
        own = [claim_ids[id(c)] for c in iv.claims]
        basis = (
            [
                claim_ids[id(c)]
                for c in first.claims
                if c.force == iv.controller and claim_ids[id(c)] not in own
            ]
            if seq != run_start
            else []
        )
        rows.append(
            {
                "place_id": place_id,
                "seq": seq,
                "controller": iv.controller,
                "state": iv.state,
                "start": iv.start,
                "start_precision": iv.start_precision,
                "end": iv.end,
                "end_precision": iv.end_precision,
                "since": first.start,
                "since_precision": first.start_precision,
                "confidence": iv.confidence,
                "contesting": ",".join(iv.contesting),
                "besiegers": ",".join(iv.besiegers),
                "claim_ids": ",".join(map(str, own)),
                "basis_ids": ",".join(map(str, dict.fromkeys(basis))),
            }
        )
    return rows


def _insert_new(conn: Connection, table: Table) -> Any:
    """INSERT that skips rows clashing with a unique key (ON CONFLICT DO NOTHING)."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        return sqlite_insert(table).on_conflict_do_nothing()
    if dialect == "postgresql":
        return pg_insert(table).on_conflict_do_nothing()
    return insert(table)


def _insert_missing(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert the rows whose primary key is not in the table yet, safe against other writers."""
    if not rows:
        return
    if conn.dialect.name in ("sqlite", "postgresql"):
        conn.execute(_insert_new(conn, table), rows)
    else:
        key = next(iter(table.primary_key.columns))
        have = set(conn.scalars(select(key).where(key.in_([r[key.name] for r in rows]))))
        fresh = [r for r in rows if r[key.name] not in have]
        if fresh:
            conn.execute(insert(table), fresh)


def _reason(e: SQLAlchemyError) -> str:
    orig = getattr(e, "orig", None)
    return str(orig if orig is not None else e).splitlines()[0]
