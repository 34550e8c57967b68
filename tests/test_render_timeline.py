"""Which interval the map shows on a day, and when its evidence is stale."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from render_samples import PLACES, sample_histories

from geo.atlas.timeline import is_stale
from geo.render.timeline import controllers_on, date_range, interval_on

D = dt.date


def test_interval_on_follows_changes_of_hands():
    raqqa = sample_histories()[PLACES["Raqqa"].geonameid]
    assert interval_on(raqqa, D(2013, 12, 31)) is None
    assert interval_on(raqqa, D(2015, 1, 1)).state == "held"
    assert interval_on(raqqa, D(2017, 6, 5)).state == "held"
    assert interval_on(raqqa, D(2017, 6, 6)).state == "contested"  # an end is excluded
    assert interval_on(raqqa, D(2017, 10, 17)).controller == "sdf"
    assert interval_on(raqqa, D(2030, 1, 1)).controller == "sdf"  # open interval


def test_missing_start_reaches_back_and_later_start_wins_overlaps():
    mayadeen = sample_histories()[PLACES["Mayadeen"].geonameid]
    assert interval_on(mayadeen, D(1990, 1, 1)).controller == "isis"
    overlay = replace(mayadeen[0], state="besieged", start=D(2017, 10, 1),
                      besiegers=("syrian-government",))
    assert interval_on([mayadeen[0], overlay], D(2017, 10, 5)).state == "besieged"
    assert interval_on([mayadeen[0], overlay], D(2017, 9, 30)).state == "held"


def test_stale_after_the_horizon():
    mosul = sample_histories()[PLACES["Mosul"].geonameid][1]  # evidence of 2017-07-10
    assert not is_stale(D(2017, 10, 8), mosul.claims, 90)
    assert is_stale(D(2017, 10, 9), mosul.claims, 90)
    assert not is_stale(D(2017, 10, 9), mosul.claims, 120)
    assert is_stale(D(2017, 4, 10), mosul.claims, 90)  # as in the atlas, distance either way
    assert is_stale(D(2017, 7, 10), (), 90)  # no dated evidence


def test_controllers_on_and_date_range():
    histories = sample_histories()
    on = controllers_on(histories, D(2017, 10, 17))
    assert on[PLACES["Mayadeen"].geonameid].controller == "syrian-government"
    assert on[PLACES["Palmyra"].geonameid].controller is None
    assert date_range(histories) == (D(2014, 1, 1), D(2017, 10, 17))
    assert date_range({}) is None
