"""Round 219: HTS and the other Syrian rebel factions are allies (the forces file's
`affiliations`): a town the rebels take is no loss of HTS's, which the story told took it a
day before ("Rebels led by HTS captured Hama on Thursday ... Hama falls to rebels"), and of the
two, the one that took more towns leads the story. Phrasings written for these tests, never a
shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

from geo.forces import alliances, allied, builtin_lexicons

HAMA, SARAQIB = 170017, 164816


@pytest.mark.parametrize("text", [
    "Hama falls to rebels in blow to Assad\n\nRebels led by Hayat Tahrir al-Sham captured Hama "
    "on Thursday, the army said.",
    "Factions seize Saraqib\n\nHTS fighters entered Saraqib on Friday. The rebels took full "
    "control of Saraqib on Saturday.",
])
def test_an_ally_s_taking_is_no_loss_of_hts(ex, text):
    found = facts(ex, text, dt.date(2024, 12, 7))
    assert not {f for f in found if f[1] == "hts" and f[2] == "lost"}, found
    assert {f for f in found if f[1] == "hts" and f[2] == "captured"}


def test_hts_and_the_factions_are_allies():
    pairs = alliances(next(lex for lex in builtin_lexicons() if lex.id == "syria-iraq").forces)
    assert allied(pairs, "hts", "syrian-opposition", dt.date(2024, 12, 1))
    assert not allied(pairs, "hts", "syrian-government", dt.date(2024, 12, 1))
