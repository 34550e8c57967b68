"""The query API: ingest articles, then ask who held what, when, and on which evidence."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_

from geo.article import Article, parse_date, read_articles
from geo.atlas import schema as s
from geo.atlas.model import Change, IngestReport, Interval, Status
from geo.atlas.serial import evidence_dict
from geo.atlas.store import IntervalRow, Store, article_key, chunks, interval_rows
from geo.atlas.timeline import (
    Rules,
    build_timeline,
    claim_day,
    default_rules,
    fingerprint,
    is_stale,
    order_key,
)
from geo.claims import Claim, PlaceRef
from geo.errors import GeoError, InputError, NotFoundError, StoreError
from geo.forces import ForceRegistry, alliances, load_forces
from geo.progress import IngestProgress

if TYPE_CHECKING:
    import geopandas as gpd

PlaceLike = str | int | PlaceRef
DayLike = dt.date | str | None
_REFRESH_CHUNK = 500
_REFRESH_TRIES = 3
# Claims per interval the map's popups list (older ones are counted, not carried).
MAP_EVIDENCE = 8


def as_day(value: DayLike, what: str = "date") -> dt.date:
    """A date from a date or ISO text; None means today."""
    return parse_date(value, what) or dt.date.today()


class Atlas:
    """Claims store, control timeline and queries; ``path`` None keeps everything in memory.

    ``path`` is a SQLite file (created if missing) or a SQLAlchemy URL such as
    ``postgresql://host/db``.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        forces: ForceRegistry | None = None,
        rules: Rules | None = None,
    ) -> None:
        self.store = Store(path)
        self.forces = forces or load_forces()
        self.rules = rules or default_rules()
        self._allies = alliances(self.forces)
        self._place_cache: dict[int, PlaceRef] = {}
        built_by = fingerprint(self.rules, self._allies)
        if self.store.meta("timeline") != built_by:
            # Built by other reasoning (an older geo, other weights): rebuild once, now.
            self.store.invalidate_timelines(built_by)
            self.refresh()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Atlas:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ------------------------------------------------------------------------------
    def ingest(
        self,
        article_or_path: Article | str | Path,
        *,
        published: DayLike = None,
        source: str | None = None,
    ) -> list[Claim]:
        """Extract and store an article (or every article of a file); return their claims.

        ``published`` and ``source`` fill in what an article does not say itself. An article
        already stored is not extracted or stored again; its stored claims are returned.
        """
        if isinstance(article_or_path, Article):
            articles: Iterable[Article] = [article_or_path]
        else:
            articles = read_articles(article_or_path, published=published)
        out: list[Claim] = []
        try:
            for article in articles:
                completed = self.complete(article, published=published, source=source)
                out.extend(self._ingest_one(completed)[0])
        finally:
            self.refresh()
        return out

    def ingest_many(
        self,
        paths: Iterable[str | Path],
        *,
        progress: bool = True,
        published: DayLike = None,
        source: str | None = None,
    ) -> IngestReport:
        """Ingest files, folders or globs, one transaction per article, with a progress bar.

        A file or article that cannot be read is reported in ``errors`` and the rest go on.
        """
        from geo.corpus import iter_articles

        errors: list[str] = []
        counts = {"articles": 0, "added": 0, "duplicates": 0, "claims": 0}
        stream = iter_articles(
            paths,
            published=parse_date(published, "published"),
            on_error=lambda _path, e: errors.append(str(e)),
        )
        try:
            with IngestProgress(progress) as bar:
                for article in stream:
                    try:
                        claims, added = self._ingest_one(
                            self.complete(article, published=published, source=source)
                        )
                    except StoreError:
                        raise  # the store's fault, not the article's: stop, keeping what is in
                    except GeoError as e:
                        errors.append(f"{article.url or article.title or article.id}: {e}")
                        continue
                    counts["articles"] += 1
                    counts["added" if added else "duplicates"] += 1
                    counts["claims"] += len(claims)
                    bar.show(counts["articles"], counts["claims"])
        finally:
            self.refresh()
        return IngestReport(**counts, errors=tuple(errors))

    def add(self, article: Article, claims: Sequence[Claim]) -> bool:
        """Store an article with claims extracted elsewhere (a worker pool, a cluster).

        One transaction; False when the article was already stored. Call ``refresh()`` after a
        batch to bring the stored timelines up to date (queries are right meanwhile, slower).
        """
        key = article_key(article)
        own = (article.source, article.url, article.published, key)
        fixed = [
            c
            if (c.source, c.url, c.published, c.article_id) == own
            else dataclasses.replace(
                c,
                source=article.source,
                url=article.url,
                published=article.published,
                article_id=key,
            )
            for c in claims
        ]
        return self.store.add_article(article, fixed)

    @staticmethod
    def complete(
        article: Article, *, published: DayLike = None, source: str | None = None
    ) -> Article:
        """The article with ``published`` and ``source`` filled in where it says nothing itself
        (a new source gives it a new dedup key, as the key covers the source)."""
        changes: dict[str, Any] = {}
        if published is not None and article.published is None:
            changes["published"] = parse_date(published, "published")
        if source and not article.source:
            changes["source"] = source
            changes["id"] = ""  # the dedup key covers the source
        return dataclasses.replace(article, **changes) if changes else article

    def _ingest_one(self, article: Article) -> tuple[list[Claim], bool]:
        key = article_key(article)
        if self.store.has_article(key):
            return self.store.article_claims(key), False
        from geo.extract import extract_article

        claims = extract_article(article)
        added = self.add(article, claims)
        return (self.store.article_claims(key) if added else claims), added

    def refresh(self) -> int:
        """Rebuild the stored timelines of places whose claims changed; return how many.

        A place another process adds claims to meanwhile stays marked and is tried again a
        few times; if that process is still writing, its own refresh at the end rebuilds it.
        """
        dirty = self.store.dirty_places()
        pending = dirty
        for _ in range(_REFRESH_TRIES):
            left: set[int] = set()
            for claims, rows in self._computed(pending):
                newest = {gid: pairs[-1][0] for gid, pairs in claims.items()}
                counts = {gid: len(pairs) for gid, pairs in claims.items()}
                left |= self.store.write_intervals(rows, newest, counts)
            if not left:
                break
            pending = left
        return len(dirty)

    def _computed(
        self, places: Iterable[int]
    ) -> Iterator[tuple[dict[int, list[tuple[int, Claim]]], dict[int, list[dict[str, Any]]]]]:
        """Timelines computed afresh from the stored claims, a chunk of places at a time: each
        chunk's claims by place, and its interval rows by place (empty without claims)."""
        for chunk in chunks(sorted(places), _REFRESH_CHUNK):
            claims = self.store.claims_for_places(chunk)
            yield claims, {gid: self._rows(gid, claims.get(gid, [])) for gid in chunk}

    def _rows(self, gid: int, pairs: Sequence[tuple[int, Claim]]) -> list[dict[str, Any]]:
        if not pairs:
            return []
        ids = {id(c): i for i, c in pairs}
        place = self._place(gid)
        timeline = build_timeline(
            place, [c for _, c in pairs], allies=self._allies, rules=self.rules
        )
        return interval_rows(gid, timeline, ids)

    # -- places ------------------------------------------------------------------------------
    def _place(self, gid: int) -> PlaceRef:
        ref = self._place_cache.get(gid)
        if ref is None:
            ref = self.store.place(gid)
            if ref is None:
                raise NotFoundError(f"no claims about place {gid} in {self.store.target}")
            self._place_cache[gid] = ref
        return ref

    def resolve(self, place: PlaceLike) -> PlaceRef:
        """The stored place a name (any spelling the gazetteer resolves), id or PlaceRef means."""
        if isinstance(place, PlaceRef):
            return self._place(place.geonameid)
        if isinstance(place, int) or place.strip().isdigit():
            return self._place(int(place))
        gid = _gazetteer_id(place.strip())
        if gid is not None and self.store.place(gid) is not None:
            return self._place(gid)
        stored = self.store.place_by_name(place.strip())
        if stored is not None:
            return self._place(stored.geonameid)
        if gid is None:
            raise NotFoundError(f"{place}: unknown place (the gazetteer does not know this name)")
        raise NotFoundError(f"{place}: no claims about this place in {self.store.target}")

    # -- queries -----------------------------------------------------------------------------
    def _rows_of(self, gid: int) -> list[IntervalRow]:
        """A place's stored rows, or rows computed now when its claims changed since."""
        if self.store.is_dirty(gid):
            return self._fresh_rows(gid)
        return list(self.store.interval_rows(s.intervals.c.place_id == gid))

    def _fresh_rows(self, gid: int) -> list[IntervalRow]:
        """A place's rows computed now from its stored claims."""
        return [IntervalRow.from_dict(r) for r in self._rows(gid, self.store.place_claims(gid))]

    def status(self, place: PlaceLike, *, on: DayLike = None) -> Status:
        """Who controlled a place on a day (default today), in which state, and on what evidence."""
        ref = self.resolve(place)
        day = as_day(on, "on")
        row, dirty = self.store.interval_at(ref.geonameid, day)
        if dirty:
            row = next((r for r in self._fresh_rows(ref.geonameid) if r.covers(day)), None)
        return self._status(ref, day, row)

    def _status(
        self,
        ref: PlaceRef,
        day: dt.date,
        row: IntervalRow | None,
        claims: dict[int, Claim] | None = None,
    ) -> Status:
        if row is None:
            return Status(ref, day, None, None, None, "unknown", 0.0, True, ())
        by_id = claims if claims is not None else self.store.claims_by_id(row.evidence_ids)
        evidence = tuple(sorted((by_id[i] for i in row.evidence_ids), key=order_key))
        return Status(
            place=ref,
            on=day,
            since=row.since,
            since_precision=row.since_precision,  # type: ignore[arg-type]
            stale=is_stale(day, evidence, self.rules.horizon_days),
            evidence=evidence,
            **_control(row),
        )

    def history(self, place: PlaceLike) -> list[Interval]:
        """A place's control intervals, oldest first, each with the claims behind it."""
        ref = self.resolve(place)
        return list(self._intervals(ref, self._rows_of(ref.geonameid)))

    def _intervals(self, ref: PlaceRef, rows: Sequence[IntervalRow]) -> Iterator[Interval]:
        by_id = self.store.claims_by_id(i for r in rows for i in r.claim_ids)
        return (_interval(ref, r, r.claim_ids, by_id) for r in rows)

    def _all_rows(self, *conditions: Any) -> dict[int, list[IntervalRow]]:
        """Stored rows by place, with places whose claims changed computed afresh."""
        out: dict[int, list[IntervalRow]] = {}
        dirty = self.store.dirty_places()
        for r in self.store.interval_rows(*conditions):
            if r.place_id not in dirty:
                out.setdefault(r.place_id, []).append(r)
        for _, rows in self._computed(dirty):
            out.update((g, [IntervalRow.from_dict(r) for r in rs]) for g, rs in rows.items() if rs)
        return out

    def histories(self, *, evidence: int | None = None) -> dict[int, tuple[Interval, ...]]:
        """Every place's timeline, keyed by geonameid (what the map renders).

        Read a chunk of places at a time. ``evidence`` caps the claims attached to each
        interval, so that a large store need not be in memory at once: the ``evidence`` newest,
        plus those that keep the interval's staleness on every day what all its claims make it
        (``Interval.unattached`` counts the claims left out). None attaches every claim.
        """
        out: dict[int, tuple[Interval, ...]] = {}
        dirty = self.store.dirty_places()
        for claims, fresh in self._computed(dirty):
            for gid, dicts in fresh.items():
                if dicts:
                    by_id = dict(claims[gid])
                    days = {i: claim_day(c) for i, c in by_id.items()}
                    rows = [IntervalRow.from_dict(d) for d in dicts]
                    picks = self._picks(rows, days, evidence)
                    out[gid] = self._history(gid, rows, picks, by_id)
        refs = self.store.places()
        self._place_cache.update((p.geonameid, p) for p in refs)
        stored = [p.geonameid for p in refs if p.geonameid not in dirty]
        for chunk in chunks(stored, _REFRESH_CHUNK):
            by_place: dict[int, list[IntervalRow]] = {}
            for r in self.store.interval_rows(s.intervals.c.place_id.in_(chunk)):
                by_place.setdefault(r.place_id, []).append(r)
            # Days only for intervals with more claims than the cap: the others keep them all.
            over = [
                i
                for rows in by_place.values()
                for r in rows
                if evidence is not None and len(r.claim_ids) > evidence
                for i in r.claim_ids
            ]
            days = self.store.claim_days(over)
            picks = {gid: self._picks(rows, days, evidence) for gid, rows in by_place.items()}
            by_id = self.store.claims_by_id(
                i for ps in picks.values() for ids in ps for i in ids
            )
            for gid, rows in by_place.items():
                out[gid] = self._history(gid, rows, picks[gid], by_id)
        return dict(sorted(out.items()))

    def _picks(
        self, rows: Sequence[IntervalRow], days: dict[int, dt.date | None], cap: int | None
    ) -> list[tuple[int, ...]]:
        """The claim ids each row keeps (all of them without a cap)."""
        if cap is None:
            return [r.claim_ids for r in rows]
        return [evidence_sample(r.claim_ids, days, cap, self.rules.horizon_days) for r in rows]

    def _history(
        self,
        gid: int,
        rows: Sequence[IntervalRow],
        picks: Sequence[tuple[int, ...]],
        claims: dict[int, Claim],
    ) -> tuple[Interval, ...]:
        ref = self._place(gid)
        return tuple(_interval(ref, r, ids, claims) for r, ids in zip(rows, picks, strict=True))

    def _statuses_on(self, day: dt.date, *conditions: Any) -> list[Status]:
        iv = s.intervals.c
        covering = and_(
            or_(iv.start.is_(None), iv.start <= day), or_(iv.end.is_(None), iv.end > day)
        )
        rows = [
            r for rs in self._all_rows(covering, *conditions).values() for r in rs if r.covers(day)
        ]
        claims = self.store.claims_by_id(i for r in rows for i in r.evidence_ids)
        return [self._status(self._place(r.place_id), day, r, claims) for r in rows]

    def held_by(self, force: str, *, on: DayLike = None) -> list[Status]:
        """The places a force controlled on a day (default today)."""
        day = as_day(on, "on")
        return [
            st
            for st in self._statuses_on(day, s.intervals.c.controller == force)
            if st.controller == force
        ]

    def changes(self, start: DayLike, end: DayLike) -> list[Change]:
        """Places that changed hands between two days (both included), in date order."""
        first, last = as_day(start, "start"), as_day(end, "end")
        if last < first:
            raise InputError(f"the end {last} is before the start {first}")
        iv = s.intervals.c
        touched = {
            r.place_id for r in self.store.interval_rows(iv.start >= first, iv.start <= last)
        }
        rows = self._all_rows(iv.place_id.in_(touched))
        found: list[tuple[IntervalRow, str | None]] = []
        for rs in rows.values():
            for prev, cur in zip([None, *rs], rs, strict=False):
                before = prev.controller if prev else None
                if cur.start and first <= cur.start <= last and cur.controller != before:
                    found.append((cur, before))
        claims = self.store.claims_by_id(i for r, _ in found for i in r.claim_ids)
        out = [
            Change(
                place=self._place(r.place_id),
                date=r.start,
                precision=r.start_precision,  # type: ignore[arg-type]
                before=before,
                after=r.controller,
                state=r.state,  # type: ignore[arg-type]
                confidence=r.confidence,
                evidence=tuple(claims[i] for i in r.claim_ids),
            )
            for r, before in found
        ]
        return sorted(out, key=lambda c: (c.date or dt.date.min, c.place.name, c.place.geonameid))

    def claims(
        self,
        *,
        place: PlaceLike | None = None,
        force: str | None = None,
        event: str | None = None,
        modality: str | None = None,
        start: DayLike = None,
        end: DayLike = None,
        source: str | None = None,
        limit: int | None = None,
    ) -> list[Claim]:
        """Stored claims of any modality, filtered; dates filter on the claim's own date."""
        c = s.claims.c
        where: list[Any] = []
        if place is not None:
            where.append(c.place_id == self.resolve(place).geonameid)
        if force is not None:
            where.append(c.force_id == force)
        if event is not None:
            where.append(c.event == event)
        if modality is not None:
            where.append(c.modality == modality)
        if start is not None:
            where.append(c.date >= as_day(start, "start"))
        if end is not None:
            where.append(c.date <= as_day(end, "end"))
        if source is not None:
            where.append(s.articles.c.source == source)
        return [claim for _, claim in self.store.claims_where(*where, limit=limit)]

    # -- tables, files and maps --------------------------------------------------------------
    def to_geodataframe(self, *, on: DayLike = None) -> gpd.GeoDataFrame:
        """One row per stored place: its status on a day (default today), EPSG:4326 points."""
        import geopandas as gpd
        from shapely.geometry import Point

        day = as_day(on, "on")
        by_place = {st.place.geonameid: st for st in self._statuses_on(day)}
        records = []
        for ref in self.store.places():
            st = by_place.get(ref.geonameid) or self._status(ref, day, None)
            records.append(
                {
                    "geonameid": ref.geonameid,
                    "name": ref.name,
                    "country_code": ref.country_code,
                    "on": day.isoformat(),
                    "controller": st.controller,
                    "state": st.state,
                    "since": st.since.isoformat() if st.since else None,
                    "since_precision": st.since_precision,
                    "confidence": st.confidence,
                    "stale": st.stale,
                    "contesting": ",".join(st.contesting),
                    "besiegers": ",".join(st.besiegers),
                    "evidence": json.dumps(
                        [evidence_dict(c) for c in st.evidence], ensure_ascii=False
                    ),
                    "geometry": Point(ref.longitude, ref.latitude),
                }
            )
        columns = None if records else ["geonameid", "name", "controller", "state", "geometry"]
        return gpd.GeoDataFrame(records, columns=columns, geometry="geometry", crs="EPSG:4326")

    def export(self, path: str | Path, *, format: str | None = None, on: DayLike = None) -> Path:
        """Write the status of every place on a day as GeoJSON, GeoPackage, CSV or GeoParquet."""
        from geo.atlas.export import write

        return write(self.to_geodataframe(on=on), Path(path), format)

    def map(self, path: str | Path | None = None, *, on: DayLike = None) -> Path:
        """Write the control map (see ``geo.render.render_map``) and return its path."""
        from geo.render import render_map

        day = as_day(on, "on") if on is not None else None
        return render_map(
            self.histories(evidence=MAP_EVIDENCE),
            path,
            on=day,
            forces=self.forces,
            stale_days=self.rules.horizon_days,
        )

    def area_by_force(self, *, on: DayLike = None) -> dict[str, float]:
        """Approximate controlled area per force in km2 on a day (default today)."""
        from geo.render import area_by_force

        return area_by_force(self.histories(evidence=0), on=as_day(on, "on"))


def _control(row: IntervalRow) -> dict[str, Any]:
    """The fields a status and an interval take alike from a stored row."""
    return {
        "controller": row.controller,
        "state": row.state,
        "confidence": row.confidence,
        "contesting": row.contesting,
        "besiegers": row.besiegers,
    }


def _interval(
    ref: PlaceRef, row: IntervalRow, ids: Sequence[int], claims: dict[int, Claim]
) -> Interval:
    """A stored row as an interval carrying the claims ``ids`` picks of its own."""
    return Interval(
        place=ref,
        start=row.start,
        start_precision=row.start_precision,  # type: ignore[arg-type]
        end=row.end,
        end_precision=row.end_precision,  # type: ignore[arg-type]
        claims=tuple(claims[i] for i in ids),
        unattached=len(row.claim_ids) - len(ids),
        **_control(row),
    )


def evidence_sample(
    ids: Sequence[int], days: dict[int, dt.date | None], cap: int, horizon: int
) -> tuple[int, ...]:
    """Of an interval's claim ids (with the day each speaks about), those a capped history
    keeps, in their order: the ``cap`` newest, and the fewest more that keep, on every day,
    a claim within ``horizon`` days exactly when some claim of all of them is (staleness).

    A day's window is ``horizon`` days either side; two windows join when their days are at
    most ``2 * horizon + 1`` apart, so walking the days in order and keeping each time the
    farthest day still joined to the last kept one covers the same days as all of them.
    """
    if len(ids) <= cap:
        return tuple(ids)
    dated = sorted((d, i) for i in ids if (d := days.get(i)) is not None)
    keep = {i for _, i in dated[len(dated) - cap :]} if cap else set()
    stand_for = {d: i for d, i in dated}  # a day's newest claim stands for the day
    distinct = sorted(stand_for)
    reach = 2 * horizon + 1
    k = 0
    while k < len(distinct):
        keep.add(stand_for[distinct[k]])
        far = k
        while far + 1 < len(distinct) and (distinct[far + 1] - distinct[k]).days <= reach:
            far += 1
        k = far if far > k else k + 1  # the farthest joined day, else a new stretch begins
    return tuple(i for i in ids if i in keep)


@lru_cache(maxsize=4096)
def _gazetteer_id(name: str) -> int | None:
    from gazetteer import Gazetteer, GazetteerError

    try:
        place = Gazetteer.default().resolve(name)
    except GazetteerError:
        return None
    return None if place is None else int(place.geonameid)

