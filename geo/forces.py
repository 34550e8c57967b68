"""The force lexicons: who fights, under which names, in which colour.

Lexicons are TOML files under ``geo/data/forces/`` (one per war); ``--forces FILE`` adds
or overrides forces. Matching aliases in text is the extractor's job, not this module's.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from geo.article import read_text_file
from geo.errors import InputError, NotFoundError


@dataclass(frozen=True, slots=True)
class Force:
    """One armed actor with a canonical id (``isis``, ``sdf``, ``rsf`` ...)."""

    id: str
    name: str
    color: str
    aliases: tuple[str, ...] = ()
    group_nouns: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    # Group nouns apply only in articles about these countries (empty: anywhere).
    countries: tuple[str, ...] = ()
    # Words that name this force only before "-held"/"-controlled" ("Kurdish-held").
    holder_words: tuple[str, ...] = ()
    # A state's forces (an army, a government): "the group" never stands for one of them.
    state: bool = False
    # Whether news calls it "the group" before any other non-state force it names (the
    # Islamic State, not the SDF fighting it, which news calls "the alliance") ...
    the_group: bool = False
    # ... or only when it names it so ("the YPG ..., which the group has controlled").
    the_group_names: tuple[str, ...] = ()
    # Group nouns that mean this force only in a story that names it ("the jihadists" are
    # HTS where HTS is named, else whoever else they may be).
    named_group_nouns: tuple[str, ...] = ()
    # People who command or speak for the force, read as the force: "al-Burhan declared
    # Khartoum free" is the army's doing.
    leaders: tuple[str, ...] = ()
    # Allies that became rivals, and from when: the Peshmerga and Iraq's forces fought for
    # Kirkuk in October 2017, after years on the same side.
    rivals_since: tuple[tuple[str, dt.date], ...] = ()
    # What this force's own words mean by a group noun: the Turkish military's "terrorists"
    # are the YPG, the Syrian army's the rebels (noun, and the forces it may mean).
    labels: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One war's forces, and the countries whose places make an article belong to it."""

    id: str
    name: str
    countries: tuple[str, ...]
    forces: tuple[Force, ...]
    source: str = ""
    # Countries the war is also fought in that do not make an article belong to it (Russia's
    # Kursk region for Ukraine's war): their places count once the lexicon applies.
    fronts: tuple[str, ...] = ()
    # The war's first day, which dates "on the first day of the invasion" (None: unknown).
    began: dt.date | None = None
    # A war of two sides (Russia and Ukraine): a town one side takes, the other loses.
    sides: tuple[str, ...] = ()
    # The force a bare "occupied" means in this war ("occupied Melitopol"), or "".
    occupier: str = ""


@dataclass(frozen=True)
class ForceRegistry:
    """All loaded lexicons; a force id means the same actor in every lexicon it appears in."""

    lexicons: tuple[Lexicon, ...]

    @cached_property
    def _by_id(self) -> Mapping[str, Force]:
        # A later lexicon's force replaces an earlier one with the same id.
        return {f.id: f for lex in self.lexicons for f in lex.forces}

    def __iter__(self) -> Iterator[Force]:
        return iter(self._by_id.values())

    def __contains__(self, force_id: object) -> bool:
        return force_id in self._by_id

    def get(self, force_id: str) -> Force:
        """The force with this id; NotFoundError if no lexicon knows it."""
        try:
            return self._by_id[force_id]
        except KeyError:
            raise NotFoundError(f"no force with id {force_id!r}") from None

    def color(self, force_id: str | None) -> str:
        """The map colour of a force, grey for an unknown or absent one."""
        if force_id is None or force_id not in self._by_id:
            return "#808080"
        return self._by_id[force_id].color


# Pairs of allied force ids, each with the day the two became rivals (None: still allies).
Alliances = Mapping[frozenset[str], dt.date | None]


def alliances(forces: Iterable[Force]) -> dict[frozenset[str], dt.date | None]:
    """The pairs of allied forces (either may name the other in ``affiliations``), each with
    the day they became rivals if either says so in ``rivals_since``."""
    forces = list(forces)
    pairs: dict[frozenset[str], dt.date | None] = {
        frozenset((f.id, a)): None for f in forces for a in f.affiliations if a != f.id}
    for f in forces:
        for other, since in f.rivals_since:
            if frozenset((f.id, other)) in pairs:
                pairs[frozenset((f.id, other))] = since
    return pairs


def allied(pairs: Alliances, a: str, b: str, day: dt.date | None) -> bool:
    """Whether ``a`` and ``b`` were allies on ``day`` (on an unknown day, if they ever were)."""
    key = frozenset((a, b))
    if key not in pairs:
        return False
    since = pairs[key]
    return since is None or day is None or day < since


def _tuple(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: expected a list of strings")
    return tuple(value)


def _phrases(value: object, where: str) -> tuple[str, ...]:
    """Aliases or nouns: strings whose ``(a|b|)`` groups are one level deep and closed."""
    out = _tuple(value, where)
    for phrase in out:
        depth = 0
        for ch in phrase:
            depth += (ch == "(") - (ch == ")")
            if not 0 <= depth <= 1:
                break
        if depth:
            raise InputError(f"{where}: {phrase!r}: a (a|b|) group must be closed and hold no "
                             "other group")
    return out


def _rivals(value: object, where: str) -> tuple[tuple[str, dt.date], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and type(v) is dt.date for k, v in value.items()):
        raise InputError(f"{where}: rivals_since must map force ids to dates")
    return tuple(sorted(value.items()))


def _labels(value: object, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise InputError(f"{where}: labels must map group nouns to lists of force ids")
    return tuple((noun.lower(), _tuple(ids, f"{where}: labels.{noun}"))
                 for noun, ids in sorted(value.items()))


def parse_lexicon(text: str, source: str) -> Lexicon:
    """Parse one lexicon file's text; ``source`` names it in error messages."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{source}: not a valid TOML force lexicon ({e})") from None
    head = doc.get("lexicon", {})
    forces = []
    for i, entry in enumerate(doc.get("force", [])):
        where = f"{source}: force #{i + 1}"
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
            raise InputError(f"{where}: needs an id and a name")
        forces.append(
            Force(
                id=str(entry["id"]),
                name=str(entry["name"]),
                color=str(entry.get("color", "#808080")),
                aliases=_phrases(entry.get("aliases"), where),
                group_nouns=_phrases(entry.get("group_nouns"), where),
                affiliations=_tuple(entry.get("affiliations"), where),
                countries=_tuple(entry.get("countries"), where),
                holder_words=_phrases(entry.get("holder_words"), where),
                state=bool(entry.get("state", False)),
                the_group=bool(entry.get("the_group", False)),
                the_group_names=_phrases(entry.get("the_group_names"), where),
                named_group_nouns=_phrases(entry.get("named_group_nouns"), where),
                leaders=_tuple(entry.get("leaders"), where),
                rivals_since=_rivals(entry.get("rivals_since"), where),
                labels=_labels(entry.get("labels"), where),
            )
        )
    if not forces:
        raise InputError(f"{source}: no [[force]] entries")
    return Lexicon(
        id=str(head.get("id", Path(source).stem)),
        name=str(head.get("name", Path(source).stem)),
        countries=_tuple(head.get("countries"), source),
        forces=tuple(forces),
        source=source,
        fronts=_tuple(head.get("fronts"), source),
        began=_began(head.get("began"), source),
        sides=_sides(head.get("sides"), forces, source),
        occupier=_occupier(head.get("occupier"), forces, source),
    )


def _sides(value: object, forces: list[Force], source: str) -> tuple[str, ...]:
    sides = _tuple(value, source)
    if sides and (len(sides) != 2 or not set(sides) <= {f.id for f in forces}):
        raise InputError(f"{source}: [lexicon] sides must name two of its forces")
    return sides


def _occupier(value: object, forces: list[Force], source: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or value not in {f.id for f in forces}:
        raise InputError(f"{source}: [lexicon] occupier must name one of its forces")
    return value


def _began(value: object, source: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    raise InputError(f"{source}: [lexicon] began must be a date (YYYY-MM-DD)")


def load_lexicon(path: str | Path) -> Lexicon:
    """Load a lexicon file from disk (the ``--forces FILE`` option)."""
    return parse_lexicon(read_text_file(path, "force lexicon"), str(Path(path)))


def builtin_lexicons() -> tuple[Lexicon, ...]:
    """The lexicons shipped in ``geo/data/forces``, in file-name order."""
    folder = resources.files("geo") / "data" / "forces"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    return tuple(parse_lexicon(f.read_text(encoding="utf-8"), f.name) for f in files)


def load_forces(extra: Iterable[str | Path] = ()) -> ForceRegistry:
    """The shipped lexicons plus any extra files; a later file overrides an earlier force id."""
    return ForceRegistry(builtin_lexicons() + tuple(load_lexicon(p) for p in extra))
