"""Round 148: "As" capitalised before a capitalised word, after a word in lower case, is the
Arabic article of a town's name ("The RSF attacked As Suki", "fighting in As Sukhnah"), not
the conjunction that opens a clause; a headline's "Army Retreats As Rebels Advance" and a
lower-case "as" still open one. Phrasings written for these tests, never a shared or
held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

AS_SUKI, AS_SUKHNAH, AS_SAFIRA, SINGA = 378271, 172425, 172503, 366847
SUDAN = "The war between the army and the RSF goes on. "
SYRIA = "The war against the Islamic State goes on in Syria. "


@pytest.mark.parametrize(("text", "published", "fact"), [
    (SUDAN + "The RSF attacked As Suki on 1 July.", dt.date(2024, 7, 3),
     (AS_SUKI, "rsf", "contested", dt.date(2024, 7, 1), "day")),
    (SYRIA + "Islamic State fighters seized As Sukhnah in May 2015.", dt.date(2016, 7, 3),
     (AS_SUKHNAH, "isis", "captured", dt.date(2015, 5, 1), "month")),
    (SYRIA + "Syrian troops recaptured the town of As Safira on Friday.", dt.date(2016, 7, 3),
     (AS_SAFIRA, "syrian-government", "captured", dt.date(2016, 7, 1), "day")),
])
def test_as_before_a_name_is_its_article(ex, text, published, fact):
    assert fact in claims(ex, text, published)


def test_a_lower_case_as_still_opens_a_clause(ex):
    # The clause "as" opens keeps its own subject: the army retreats, the RSF takes Singa.
    text = SUDAN + "The RSF seized Singa on 29 June, as army units retreated towards Sennar."
    got = facts(ex, text, dt.date(2024, 7, 3))
    assert (SINGA, "rsf", "captured") in got
    assert (SINGA, "saf", "captured") not in got
