"""The control timeline's reasoning, one family of cases per rule, on real Claim values."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from atlas_helpers import PLACES, claim

from geo.atlas.timeline import Rules, build_timeline

RAQQA = PLACES["raqqa"]
D = dt.date.fromisoformat


def at(intervals, day: str):
    """The interval covering a day, or None."""
    d = D(day)
    hits = [
        i for i in intervals if (i.start is None or i.start <= d) and (i.end is None or d < i.end)
    ]
    assert len(hits) <= 1, hits
    return hits[0] if hits else None


def tl(*claims, **kw):
    return build_timeline(RAQQA, claims, **kw)


@pytest.mark.parametrize("capturer", ["sdf", "syrian-government", "rsf"])
def test_capture_ends_the_previous_holders_interval(capturer):
    t = tl(
        claim("raqqa", "isis", "captured", "2014-01-13"),
        claim("raqqa", capturer, "captured", "2017-10-17"),
    )
    assert [i.controller for i in t] == ["isis", capturer]
    assert t[0].end == D("2017-10-17") and t[0].end_precision == "day"
    assert at(t, "2017-10-16").controller == "isis"
    assert at(t, "2017-10-17").controller == capturer
    assert at(t, "2013-12-31") is None  # nothing is known before the first capture


@pytest.mark.parametrize("event", ["lost", "held"])
def test_loss_or_holding_fills_the_holder_back_to_the_previous_change(event):
    t = tl(
        claim("raqqa", "isis", "captured", "2014-01-13"),
        claim("raqqa", "isis", "lost", "2016-05-01"),  # held by nobody known after this
        claim("raqqa", "sdf", event, "2017-10-17"),
    )
    if event == "lost":
        # sdf lost it on 10-17, so sdf held it since the previous change (2016-05-01)
        assert at(t, "2016-06-01").controller == "sdf"
        assert at(t, "2017-10-18") is None or at(t, "2017-10-18").controller is None
    else:
        assert at(t, "2016-06-01").controller == "sdf"
        assert at(t, "2017-10-18").controller == "sdf"
    assert at(t, "2015-01-01").controller == "isis"


def test_capture_from_a_force_implies_it_held_the_place_before():
    # "Syrian troops drove ISIS from the town": captured by one, lost by the other.
    t = tl(
        claim("raqqa", "syrian-government", "captured", "2017-10-14"),
        claim("raqqa", "isis", "lost", "2017-10-14"),
    )
    assert at(t, "2017-10-01").controller == "isis"
    assert at(t, "2017-10-01").start is None
    assert at(t, "2017-10-15").controller == "syrian-government"
    assert at(t, "2017-10-01").confidence < at(t, "2017-10-15").confidence  # inferred


@pytest.mark.parametrize("published", ["2017-10-13", "2017-10-14", "2017-10-20"])
def test_on_the_day_of_a_change_the_change_wins_over_the_losers_holding(published):
    # The stronghold phrase ("an ISIS stronghold") describes the place before the capture,
    # whichever report came first.
    t = tl(
        claim("raqqa", "isis", "held", "2017-10-14", source="B", published=published),
        claim("raqqa", "syrian-government", "captured", "2017-10-14", source="A"),
    )
    assert at(t, "2017-10-14").controller == "syrian-government"
    assert at(t, "2017-10-14").state == "held"
    assert at(t, "2017-10-13").controller == "isis"


@pytest.mark.parametrize("event", ["captured", "held"])
def test_two_sources_disagreeing_on_a_day_make_it_contested_at_lower_confidence(event):
    base = claim("raqqa", "isis", "captured", "2014-01-13")
    agree = tl(base, claim("raqqa", "sdf", event, "2017-10-17", source="A"))
    split = tl(
        base,
        claim("raqqa", "sdf", event, "2017-10-17", source="A"),
        claim("raqqa", "syrian-government", event, "2017-10-17", source="B"),
    )
    got = at(split, "2017-10-17")
    assert got.state == "contested"
    assert "sdf" in got.contesting or got.controller == "sdf"
    assert "syrian-government" in (*got.contesting, got.controller)
    assert got.confidence < at(agree, "2017-10-17").confidence


def test_a_third_force_said_to_hold_it_on_the_day_of_a_capture_makes_it_contested():
    t = tl(
        claim("raqqa", "isis", "held", "2017-01-01"),
        claim("raqqa", "sdf", "captured", "2017-10-17", source="A"),
        claim("raqqa", "syrian-government", "held", "2017-10-17", source="B"),
    )
    got = at(t, "2017-10-17")
    assert (got.controller, got.state, got.contesting) == (
        "sdf",
        "contested",
        ("syrian-government",),
    )
    assert at(t, "2017-10-16").controller == "isis"


def test_independent_sources_raise_confidence_and_one_wire_copied_does_not():
    one = tl(claim("raqqa", "sdf", "captured", "2017-10-17", source="Reuters"))
    copied = tl(
        claim("raqqa", "sdf", "captured", "2017-10-17", source="Reuters"),
        claim("raqqa", "sdf", "captured", "2017-10-17", source="Reuters via HuffPost"),
    )
    two = tl(
        claim("raqqa", "sdf", "captured", "2017-10-17", source="Reuters"),
        claim("raqqa", "sdf", "captured", "2017-10-17", source="AP"),
    )
    assert copied[0].confidence == one[0].confidence
    assert one[0].confidence < two[0].confidence <= Rules().max_confidence


def test_contest_and_siege_overlay_control_without_erasing_it():
    t = tl(
        claim("raqqa", "isis", "captured", "2014"),
        claim("raqqa", "sdf", "contested", "2017-06"),
        claim("raqqa", "isis", "besieged", "2017-09-01"),
        claim("raqqa", "sdf", "captured", "2017-10-17"),
    )
    assert at(t, "2016-01-01").state == "held"
    june = at(t, "2017-06-15")
    assert (june.controller, june.state, june.contesting) == ("isis", "contested", ("sdf",))
    sept = at(t, "2017-09-15")  # encircled while the assault goes on: still a battle
    assert (sept.controller, sept.state, sept.besiegers) == ("isis", "contested", ("sdf",))
    after = at(t, "2017-10-20")
    assert (after.controller, after.state, after.contesting) == ("sdf", "held", ())


def test_a_siege_alone_is_besieged():
    t = tl(
        claim("raqqa", "syrian-government", "held", "2014-06-01"),
        claim("raqqa", "syrian-government", "besieged", "2015-01-10"),
    )
    assert at(t, "2014-12-01").state == "held"
    assert at(t, "2015-02-01").state == "besieged"
    assert at(t, "2015-02-01").controller == "syrian-government"


def test_a_party_to_the_fighting_holding_part_of_the_place_does_not_take_it_over():
    # "arrived at a Kurdish-held area of the city" in a story about the battle for it
    t = tl(
        claim("raqqa", "isis", "captured", "2014"),
        claim("raqqa", "sdf", "held", "2017-10-13", article="a", published="2017-10-14"),
        claim("raqqa", "sdf", "contested", "2017-10-14", article="a"),
    )
    now = at(t, "2017-10-15")
    assert (now.controller, now.state, now.contesting) == ("isis", "contested", ("sdf",))


@pytest.mark.parametrize("modality", ["expected", "negated", "question"])
def test_claims_that_are_not_asserted_never_change_control(modality):
    t = tl(
        claim("raqqa", "isis", "captured", "2014"),
        claim("raqqa", "sdf", "captured", "2017-10-14", modality=modality),
    )
    assert [i.controller for i in t] == ["isis"]


def test_a_coarse_date_is_folded_into_the_same_fact_reported_by_day():
    t = tl(
        claim("raqqa", "syrian-government", "captured", "2017-11-09", source="A"),
        claim("raqqa", "isis", "captured", "2017-11-11", source="B"),
        claim("raqqa", "isis", "captured", "2017-11", source="C"),  # "earlier this month"
        claim("raqqa", "syrian-government", "captured", "2017-11-19", source="C"),
    )
    assert [(i.controller, i.start) for i in t] == [
        ("syrian-government", D("2017-11-09")),
        ("isis", D("2017-11-11")),
        ("syrian-government", D("2017-11-19")),
    ]
    assert {c.source for c in t[1].claims} == {"B", "C"}


def test_a_coarse_change_comes_after_the_day_dated_evidence_it_must_follow():
    t = tl(
        claim("raqqa", "syrian-opposition", "held", "2014-03-10"),
        claim("raqqa", "isis", "captured", "2014"),
    )
    assert at(t, "2014-03-10").controller == "syrian-opposition"
    assert at(t, "2014-06-01").controller == "isis"
    assert t[-1].start_precision == "year"


def test_a_coarse_holding_consistent_with_the_day_dated_record_changes_nothing():
    t = tl(
        claim("raqqa", "isis", "captured", "2014"),
        claim("raqqa", "isis", "held", "2017"),
        claim("raqqa", "sdf", "captured", "2017-10-17"),
        claim("raqqa", "isis", "lost", "2017-10-17"),
    )
    assert [i.controller for i in t] == ["isis", "sdf"]


def test_the_timeline_is_the_same_whatever_order_the_claims_come_in():
    claims = [
        claim("raqqa", "isis", "captured", "2014", source="AP", published="2017-10-14"),
        claim("raqqa", "sdf", "contested", "2017-06", source="AFP", published="2017-10-17"),
        claim("raqqa", "sdf", "contested", "2017-10-14", source="AP"),
        claim("raqqa", "sdf", "held", "2017-10-13", source="AP", article="x"),
        claim("raqqa", "sdf", "captured", "2017-10-17", source="Reuters"),
        claim("raqqa", "isis", "lost", "2017-10-17", source="Reuters"),
        claim("raqqa", "isis", "held", "2017-10-17", source="TRT", published="2017-10-20"),
        claim("raqqa", "syrian-government", "held", "2017-10-17", source="RT"),
        claim("raqqa", "sdf", "held", "2017-10-18", source="Storyful"),
        claim("raqqa", "isis", "besieged", "2017-09", source="SANA"),
    ]
    reference = tl(*claims)
    rng = random.Random(4)
    for _ in range(25):
        rng.shuffle(claims)
        assert tl(*claims) == reference


def test_allies_are_one_side_until_they_become_rivals():
    """An ally's capture continues the holder's control; after the alliance's end it is a
    change of hands (``rivals_since`` in the force lexicons)."""
    claims = (
        claim("raqqa", "peshmerga", "captured", "2014-06-12"),
        claim("raqqa", "iraqi-government", "captured", "2016-10-20"),
        claim("raqqa", "peshmerga", "held", "2017-09-01"),
        claim("raqqa", "iraqi-government", "captured", "2017-10-16"),
    )
    pair = frozenset(("peshmerga", "iraqi-government"))
    forever = tl(*claims, allies={pair: None})
    assert len({i.controller for i in forever if i.controller}) == 1
    split = tl(*claims, allies={pair: D("2017-09-25")})
    assert at(split, "2017-09-10").controller in ("peshmerga", "iraqi-government")
    assert at(split, "2017-10-17").controller == "iraqi-government"
    assert at(split, "2017-09-10").end == D("2017-10-16")
