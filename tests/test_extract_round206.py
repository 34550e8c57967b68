"""Round 206: a list of towns opening its clause is the subject of "followed" as of "fell"
("Zalingei, El Geneina and Ed Daein followed within weeks": each was taken by the one taker of
the sentence before), and a list's bullet is no word before its subject ("- Nyala, Zalingei and
El Geneina all fell to the RSF"). Phrasings written for these tests, never a shared or held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

NYALA, ZALINGEI, GENEINA, DAEIN = 369004, 363533, 379303, 380148


@pytest.mark.parametrize("text", [
    "The RSF took Nyala in October 2023. Zalingei, El Geneina and Ed Daein followed within "
    "weeks.",
    "- Nyala, Zalingei, El Geneina and Ed Daein all fell to the RSF between October and "
    "November 2023.",
    "• Nyala, Zalingei, El Geneina and Ed Daein fell to the RSF in the autumn of 2023.",
])
def test_every_town_of_the_list_is_taken(ex, text):
    found = facts(ex, text, dt.date(2024, 6, 14))
    for p in (NYALA, ZALINGEI, GENEINA, DAEIN):
        assert (p, "rsf", "captured") in found


def test_a_verbs_object_list_is_no_subject(ex):
    # "shelled Nyala and Zalingei fell": only the town after the object fell.
    found = facts(ex, "- The RSF shelled Nyala and Zalingei fell to the RSF in October 2023.",
                  dt.date(2024, 6, 14))
    assert (ZALINGEI, "rsf", "captured") in found
    assert (NYALA, "rsf", "captured") not in found
