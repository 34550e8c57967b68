"""Place histories for the map tests, built from real Interval and Claim values.

Eight places in Syria and Iraq covering every marker state: held, contested (with and
without a known holder), besieged, stale, a change of hands, and one whose evidence
sentence and URL are hostile HTML. ``page_payload`` reads the data back out of a map.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from geo.atlas.model import Interval
from geo.claims import Claim, Evidence, PlaceRef
from geo.render.markers import DATA_ID

D = dt.date
HOSTILE_SENTENCE = (
    'Militants wrote "<script>window.pwned = 1</script>" & <b>bold</b> on the walls of '
    "Qamishli's 'old' market, the monitor said."
)
HOSTILE_URL = "javascript:window.pwned=2"

PLACES = {
    "Raqqa": PlaceRef("Raqqa", 163915, 35.9528, 39.0079, "SY", "Raqqa"),
    "Mayadeen": PlaceRef("Mayadeen", 167046, 35.0208, 40.4514, "SY", "Mayadeen"),
    "Boukamal": PlaceRef("Boukamal", 172408, 34.4533, 40.9186, "SY", "Boukamal"),
    "Deir ez-Zor": PlaceRef("Deir ez-Zor", 170794, 35.3359, 40.1408, "SY", "Deir el-Zour"),
    "Tabqa": PlaceRef("Tabqa", 163345, 35.8367, 38.5481, "SY", "Tabqa"),
    "Palmyra": PlaceRef("Palmyra", 172374, 34.5602, 38.2673, "SY", "Palmyra"),
    "Qamishli": PlaceRef("Qamishli", 173811, 37.0522, 41.2317, "SY", "Qamishli"),
    "Mosul": PlaceRef("Mosul", 99072, 36.335, 43.1189, "IQ", "Mosul"),
}


def claim(
    place: str,
    force: str,
    event: str,
    date: dt.date | None,
    sentence: str | None = None,
    *,
    precision: str = "day",
    url: str = "https://example.org/news/1",
    source: str = "Example Wire",
    since: dt.date | None = None,
) -> Claim:
    ref = PLACES[place]
    text = sentence or f"{force} {event} {ref.name} on {date}."
    start = text.find(ref.name)
    return Claim(
        place=ref,
        force=force,
        event=event,  # type: ignore[arg-type]
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        modality="asserted",
        evidence=Evidence(text, (max(start, 0), max(start, 0) + len(ref.name))),
        confidence=0.8,
        source=source,
        url=url,
        published=date,
        since=since,
        since_precision="month" if since else "unknown",
    )


def interval(
    place: str,
    controller: str | None,
    state: str,
    start: dt.date | None,
    end: dt.date | None,
    claims: tuple[Claim, ...],
    *,
    start_precision: str = "day",
    contesting: tuple[str, ...] = (),
    besiegers: tuple[str, ...] = (),
    confidence: float = 0.8,
    unattached: int = 0,
) -> Interval:
    return Interval(
        place=PLACES[place],
        controller=controller,
        state=state,  # type: ignore[arg-type]
        start=start,
        start_precision=start_precision if start else "unknown",  # type: ignore[arg-type]
        end=end,
        end_precision="day" if end else "unknown",
        confidence=confidence,
        claims=claims,
        contesting=contesting,
        besiegers=besiegers,
        unattached=unattached,
    )


def sample_histories() -> dict[int, list[Interval]]:
    """Every marker state on 2017-10-17 (the last reported day) and changes before it.

    As the atlas writes them, an interval ends on the day the next one starts.
    """
    h = {
        "Raqqa": [
            interval("Raqqa", "isis", "held", D(2014, 1, 1), D(2017, 6, 6),
                     (claim("Raqqa", "isis", "captured", D(2014, 1, 1), precision="month"),),
                     start_precision="month"),
            interval("Raqqa", "isis", "contested", D(2017, 6, 6), D(2017, 10, 17),
                     (claim("Raqqa", "sdf", "contested", D(2017, 6, 6)),
                      claim("Raqqa", "sdf", "contested", D(2017, 10, 14))),
                     contesting=("sdf",), confidence=0.6),
            interval("Raqqa", "sdf", "held", D(2017, 10, 17), None,
                     (claim("Raqqa", "sdf", "captured", D(2017, 10, 17)),)),
        ],
        "Mayadeen": [
            interval("Mayadeen", "isis", "held", None, D(2017, 10, 14),
                     (claim("Mayadeen", "isis", "held", D(2017, 9, 20)),)),
            interval("Mayadeen", "syrian-government", "held", D(2017, 10, 14), None,
                     (claim("Mayadeen", "syrian-government", "captured", D(2017, 10, 14)),)),
        ],
        "Boukamal": [
            interval("Boukamal", "isis", "held", None, None,
                     (claim("Boukamal", "isis", "held", D(2017, 10, 14)),)),
        ],
        "Deir ez-Zor": [
            interval("Deir ez-Zor", "syrian-government", "besieged", D(2015, 1, 15),
                     D(2017, 9, 5),
                     (claim("Deir ez-Zor", "isis", "besieged", D(2015, 1, 15)),),
                     besiegers=("isis",)),
            interval("Deir ez-Zor", "syrian-government", "held", D(2017, 9, 5), None,
                     (claim("Deir ez-Zor", "syrian-government", "held", D(2017, 10, 10)),)),
        ],
        "Tabqa": [
            interval("Tabqa", "sdf", "held", D(2017, 5, 10), None,
                     (claim("Tabqa", "sdf", "captured", D(2017, 5, 10)),
                      claim("Tabqa", "sdf", "held", D(2017, 10, 1))),
                     confidence=0.9, unattached=3),
        ],
        "Palmyra": [
            interval("Palmyra", None, "contested", D(2017, 10, 1), None,
                     (claim("Palmyra", "isis", "contested", D(2017, 10, 1)),),
                     contesting=("isis", "syrian-government"), confidence=0.4),
        ],
        "Qamishli": [
            interval("Qamishli", "sdf", "held", D(2017, 8, 1), None,
                     (claim("Qamishli", "sdf", "held", D(2017, 10, 2), HOSTILE_SENTENCE,
                            url=HOSTILE_URL, source='<i>Wire</i> "Agency"',
                            since=D(2017, 8, 1)),)),
        ],
        "Mosul": [
            interval("Mosul", "isis", "held", D(2014, 6, 10), D(2017, 7, 10),
                     (claim("Mosul", "isis", "captured", D(2014, 6, 10)),)),
            interval("Mosul", "iraqi-government", "held", D(2017, 7, 10), None,
                     (claim("Mosul", "iraqi-government", "captured", D(2017, 7, 10)),)),
        ],
    }
    return {PLACES[name].geonameid: ivs for name, ivs in h.items()}


def store_samples(path) -> None:
    """A real claims store at ``path`` holding every sample claim, one article each."""
    from geo.article import Article
    from geo.atlas import Atlas

    with Atlas(path) as atlas:
        for intervals in sample_histories().values():
            for iv in intervals:
                for c in iv.claims:
                    text = f"{c.evidence.sentence} ({c.place.name}, {c.date})"
                    atlas.add(Article(text=text, published=c.date, source=c.source, url=c.url), [c])
        atlas.refresh()


def page_payload(html: str) -> dict:
    """The data block a rendered map page carries."""
    block = re.search(rf'<script type="application/json" id="{DATA_ID}">(.*?)</script>', html, re.S)
    assert block, "the page carries its data"
    return json.loads(block.group(1))
