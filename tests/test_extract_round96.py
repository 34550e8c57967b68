"""Round 96: a capture or loss the clause rules left dated by the day of writing takes the one
other date its sentence names, unless that date belongs to another clause or to an apposition
of the town; the hour after a day written first; an "after seizing ..." clause does not date
the clause before it. Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims

WAD_MADANI, SELYDOVE, SINGA, MOREK, NYALA, LYMAN, SUDZHA, HAMA = (364103, 694677, 366847,
                                                                   166640, 369004, 704204,
                                                                   486816, 170017)
EL_FASHER, BAKHMUT, HAJIN = 379555, 713174, 174506
SUDAN = "The war between Sudan's army and the paramilitary RSF goes on. "
UKRAINE = "Russia's war in Ukraine goes on. "
SYRIA = "Syria's army and Russian jets fight rebels and HTS in Idlib province. "


@pytest.mark.parametrize(("text", "place", "force", "date", "precision"), [
    ("On January 11 troops and allied fighters entered the city centre of Wad Madani and the "
     "RSF withdrew westward, leaving looted houses behind.", WAD_MADANI, "saf",
     dt.date(2025, 1, 11), "day"),
    ("By the end of October, Moscow announced that its troops had taken Selydove, a mining "
     "town south of Pokrovsk.", SELYDOVE, "russia", dt.date(2024, 10, 1), "month"),
    ("They heard, in November, that the army had retaken Singa.", SINGA, "saf",
     dt.date(2024, 11, 1), "month"),
    ("SDF fighters had entered the town centre of Hajin on Dec. 6 and had now taken full "
     "control of it.", HAJIN, "sdf", dt.date(2024, 12, 6), "day"),
])
def test_a_change_takes_the_one_date_its_sentence_names(ex, text, place, force, date,
                                                        precision):
    context = SUDAN if force == "saf" else UKRAINE if force == "russia" else ""
    got = claims(ex, context + text, dt.date(2025, 2, 15))
    assert (place, force, "captured", date, precision) in got, got


@pytest.mark.parametrize(("text", "place", "force"), [
    # another clause's date: "since" and what began then,
    ("Nyala is the largest city to come under the control of the RSF since the war broke out "
     "on 15 April.", NYALA, "rsf"),
    # a relative clause's,
    ("Ukrainian troops have entered Lyman, a rail hub Russia captured in late May.", LYMAN,
     "ukraine"),
    ("Ukrainian troops have entered Lyman, which Russian forces took in late May.", LYMAN,
     "ukraine"),
    # an apposition's,
    ("Russian troops have retaken Sudzha, the largest town Ukrainian forces seized in "
     "August.", SUDZHA, "russia"),
    # a "when" clause's,
    ('HTS fighters entered Hama "to cleanse the wound" of 1982, when the army crushed an '
     "uprising there.", HAMA, "hts"),
    # and the first of two coordinated clauses'.
    ("The RSF seized El Fasher and in December it stormed Nyala.", EL_FASHER, "rsf"),
])
def test_a_date_of_another_clause_leaves_the_change_dated_by_the_day(ex, text, place, force):
    published = dt.date(2025, 2, 15)
    got = claims(ex, text, published)
    dated = {c[3] for c in got if c[:3] == (place, force, "captured")}
    assert dated == {published}, got


@pytest.mark.parametrize(("line", "day"), [
    ("23 Aug 18:40 – Syrian army units entered Morek; opposition fighters pulled out.", 23),
    ("21 Aug 09.15 – Syrian army units entered Morek.", 21),
])
def test_the_hour_after_a_day_written_first_is_no_day(ex, line, day):
    got = claims(ex, SYRIA + line, dt.date(2019, 8, 24))
    assert (MOREK, "syrian-government", "captured", dt.date(2019, 8, day), "day") in got, got


@pytest.mark.parametrize(("text", "place", "force", "event"), [
    ("The RSF attacked El Fasher from the east and south after seizing the town of Mellit to "
     "the north in April.", EL_FASHER, "rsf", "contested"),
    ("Wagner forces, who made the assault on Bakhmut their primary effort after seizing "
     "Soledar in January, have suffered heavy casualties.", BAKHMUT, "russia", "contested"),
])
def test_an_after_seizing_clause_does_not_date_the_clause_before_it(ex, text, place, force,
                                                                      event):
    published = dt.date(2024, 6, 20)
    got = claims(ex, text, published)
    assert (place, force, event, published, "day") in got, got
