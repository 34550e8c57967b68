"""Shared fixtures. ../shared is read in place; tests that need it skip when it is absent."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.extract import Extractor

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a skip naming what is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: the project's shared test data is not beside the checkout")
    return p


@pytest.fixture(scope="session")
def ex() -> Extractor:
    """One extractor for all the extract tests (loading the gazetteer once)."""
    return Extractor()


@pytest.fixture(scope="session")
def seed_article() -> Path:
    return shared_path("seed", "raqqa-2017-10-14.txt")


@pytest.fixture(scope="session")
def claims_dev() -> Path:
    return shared_path("eval", "claims.dev.jsonl")


@pytest.fixture(scope="session")
def toponyms_tsv() -> Path:
    return shared_path("eval", "toponyms.tsv")


@pytest.fixture(scope="session")
def geovirus_xml() -> Path:
    return shared_path("eval", "geoparsing", "GeoVirus.xml")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """URL of a PostgreSQL server on 127.0.0.1: the one CI started, else a throwaway cluster."""
    exported = os.environ.get("GEO_TEST_POSTGRES_URL")
    if exported:
        yield exported
        return
    import pgcluster

    if pgcluster.find_bindir() is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are absent: apt-get install postgresql")
    root = Path(tempfile.mkdtemp(prefix="geo-pg-"))
    try:
        yield pgcluster.start(root)
    finally:
        pgcluster.stop(root)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards."""
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (extra `scale`)")
    name = f"geo_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield postgres_server.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
