"""From one place's claims to its control intervals: the analyst's reasoning as a day sweep.

The sweep is a pure function of the *set* of claims: claims are put in a total order first,
so the same articles ingested in any order give the same timeline.

Rules, in the order the sweep applies them each day:
- a capture by F ends the holder's interval and opens F's; a loss by G with no capture ends G's
  and opens an interval with no known holder;
- a loss by G (or a capture "from G", which the extractor reports as a loss for G) with no holder
  known before fills G in back to the previous change, as does a ``held`` claim;
- on the day of a change, claims that the losing side held, contested or was besieged there
  describe the state before the change: the change wins over them;
- two holders or two capturers named for one day make the place ``contested``, at lower
  confidence when their sources differ; a holder that is also a party to the fighting (in the same
  article, or already contesting) holds part of the place and does not take it over;
- contest and siege are overlays on the holder's control, lasting until control changes; a
  siege while others fight for the place is ``contested`` (besiegers named), a siege alone
  ``besieged``.

Month- and year-dated claims are either folded into a day-dated claim of the same force and
event inside their span (same fact, reported coarser) or placed at the start of their span, moved
past the day-dated evidence inside it that must precede them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path

from geo.atlas.model import Interval, State
from geo.claims import Claim, PlaceRef, Precision, date_span
from geo.forces import Alliances, allied

CHANGES = frozenset({"captured", "lost"})
HOLDING = frozenset({"held", "besieged"})
# A coarse claim of this event is the same fact as a day-dated claim of one of these events.
_SAME_FACT: dict[str, frozenset[str]] = {
    "captured": frozenset({"captured"}),
    "lost": frozenset({"lost"}),
    "held": frozenset({"held", "besieged", "captured", "lost"}),
    "besieged": frozenset({"besieged"}),
    "contested": frozenset({"contested"}),
}
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Rules:
    """The timeline's weights, read from ``geo/atlas/data/timeline.toml``."""

    horizon_days: int = 90
    disagreement_factor: float = 0.5
    implied_factor: float = 0.8
    max_confidence: float = 0.99


@cache
def default_rules() -> Rules:
    """The shipped weights."""
    text = (resources.files("geo.atlas") / "data" / "timeline.toml").read_text(encoding="utf-8")
    return Rules(**tomllib.loads(text))


# The reasoning as loaded: a store built by other code is rebuilt (read at import, so that
# editing the file under a running process changes nothing for it).
_CODE = Path(__file__).read_bytes()


def fingerprint(rules: Rules, allies: Alliances) -> str:
    """What a stored timeline was built by: this module's code, the weights and the alliances.

    Any change to them makes the store rebuild its timelines.
    """
    pairs = sorted(("+".join(sorted(p)), str(since)) for p, since in allies.items())
    weights = astuple(replace(rules, horizon_days=0))  # staleness is judged at query time
    return hashlib.sha256(_CODE + repr((weights, pairs)).encode()).hexdigest()[:16]


def claim_day(c: Claim) -> dt.date | None:
    """The day a claim speaks about: its date, else the day its article appeared."""
    return c.date or c.published


def is_stale(day: dt.date, evidence: Iterable[Claim], horizon_days: int) -> bool:
    """True when no claim speaks of a day within ``horizon_days`` of ``day``, either way
    (the rule behind ``Status.stale`` and the map's faded markers)."""
    told = [d for c in evidence for d in (claim_day(c), c.since) if d is not None]
    gaps = [abs((day - d).days) for d in told]
    return not gaps or min(gaps) > horizon_days


def source_root(c: Claim) -> str:
    """The independent source behind a claim: "Reuters via HuffPost" is Reuters."""
    root = c.source.split(" via ")[0].strip().casefold()
    return root or c.article_id or c.url


def _article(c: Claim) -> tuple[str, str, str]:
    return (c.article_id, c.source, c.url)


def order_key(c: Claim) -> tuple:
    """A total order on claims, so ties never depend on ingestion order."""
    return (
        claim_day(c) or dt.date.min,
        c.event,
        c.force,
        c.source,
        c.published or dt.date.min,
        c.url,
        c.article_id,
        c.evidence.offset,
        c.evidence.sentence,
        c.evidence.place_span,
        c.evidence.force_span or (),
        c.date_precision,
        c.modality,
        c.confidence,
        c.attributed_to,
        c.place.surface,
        c.since or dt.date.min,
        c.since_precision,
    )


def _coarse(c: Claim) -> bool:
    return c.date is not None and c.date_precision in ("month", "year")


def _must_precede(change: Claim, other: Claim) -> bool:
    """``other`` shows the side losing ``change`` still in place, so it comes first."""
    if change.event == "captured":
        holds_other = other.force != change.force and other.event in HOLDING | {"captured"}
        return holds_other or (other.force == change.force and other.event == "lost")
    return other.force == change.force and other.event in HOLDING | {"captured"}


@dataclass(slots=True)
class _Item:
    """One day-placed fact: a claim and the coarser claims of the same fact folded into it."""

    day: dt.date
    precision: Precision
    claims: list[Claim]

    @property
    def head(self) -> Claim:
        return self.claims[0]


def _place_items(claims: Sequence[Claim]) -> list[_Item]:
    """Day-placed facts from claims sorted by ``order_key``."""
    fine = [_Item(claim_day(c), c.date_precision, [c]) for c in claims if not _coarse(c)]  # type: ignore[arg-type]
    days = [i.day for i in fine]  # sorted, as the claims are
    items = list(fine)
    for c in (c for c in claims if _coarse(c)):
        first, last = date_span(c.date, c.date_precision)  # type: ignore[arg-type]
        inside = fine[bisect_left(days, first) : bisect_right(days, last)]
        same = [
            i for i in inside if i.head.force == c.force and i.head.event in _SAME_FACT[c.event]
        ]
        if same:
            same[0].claims.append(c)
            continue
        day = first
        if c.event in CHANGES:
            for i in inside:
                if _must_precede(c, i.head):
                    day = max(day, min(last, i.day + _DAY))
        items.append(_Item(day, c.date_precision, [c]))
    return items


@dataclass(slots=True)
class _Open:
    """The interval being built by the sweep."""

    controller: str | None
    state: State
    start: dt.date | None
    start_precision: Precision
    claims: list[Claim] = field(default_factory=list)
    basis: list[Claim] = field(default_factory=list)
    contesting: tuple[str, ...] = ()
    besiegers: tuple[str, ...] = ()
    siege: bool = False  # the holder is encircled, whether or not an assault is under way
    factor: float = 1.0


def _noisy_or(claims: Iterable[Claim], rules: Rules) -> float:
    best: dict[str, float] = {}
    for c in claims:
        key = source_root(c)
        best[key] = max(best.get(key, 0.0), c.confidence)
    miss = 1.0
    for p in best.values():
        miss *= 1.0 - min(max(p, 0.0), 1.0)
    return min(rules.max_confidence, 1.0 - miss)


class _Sweep:
    def __init__(self, place: PlaceRef, allies: Alliances, rules: Rules,
                 claims: Sequence[Claim]):
        self.place = place
        self.allies = allies
        self.today: dt.date | None = None  # the day being swept: alliances may have ended
        self.rules = rules
        self.done: list[Interval] = []
        self.cur = _Open(None, "held", None, "unknown")
        self.fighting = {(_article(c), c.force) for c in claims if c.event == "contested"}

    # -- helpers ---------------------------------------------------------------------------
    def _same_side(self, a: str | None, b: str | None) -> bool:
        return a == b or (a is not None and b is not None
                          and allied(self.allies, a, b, self.today))

    def _sides(self, forces: Iterable[str]) -> list[str]:
        """Distinct forces with allies of the holder, and of each other, folded together."""
        out: list[str] = []
        for f in sorted(set(forces)):
            if self._same_side(f, self.cur.controller):
                f = self.cur.controller  # type: ignore[assignment]
            if not any(self._same_side(f, g) for g in out):
                out.append(f)
        return out

    def _close(self, end: dt.date | None, precision: Precision) -> None:
        cur = self.cur
        if cur.claims or cur.controller is not None:
            self.done.append(self._freeze(cur, end, precision))

    def _freeze(self, o: _Open, end: dt.date | None, precision: Precision) -> Interval:
        # A holder filled in backwards has no claims of its own: those implying it stand for it.
        claims = sorted(set(o.claims or o.basis), key=order_key)
        conf = _noisy_or([*claims, *o.basis], self.rules) * o.factor
        return Interval(
            place=self.place,
            controller=o.controller,
            state=o.state,
            start=o.start,
            start_precision=o.start_precision,
            end=end,
            end_precision=precision if end else "unknown",
            confidence=round(conf, 4),
            claims=tuple(claims),
            contesting=o.contesting,
            besiegers=o.besiegers,
        )

    def _open(self, o: _Open) -> None:
        self._close(o.start, o.start_precision)
        self.cur = o

    def _backfill(self, force: str, claims: list[Claim], *, implied: bool) -> None:
        """Fill a holder in back to the previous change: the place had one, now we know it."""
        self.cur.controller = force
        self.cur.basis = list(claims)
        if implied:
            self.cur.factor *= self.rules.implied_factor

    # -- one day ---------------------------------------------------------------------------
    def day(self, day: dt.date, items: list[_Item]) -> None:
        self.today = day
        claims = [c for i in items for c in i.claims]
        precision = min((i.precision for i in items), key=_finer)
        by_event: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            by_event[c.event].append(c)
        if by_event["captured"] or by_event["lost"]:
            self._change(day, precision, claims, by_event)
        else:
            self._observe(day, precision, claims, by_event)

    def _change(self, day, precision, claims, by_event) -> None:
        cur = self.cur
        losers = set(self._sides(c.force for c in by_event["lost"]))
        # Reported both taking and losing it that day ("retook it but were driven out"): the
        # loss is the later news of the two.
        captors = [f for f in self._sides(c.force for c in by_event["captured"]) if f not in losers]
        if not captors:
            captors = self._sides(
                c.force
                for c in claims
                if c.event in HOLDING and c.force not in losers and c.force != cur.controller
            )
        if cur.controller is None:
            # Who lost it, or else who was reported holding it that day, held it before.
            holding = self._sides(c.force for c in claims if c.event in HOLDING)
            prior = sorted(losers) or [f for f in holding if f not in captors]
            if len(prior) == 1:
                basis = [c for c in claims if c.force == prior[0] and c.event != "captured"]
                implied = not any(c.event in HOLDING for c in basis)
                self._backfill(prior[0], basis, implied=implied)
                losers = {prior[0]}
        old = cur.controller
        if captors == [old]:
            cur.claims.extend(claims)
            self._overlay(day, precision, claims)
            return
        # What the losing side did that day happened before the change.
        before = (losers | {old}) - set(captors)
        new_claims = [c for c in claims if c.event == "captured" or c.force not in before]
        old_claims = [c for c in claims if not (c.event == "captured" or c.force not in before)]
        if old is not None and old not in losers and not captors:
            # A loss by someone who was not holding it: evidence against the record, no change.
            cur.claims.extend(claims)
            return
        cur.claims.extend(old_claims)
        if len(captors) > 1:
            self._open(
                _Open(
                    None,
                    "contested",
                    day,
                    precision,
                    new_claims,
                    contesting=tuple(captors),
                    factor=self._disagreement(new_claims),
                )
            )
        else:
            holder = captors[0] if captors else None
            # A third force reported holding it that day contradicts the capture.
            third = [
                f
                for f in self._sides(c.force for c in new_claims if c.event in HOLDING)
                if f != holder
            ]
            named = [c for c in new_claims if c.force in third or c.force == holder]
            self._open(
                _Open(
                    holder,
                    "contested" if third else "held",
                    day,
                    precision,
                    new_claims,
                    basis=[c for c in new_claims if c.force == holder],
                    contesting=tuple(third),
                    factor=self._disagreement(named) if third else 1.0,
                )
            )
        self._overlay(day, precision, [c for c in new_claims if c.event != "captured"])

    def _disagreement(self, claims: list[Claim]) -> float:
        sources = {source_root(c) for c in claims}
        return self.rules.disagreement_factor if len(sources) > 1 else 1.0

    def _observe(self, day, precision, claims, by_event) -> None:
        cur = self.cur
        holding = [c for c in claims if c.event in HOLDING]
        parties = [
            c.force
            for c in holding
            if cur.controller is None
            or (c.force not in cur.contesting and (_article(c), c.force) not in self.fighting)
            or self._same_side(c.force, cur.controller)
        ]
        holders = self._sides(parties)
        if len(holders) == 1 and holders[0] != cur.controller:
            f = holders[0]
            if cur.controller is None:
                self._backfill(f, [c for c in holding if c.force == f], implied=False)
            else:
                seen = [claim_day(c) for c in cur.claims if claim_day(c)]
                start = max([d + _DAY for d in seen if d < day] + [cur.start or day])
                self._open(
                    _Open(
                        f,
                        "held",
                        min(start, day),
                        "unknown",
                        basis=[c for c in holding if c.force == f],
                        factor=self.rules.implied_factor,
                    )
                )
        elif len(holders) > 1:
            keep = cur.controller if cur.controller in holders else None
            others = tuple(f for f in holders if f != keep)
            self._open(
                _Open(
                    keep,
                    "contested",
                    day,
                    precision,
                    [],
                    basis=cur.basis if keep else [],
                    contesting=tuple(sorted(set(cur.contesting) | set(others))),
                    besiegers=cur.besiegers,
                    siege=cur.siege,
                    factor=self._disagreement(holding),
                )
            )
        self.cur.claims.extend(claims)
        self._overlay(day, precision, claims)

    def _overlay(self, day, precision, claims: list[Claim]) -> None:
        """Contest and siege: a new segment with the same holder when the picture changes."""
        cur = self.cur
        fighters = {c.force for c in claims if c.event == "contested"}
        contesting = tuple(sorted((set(cur.contesting) | fighters) - {cur.controller}))
        besieged = cur.siege or any(
            c.event == "besieged"
            and self._same_side(c.force, cur.controller)
            and cur.controller is not None
            for c in claims
        )
        besiegers = tuple(sorted(set(cur.besiegers) | set(contesting))) if besieged else ()
        # A siege with an assault under way is a battle for the place: contested, with the
        # besiegers named; a siege alone is besieged.
        state: State = "contested" if contesting else "besieged" if besieged else cur.state
        if (state, contesting, besiegers) == (cur.state, cur.contesting, cur.besiegers):
            return
        if cur.start == day:  # the segment opened today: amend it rather than split
            cur.state, cur.contesting, cur.besiegers, cur.siege = (
                state,
                contesting,
                besiegers,
                besieged,
            )
            return
        overlay = [c for c in claims if c.event in ("contested", "besieged")]
        for c in overlay:
            cur.claims.remove(c)
        self._open(
            _Open(
                cur.controller,
                state,
                day,
                precision,
                overlay,
                basis=cur.basis,
                contesting=contesting,
                besiegers=besiegers,
                siege=besieged,
            )
        )

    def finish(self) -> tuple[Interval, ...]:
        self._close(None, "unknown")
        return tuple(self.done)


_FINENESS = {"day": 0, "month": 1, "year": 2, "unknown": 3}


def _finer(p: Precision) -> int:
    return _FINENESS[p]


def build_timeline(
    place: PlaceRef,
    claims: Iterable[Claim],
    *,
    allies: Alliances | None = None,
    rules: Rules | None = None,
) -> tuple[Interval, ...]:
    """The control intervals of one place, oldest first, from its claims.

    Only asserted, dated claims count; ``allies`` holds pairs of force ids on the same side,
    each with the day they became rivals, if they did.
    """
    told = [c for c in claims if c.modality == "asserted" and claim_day(c) is not None]
    # A state told with its start ("held since June 2014") is evidence on both days; the
    # intervals cite the claim as told, once.
    starts = [(start, c) for c in told if (start := c.at_start()) is not None]
    usable = sorted([*told, *(start for start, _ in starts)], key=order_key)
    cited = {id(start): c for start, c in starts}
    sweep = _Sweep(place, allies or {}, rules or default_rules(), usable)
    by_day: dict[dt.date, list[_Item]] = defaultdict(list)
    for item in _place_items(usable):
        by_day[item.day].append(item)
    for day in sorted(by_day):
        sweep.day(day, by_day[day])
    done = sweep.finish()
    return tuple(_citing_told(iv, cited) for iv in done) if cited else done


def _citing_told(iv: Interval, cited: dict[int, Claim]) -> Interval:
    """``iv`` citing each claim as its article told it, once: a start read on its own day
    stands for the claim that told it."""
    told = {id(c): c for c in (cited.get(id(x), x) for x in iv.claims)}
    return replace(iv, claims=tuple(told.values()))
