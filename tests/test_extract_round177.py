"""Round 177: a claim told and then denied by another after a semicolon or a contrast ("Some
bloggers claimed that RSF units had entered Bahri; the army denied it", "..., but a spokesman
denied this") is denied; one left unconfirmed ("..., but the army has not confirmed this") is
a question; a post or statement that tells its claim with a participle ("Posts claiming SDF
units had reached Jarablus were dismissed as false") is a report like one with "that"; and a
report "not true" is denied. Phrasings written for these tests, never a shared or held-out
text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

BAHRI, JARABLUS = 379251, 169179
SUDAN = "Sudan's war between the army and the RSF. "
DAY = dt.date(2025, 1, 11)


@pytest.mark.parametrize("denial", ["; the army denied it",
                                    ", but a military spokesman denied this",
                                    "; the army swiftly rejected the claim"])
def test_a_claim_denied_after_it_is_denied(ex, denial):
    text = SUDAN + f"Some bloggers claimed that RSF units had entered Khartoum North{denial}."
    assert (BAHRI, "rsf", "captured") in facts(ex, text, DAY, "negated")
    assert (BAHRI, "rsf", "captured") not in facts(ex, text, DAY)


def test_a_claim_left_unconfirmed_after_it_is_a_question(ex):
    text = SUDAN + ("Residents told local media that RSF units had entered Khartoum North, but "
                    "the army has not confirmed this.")
    assert (BAHRI, "rsf", "captured") in facts(ex, text, DAY, "question")


def test_a_denial_of_another_thing_denies_nothing(ex):
    text = SUDAN + ("The army said it had retaken Khartoum North, but the RSF denied that its "
                    "fighters had fled.")
    assert (BAHRI, "saf", "captured") in facts(ex, text, DAY)


@pytest.mark.parametrize("report", [
    "Posts on social media claiming SDF units had reached Jarablus were dismissed as false.",
    "Reports that SDF units had reached Jarablus are not true, the ministry said.",
])
def test_a_report_denied_after_it(ex, report):
    text = "Syria: Turkish troops and the SDF fought ISIS. " + report
    got = facts(ex, text, dt.date(2016, 8, 20))
    assert not {c for c in got if c[0] == JARABLUS and c[1] == "sdf"}
