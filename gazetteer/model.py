"""The values the gazetteer hands out: places, scored candidates and mentions in a text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Kind = Literal["city", "admin1", "country", "continent", "region", "admin2"]
KINDS: tuple[Kind, ...] = ("city", "admin1", "country", "continent", "region", "admin2")
MatchedBy = Literal["exact", "alternate", "folded", "vowelless", "fuzzy", "online"]


@dataclass(frozen=True, slots=True)
class Place:
    """A place with a representative point.

    ``geonameid`` is GeoNames' id where the data has one; places the gazetteer derives itself
    (first-level divisions, regions) carry a stable negative id instead.
    """

    name: str
    latitude: float
    longitude: float
    country_code: str
    geonameid: int
    population: int
    feature_code: str
    kind: Kind
    admin1: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may mean, with a score in [0, 1] and how the name matched it."""

    place: Place
    score: float
    matched_by: MatchedBy
    why: dict[str, float] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = self.place.to_dict()
        d["score"] = round(self.score, 4)
        d["matched_by"] = self.matched_by
        d["why"] = {k: round(v, 4) for k, v in self.why.items()}
        return d


@dataclass(frozen=True, slots=True)
class Mention:
    """A toponym in a text: character offsets ``[start, end)``, the text as written, the place."""

    start: int
    end: int
    surface: str
    place: Place

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "surface": self.surface,
                "place": self.place.to_dict()}
