"""Scoring extracted claims against a gold file (``shared/eval/README.md``'s rule).

An extracted asserted claim matches a gold claim when geonameid, force and event agree and
the date spans overlap (a gold day widened by a day each side, a month, a year). Recall is the
share of required gold claims matched; precision the share of extracted asserted claims that
match some gold claim (optional ones included) of the same article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.article import Article, json_lines, make_article, read_text_file
from geo.claims import EVENTS, Claim, date_span
from geo.errors import InputError

Span = tuple[dt.date, dt.date]


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One annotated claim: acceptable events, acceptable date spans."""

    article: str
    geonameid: int
    force: str
    events: tuple[str, ...]
    spans: tuple[Span, ...]
    optional: bool
    dates: str

    def matches(self, c: Claim) -> bool:
        """Whether an extracted claim fits: same place and force, an accepted event and date."""
        if c.place.geonameid != self.geonameid or c.force != self.force:
            return False
        if c.event not in self.events or c.date is None or c.date_precision == "unknown":
            return False
        # A state told with its start ("has held Raqqa since 2014") is true on both days.
        told = [(c.date, c.date_precision)]
        if c.since is not None and c.since_precision != "unknown":
            told.append((c.since, c.since_precision))
        return any(lo <= b and a <= hi for lo, hi in (date_span(*t) for t in told)
                   for a, b in self.spans)


@dataclass
class Score:
    """Counts for one event type or overall."""

    matched: int = 0
    extracted: int = 0
    recalled: int = 0
    required: int = 0

    @property
    def precision(self) -> float:
        """Share of extracted claims that match gold (1.0 when nothing was extracted)."""
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        """Share of required gold claims found (1.0 when none are required)."""
        return self.recalled / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class MissDetail:
    """A missed gold claim as an analyst reads it: the place's name (from what the extractor
    said about it, if anything) and what it said instead about that place and force ("contested
    2017-10-14 asserted", "captured 2017-10-20 expected")."""

    gold: GoldClaim
    place: str
    instead: tuple[str, ...]


@dataclass
class Report:
    """Scores per event type and overall, with the misses and false alarms."""

    by_event: dict[str, Score] = field(default_factory=lambda: {e: Score() for e in EVENTS})
    overall: Score = field(default_factory=Score)
    misses: list[GoldClaim] = field(default_factory=list)
    false_alarms: list[Claim] = field(default_factory=list)
    articles: int = 0
    miss_details: list[MissDetail] = field(default_factory=list)
    # The gold file's id of each article, by the extracted claims' ``article_id``.
    article_names: dict[str, str] = field(default_factory=dict)


def gold_span(text: str) -> Span:
    """The span a gold date stands for: YYYY, YYYY-MM, or YYYY-MM-DD widened by a day."""
    parts = text.split("-")
    try:
        if len(parts) == 1:
            return date_span(dt.date(int(parts[0]), 1, 1), "year")
        if len(parts) == 2:
            return date_span(dt.date(int(parts[0]), int(parts[1]), 1), "month")
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"bad gold date {text!r}") from None
    one = dt.timedelta(days=1)
    return day - one, day + one


def read_gold(path: str | Path) -> list[tuple[Article, list[GoldClaim]]]:
    """The articles of a gold file with their gold claims."""
    p = Path(path)
    text = read_text_file(p, "gold file")
    out = []
    for where, row in json_lines(text, str(p)):
        article = make_article(row["text"], row, where)
        aid = str(row.get("id") or article.id)
        try:
            gold = [_gold(aid, g) for g in row.get("gold", [])]
        except InputError:
            raise
        except (KeyError, TypeError, ValueError) as e:
            raise InputError(f"{where}: not a gold claim ({e!r})") from None
        out.append((article, gold))
    if not out:
        raise InputError(f"{p}: no gold articles")
    return out


def _gold(article: str, g: dict[str, Any]) -> GoldClaim:
    dates = g["date"] if isinstance(g["date"], list) else [g["date"]]
    return GoldClaim(article, int(g["geonameid"]), str(g["force"]), tuple(g["events"]),
                     tuple(gold_span(str(d)) for d in dates), bool(g.get("optional")),
                     ",".join(map(str, dates)))


def score(pairs: Iterable[tuple[list[Claim], list[GoldClaim]]],
          name_of: Callable[[int], str] = lambda _: "") -> Report:
    """Score extracted claims against gold, article by article; ``name_of`` names a missed
    place the extractor said nothing about."""
    report = Report()
    for claims, gold in pairs:
        report.articles += 1
        asserted = [c for c in claims if c.modality == "asserted"]
        for c in asserted:
            if gold:
                report.article_names[c.article_id] = gold[0].article
            hit = any(g.matches(c) for g in gold)
            for s in (report.by_event[c.event], report.overall):
                s.extracted += 1
                s.matched += hit
            if not hit:
                report.false_alarms.append(c)
        for g in gold:
            if g.optional:
                continue
            found = next((c for c in asserted if g.matches(c)), None)
            event = found.event if found else g.events[0]
            for s in (report.by_event[event], report.overall):
                s.required += 1
                s.recalled += found is not None
            if found is None:
                report.misses.append(g)
                report.miss_details.append(_detail(g, claims, name_of))
    return report


def _detail(g: GoldClaim, claims: list[Claim], name_of: Callable[[int], str]) -> MissDetail:
    here = [c for c in claims if c.place.geonameid == g.geonameid]
    instead = tuple(f"{c.event} {c.date or '?'} {c.modality}" for c in here if c.force == g.force)
    return MissDetail(g, here[0].place.name if here else name_of(g.geonameid), instead)


def _gazetteer_name(geonameid: int) -> str:
    """The default gazetteer's name for a place, or "" if it does not know the id."""
    from gazetteer import Gazetteer

    place = Gazetteer.default().get(geonameid)
    return place.name if place is not None else ""


def evaluate(path: str | Path, extract: Callable[[Article], list[Claim]] | None = None,
             progress: Callable[[Iterable[Any]], Iterable[Any]] = iter) -> Report:
    """Run the extractor on a gold file's articles and score it."""
    if extract is None:
        from geo.extract import extract_article

        extract = extract_article
    items = read_gold(path)
    return score(((extract(article), gold) for article, gold in progress(items)),
                 _gazetteer_name)
