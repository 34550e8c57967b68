"""Round 155: a list set off in dashes before a verb of falling is its subject ("four of
Darfur's five state capitals — Nyala, Zalingei and El Geneina — fell to the RSF last year").
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims

NYALA, ZALINGEI, GENEINA = 369004, 363533, 379303


def test_a_dashed_list_before_a_fall_is_its_subject(ex):
    text = ("The war between the army and the RSF goes on. Three of Darfur's five state capitals "
            "— Nyala, Zalingei and El Geneina — fell to the RSF last year.")
    got = claims(ex, text, dt.date(2024, 6, 15))
    assert {(p, "rsf", "captured", dt.date(2023, 1, 1), "year")
            for p in (NYALA, ZALINGEI, GENEINA)} <= got
