"""The words around place names (``data/lexicon.toml``) and demonyms, ready for lookups."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from gazetteer.errors import DataError


@dataclass(frozen=True)
class Lexicon:
    """Stopwords, connectors, titles, kind hints, directions and demonyms (lower case)."""

    stopwords: frozenset[str]
    connectors: frozenset[str]
    titles: frozenset[str]
    before: dict[str, str]
    after: dict[str, str]
    directions: dict[str, tuple[float, float, float, float]]
    demonyms: dict[str, str]

    @classmethod
    def from_toml(cls, text: str, demonyms: dict[str, str],
                  source: str = "lexicon.toml") -> Lexicon:
        try:
            d = tomllib.loads(text)
            extra = {w.lower(): cc for cc, words in d["demonyms"].items() for w in words}
            return cls(
                stopwords=frozenset(d["stopwords"]),
                connectors=frozenset(d["connectors"]),
                titles=frozenset(d["titles"]),
                before={p: kind for kind, ps in d["before"].items() for p in ps},
                after={w: kind for kind, ws in d["after"].items() for w in ws},
                directions={k: tuple(v) for k, v in d["directions"].items()},
                demonyms={**demonyms, **extra},
            )
        except (tomllib.TOMLDecodeError, KeyError, TypeError, AttributeError) as e:
            raise DataError(f"{source}: not a valid lexicon file ({e})") from None


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, with countryinfo's demonym of every country."""
    from gazetteer.sources import country_info

    demonyms = {}
    for cc, info in country_info().items():
        for dem in (info.get("demonym") or "").split(","):
            if dem.strip():
                demonyms.setdefault(dem.strip().lower(), cc)
    text = resources.files("gazetteer").joinpath("data/lexicon.toml").read_text("utf-8")
    return Lexicon.from_toml(text, demonyms)
