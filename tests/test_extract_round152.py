"""Round 152: a rumour's content, and a report's that only spread or claimed ("Rumours spread
on social media that the army had abandoned Hama", "Reports circulated on 5 November that",
"Reports this week claimed that SNA factions had entered Ayn Issa"), is unconfirmed: a
question. A body's own report ("Its report on Friday claimed that") and a report confirmed
stay asserted. Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

HAMA, AYN_ISSA = 170017, 172134
SYRIA = "The war in Syria goes on. "
DAY = dt.date(2024, 12, 2)


@pytest.mark.parametrize(("text", "fact"), [
    ("Rumours spread on social media on Saturday night that the army had abandoned Hama.",
     (HAMA, "syrian-government", "lost")),
    ("A rumour that HTS fighters had entered Hama went round the city on Sunday.",
     (HAMA, "hts", "captured")),
    ("Reports circulated on Sunday that HTS had seized Hama.", (HAMA, "hts", "captured")),
    ("Reports this week claimed that SNA factions had entered Ayn Issa itself.",
     (AYN_ISSA, "syrian-opposition", "captured")),
])
def test_a_rumour_or_a_report_that_spread_is_a_question(ex, text, fact):
    assert fact not in facts(ex, SYRIA + text, DAY)
    assert fact in facts(ex, SYRIA + text, DAY, "question")


@pytest.mark.parametrize("text", [
    "The SNA command issued a report. Its report on Sunday claimed that SNA factions had entered "
    "Ayn Issa.",
    "Reports that SNA factions had entered Ayn Issa were confirmed by Turkish officials.",
])
def test_a_bodys_own_report_or_a_confirmed_one_stays_asserted(ex, text):
    assert (AYN_ISSA, "syrian-opposition", "captured") in facts(ex, SYRIA + text, DAY)


def test_a_denial_reaches_its_report_past_where_and_when_it_ran(ex):
    # "denied reports in Baghdad media on August 18 that ...": eight words between.
    text = ("The war against the Islamic State goes on in Iraq. Kurdish officials denied reports "
            "in Baghdad media on August 18 that Peshmerga units had re-entered Sinjar town.")
    got = facts(ex, text, dt.date(2014, 8, 20), "negated")
    assert (448149, "peshmerga", "captured") in got


def test_a_denial_reaches_its_report_past_a_word_in_quote_marks(ex):
    text = ("Russia's war against Ukraine goes on. A Russian-installed official dismissed as "
            "\"fake\" reports that Russian troops had pulled out of Vovchansk.")
    got = facts(ex, text, dt.date(2022, 9, 11))
    assert (689304, "russia", "lost") not in got
    assert (689304, "russia", "lost") in facts(ex, text, dt.date(2022, 9, 11), "negated")
