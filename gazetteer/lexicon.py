"""The words around place names (``data/lexicon.toml``) and demonyms, ready for lookups."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from gazetteer.errors import DataError


@dataclass(frozen=True)
class Lexicon:
    """The words around place names (lower case unless said): stopwords, connectors,
    elided articles, titles, heads of natural features, adjectives of people, given names,
    armed actors' nouns, kind hints (also after a list of names), directions and points of
    the compass, demonyms, codes news writes as names, and the abbreviations of divisions
    that follow a town ("La.")."""

    stopwords: frozenset[str]
    contractions: frozenset[str]
    connectors: frozenset[str]
    inner_connectors: frozenset[str]
    elisions: frozenset[str]
    name_particles: frozenset[str]
    titles: frozenset[str]
    features: frozenset[str]
    features_after: frozenset[str]
    river_before: frozenset[str]
    river_after: frozenset[str]
    adjectives: frozenset[str]
    location_before: frozenset[str]
    place_before: frozenset[str]
    given_names: frozenset[str]
    actor_nouns: frozenset[str]
    acronym_names: frozenset[str]
    compass: frozenset[str]
    before: dict[str, str]
    after: dict[str, str]
    after_list: dict[str, str]
    directions: dict[str, tuple[float, float, float, float]]
    demonyms: dict[str, str]
    state_abbreviations: dict[str, str]

    @classmethod
    def from_toml(cls, text: str, demonyms: dict[str, str],
                  source: str = "lexicon.toml") -> Lexicon:
        try:
            d = tomllib.loads(text)
            extra = {w.lower(): cc for cc, words in d["demonyms"].items() for w in words}
            return cls(
                stopwords=frozenset(d["stopwords"]),
                contractions=frozenset(d["contractions"]),
                connectors=frozenset(d["connectors"]),
                inner_connectors=frozenset(d["inner_connectors"]),
                elisions=frozenset(d["elisions"]),
                name_particles=frozenset(d["name_particles"]),
                titles=frozenset(d["titles"]),
                features=frozenset(d["features"]),
                features_after=frozenset(d["features_after"]),
                river_before=frozenset(d["river_before"]),
                river_after=frozenset(d["river_after"]),
                adjectives=frozenset(w.lower() for w in d["adjectives"]),
                location_before=frozenset(d["location_before"]),
                place_before=frozenset(d["place_before"]),
                given_names=frozenset(w.lower() for w in d["given_names"]),
                actor_nouns=frozenset(d["actor_nouns"]),
                acronym_names=frozenset(d["acronym_names"]),
                compass=frozenset(d["compass"]),
                before={p: kind for kind, ps in d["before"].items() for p in ps},
                after={w: kind for kind, ws in d["after"].items() for w in ws},
                after_list={w: kind for kind, ws in d["after_list"].items() for w in ws},
                directions={k: tuple(v) for k, v in d["directions"].items()},
                demonyms={**demonyms, **extra},
                state_abbreviations=dict(d["state_abbreviations"]),
            )
        except (tomllib.TOMLDecodeError, KeyError, TypeError, AttributeError) as e:
            raise DataError(f"{source}: not a valid lexicon file ({e})") from None


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, with countryinfo's demonym of every country."""
    from gazetteer.sources import country_info

    demonyms: dict[str, str] = {}
    for cc, info in country_info().items():
        for dem in (info.get("demonym") or "").split(","):
            if dem.strip():
                demonyms.setdefault(dem.strip().lower(), cc)
    text = resources.files("gazetteer").joinpath("data/lexicon.toml").read_text("utf-8")
    return Lexicon.from_toml(text, demonyms)
