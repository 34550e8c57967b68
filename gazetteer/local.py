"""The user's own additions to the gazetteer: imported GeoNames rows and online answers.

Kept in one SQLite file (``$GEO_GAZETTEER_DATA/local.sqlite`` or the platform user data dir),
apart from the rebuildable index cache, and laid over the index when a gazetteer opens.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from gazetteer.sources import Record

if TYPE_CHECKING:
    from gazetteer.folding import Folder
    from gazetteer.index import Index

DATA_ENV = "GEO_GAZETTEER_DATA"

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, latitude REAL NOT NULL,
    longitude REAL NOT NULL, country_code TEXT NOT NULL, population INTEGER NOT NULL,
    feature_code TEXT NOT NULL, kind TEXT NOT NULL, admin1 TEXT NOT NULL,
    alternates TEXT NOT NULL, source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS names (geonameid INTEGER NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (geonameid, name));
CREATE TABLE IF NOT EXISTS online (query TEXT PRIMARY KEY, geonameids TEXT NOT NULL);
"""


def default_db() -> Path:
    env = os.environ.get(DATA_ENV)
    root = Path(env) if env else Path(platformdirs.user_data_dir("geo-gazetteer"))
    return root / "local.sqlite"


class LocalStore:
    """The local SQLite overlay; opened lazily, absent until something is written."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_db()

    def connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path)
        con.executescript(SCHEMA)
        return con

    def records(self) -> list[Record]:
        """Every stored place, with the names stored for it."""
        if not self.path.exists():
            return []
        with closing(self.connect()) as con:
            extra: dict[int, list[str]] = {}
            for gid, name in con.execute("SELECT geonameid, name FROM names"):
                extra.setdefault(gid, []).append(name)
            rows = con.execute(
                "SELECT geonameid, name, latitude, longitude, country_code, population,"
                " feature_code, kind, admin1, alternates FROM places").fetchall()
            out = [Record(name=r[1], latitude=r[2], longitude=r[3], country_code=r[4],
                          geonameid=r[0], population=r[5], feature_code=r[6], kind=r[7],
                          admin1=r[8], alternates=[*json.loads(r[9]), *extra.pop(r[0], [])])
                   for r in rows]
            # Names imported for places of the embedded data: an empty record carries them.
            out += [Record(name="", latitude=0.0, longitude=0.0, country_code="", geonameid=g,
                           population=0, feature_code="", kind="city", alternates=names)
                    for g, names in extra.items()]
            return out

    def extend(self, index: Index, folder: Folder) -> None:
        """Lay the stored places and names over ``index``."""
        records = self.records()
        if records:
            index.extend(records, folder)
