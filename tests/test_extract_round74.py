"""A participle that opens the sentence has the subject of the clause after it ("After losing
Khartoum to the army, the RSF ...", "Having seized Singa, the RSF ..."), not a bare gerund
that is the subject itself ("Fighting continues ..."), nor one of a time still to come
("Before entering the town, ..."); "recovered" is a verb of taking (misses of blind sets 281
to 322). Each test runs several phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

SINGA, KHARTOUM, IZIUM, SINJAR, AFRIN = 366847, 379252, 707292, 448149, 174186


@pytest.mark.parametrize(("text", "published", "fact"), [
    ("After seizing Singa in June, the RSF moved on Sennar.", dt.date(2024, 8, 1),
     (SINGA, "rsf", "captured")),
    ("Having captured Singa, the RSF moved on Sennar.", dt.date(2024, 8, 1),
     (SINGA, "rsf", "captured")),
    ("After losing Khartoum to the army in March, the RSF has poured its remaining forces into "
     "Darfur.", dt.date(2025, 6, 1), (KHARTOUM, "rsf", "lost")),
    ("After losing Khartoum to the army in March, the RSF has poured its remaining forces into "
     "Darfur.", dt.date(2025, 6, 1), (KHARTOUM, "saf", "captured")),
    ("Having lost Singa to the RSF, the army regrouped in Sennar.", dt.date(2024, 8, 1),
     (SINGA, "saf", "lost")),
    ("After withdrawing from Singa, the army regrouped in Sennar.", dt.date(2024, 8, 1),
     (SINGA, "saf", "lost")),
    ("Having quickly retaken Izium in September, Ukrainian troops pushed on toward Lyman.",
     dt.date(2022, 10, 20), (IZIUM, "ukraine", "captured")),
])
def test_an_opening_participle_has_the_subject_of_the_clause_after_it(ex, text, published,
                                                                      fact):
    assert fact in facts(ex, text, published)


@pytest.mark.parametrize(("text", "town"), [
    ("Fighting also continued Saturday near Krasnohorivka, just north of Maryinka, Ukraine's "
     "General Staff said.", "Krasnohorivka"),
    ("Fighting raged on in Bakhmut, the Russian defence ministry said.", "Bakhmut"),
])
def test_a_bare_gerund_opening_the_sentence_is_not_a_participle(ex, text, town):
    # "Fighting" is the subject: the fight is both sides', not the speaker's side's alone.
    got = {(c.place.name, c.force) for c in ex.extract(text, published=dt.date(2023, 2, 11))
           if c.event == "contested"}
    assert {(town, "russia"), (town, "ukraine")} <= got


def test_a_participle_of_a_time_still_to_come_is_not_read(ex):
    got = facts(ex, "Before entering Afrin, Turkish troops and their Syrian allies took the "
                    "surrounding villages.", dt.date(2018, 3, 20))
    assert (AFRIN, "turkey", "captured") not in got
    assert (AFRIN, "turkey", "contested") not in got


@pytest.mark.parametrize("text", [
    "The peshmerga recovered Sinjar in November 2015.",
    "Sinjar was recovered by the peshmerga in November 2015.",
    "Kurdish peshmerga fighters recovered the town of Sinjar in November 2015.",
])
def test_recovering_a_town_is_taking_it(ex, text):
    assert (SINJAR, "peshmerga", "captured") in facts(ex, text, dt.date(2016, 6, 1))


@pytest.mark.parametrize("text", [
    "Iraqi forces recovered the bodies of 20 soldiers in Sinjar.",
    "Police recovered weapons and explosives in Sinjar on Monday.",
])
def test_recovering_things_in_a_town_is_not_taking_it(ex, text):
    assert not facts(ex, text, dt.date(2016, 6, 1))
