"""Streaming import of GeoNames dumps (``SY.txt``, ``allCountries.txt``, ``alternateNamesV2.txt``)
into the local store."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from gazetteer.errors import DumpFormatError
from gazetteer.local import LocalStore

GEONAMES_COLUMNS = 19
ALTERNATE_COLUMNS = (4, 10)  # alternateNames.txt has 4 to 10 columns depending on version
# Rows read before a file must have shown at least one good row to count as a dump.
SNIFF_ROWS = 50
BATCH = 5000

# GeoNames feature codes to the gazetteer's kinds; other classes are skipped.
KIND_OF_FEATURE = {"ADM1": "admin1", "ADM2": "admin2", "PCLI": "country", "PCLD": "country",
                   "PCLS": "country", "PCLF": "country", "PCL": "country", "CONT": "continent",
                   "RGN": "region"}


@dataclass(frozen=True)
class ImportReport:
    """What an import did."""

    path: Path
    kind: str
    rows: int
    imported: int
    skipped: int
    bad: int

    def summary(self) -> str:
        return (f"{self.path}: {self.imported:,} {self.kind} imported, "
                f"{self.skipped:,} skipped (not places), {self.bad:,} bad rows")


def _lines(path: Path, progress: Callable[[int], None]) -> Iterator[str]:
    with path.open("rb") as f:
        done = 0
        for n, raw in enumerate(f):
            done += len(raw)
            if n % 4096 == 0:
                progress(done)
            yield raw.decode("utf-8", errors="replace").rstrip("\r\n")
        progress(done)


def _place_row(cols: list[str]) -> tuple | None:
    """A ``places`` row from a 19-column GeoNames row, None for non-places; ValueError if bad."""
    fclass, fcode = cols[6], cols[7]
    kind = "city" if fclass == "P" else KIND_OF_FEATURE.get(fcode)
    if kind is None:
        return None
    lat, lon = float(cols[4]), float(cols[5])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not cols[1]:
        raise ValueError("coordinates out of range or no name")
    alternates = [a for a in cols[3].split(",") if a and a != cols[1]]
    admin1 = f"{cols[8]}.{cols[10]}" if cols[10] else ""
    return (int(cols[0]), cols[1], lat, lon, cols[8], int(cols[14] or 0), fcode, kind, admin1,
            json.dumps(alternates, ensure_ascii=False), "geonames")


def import_dump(path: Path, store: LocalStore,
                progress: Callable[[int], None] = lambda done: None) -> ImportReport:
    """Stream a GeoNames dump into ``store``. Bad rows are counted, not fatal; a file whose
    first rows are none of them GeoNames rows is refused (:class:`DumpFormatError`)."""
    if not path.is_file():
        raise DumpFormatError(f"{path}: no such file")
    alternates = path.name.lower().startswith("alternatenames")
    rows = bad = skipped = imported = 0
    batch: list[tuple] = []
    with closing(store.connect()) as con:
        sql = ("INSERT OR REPLACE INTO names VALUES (?, ?)" if alternates else
               "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)")
        for line in _lines(path, progress):
            if not line or line.startswith("#"):
                continue
            rows += 1
            cols = line.split("\t")
            try:
                row = _alternate_row(cols) if alternates else (
                    _place_row(cols) if len(cols) == GEONAMES_COLUMNS else _bad())
            except (ValueError, IndexError):
                bad += 1
                if rows >= SNIFF_ROWS and bad == rows:
                    break
                continue
            if row is None:
                skipped += 1
                continue
            batch.append(row)
            if len(batch) >= BATCH:
                con.executemany(sql, batch)
                imported += len(batch)
                batch.clear()
        if bad == rows and rows:
            con.rollback()
            what = "alternate names" if alternates else "19-column GeoNames"
            raise DumpFormatError(f"{path}: not a GeoNames dump (no {what} rows among the "
                                  f"first {rows}); nothing imported")
        if batch:
            con.executemany(sql, batch)
            imported += len(batch)
        con.commit()
    return ImportReport(path, "names" if alternates else "places", rows, imported, skipped,
                        bad)


def _bad() -> tuple:
    raise ValueError("not 19 columns")


def _alternate_row(cols: list[str]) -> tuple | None:
    if not ALTERNATE_COLUMNS[0] <= len(cols) <= ALTERNATE_COLUMNS[1]:
        raise ValueError("not an alternate names row")
    int(cols[0])
    lang = cols[2]
    if lang in ("link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc", "tcid"):
        return None
    return (int(cols[1]), cols[3]) if cols[3] else None
