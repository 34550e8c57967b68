"""Round 147: a report whose denial is told after it ("Reports that troops had entered Rastan
were dismissed as lies", "Claims circulating on Monday that the SNA had seized P were denied by
the SDF") denies what it reports; one "that could not be independently verified" leaves it
open. A report confirmed, or a denial in a clause of its own, leaves it asserted.
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

TAL_TAMR, SENNAR, OCHERETYNE = 163434, 367644, 698759
SYRIA = "Turkey's offensive against the SDF in northern Syria goes on. "
SUDAN = "The war between the army and the RSF goes on. "
UKRAINE = "Russia's war against Ukraine goes on. "


@pytest.mark.parametrize(("text", "published", "fact"), [
    (SYRIA + "Claims circulating on Monday that the SNA had seized Tal Tamr were denied by the "
     "SDF.", dt.date(2019, 10, 21), (TAL_TAMR, "syrian-opposition", "captured")),
    (SYRIA + "A report that Turkish troops had also reached Tal Tamr was dismissed as false by "
     "the SDF.", dt.date(2019, 10, 21), (TAL_TAMR, "turkey", "contested")),
    (SUDAN + "Rumours on social media that RSF units had entered Sennar, further south, were "
     "rejected by the army spokesman as lies.", dt.date(2023, 12, 19), (SENNAR, "rsf", "captured")),
    (UKRAINE + "Posts on Russian channels claiming that Russian troops had already captured "
     "Ocheretyne were refuted by the Ukrainian military.", dt.date(2024, 2, 19),
     (OCHERETYNE, "russia", "captured")),
])
def test_a_report_denied_after_it_is_negated(ex, text, published, fact):
    assert fact not in facts(ex, text, published)
    assert fact in facts(ex, text, published, "negated")


@pytest.mark.parametrize("text", [
    SYRIA + "Reports that Kurdish fighters had abandoned Tal Tamr could not be independently "
    "verified.",
    SYRIA + "Reports on Tuesday that the SDF had pulled out of Tal Tamr have not been confirmed.",
])
def test_a_report_left_unverified_is_a_question(ex, text):
    got = facts(ex, text, dt.date(2019, 10, 21), "question")
    assert (TAL_TAMR, "sdf", "lost") in got
    assert (TAL_TAMR, "sdf", "lost") not in facts(ex, text, dt.date(2019, 10, 21))


@pytest.mark.parametrize("text", [
    # Confirmed, not denied.
    SYRIA + "Reports that the SNA had seized Tal Tamr were confirmed by Turkish officials.",
    # The denial is of another report, in a clause of its own.
    SYRIA + "The SNA said it had seized Tal Tamr; these claims could not be verified.",
    SYRIA + "Turkish-backed fighters of the SNA seized Tal Tamr; reports of looting were denied.",
])
def test_a_report_not_denied_after_it_stays_asserted(ex, text):
    assert (TAL_TAMR, "syrian-opposition", "captured") in facts(ex, text, dt.date(2019, 10, 21))
