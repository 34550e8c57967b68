"""Date expressions in a sentence, resolved against the article's publication date.

Absolute dates ("on Oct. 17", "October 20, 2017", "in June", "since 2014") and relative ones
("Saturday", "last week", "earlier this month") become a ``When``: the first day of the span
and its precision, the same convention as ``Claim.date``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from geo.claims import Precision
from geo.extract.data import rules
from geo.extract.trie import initials, skipping_trie, trie_pattern

_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)
# A year, "\b(?:19|20)\d\d\b": opening with its first digits (the word boundary is checked
# behind them) lets the regex engine skip to each "1" or "2" of a whole article.
YEAR = re.compile(r"(?:19|20)(?<!\w..)\d\d\b")


@dataclass(frozen=True, slots=True)
class When:
    """A resolved date mention: sentence offsets, first day of its span, precision."""

    start: int
    end: int
    date: dt.date
    precision: Precision
    since: bool = False
    # "three years after IS overran the city": the span dates the clause that follows.
    next_clause: bool = False
    # "for more than a year": how long a state has lasted, which dates only a holding.
    duration: bool = False


_FOR_BEFORE = re.compile(r"\bfor\s+(?:\w+-)?$", re.IGNORECASE)
# ``calendar.day_name`` formats each name anew on every access.
_WEEKDAYS = tuple(calendar.day_name)
# A weekday's name, as news writes it before its day ("Saturday, 29 June").
WEEKDAY = rf"(?:{'|'.join(_WEEKDAYS)})"
# ... or its short name, as a timeline's line may open ("• Sun 4 March — Raju was taken").
WEEKDAY_SHORT = rf"(?:{'|'.join(calendar.day_abbr)}|Tues|Thur|Thurs)"
# How fine each precision is, coarsest first.
PRECISION_RANK = {"unknown": 0, "year": 1, "month": 2, "day": 3}
# The precisions at least as fine as each.
_AT_LEAST = {p: {q for q, r in PRECISION_RANK.items() if r >= rank}
             for p, rank in PRECISION_RANK.items()}
# "within four days, on Oct. 13": a day in apposition to the relative time names it.
_APPOSED = re.compile(r",?\s+(?:on\s+)?")
# The parts of a day a weekday may name before its date: "On Saturday morning, 11 January".
_DAY_PARTS = ("morning", "afternoon", "evening", "night")
_WEEKDAY_OF = re.compile(rf"(?:\s+(?:{'|'.join(_DAY_PARTS)}))?,?\s*(?:the\s+)?")
# A comparison's "than" ("higher than a year ago"), not a count's ("more than a year ago").
_THAN = re.compile(r"\b(?!(?:more|less|fewer|no|little)\s)\w+\s+than\s+$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:(?:early|late|mid)[\s-]+)?$"
                           # ... also the day of a start it names ("since the start of the
                           # operation "Peace Spring" on 9 October").
                           r"|\bsince\s+the\s+(?:start|beginning|launch|outbreak|onset)\s+of\s+"
                           r"[^,;.()]{1,50}?\s(?:on|in)\s+(?:(?:early|late|mid)[\s-]+)?$")
# The end day of a range whose month stands once, before its start ("October 16-17").
_RANGE_END = re.compile(r"\s*(?:[-–—]|to\b)\s*(?P<day>\d{1,2})\b(?!\s*[:.]?\d)")
# ... or inside a date written in full ("October 16-17, 2017").
_RANGE_IN = re.compile(r"(?<![\d–-])\d{1,2}[–-](?P<day>\d{1,2})\b(?![–-])")
_DIGIT = re.compile(r"\d")
_VAGUE_GAP = re.compile(r"(?i)\b(?:days|weeks|months)\s+(?:before|after)\b")


@dataclass(frozen=True)
class _Patterns:
    months: dict[str, int]
    full: re.Pattern[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    day_month_bare: re.Pattern[str]
    month_year: re.Pattern[str]
    month: re.Pattern[str]
    year: re.Pattern[str]
    campaign_year: re.Pattern[str]
    iso: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str]
    ago: re.Pattern[str]
    after: re.Pattern[str]
    lasting: re.Pattern[str]
    later: re.Pattern[str]
    days_earlier: re.Pattern[str]
    ordinal: re.Pattern[str]
    season: re.Pattern[str]
    that_year: re.Pattern[str]
    prior: re.Pattern[str]
    hint: re.Pattern[str]
    cue_kinds: dict[str, str]


def _longest_first(words: Iterable[str]) -> str:
    # A prefix tree tries the longer of two words first, as an alternation must for the longer
    # to win, and rejects a position that starts none of them at once.
    return trie_pattern(set(words), re.escape)


# The month or year a spanning date names, past its cue ("throughout most of March").
_NAMED_SPAN = re.compile(r"(?<![\w])(?:[A-Z][a-z]+|(?:19|20)\d\d)\b")


@cache
def _spanning() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_longest_first(rules('dates')['spanning'])})\s+"
                      r"(?:(?:early|late|mid)[\s-]+)?$")


def spanned(sentence: str, d: When) -> bool:
    """Whether ``d`` is told as a span a state lasted ("throughout most of March"), not a
    point in time."""
    month_or_year = _NAMED_SPAN.search(sentence, d.start, d.end)
    named = month_or_year.start() if month_or_year else d.start
    return _spanning().search(sentence, max(0, d.start - 25), named) is not None


@cache
def _patterns() -> _Patterns:
    data = rules("dates")
    months = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    months.update(data["month_abbreviations"])
    # Month names are matched capitalised only: "may" is a verb far more often than a month.
    # (... or in capitals, as a timeline's headings write them: "THURSDAY, SEPT. 8".)
    names = _longest_first([m.capitalize() for m in months] + [m.upper() for m in months])
    mon = rf"(?P<mon>(?:{names})\b\.?)"
    same_year = r"(?:of\s+)?(?:that|the\s+same)\s+year\b"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    year = r"(?P<year>(?:19|20)\d\d)\b"
    cues = _longest_first(data["month_year_cues"])
    month_cues = _longest_first(data["month_year_cues"] + data["month_cues"])
    weekdays = "|".join(_WEEKDAYS)
    rel = _longest_first(data["relative"])
    nums = _longest_first(data["numbers"])
    # Each cue word of the hint, lower-cased, with the kind of date it may start: month (m,
    # capitalised only), weekday (w), relative (r), a count "ago"/"after"/"for" (a).
    cue_kinds = {w: "a" for w in ("ago", "earlier", "after", "before", "for", "later",
                                  "within", "following", "next")}
    cue_kinds |= {k.lower(): "r" for k in data["relative"]}
    cue_kinds |= {d.lower(): "w" for d in _WEEKDAYS}
    cue_kinds |= {m: "m" for m in months}
    cue_kinds |= {f"{w} {s}": "s" for s in data["seasons"]
                  for w in ("last", "the", "this", "late", "early")}
    cue_kinds |= {k.lower(): "p" for k in data["prior"]}
    seasons = "|".join(data["seasons"])
    more = rf"(?:(?P<more>{_longest_first(data['more_than'])})\s+)?"
    count = rf"(?P<n>\d+|{nums})\s+"
    units = r"(?P<unit>day|week|month|year)s?"
    return _Patterns(
        months=months,
        # A range of days dates from its first ("Nov. 12-13, 2015"); a report's span in its
        # title is spaced ("October 20 - 24, 2016") and dated by its last.
        full=re.compile(rf"\b{mon}\s+{day}(?:[–-][0-3]?\d\b)?,?\s+{year}"),
        day_month=re.compile(rf"\b{day}\s+{mon},?\s+{year}"),
        # (Not the hour after a day written first: "23 Aug 18:40" is 23 August.)
        month_day=re.compile(rf"\b{mon}\s+{day}(?![,\s]*(?:19|20)\d\d)(?!\s*(?:%|percent|km))"
                             r"(?![:.]\d)"),
        # "by 3 January", "on 18 March": the British order, no year.
        # ... or opening a timeline's line, maybe after its bullet ("- 10 November: ...",
        # "10 Sept - Russia abandons Izium").
        # ... or set in a clause without a preposition, as monitors' digests write it ("SNA
        # 13 Oct took control of Tal Abyad"), not after an article ("the 5 March deal"), or
        # in brackets after a town ("regained Staromaiorske (27 July)").
        day_month_bare=re.compile(r"(?:(?:(?i:(?<=\bon )|(?<=\bby )|(?<=\bsince )|(?<=\buntil )|"
                                  r"(?<=\bfrom )|(?<=\baround )|(?<=\babout )|(?<=\bafter )|"
                                  r"(?<=\bbefore ))|^(?:[-•*–—]\s*)?"
                                  # ... or after its weekday ("• Thursday, 26 October:").
                                  rf"(?:{WEEKDAY},\s+)?)"
                                  r"(?:the\s+)?"
                                  r"|(?<=[A-Za-z] )(?<![Tt]he )(?<!\ba )(?<!\ban )|(?<=\()"
                                  # ... or after its weekday inside a sentence ("On Saturday,
                                  # 29 June, the RSF").
                                  r"|(?<=day, )"
                                  # ... also past its part of the day ("On Saturday morning,
                                  # 11 January"): a look-behind of its own for each, of fixed
                                  # width.
                                  + "".join(rf"|(?<=day {part}, )" for part in _DAY_PARTS)
                                  + r")"
                                  # A range of days dates from its first ("on 2–3 October"),
                                  # as a report's span in its title ("February 16 – 24") does
                                  # not.
                                  rf"{day}(?:[–-][0-3]?\d\b)?(?:\s+of)?\s+{mon}"
                                  r"(?![,\s]*(?:19|20)\d\d)"),
        # ... also a span of months, dated from its first ("In February and March 2024").
        month_year=re.compile(rf"\b(?:(?P<first>{names})\b\.?\s+(?:and|or|to|through|[-–])\s+)?"
                              rf"{mon},?\s+(?:of\s+)?{year}"),
        # ... or heading a timeline's line by itself ("* July: RSF takes Dinder").
        month=re.compile(rf"(?:{initials(data['month_year_cues'] + data['month_cues'])}"
                         rf"(?i:\b(?P<cue>{month_cues})[\s-]+)|^[-•*–—]?\s*)(?:the\s+)?{mon}(?!\s*\d)"
                         r"(?:\s+(?:of\s+)?(?P<which>last|this)\s+year\b)?"
                         r"(?(cue)|(?=\s*(?::|[-–—]\s)))"),
        # "mid-2014" as well as "since 2014".
        year=re.compile(rf"{initials(data['month_year_cues'])}"
                        rf"(?i:\b(?P<cue>{cues})(?:\s+|(?<=mid)-))(?:the\s+year\s+(?:of\s+)?|"
                        # ("in the spring of 2024", "in spring 2024")
                        rf"(?:the\s+)?(?:summer|spring|autumn|fall|winter)\s+(?:of\s+)?)?{year}"),
        # (Not a span's start: "the most serious incursion since Kyiv's 2022 counteroffensive".)
        campaign_year=re.compile(rf"(?<!since )\b(?:the|its|their|[A-Z][\w-]*['’]s)\s+{year}\s+"
                                 rf"(?:[a-z-]+\s+)?(?:{_longest_first(data['year_campaigns'])})\b"),
        iso=re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
        weekday=re.compile(rf"\b(?P<wd>{weekdays})\b"),
        # Not "the last week of July", which names a part of a month ("its capture earlier
        # this month of Um Rawaba" is of this month).
        relative=re.compile(rf"(?i){initials(data['relative'])}\b(?P<rel>{rel})\b"
                            rf"(?!\s+of\s+(?-i:{names})\b)"),
        prior=re.compile(rf"(?i){initials(data['prior'])}\b(?P<prior>"
                         rf"{_longest_first(data['prior'])})\b"),
        # "two weeks ago", "five months earlier" (than the story's day).
        # ... "a year ago this month": the month of that year.
        # ("over a year ago": further back than the count.)
        ago=re.compile(rf"(?i){initials(data['numbers'], data['more_than'], digits=True)}"
                       rf"\b{more}{count}{units}\s+(?:ago|earlier)\b(?:\s+this\s+month\b)?"),
        after=re.compile(rf"(?i){initials(data['numbers'], data['more_than'], digits=True)}"
                         rf"\b{more}{count}{units}\s+after\b"),
        lasting=re.compile(rf"(?i)\bfor\s+{more}{count}(?P<unit>month|year)s?\b"),
        # "had fallen to the YPG days earlier": some days before the day told, its count
        # untold.
        days_earlier=re.compile(r"(?i)\bdays\s+earlier\b"),
        # "two days later", and "within two days" or "over the following three days" (of the
        # date named before); "days later" with no count.
        later=re.compile(rf"(?i)\b(?P<within>within\s+|(?:over|in|during|within)\s+the\s+"
                         rf"(?:following|next)\s+)?(?:{count})?(?P<unit>day|week|month)"
                         r"s?(?(within)(?!\s+of\b)|\s+later)\b"),
        # "On the 21st, government troops entered": a day of the month named before (not "the
        # 20th Division", which a noun follows).
        ordinal=re.compile(r"(?i)\b(?:on|by|until|till)\s+the\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)"
                           r"\b(?=\s*[,.;:)]|\s+(?:and|when|as|after|before|at|of\s+(?:that|"
                           r"the\s+same)\s+month)\b)"),
        # "last summer", and "over the summer", "this spring" (not "the fall of Mosul", nor
        # "the summer of 2014", which the year pattern reads).
        # ... also its early or late part ("in the late summer", "by early autumn").
        season=re.compile(rf"(?i)\b(?:(?P<last>last)\s+|(?P<this>this)\s+|(?:in|over|during|"
                          rf"by)\s+(?:the\s+|(?=(?:late|early)\s))|(?P<cue>since)\s+the\s+)"
                          rf"(?:(?:late|early)\s+)?(?P<season>{seasons})\b"
                          r"(?!\s+(?:of|offensive)\b)"),
        # "in June of that year", "that (same) November", "the summer of the same year", "on
        # June 11 that year": in the year of the date named before.
        # (A day's number is read only before "that year": "June 11" alone is this year's.)
        that_year=re.compile(rf"(?i:\b(?P<cue>{cues})[\s-]+)?"
                             rf"(?P<that>(?<![\w])(?i:that\s+same|the\s+same|that)\s+)?"
                             rf"(?:(?i:\bthe\s+)?"
                             rf"(?P<season>(?i:{seasons}|winter))|"
                             rf"(?:(?P<dday>[1-3]?\d)\s+(?=\w+\s+{same_year}))?"
                             rf"{mon}(?:\s+(?P<day>[1-3]?\d)(?=\s+{same_year}))?(?!\s*\d))"
                             rf"(?P<year>\s+(?i:{same_year}))?"),
        # Cheap test first: most sentences hold no date at all (digits are looked for apart).
        hint=re.compile(rf"{skipping_trie(cue_kinds)}(?!\w)"),
        cue_kinds=cue_kinds,
    )


def _month_number(p: _Patterns, text: str) -> int:
    return p.months[text.rstrip(".").lower()]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def in_year(date: dt.date, year: int) -> dt.date | None:
    """``date`` moved to ``year`` (None for a 29 February that year lacks)."""
    return _safe_date(year, date.month, date.day)


def names_month(text: str) -> bool:
    """Whether a date as written (``text``) names its month ("21 May", "in August")."""
    months = _patterns().months
    return any(w.lower() in months for w in re.findall(r"[A-Za-z]+", text))


def _latest(published: dt.date, month: int, day: int = 1) -> dt.date | None:
    """The date with this month (and day) nearest to ``published``, the past weighted thrice."""
    options = [d for y in (published.year - 1, published.year, published.year + 1)
               if (d := _safe_date(y, month, day)) is not None]
    return min(options, key=lambda d: abs((d - published).days) * (3 if d > published else 1),
               default=None)


def _before(published: dt.date, month: int) -> dt.date:
    """The last month of this number that ended before ``published``'s month ("last March")."""
    year = published.year if month < published.month else published.year - 1
    return dt.date(year, month, 1)


def _shift(published: dt.date, unit: str, offset: int) -> dt.date:
    if unit == "day":
        return published + dt.timedelta(days=offset)
    if unit == "weekend":
        # Its Sunday: a day's span reaches the Saturday before it.
        sunday = published - dt.timedelta(days=(published.weekday() - 6) % 7)
        return sunday + dt.timedelta(weeks=offset)
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
        # A week gone by is told by its middle day, whose span (a day each side) covers most
        # of the days it may mean; this week's days are the ones up to the day of writing.
        return monday + dt.timedelta(days=3) if offset < 0 else monday
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return dt.date(index // 12, index % 12 + 1, 1)
    return dt.date(published.year + offset, 1, 1)


def _before_more(published: dt.date, unit: str, m: re.Match[str]) -> dt.date:
    """"more than a year after": the count runs from a little further back."""
    if not m.groupdict().get("more"):
        return published
    return published - dt.timedelta(days=30 if unit == "year" else 7)


@cache
def _war_start() -> dict[str, re.Pattern[str]]:
    """The phrases ``dates.toml`` dates by the war's start, by precision."""
    return {precision: re.compile(rf"(?i)\b(?:(?P<cue>since|in|on|at|during|from)\s+)?"
                                  rf"(?:{'|'.join(phrases)})\b")
            for precision, phrases in rules("dates")["war_start"].items()}


@cache
def _start_statement() -> re.Pattern[str]:
    phrases = rules("dates")["start_statements"]
    return re.compile(rf"{skipping_trie(set(phrases), re.escape)}\b")


def _count(m: re.Match[str]) -> int:
    """The number a count pattern matched, in digits or in words ("two weeks ago")."""
    n = m["n"]
    return int(n) if n.isdigit() else int(rules("dates")["numbers"][n.lower()])


def stated_start(text: str, sentences: Iterable[str], published: dt.date | None
                 ) -> dt.date | None:
    """The war's first day as the article states it ("Russia invaded on Feb. 24, 2022"): the
    first day dated in a sentence that says the war began."""
    rx = _start_statement()
    if rx.search(text) is None:
        return None
    for s in sentences:
        for m in rx.finditer(s):
            # The day must follow the statement ("invaded Ukraine on Feb. 24"), not date the
            # sentence ("said on Tuesday ... since the war began in April").
            dated = [d for d in find_dates(s, published) if d.precision == "day"
                     and 0 <= d.start - m.end() <= 25 and "," not in s[m.end():d.start]]
            if dated:
                return dated[0].date
    return None


def as_past(date: dt.date, precision: Precision, published: dt.date | None) -> dt.date:
    """A day or month a fact is told of, never after ``published``: a bare one that would lie
    ahead is last year's ("since it captured Bakhmut in May", told in February)."""
    if published is None or date <= published or precision not in ("day", "month"):
        return date
    # The latest such day before publication: "29 February" may lie four years back.
    return next(d for back in range(1, 9)
                if (d := _safe_date(date.year - back, date.month, date.day)) and d <= published)


def _header(text: str, published: dt.date) -> Iterator[tuple[str, list[When], int]]:
    """The short lines that open a report, each with its dates and the number of words of
    label it keeps besides them and month names."""
    header = rules("dates")["report_header"]
    months = _patterns().months
    for line in [x for x in text.splitlines() if x.strip()][:header["lines"]]:
        if len(line.split()) > header["body_words"]:
            return
        dates = find_dates(line, published)
        yield line, dates, _label_words(line, dates, months)


def _label_words(line: str, dates: list[When], months: Mapping[str, int]) -> int:
    """How many words a line keeps besides its dates and month names."""
    label = line
    for d in reversed(dates):
        label = f"{label[:d.start]} {label[d.end:]}"
    # (A weekday is no label: "Tuesday–Wednesday, Sept. 6–7" heads the days it names.)
    return sum(w not in months and w.capitalize() not in _WEEKDAYS
               for w in re.findall(r"[^\W\d_]+", label.lower()))


def report_month(text: str, published: dt.date | None) -> dt.date | None:
    """The month a monthly digest's header names ("CrisisWatch | Sudan | November 2024"), when
    it ended before ``published`` and not long before: the month its undated events fall in."""
    if published is None:
        return None
    header = rules("dates")["report_header"]
    for line, dates, label in _header(text, published):
        # (A digest names its month with its year: "Six Days in September" is a feature's
        # title.)
        if len(dates) != 1 or dates[0].precision != "month" or not YEAR.search(
                line, dates[0].start, dates[0].end):
            continue
        end = (dates[0].date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        if label <= header["label_words"] and 0 <= (published - end).days < header["max_days"]:
            return dates[0].date
    return None


def report_day(text: str, published: dt.date | None) -> dt.date | None:
    """The last day a report's header dates it by ("26 April - 2 May 2025" over a weekly
    update), when that is before ``published``: the day its undated states are as of."""
    if published is None:
        return None
    header = rules("dates")["report_header"]
    for line, found, label in _header(text, published):
        dates = [d for d in found if d.precision == "day"]
        if not dates:
            continue
        day = dates[-1].date
        to = _RANGE_END.match(line, dates[-1].end) or _RANGE_IN.search(
            line, dates[-1].start, dates[-1].end)
        if to is not None:
            # "October 21 - 24, 2016": the range's end keeps its start's month.
            day = _safe_date(day.year, day.month, int(to["day"])) or day
        if label <= header["label_words"] and 0 < (published - day).days <= header["max_days"]:
            return day
    return None


def section_days(text: str, published: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """Where each section of a dated timeline starts and ends, with the day that heads it
    ("Tue 6 Sep" over that day's events), when the text has enough such headings to be a
    timeline: lines that are only a day, maybe with its weekday's short name. A section runs
    over its entries, to the first paragraph after a blank line that is not an entry (a
    bullet or a time of day): "Context: the army still holds ..." is of the day it ran."""
    if published is None:
        return []
    section = rules("dates")["section_heading"]
    months = _patterns().months
    found: list[tuple[int, int, dt.date]] = []
    start, gap = 0, False
    for line in text.splitlines(keepends=True):
        heading = None
        # (Split no further than the count allows: most lines are long paragraphs.)
        if len(line.split(maxsplit=section["words"])) <= section["words"] and any(
                c.isdigit() for c in line):
            dates = [d for d in find_dates(line, published) if d.precision == "day"]
            # (A weekday may restate the day: "27 FEBRUARY (Thursday)".)
            if len({d.date for d in dates}) == 1 and _label_words(
                    line, dates, months) <= section["label_words"]:
                heading = as_past(dates[0].date, "day", published)
        if heading is not None:
            if found and found[-1][1] > start:
                found[-1] = (found[-1][0], start, found[-1][2])
            found.append((start, len(text), heading))
        elif not line.strip():
            gap = True
        elif gap and found and found[-1][1] == len(text) and not _ENTRY.match(line):
            found[-1] = (found[-1][0], start, found[-1][2])
        if line.strip():
            gap = False
        start += len(line)
    return found if len(found) >= section["least"] else []


# An entry of a timeline: a bullet, or a line that opens with a time of day ("09:12").
_ENTRY = re.compile(r"\s*(?:[-•*–—·]|\d{1,2}[:.]\d\d\b)")


_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
WHICH_YEAR = re.compile(r",?\s+(?:of\s+)?(?P<which>this|last)\s+year\b", re.IGNORECASE)
# What may stand before a year that opens a sentence.
_OPENING_TIME = re.compile(r"\W*(?:(?:and|but|then|so|in|by|during|through|throughout|over|"
                           r"until|early|late|mid)\b[\s-]*)*", re.IGNORECASE)


# A time that opens a sentence and sets the story's time: "In the summer of 2023,", "On June 16,
# 2014,", "By early 2016".
# (... also after a section's number: "II. September 2022".)
_STORY_OPENING = re.compile(r"\W*(?:(?-i:[IVX]+)\.\s+)?(?:(?:and|but|then|in|on|by|during|through|"
                            r"throughout|over|until|"
                            r"early|late|mid|the|summer|spring|autumn|fall|winter|of|first|last)"
                            r"\b[\s-]*)*", re.IGNORECASE)
_SAME_BEFORE = re.compile(r"\b(?:that|the)\s+same\s+$", re.IGNORECASE)
# Between a day and an apposition that restates it: "Feb. 24, the first day of the war".
_RESTATED_BY = re.compile(r"\s*,\s*")
# How far back a day written without its year is this year's whatever the article wrote.
_RECENT_DAYS = 31


def _long_gone(published: dt.date, month: int, day: int) -> bool:
    """Whether the last such day before ``published`` lies further back than news writes a day
    without its year."""
    recent = _latest(published, month, day)
    # (A day the nearest reading puts after publication is told of the year before: "retaken
    # on September 8", told in June.)
    recent = as_past(recent, "day", published) if recent is not None else None
    return recent is not None and (published - recent).days > _RECENT_DAYS


_MONTH_NAMES = "|".join(calendar.month_name[1:])
# A present perfect: what a sentence tells with it is told from the present.
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)
# A news event told as following one before it, in the present: "The Rawa operation follows the
# liberation of Mosul in July".
_FOLLOWS_NOW = re.compile(r"\b(?:follows|comes\s+(?:after|on\s+the\s+heels\s+of))\b",
                          re.IGNORECASE)
_SPAN_START_BEFORE = re.compile(r"\b(?:since|from|began|begun|started|erupted|broke\s+out|invasion|"
                                r"invaded|war)\s+(?:(?:in|on|the|early|late|mid|of)[\s-]+)*$",
                                re.IGNORECASE)


@cache
def _month_or_season_year() -> re.Pattern[str]:
    seasons = "|".join(rules("dates")["seasons"])
    return re.compile(rf"\b(?P<name>{_MONTH_NAMES}|{seasons})(?:\s+of)?\s+"
                      r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _month_told_with_year(text: str, month: int) -> int | None:
    """The year ``text`` last writes ``month``, or the season it falls in (the three months up
    to the one ``dates.toml`` ends it with), with ("in June 2015", "the autumn of 2017"); None
    if it does not."""
    seasons = rules("dates")["seasons"]
    for m in reversed(list(_month_or_season_year().finditer(text))):
        if _SPAN_START_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            # "since February 2022": where a span (or the war) starts, not a story's time
            continue
        name = m["name"].lower()
        end = seasons.get(name) or list(calendar.month_name).index(name.capitalize())
        if end - (2 if name in seasons else 0) <= month <= end:
            return int(m["year"])
    return None


def _story_month_year(head: str, before: tuple[str, ...], month: int, published: dt.date,
                      written: Mapping[tuple[int, int], int] | None) -> int | None:
    """The year the story last wrote ``month`` (or its season) with: in ``head`` or the
    sentences ``before`` it, nearest first, up to the first that names a date of its own (past
    it, the story's time has moved on)."""
    if (year := _month_told_with_year(head, month)) is not None:
        return year
    for text in reversed(before[-int(rules("dates")["story_month_reach"]):]):
        if (year := _month_told_with_year(text, month)) is not None:
            return year
        if find_dates(text, published, written=written):
            return None
    return None


def written_years(text: str) -> dict[tuple[int, int], int]:
    """The year of each (month, day) an article writes in full ("18 December 2023", "Oct. 17,
    2017", "18-19 December 2023"), when it writes that day with one year only."""
    p = _patterns()
    seen: dict[tuple[int, int], set[int]] = {}
    # Only the stretch before each year written can hold such a day: most texts have few.
    for y in YEAR.finditer(text):
        stretch = text[max(0, y.start() - 32):y.end()]
        for rx in (p.full, p.day_month, _day_range()):
            for m in rx.finditer(stretch):
                if m.end() == len(stretch):
                    seen.setdefault((_month_number(p, m["mon"]), int(m["day"])), set()).add(
                        int(m["year"]))
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


@cache
def _day_range() -> re.Pattern[str]:
    """The first day of a range written in full: "18-19 December 2023"."""
    mon = _longest_first(_patterns().months)
    return re.compile(rf"\b(?P<day>[0-3]?\d)\s*[–-]\s*[0-3]?\d\s+(?P<mon>(?i:{mon}))\.?,?\s+"
                      r"(?P<year>(?:19|20)\d\d)\b")


# Between a dated clause and a month after it, these make the month's event the earlier one.
_BEFORE_IT = re.compile(r"\b(?:after|following|since|before\s+that)\b", re.IGNORECASE)
# A relative clause set off by a comma, up to a date inside it: ", a town of poets that the army
# had seized in".
_ASIDE_RELATIVE = re.compile(r",[^,;]{0,80}?\b(?:which|that|who|whom|whose)\b[^,;]*$",
                             re.IGNORECASE)


def _aside_told(sentence: str, w: When, pos: int) -> bool:
    """Whether the date ``w`` is told in passing, in a relative clause closed before ``pos``
    ("Maarat al-Numan, a town that the army had seized in January 2020, was taken on November
    30": no year for the main clause's day)."""
    return _ASIDE_RELATIVE.search(sentence, 0, w.start) is not None and "," in sentence[
        w.end:pos]


def find_dates(sentence: str, published: dt.date | None, began: dt.date | None = None,
               before: tuple[str, ...] = (), written: Mapping[tuple[int, int], int] | None = None
               ) -> list[When]:
    """Every date expression in a sentence that can be resolved, in text order; ``began``
    (the start of the article's war) dates "on the first day of the invasion"; the sentences
    ``before`` it (nearest last) date "the following day" in one that names no date of its
    own first; ``written`` (see `written_years`) gives a day without its year the year the
    article wrote it with elsewhere."""
    p = _patterns()
    # Which kinds of cue the sentence has (digits, months, weekdays, relative words, ago /
    # after): most sentences have none, and only the patterns that can match are run.
    kinds = {"d"} if _DIGIT.search(sentence) else set()
    for cue in p.hint.findall(sentence):
        kind = p.cue_kinds[" ".join(cue.lower().split())]
        if kind not in "mw" or cue[0].isupper():
            kinds.add(kind)
    if not kinds and began is None:
        return []
    digits, months = "d" in kinds, "m" in kinds
    found: list[When] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], date: dt.date | None, precision: Precision,
            next_clause: bool = False, duration: bool = False, end: int | None = None) -> None:
        start, end = m.start(), m.end() if end is None else end
        if date is None or any(s < end and start < e for s, e in taken):
            return
        if sentence.startswith(("'s", "’s"), end):
            # "last month's referendum", "Tuesday's attack": the date is the noun's.
            taken.append((start, end))
            return
        # "since January 2014": the cue may stand outside the match, also before another
        # ("since early June").
        cue = m.groupdict().get("cue") or sentence[max(0, start - 6):start].strip()
        since = cue.lower() == "since" or _SINCE_BEFORE.search(sentence, max(0, start - 90),
                                                               start) is not None
        taken.append((start, end))
        found.append(When(start, end, date, precision, since=since or duration,
                          next_clause=next_clause, duration=duration))

    if digits:
        for m in p.iso.finditer(sentence):
            add(m, _safe_date(int(m["year"]), int(m["m"]), int(m["day"])), "day")
    if digits and months:
        for rx in (p.full, p.day_month):
            for m in rx.finditer(sentence):
                add(m, _safe_date(int(m["year"]), _month_number(p, m["mon"]), int(m["day"])),
                    "day")
        for m in p.month_year.finditer(sentence):
            month = _month_number(p, m["mon"])
            first = _month_number(p, m["first"]) if m["first"] else month
            # ("December and January 2025": the December before.)
            add(m, dt.date(int(m["year"]) - (first > month), first, 1), "month")
    if digits:
        for rx in (p.year, p.campaign_year):
            for m in rx.finditer(sentence):
                add(m, dt.date(int(m["year"]), 1, 1), "year")
    # The months with their year written: "in September 2022, ... on Sept. 8" is in 2022.
    # (Not a span's start: "has been fighting the army since April 2023, stormed Singa in late
    # June" is the June before the story ran.)
    years = [w for w in found if w.precision != "year" and not w.since]
    # A year that opens the sentence sets the time of all of it ("In 2015 the coalition took
    # Idlib in late March"), and so does one a "when" clause hangs on ("That changed in the
    # spring of 2015, when the coalition stormed Idlib in late March"); not a year told in
    # passing ("IS, which took Mosul in 2014, lost Raqqa in October").
    opening = [w for i, w in enumerate(found) if w.precision == "year" and not w.since and (
        (not i and _OPENING_TIME.fullmatch(sentence, 0, w.start))
        or _WHEN_AFTER.match(sentence, w.end))]

    story: tuple[list[dt.date], bool] | None = None

    def story_time() -> tuple[list[dt.date], bool]:
        # "Raqqa fell on October 17, 2017. Mayadin fell in October and Albu Kamal in
        # November": the sentence before, with its own earlier year, sets the story's time.
        # ... and so does an earlier year that opens one of the two sentences before, for a
        # day or month long gone ("In the summer of 2023, ... In June they retook Blahodatne.
        # On July 27, ..."): with whether it holds for a recent day too (only the first does).
        # Read once, when first asked (a cached closure built per call costs more than it
        # saves: most sentences never ask).
        nonlocal story
        if story is None:
            story = ([], False)
            dated = False  # whether a sentence nearer names any date
            for back, text in enumerate(reversed(before[-2:])):
                named = find_dates(text, published, began, written=written)
                told = [w for w in named if not (
                    w.since or w.duration or w.next_clause) and YEAR.search(text, w.start, w.end)
                    and published is not None and w.date.year < published.year]
                day = [w for w in told if w.precision == "day"]
                if not dated and day:
                    # ... also past a sentence that names no date, for a day long gone ("came
                    # on 15 December 2023. For three days they fought. On 18 December RSF
                    # fighters entered").
                    story = ([day[-1].date], not back)
                    break
                dated = dated or bool(named)
                if told and _STORY_OPENING.fullmatch(text, 0, told[0].start):
                    story = ([told[0].date], False)
                    break
        return story

    def latest(m: re.Match[str], month: int, day: int = 1, exact: bool = False
               ) -> dt.date | None:
        """The date this month and day without a year most likely means: the first on or
        after the month the sentence named before it ("began in December 2019 ... took it on
        28 January": 2020), else the nearest to publication."""
        named = [w.date for w in years if w.end <= m.start() and not _aside_told(
            sentence, w, m.start())] or [
            w.date for w in opening if w.end <= m.start()]
        if not named and exact and written and (year := written.get((month, day))) is not None and (
                published is not None and dt.date(year, month, 1) <= published
                and _long_gone(published, month, day)):
            # "• 18-19 December 2023: RSF takes Wad Madani ... On 18 December they entered
            # Wad Madani": the day the article dated in full (unless it is in the month just
            # gone, which news writes without a year).
            return _safe_date(year, month, day)
        # (Not in a sentence told from the present: "have advanced since taking Avdiivka in
        # February", "The Rawa operation follows the liberation of Mosul in July".)
        if not named and published is not None and not PRESENT_PERFECT.search(
                sentence, 0, m.start()) and not _FOLLOWS_NOW.search(
                sentence, 0, m.start()) and (year := _story_month_year(
                sentence[:m.start()], before, month, published, written)) is not None and (
                dt.date(year, month, 1) <= published):
            # "The end came in the autumn of 2017. On November 3, Iraqi troops pushed into
            # al-Qaim": a month (or the season it falls in) just told with its year is that
            # year's.
            named = [dt.date(year, month, 1)]
        if not named and published is not None:
            told, near = story_time()
            if told and (near or _long_gone(published, month, day)):
                named = told
        date = _safe_date(named[-1].year, month, day) if named else None
        anchor = next((w for w in reversed(years) if w.end <= m.start()), None)
        if date is not None and date < named[-1].replace(day=1) and not (
                anchor is not None and _BEFORE_IT.search(sentence, anchor.end, m.start())):
            # (Not across an "after": "began in August 2022, after the fall of Severodonetsk
            # in June" is the June before.)
            date = _safe_date(date.year + 1, month, day)
        if date is not None and published is not None and date <= published:
            return date
        return _latest(published, month, day) if published is not None else None

    told_before: dict[int, list[When]] = {}

    def named_before(pos: int, precisions: Collection[str],
                     unfit: Callable[[When], bool] = lambda w: False,
                     past_only: bool = False) -> list[When]:
        """The dates of ``precisions`` before ``pos``: of the sentence's own (not ``unfit``),
        else of the nearest sentence before that names any (each read once, at negative offsets
        in their order: the last date is the one named last). A story's time holds across
        sentences that name none ("On 29 June the RSF entered Singa. Its fall ... Within weeks,
        they took Dinder"). With ``past_only``, a sentence before speaks of its events, not of
        the day it is told ("entered the town on Saturday, 29 June, UNHCR said today. ... Army
        units withdrew the same day": the Saturday)."""
        own = [w for w in found if w.end <= pos]
        if own:
            return [w for w in own if w.precision in precisions and not unfit(w)]
        offset = 0
        for back, text in enumerate(reversed(before)):
            offset += len(text) + 1
            if back not in told_before:
                # (Each read in its own story's time: "In December 2023 ... Then, on December
                # 18, RSF convoys crossed the bridge. By the next day the army had withdrawn".)
                told_before[back] = [
                    replace(w, start=w.start - offset, end=w.end - offset)
                    for w in find_dates(text, published, began, before[:len(before) - 1 - back],
                                        written=written)
                    if not (w.duration or w.since or w.next_clause)]
            if told_before[back]:
                return [w for w in told_before[back] if w.precision in precisions and not (
                    past_only and w.date == published and w.precision == "day")]
        return []

    # Their year is known only once every other date is: their spans are kept till then.
    # Both forms need "that" or "same": a substring test spares most sentences the scan.
    that_year = [m for m in p.that_year.finditer(sentence) if m["year"] or (
        m["that"] and m["mon"])] if (months or "p" in kinds) and (
        "hat " in sentence or "same " in sentence) else []
    taken.extend(m.span() for m in that_year)
    if published is not None:
        for rx in (p.month_day, p.day_month_bare) if digits and months else ():
            for m in rx.finditer(sentence):
                month, day = _month_number(p, m["mon"]), int(m["day"])
                if (which := WHICH_YEAR.match(sentence, m.end())) is not None:
                    # "on 1 May this year", "on March 3 last year"
                    add(m, _safe_date(published.year - (which["which"].lower() == "last"),
                                      month, day), "day", end=which.end())
                else:
                    add(m, latest(m, month, day, exact=True), "day")
        for m in p.month.finditer(sentence) if months else ():
            month = _month_number(p, m["mon"])
            date: dt.date | None
            if m["which"]:  # "in April last year"
                date = dt.date(published.year - (m["which"] == "last"), month, 1)
            else:
                date = (_before(published, month) if (m["cue"] or "").lower() == "last"
                        else latest(m, month))
            add(m, date, "month")
        for m in p.weekday.finditer(sentence) if "w" in kinds else ():
            if any(w.precision == "day" and _WEEKDAY_OF.fullmatch(sentence, m.end(), w.start)
                   for w in found):
                # "Thursday, October 26 — Nyala": the weekday names the day written after it.
                taken.append(m.span())
                continue
            same = [w for w in found if w.precision == "day" and w.end <= m.start()
                    and w.date.weekday() == _WEEKDAYS.index(m["wd"])]
            if same and _SAME_BEFORE.search(sentence, max(0, m.start() - 10), m.start()):
                # "On September 10, ... and that same Saturday": the day told before.
                add(m, same[-1].date, "day")
                continue
            back = (published.weekday() - _WEEKDAYS.index(m["wd"])) % 7
            if not back and sentence.endswith(("last ", "Last "), 0, m.start()):
                back = 7  # "last Thursday", written on a Thursday: a week ago
            add(m, published - dt.timedelta(days=back), "day")
        lower = sentence.lower() if "a" in kinds else ""
        # Each count pattern needs its own cue word, and most sentences with one ("for") lack
        # the others: a substring test spares the scan.
        for rx, cues in ((p.ago, ("ago", "earlier")), (p.after, ("after",)),
                         (p.lasting, ("for",))):
            for m in rx.finditer(sentence) if any(c in lower for c in cues) else ():
                if rx is p.ago and _THAN.search(sentence, max(0, m.start() - 20), m.start()):
                    # "prices several times higher than a year ago": a comparison's time.
                    taken.append(m.span())
                    continue
                n, unit = _count(m), m["unit"].lower()
                precision = "day" if unit in ("day", "week") else unit
                # "June 25, 2022 – Russia takes Sievierodonetsk a day after Ukraine orders a
                # withdrawal": counted back from the date the sentence gave the first event; so
                # is "retook Izium on September 10, and Balakliia two days earlier" (while "ago"
                # counts from the day of writing).
                # ... and "On January 11 the army retook Wad Madani, which had been in RSF
                # hands for more than a year": a pluperfect's span ends at the day told.
                then = [w for w in found if w.end <= m.start() and not w.next_clause
                        and not w.duration] if rx is p.after or (
                    rx is p.ago and "earlier" in m.group().lower()) or (
                    rx is p.lasting and _HAD.search(sentence, max(0, m.start() - 60),
                                                    m.start())) else []
                base = then[-1].date if then else published
                if then and PRECISION_RANK[then[-1].precision] < PRECISION_RANK[precision]:
                    precision = then[-1].precision
                date = (_shift(base, "day", -7 * n) if unit == "week"
                        else _shift(_before_more(base, unit, m), unit, -n))
                if unit == "year" and m.group().lower().endswith("month"):
                    # "a year ago this month": that year's month of writing.
                    date, precision = _shift(base.replace(day=1), "month", -12 * n), "month"
                add(m, date, precision,  # type: ignore[arg-type]
                    next_clause=rx is p.after, duration=rx is p.lasting)
        for m in p.days_earlier.finditer(sentence) if "earlier" in lower else ():
            then = [w for w in found if w.end <= m.start() and not (w.next_clause or w.duration)]
            base = then[-1].date if then else published
            add(m, (base - dt.timedelta(days=3)).replace(day=1), "month")
        for m in p.season.finditer(sentence) if "s" in kinds else ():
            end_month = rules("dates")["seasons"][m["season"].lower()]
            # "last summer": the last one over before this month; "this summer", "over the
            # summer": this year's, once it has begun (its three months end at ``end_month``).
            year = (_before(published, end_month).year if m["last"] else published.year
                    if m["this"] or end_month - 2 <= published.month else published.year - 1)
            add(m, dt.date(year, 1, 1), "year")
        relative = rules("dates")["relative"]
        for m in p.relative.finditer(sentence) if "r" in kinds else ():
            r = relative[m["rel"].lower()]
            date = _shift(published, r["unit"], r["offset"])
            if date == published and m["rel"].lower().startswith("earlier"):
                # "earlier this month" on the 1st: no day of the month came before; the
                # story was written in the one before.
                date = _shift(published, r["unit"], r["offset"] - 1)
            add(m, date, r["precision"])
    for precision, rx in _war_start().items() if began is not None else ():
        for m in rx.finditer(sentence):
            date = began if precision == "day" else began.replace(day=1) if precision == "month" \
                else began.replace(month=1, day=1)
            # (Not a span's: "For twenty-one months after the war began, ... was surrounded".)
            count = next((c for c in p.after.finditer(sentence, max(0, m.start() - 40), m.start())
                          if c["n"] and not sentence[c.end():m.start()].strip()
                          and not _FOR_BEFORE.search(sentence, max(0, c.start() - 16), c.start())),
                         None)
            if count is not None:
                # "Two years after the war began, Khartoum is back in army hands": the war's
                # start moved on by the count dates the clause.
                unit, n = count["unit"].lower(), _count(count)
                date = began + dt.timedelta(days=(7 if unit == "week" else 1) * n) \
                    if unit in ("day", "week") else _shift(began, "month", n * (
                        12 if unit == "year" else 1))
                precision = "day" if unit in ("day", "week") else "month"
            add(m, date, precision)  # type: ignore[arg-type]
    for m in p.later.finditer(sentence) if (found or before) and "a" in kinds else ():
        # "overran Mosul on Tuesday, and a day later took Tikrit": counted from the day before.
        # "took Idlib in late March and Jisr al-Shughur a month later": months from a month.
        unit = m["unit"].lower()
        bare = m["n"] is None
        if bare and (unit != "day" or m["within"]):
            continue  # "weeks later", "within days": how far, the text does not say
        if any(w.precision == "day" and not w.duration and _APPOSED.fullmatch(
                sentence, m.end(), w.start) for w in found):
            continue
        prior = named_before(m.start(), ("day", "month") if unit == "month" or bare
                             else ("day",))
        if prior and bare:
            # "took Nyala in late October and days later Zalingei": in the month it began.
            add(m, prior[-1].date.replace(day=1), "month")
        elif prior and (unit == "month" or (m["within"] and unit == "week")):
            # Within weeks of a day, or months of a month: some day in the span after it.
            add(m, _shift(prior[-1].date, unit, _count(m)).replace(day=1), "month")
        elif prior:
            days = _count(m) * (7 if unit == "week" else 1)
            add(m, prior[-1].date + dt.timedelta(days=days), "day")
    for m in p.ordinal.finditer(sentence) if digits and published is not None else ():
        # In the month named last before it, else the story's (or the one before, for a day
        # still to come in it).
        prior = named_before(m.start(), ("day", "month"), lambda w: w.since or w.duration)
        base = prior[-1].date if prior else published
        date = _safe_date(base.year, base.month, int(m["day"]))
        if date is not None and not prior and date > published:
            base = _shift(published.replace(day=1), "month", -1)
            date = _safe_date(base.year, base.month, int(m["day"]))
        add(m, date, "day")
    for m in p.prior.finditer(sentence) if (found or before) and "p" in kinds else ():
        # "abandoned it during the offensive that month", "lost it the same day": the span of
        # the date named before.
        if _OF_AFTER.match(sentence, m.end()):
            # "fell within days of each other in late October", "seized it within days of the
            # war breaking out": not the span of a date named before.
            continue
        r = rules("dates")["prior"][" ".join(m["prior"].lower().split())]
        named = max(named_before(m.start(), _AT_LEAST[r["precision"]], lambda w: w.duration,
                                 past_only=r["days"] >= 0), key=lambda w: w.end, default=None)
        if named is not None:
            base = named.date
            # "seized Wad Madani on December 19. Within days ..." told on 5 December.
            base = as_past(base, named.precision, published) + dt.timedelta(days=r["days"])
            add(m, base if r["precision"] == "day" else base.replace(day=1)
                if r["precision"] == "month" else base.replace(month=1, day=1), r["precision"])
    for m in that_year:
        # "since early 2024 ... in June of that year": any date before names the year.
        named = [w for w in found if w.end <= m.start() and not w.duration] or [
            w for w in find_dates(before[-1] if before else "", published, began, before[:-1],
                                 written=written)
            if not w.duration]
        if named:
            year = named[-1].date.year
            taken.remove(m.span())
            if m["season"]:
                add(m, dt.date(year, 1, 1), "year")
            elif m["day"] or m["dday"]:
                add(m, _safe_date(year, _month_number(p, m["mon"]), int(m["day"] or m["dday"])),
                    "day")
            else:
                add(m, dt.date(year, _month_number(p, m["mon"]), 1), "month")
    for m in _VAGUE_GAP.finditer(sentence) if found and "a" in kinds else ():
        # "in January 2014, months before the group seized Mosul": that year, roughly.
        prior = [w for w in found if w.end <= m.start() and not w.next_clause]
        if prior:
            add(m, dt.date(prior[-1].date.year, 1, 1), "year", next_clause=True)
    found.sort(key=lambda w: w.start)
    for i, (w, restated) in enumerate(pairwise(found)):
        if (w.precision == restated.precision == "day" and w.date != restated.date
                and (w.date.month, w.date.day) == (restated.date.month, restated.date.day)
                and _RESTATED_BY.fullmatch(sentence, w.end, restated.start)
                and not YEAR.search(sentence, w.start, w.end)):
            # "on Feb. 24, the first day of the war": the day's year is the one its
            # apposition names.
            found[i] = replace(w, date=restated.date)
    return found
