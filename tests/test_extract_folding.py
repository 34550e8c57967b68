"""Folding keeps offsets: one output character per input character, whatever the text mixes."""

from __future__ import annotations

import pytest

from geo.extract.folding import fold


@pytest.mark.parametrize("text", [
    "Syrian troops seized Mayadeen.",
    "“Dáesh” fighters\nleft\tDeir ez-Zor — al-Bāb’s “ISIS” İdlib ﻻ ™ Ⓐ 𝐀",
    "",
])
def test_fold_is_per_character(text):
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "".join(fold(ch) for ch in text)


def test_fold_lowers_case_and_marks():
    assert fold("ISIS-Held Dáesh’s") == "isis-held daesh's"
