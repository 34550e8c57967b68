"""Shared fixtures. ../shared is read in place; tests that need it skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a skip naming what is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: the project's shared test data is not beside the checkout")
    return p


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
