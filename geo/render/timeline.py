"""Which interval of a place's history is in force on a given day.

The page's script (templates/geo_control.js, ``intervalOn``) applies the same rule on the
client so the time slider and the Python side agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from geo.atlas.model import Interval
from geo.atlas.timeline import claim_day
from geo.claims import Claim


def interval_on(intervals: Sequence[Interval], day: dt.date) -> Interval | None:
    """The interval covering ``day``: of those that do, the one that started last.

    As in the atlas, an interval includes its start and excludes its end; a missing start
    means "since before any report", a missing end "still in force".
    Later intervals in the list win ties, so an overlaying contest or siege beats the
    control it overlays when both start the same day.
    """
    best: Interval | None = None
    for iv in intervals:
        if iv.start is not None and iv.start > day:
            continue
        if iv.end is not None and iv.end <= day:
            continue
        if best is None or (iv.start or dt.date.min) >= (best.start or dt.date.min):
            best = iv
    return best


def evidence_date(iv: Interval) -> dt.date | None:
    """The latest day any claim behind the interval speaks about."""
    return max(filter(None, (_day_within(c, iv.end) for c in iv.claims)), default=None)


def _day_within(c: Claim, end: dt.date | None) -> dt.date | None:
    day = claim_day(c)
    if c.since is not None and end is not None and day is not None and day > end:
        # "held since 2014", told in 2017, behind a run that ended in 2016: of that run it
        # speaks from its start
        return c.since
    return day


def controllers_on(
    histories: Mapping[int, Sequence[Interval]], day: dt.date
) -> dict[int, Interval]:
    """For each place with an interval in force on ``day``, that interval."""
    out: dict[int, Interval] = {}
    for gid, intervals in histories.items():
        iv = interval_on(intervals, day)
        if iv is not None:
            out[gid] = iv
    return out


def date_range(histories: Mapping[int, Sequence[Interval]]) -> tuple[dt.date, dt.date] | None:
    """The first and last day any interval or claim mentions; None when there are none."""
    days = [d for ivs in histories.values() for iv in ivs for d in _dates(iv)]
    return (min(days), max(days)) if days else None


def _dates(iv: Interval) -> Iterable[dt.date]:
    for d in (iv.start, iv.end, evidence_date(iv)):
        if d is not None:
            yield d
