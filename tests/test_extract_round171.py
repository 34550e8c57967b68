"""Round 171: a strike release's lists. A lead-in with no day of its own ("In Syria, Coalition
forces conducted 21 strikes:") keeps the day its striker was last told to strike on ("On June
18, Coalition forces conducted 26 strikes"); a lead-in whose strikes name no striker before them
("Aircraft conducted 17 strikes in support of the Government of Iraq:") keeps the striker
named before; and one strike counts as strikes do ("Near Hit, one strike destroyed a mortar").
Phrasings written for these tests, never a shared or held-out text."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims

RAQQA, ABU_KAMAL, MOSUL, HIT = 172955, 174448, 99072, 95788
PUB = dt.date(2017, 6, 20)
DAY = dt.date(2017, 6, 18)


def test_an_undated_lead_in_keeps_its_strikers_day(ex):
    text = ("Strikes continue against ISIS in Syria and Iraq.\n\n"
            "On June 18, Coalition military forces conducted 26 strikes against ISIS targets.\n\n"
            "In Syria, Coalition military forces conducted 21 strikes against ISIS targets:\n"
            "• Near Raqqa, 17 strikes engaged 14 ISIS tactical units.\n"
            "• Near Abu Kamal, two strikes destroyed an ISIS wellhead.\n")
    got = claims(ex, text, PUB)
    assert (RAQQA, "us-coalition", "contested", DAY, "day") in got
    assert (ABU_KAMAL, "us-coalition", "contested", DAY, "day") in got


def test_another_strikers_lead_in_takes_no_earlier_day(ex):
    text = ("On June 18, Coalition military forces conducted 26 strikes against ISIS targets.\n\n"
            "Iraqi forces conducted four strikes against ISIS targets:\n"
            "• Near Mosul, four strikes engaged ISIS tactical units.\n")
    got = claims(ex, text, PUB)
    assert (MOSUL, "us-coalition", "contested", DAY, "day") not in got


def test_a_lead_in_with_no_striker_keeps_the_one_named_before(ex):
    text = ("On June 18, Coalition military forces conducted 26 strikes against ISIS targets.\n\n"
            "Strikes in Iraq\n"
            "Attack and fighter aircraft conducted five strikes coordinated with and in support "
            "of the Government of Iraq:\n"
            "• Near Mosul, four strikes engaged four ISIS tactical units.\n"
            "• Near Hit, one strike destroyed an ISIS mortar system.\n")
    got = claims(ex, text, PUB)
    assert (MOSUL, "us-coalition", "contested", DAY, "day") in got
    assert (HIT, "us-coalition", "contested", DAY, "day") in got
    assert not {c for c in got if c[1] == "iraqi-government" and c[2] == "contested"
                and c[0] == HIT}
