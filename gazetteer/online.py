"""Optional online fallback: Nominatim through geopy, rate-limited, answers cached locally.

Off by default; geopy is imported only when a geocoder is made (extra ``online``).
"""

from __future__ import annotations

import json
from contextlib import closing
from typing import Any

from gazetteer.errors import OnlineError
from gazetteer.local import LocalStore
from gazetteer.model import Kind
from gazetteer.sources import Record, synthetic_id

NOMINATIM = "nominatim.openstreetmap.org"
# Nominatim's usage policy: at most one request per second.
MIN_DELAY_S = 1.0


class OnlineGeocoder:
    """Asks a Nominatim server for names the offline data lacks; remembers every answer."""

    def __init__(self, *, domain: str = NOMINATIM, scheme: str = "https",
                 min_delay_seconds: float = MIN_DELAY_S, timeout: float = 10.0,
                 user_agent: str = "geo-control-gazetteer") -> None:
        try:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim
        except ImportError:
            raise OnlineError("the online fallback needs geopy: pip install "
                              "'geo-control[online]'") from None
        self._nominatim = Nominatim(user_agent=user_agent, domain=domain, scheme=scheme,
                                    timeout=timeout)
        self._geocode = RateLimiter(self._nominatim.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=1, swallow_exceptions=False)

    def lookup(self, name: str, store: LocalStore) -> list[Record]:
        """Places for ``name``: from the local cache, else from the server (then cached)."""
        key = name.strip().casefold()
        with closing(store.connect()) as con:
            hit = con.execute("SELECT geonameids FROM online WHERE query = ?", (key,)).fetchone()
            if hit is not None:
                ids = json.loads(hit[0])
                return [r for r in store.records() if r.geonameid in ids]
            records = self._ask(name)
            con.executemany(
                "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [(r.geonameid, r.name, r.latitude, r.longitude, r.country_code, r.population,
                  r.feature_code, r.kind, r.admin1, json.dumps([name], ensure_ascii=False),
                  "online") for r in records])
            con.execute("INSERT OR REPLACE INTO online VALUES (?, ?)",
                        (key, json.dumps([r.geonameid for r in records])))
            con.commit()
        return records

    def _ask(self, name: str) -> list[Record]:
        from geopy.exc import GeopyError

        try:
            found = self._geocode(name, exactly_one=False, limit=5, addressdetails=True) or []
        except GeopyError as e:
            raise OnlineError(f"online geocoder: {e}") from None
        return [_record(loc.raw) for loc in found]


def _record(raw: dict[str, Any]) -> Record:
    address = raw.get("address") or {}
    kinds: dict[str, Kind] = {"country": "country", "state": "admin1", "county": "admin2",
                              "continent": "continent"}
    kind = kinds.get(raw.get("addresstype") or raw.get("type") or "", "city")
    name = (raw.get("name") or raw.get("display_name", "").split(",")[0]).strip()
    osm = f"osm:{raw.get('osm_type', '')}{raw.get('osm_id', raw.get('place_id', ''))}"
    return Record(name=name, latitude=float(raw["lat"]), longitude=float(raw["lon"]),
                  country_code=str(address.get("country_code", "")).upper(),
                  geonameid=synthetic_id(osm), population=0, feature_code="ONLINE", kind=kind)
