"""Word-start scanning finds the same force mentions and trigger words as whole-text scans."""

from __future__ import annotations

import re

import pytest

from geo.article import read_articles
from geo.extract.actors import ActorMatcher
from geo.extract.folding import fold
from geo.extract.frames import trigger_first_words, triggers
from geo.extract.starts import WordStarts, matches
from geo.forces import load_forces

# Word edges the scan must get right: dotted and hyphenated names, possessives, pronouns,
# "-held" holders, names glued to punctuation, a name at the very start and end.
EDGES = ("ISIS fighters, U.S.-backed forces and the U.S-backed SDF's fighters took al-Bab; "
         "its own troops re-took it.\n“Kurdish-held” Manbij (YPG) fell to the group, and they "
         "withdrew from Raqqa after Daesh-controlled villages fell. Isis-held Mosul, SDF")


def _texts(claims_dev):
    yield EDGES
    for article in read_articles(claims_dev):
        yield article.document


@pytest.fixture(scope="module")
def matcher():
    return ActorMatcher(list(load_forces()))


def test_word_starts_find_what_whole_scans_find(matcher, claims_dev):
    scanner = WordStarts({**matcher.first_words, "trigger": trigger_first_words()})
    everywhere = {name: None for name in matcher.first_words}
    for text in _texts(claims_dev):
        folded = fold(text)
        starts = scanner.scan(folded)
        assert matcher.find(text, folded, starts) == matcher.find(text, folded, everywhere)
        assert triggers(folded, starts["trigger"]) == triggers(folded)


def test_matches_keeps_finditer_order_and_overlaps():
    rx = re.compile(r"(?<!\w)(?:ab c|c d)(?!\w)")
    text = "ab c d, c d ab c"
    starts = WordStarts({"x": ["ab", "c"]}).scan(text)["x"]
    assert [m.span() for m in matches(rx, text, starts)] == [
        m.span() for m in rx.finditer(text)]
