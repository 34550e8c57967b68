"""Transliteration folding: one key for the many ways a place name is spelt.

The rules live in ``data/folding.toml``; this module only applies them. Both the gazetteer's
names and the queries go through the same :class:`Folder`, so a rule only has to make two
spellings meet, never to find the "right" one.
"""

from __future__ import annotations

import operator
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from gazetteer.errors import DataError

_SPLIT = re.compile(r"[\W_]+")
_REPEAT = re.compile(r"(.)\1+")
# A function, not the template r"\1": Python expands templates slowly, once per match.
_first_group = operator.itemgetter(1)
_SPACES = re.compile(r"[\s\-‐‑–—_]+")
# ASCII words of letters, one space apart: already in the form ``exact_key`` gives.
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
_APOSTROPHES = str.maketrans({c: "'" for c in "‘’`´ʼʻ"})


def _alternation(keys: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)))


@dataclass(frozen=True)
class Folder:
    """Applies one set of folding rules; ``fold`` is memoised per word."""

    chars: dict[int, str]
    articles: frozenset[str]
    fused_vowels: frozenset[str]
    prefixes: dict[str, str]
    spelling: dict[str, str]
    endings: dict[str, str]
    vowelless_countries: frozenset[str]
    vowels: str
    vowelless_min_letters: int
    vowelless_min_consonants: int

    @classmethod
    def from_toml(cls, text: str, source: str = "folding.toml") -> Folder:
        try:
            data = tomllib.loads(text)
            words = data["words"]
            loose = data["vowelless"]
            return cls(
                chars=str.maketrans(data["chars"]),
                articles=frozenset(words["articles"]),
                fused_vowels=frozenset(words["fused_article_vowels"]),
                prefixes=dict(words["prefixes"]),
                spelling=dict(data["spelling"]),
                endings=dict(data["endings"]),
                vowelless_countries=frozenset(loose["countries"]),
                vowels=str(loose["vowels"]),
                vowelless_min_letters=int(loose["min_letters"]),
                vowelless_min_consonants=int(loose["min_consonants"]),
            )
        except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as e:
            raise DataError(f"{source}: not a valid folding rules file ({e})") from None

    def __post_init__(self) -> None:
        # Compiled once per Folder: a frozen dataclass keeps them via object.__setattr__.
        # Rules of several letters by one regular expression, single letters by a table: the
        # same one pass, since every value is already in the folded alphabet.
        object.__setattr__(self, "_spelling_re", _alternation(
            [k for k in self.spelling if len(k) > 1] or ["\0"]))
        object.__setattr__(self, "_letters", str.maketrans(
            {k: v for k, v in self.spelling.items() if len(k) == 1}))
        object.__setattr__(self, "_prefix_re", re.compile(
            "^(?:" + "|".join(re.escape(p) for p in sorted(self.prefixes, key=len, reverse=True))
            + ")"))
        spelling = self.spelling
        object.__setattr__(self, "_spelt", lambda m: spelling[m[0]])
        object.__setattr__(self, "_word", lru_cache(maxsize=200_000)(self._fold_word))
        object.__setattr__(self, "_fold", lru_cache(maxsize=200_000)(self._fold_name))
        object.__setattr__(self, "_no_vowels", str.maketrans("", "", self.vowels))

    def strip(self, name: str) -> str:
        """Lower case, no diacritics, no apostrophe-like marks: the first step of folding."""
        name = name.translate(self.chars)
        if name.isascii():
            return name.lower()
        decomposed = unicodedata.normalize("NFKD", name)
        return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()

    def _fold_word(self, word: str, inner: bool) -> str:
        m = self._prefix_re.match(word)  # type: ignore[attr-defined]
        if m:
            word = self.prefixes[m.group()] + word[m.end():]
        elif (inner and len(word) > 3 and word[0] in self.fused_vowels
              and word[1] == word[2] and word[1] not in "aeiou"):
            word = word[2:]
        word = self._spelling_re.sub(  # type: ignore[attr-defined]
            self._spelt, word).translate(self._letters)  # type: ignore[attr-defined]
        for end, repl in self.endings.items():
            if word.endswith(end) and len(word) > len(end) + 1:
                word = word[: -len(end)] + repl
                break
        return word

    def _fold_name(self, name: str) -> str:
        stripped = self.strip(name)
        word = self._word  # type: ignore[attr-defined]
        if stripped.isalpha():
            folded = word(stripped, False)  # most names are one word of letters
        else:
            words = [w for w in _SPLIT.split(stripped) if w]
            if len(words) > 1:
                kept = [w for w in words if w not in self.articles]
                words = kept or words
            folded = "".join([word(w, i > 0) for i, w in enumerate(words)])
        return _REPEAT.sub(_first_group, folded)

    def fold(self, name: str) -> str:
        """The folded key of a name: equal for spellings the rules consider the same."""
        return self._fold(name)  # type: ignore[attr-defined]

    def files_vowelless(self, kind: str, country_code: str) -> bool:
        """Whether places of this kind and country are also filed under their vowelless key
        (the towns of the ``[vowelless]`` countries)."""
        return kind == "city" and country_code in self.vowelless_countries

    def vowelless(self, key: str) -> str | None:
        """A folded key without its vowels (see ``[vowelless]`` in the rules), or None when
        the key is too short to meet only its own spellings."""
        if len(key) < self.vowelless_min_letters:
            return None
        bare = _REPEAT.sub(_first_group, key.translate(self._no_vowels))  # type: ignore[attr-defined]
        return bare if len(bare) >= self.vowelless_min_consonants else None

    def prefix_key(self, name: str) -> str | None:
        """A key that the folded key of every longer name ``name + sep + more`` starts with
        (``sep`` a space or a hyphen), or None when articles make it unknowable.

        Words fold one by one and are joined, and collapsing doubled letters keeps prefixes;
        only dropped articles break this: "El Al" keeps both words alone, "El Al Bab" neither.
        """
        words = _SPLIT.split(self.strip(name))
        if all(w in self.articles for w in words if w):
            return None
        return self.fold(name)


@lru_cache(maxsize=200_000)
def exact_key(name: str) -> str:
    """Case-, hyphen- and apostrophe-insensitive form of a name, for exact lookups."""
    if _PLAIN.fullmatch(name):
        return name.casefold()  # most names: nothing to normalise, replace or strip
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", name).translate(_APOSTROPHES)).strip(
        " .,;:").casefold()


def bare_key(key: str) -> str:
    """An exact key without apostrophes (ayn and hamza marks) and accents: "ra's al 'ayn" and
    "ras al ayn" are one name written two ways."""
    if key.isascii():
        return key.replace("'", "")
    decomposed = unicodedata.normalize("NFKD", key)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("'", "")


@lru_cache(maxsize=1)
def default_folder() -> Folder:
    """The folding rules shipped in ``gazetteer/data/folding.toml``."""
    text = resources.files("gazetteer").joinpath("data/folding.toml").read_text("utf-8")
    return Folder.from_toml(text)
