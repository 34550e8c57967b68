"""Reading articles: plain text or Markdown with front matter, JSON lines, saved HTML pages.

Every reader yields the same frozen ``Article``; anything unusable raises ``InputError`` with
one line naming the file and the problem.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from geo.errors import InputError

FIELDS = ("title", "published", "source", "url")
# Lines that link to other stories ("Read  Iranian officer killed ...", "READ MORE: ...",
# "→ Read more: ...").
_TEASER = re.compile(r"^\s*(?:[→►▶▸»>•*-]+\s*)?"
                     r"(?:read(?:\s+more|\s+also)?|also\s+read|related|see\s+also)\b[\s:>»-]",
                     re.IGNORECASE)
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article; ``id`` is a stable hash of its normalised text and source."""

    text: str
    title: str = ""
    published: dt.date | None = None
    source: str = ""
    url: str = ""
    id: str = ""

    @property
    def document(self) -> str:
        """Title and text as one string; claim evidence offsets point into it."""
        if not self.title or self.text.lstrip().startswith(self.title.strip()):
            return self.text
        return f"{self.title}\n\n{self.text}"


def is_teaser(line: str) -> bool:
    """Whether a line is a link to another story rather than article text."""
    return bool(_TEASER.match(line)) and not line.rstrip().endswith((".", '"', "”"))


def article_id(text: str, source: str) -> str:
    """The dedup key: the same story from the same source hashes the same whatever its spacing."""
    norm = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha1(f"{source.strip().casefold()}\n{norm}".encode()).hexdigest()[:16]


def parse_date(value: Any, where: str) -> dt.date | None:
    """A ``published`` value (ISO date or datetime, or a date object) as a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"{where}: bad date {text!r} (expected YYYY-MM-DD)") from None


def make_article(text: str, meta: dict[str, Any], where: str,
                 default_published: dt.date | None = None) -> Article:
    """An Article from text and metadata; ``default_published`` fills a missing date."""
    if not text.strip():
        raise InputError(f"{where}: empty article text")
    source = str(meta.get("source") or "")
    return Article(
        text=text,
        title=str(meta.get("title") or "").strip(),
        published=parse_date(meta.get("published"), where) or default_published,
        source=source,
        url=str(meta.get("url") or ""),
        id=article_id(text, source),
    )


def decode(data: bytes, where: str) -> str:
    """Bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, else a confident guess."""
    if not data.strip():
        raise InputError(f"{where}: empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise InputError(f"{where}: unknown text encoding")
    return str(best)


def read_text_file(path: str | Path, what: str) -> str:
    """A UTF-8 file's text; ``InputError`` naming the file (and ``what`` it is) if unreadable."""
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{p}: no such {what}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{p}: cannot read {what} ({e})") from None


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``key: value`` lines between ``---`` fences at the top, and the text after them."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in FIELDS:
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[m.end():]


def _read_text(path: Path, data: bytes, published: dt.date | None) -> Iterator[Article]:
    meta, body = split_front_matter(decode(data, str(path)))
    yield make_article(body.strip("\n"), meta, str(path), published)


def _read_jsonl(path: Path, stream: BinaryIO, published: dt.date | None) -> Iterator[Article]:
    # Read line by line, never whole: a corpus dump need not fit in memory.
    gz = path.name.lower().endswith(".gz")
    count = 0
    with stream, (gzip.GzipFile(fileobj=stream) if gz else stream) as raw:
        lines = (decode(b, f"{path}:{n}") if b.strip() else "" for n, b in enumerate(raw, 1))
        try:
            for where, row in json_lines(lines, str(path)):
                count += 1
                yield make_article(row["text"], row, where, published)
        except (gzip.BadGzipFile, EOFError, zlib.error) as e:
            raise InputError(f"{path}: not a readable gzip file ({e})") from None
    if not count:
        raise InputError(f"{path}: empty file")


def json_lines(text: str | Iterable[str], name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The article objects of a JSON-lines text (or its lines), each with ``file:line``."""
    lines = text.splitlines() if isinstance(text, str) else text
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: not a JSON line ({e.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise InputError(f"{where}: expected an object with a 'text' string")
        yield where, row


def _read_html(path: Path, data: bytes, published: dt.date | None) -> Iterator[Article]:
    import trafilatura

    html = decode(data, str(path))
    body = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not body:
        raise InputError(f"{path}: no article text found in the HTML page")
    text = "\n\n".join(line for line in body.splitlines() if line.strip() and not is_teaser(line))
    info = trafilatura.extract_metadata(html)
    meta: dict[str, Any] = (
        {"title": info.title, "source": info.sitename, "url": info.url} if info else {})
    try:
        # A page's own date is a guess from its markup: unusable, it is simply absent.
        meta["published"] = parse_date(info.date if info else None, str(path))
    except InputError:
        meta["published"] = None
    yield make_article(text, meta, str(path), published)


_STREAMED = (".jsonl", ".gz")  # their readers take an open file, not the bytes
_Reader = Callable[[Path, Any, dt.date | None], Iterator[Article]]
_READERS: dict[str, _Reader] = {
    ".jsonl": _read_jsonl, ".gz": _read_jsonl, ".html": _read_html, ".htm": _read_html}


def read_articles(path: str | Path, *, published: dt.date | str | None = None
                  ) -> Iterator[Article]:
    """The articles in one file: .txt/.md (front matter optional), .jsonl(.gz) or saved .html.

    ``published`` is used for articles that carry no date of their own.
    """
    p = Path(path)
    default = parse_date(published, "--published")
    suffix = p.suffix.lower()
    if suffix == ".gz" and not p.name.lower().endswith(".jsonl.gz"):
        raise InputError(f"{p}: only .jsonl.gz is read compressed")
    try:
        data: bytes | BinaryIO = p.open("rb") if suffix in _STREAMED else p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory, not an article file") from None
    except OSError as e:
        raise InputError(f"{p}: cannot read ({e.strerror})") from None
    yield from _READERS.get(suffix, _read_text)(p, data, default)
