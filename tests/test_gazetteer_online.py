"""The optional online fallback, against a real Nominatim-like server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest

pytest.importorskip("geopy")

from gazetteer import Gazetteer
from gazetteer.online import OnlineGeocoder

ANSWER = [{
    "place_id": 4242, "osm_type": "node", "osm_id": 777, "lat": "36.1234", "lon": "40.5678",
    "name": "Qaryat Nowhere", "display_name": "Qaryat Nowhere, Syria", "addresstype": "village",
    "address": {"village": "Qaryat Nowhere", "country": "Syria", "country_code": "sy"},
}]


class Nominatim(BaseHTTPRequestHandler):
    queries: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        url = urlparse(self.path)
        q = parse_qs(url.query).get("q", [""])[0]
        Nominatim.queries.append(q)
        body = json.dumps(ANSWER if url.path == "/search" and "nowhere" in q.lower() else [])
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Nominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    Nominatim.queries = []
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_online_fallback_answers_and_caches(server: str, tmp_path: Path) -> None:
    geocoder = OnlineGeocoder(domain=server, scheme="http", min_delay_seconds=0)
    db = tmp_path / "local.sqlite"
    gaz = Gazetteer(local_db=db, online=geocoder)
    place = gaz.resolve("Qaryat Nowhere Xq")
    assert place is not None and place.country_code == "SY"
    assert (round(place.latitude, 4), round(place.longitude, 4)) == (36.1234, 40.5678)
    assert gaz.candidates("Qaryat Nowhere Xq")[0].matched_by == "online"
    assert len(Nominatim.queries) == 1  # the second call used the cache
    # A later process finds it offline, in the local store.
    assert Gazetteer(local_db=db).resolve("Qaryat Nowhere Xq").geonameid == place.geonameid


def test_online_is_off_by_default(server: str) -> None:
    assert Gazetteer.default().online is None
    assert Gazetteer.default().resolve("Qaryat Nowhere Xq") is None
    assert Nominatim.queries == []


def test_unknown_online_answer_is_none_and_cached(server: str, tmp_path: Path) -> None:
    geocoder = OnlineGeocoder(domain=server, scheme="http", min_delay_seconds=0)
    gaz = Gazetteer(local_db=tmp_path / "local.sqlite", online=geocoder)
    assert gaz.resolve("Zzqxv Plmokn") is None
    assert gaz.resolve("Zzqxv Plmokn") is None
    assert len(Nominatim.queries) == 1
