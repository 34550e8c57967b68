"""Two-sided wars (a lexicon's ``sides``): a capture by one side is the other side's loss, and a
loss the other side's capture."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

from geo.cli import main
from geo.extract.sides import implied_changes

KHERSON, BAKHMUT, WAD_MADANI, SINGA, RAQQA = 706448, 713174, 364103, 366847, 172955
UKRAINE, SUDAN = dt.date(2022, 11, 12), dt.date(2024, 1, 5)


@pytest.mark.parametrize(("text", "published", "taken", "loser"), [
    ("Russian forces have captured Kherson.", UKRAINE, (KHERSON, "russia"), "ukraine"),
    ("Ukrainian troops retook Kherson on Friday.", UKRAINE, (KHERSON, "ukraine"), "russia"),
    ("Wagner fighters seized Bakhmut in May.", UKRAINE, (BAKHMUT, "russia"), "ukraine"),
    ("The RSF overran Wad Madani last month.", SUDAN, (WAD_MADANI, "rsf"), "saf"),
    ("The army recaptured Singa on Saturday.", SUDAN, (SINGA, "saf"), "rsf"),
])
def test_a_capture_in_a_two_sided_war_is_the_other_sides_loss(ex, text, published, taken,
                                                              loser):
    place, taker = taken
    claims = ex.extract(text, published=published)
    capture = next(c for c in claims if (c.place.geonameid, c.force, c.event)
                   == (place, taker, "captured"))
    loss = next(c for c in claims if (c.place.geonameid, c.force, c.event)
                == (place, loser, "lost"))
    # Same date and sentence, less confidence, and no force span: the text names no loser.
    assert (loss.date, loss.evidence.sentence) == (capture.date, capture.evidence.sentence)
    assert loss.confidence < capture.confidence and loss.evidence.force_span is None


IZIUM, EL_FASHER_ = 707292, 379555


@pytest.mark.parametrize(("text", "published", "lost", "taker"), [
    ("By Saturday evening the occupiers had abandoned Izium.", UKRAINE, (IZIUM, "russia"),
     "ukraine"),
    ("Russian troops withdrew from Kherson on Friday.", UKRAINE, (KHERSON, "russia"), "ukraine"),
    ("The army said its troops had pulled out of El Fasher.", dt.date(2025, 10, 27),
     (EL_FASHER_, "saf"), "rsf"),
    ("The RSF lost Wad Madani last month.", SUDAN, (WAD_MADANI, "rsf"), "saf"),
])
def test_a_loss_in_a_two_sided_war_is_the_other_sides_capture(ex, text, published, lost,
                                                              taker):
    place, loser = lost
    claims = ex.extract(text, published=published)
    loss = next(c for c in claims if (c.place.geonameid, c.force, c.event)
                == (place, loser, "lost"))
    capture = next(c for c in claims if (c.place.geonameid, c.force, c.event)
                   == (place, taker, "captured"))
    assert (capture.date, capture.evidence.sentence) == (loss.date, loss.evidence.sentence)
    assert capture.confidence < loss.confidence and capture.evidence.force_span is None


def test_a_many_sided_war_implies_no_taker(ex):
    got = facts(ex, "IS fighters withdrew from Raqqa in October.", dt.date(2017, 10, 20))
    assert {f[1] for f in got if f[2] == "captured"} == set()


@pytest.mark.parametrize(("text", "published"), [
    ("Russian forces are expected to capture Kherson within days.", UKRAINE),
    ("Russian forces failed to capture Kherson.", UKRAINE),
    ("Russian forces attacked Kherson on Friday.", UKRAINE),
])
def test_no_loss_without_an_asserted_capture(ex, text, published):
    got = facts(ex, text, published)
    assert (KHERSON, "ukraine", "lost") not in got


def test_a_many_sided_war_implies_no_loser(ex):
    got = facts(ex, "The SDF captured Raqqa in October.", dt.date(2017, 10, 20))
    assert {f[1] for f in got if f[2] == "lost"} == set()


def test_a_loss_the_text_names_is_not_added_twice(ex):
    claims = ex.extract("Ukrainian troops recaptured Kherson from Russian forces on Friday.",
                        published=UKRAINE)
    losses = [c for c in claims if c.event == "lost"]
    assert [c.force for c in losses] == ["russia"]
    assert losses[0].evidence.force_span is not None  # the text's own, not the implied one


def test_implied_changes_need_two_sides(ex):
    claims = ex.extract("Russian forces have captured Kherson.", published=UKRAINE)
    taken = [c for c in claims if c.event == "captured"]
    assert implied_changes(taken, ("russia",), 0.2) == taken
    assert implied_changes(taken, (), 0.2) == taken


@pytest.mark.parametrize("sides", ['["russia"]', '["russia", "nobody"]',
                                   '["russia", "ukraine", "wagner"]'])
def test_a_lexicon_whose_sides_are_not_two_of_its_forces_is_refused(tmp_path, seed_article,
                                                                     capsys, sides):
    lexicon = tmp_path / "war.toml"
    lexicon.write_text(f'[lexicon]\nid = "war"\nsides = {sides}\n\n'
                       '[[force]]\nid = "russia"\nname = "Russia"\n\n'
                       '[[force]]\nid = "ukraine"\nname = "Ukraine"\n', encoding="utf-8")
    assert main(["extract", str(seed_article), "--forces", str(lexicon)]) == 2
    err = capsys.readouterr().err
    assert "war.toml" in err and "sides" in err and "Traceback" not in err


@pytest.mark.parametrize("occupier", ['"nobody"', "3", '["russia"]'])
def test_a_lexicon_whose_occupier_is_not_one_of_its_forces_is_refused(tmp_path, seed_article,
                                                                      capsys, occupier):
    lexicon = tmp_path / "war.toml"
    lexicon.write_text(f'[lexicon]\nid = "war"\noccupier = {occupier}\n\n'
                       '[[force]]\nid = "russia"\nname = "Russia"\n', encoding="utf-8")
    assert main(["extract", str(seed_article), "--forces", str(lexicon)]) == 2
    err = capsys.readouterr().err
    assert "war.toml" in err and "occupier" in err and "Traceback" not in err


MARIUPOL, EL_FASHER, BABANUSA, KOBANI = 701822, 379555, 377962, 172256


@pytest.mark.parametrize(("text", "published", "town", "besieged", "besieger"), [
    ("Mariupol has been cut off by Russian troops, according to its mayor.", UKRAINE,
     MARIUPOL, "ukraine", "russia"),
    ("Russian forces have encircled Mariupol.", UKRAINE, MARIUPOL, "ukraine", "russia"),
    ("The RSF has besieged El Fasher since May.", SUDAN, EL_FASHER, "saf", "rsf"),
    ("Babanusa has been surrounded by the RSF for months.", SUDAN, BABANUSA, "saf", "rsf"),
])
def test_a_siege_in_a_two_sided_war_besieges_the_other_side(ex, text, published, town,
                                                            besieged, besieger):
    got = facts(ex, text, published)
    assert {(town, besieged, "besieged"), (town, besieger, "contested")} <= got


def test_a_siege_in_a_many_sided_war_names_no_victim_it_does_not_say(ex):
    got = facts(ex, "Kobani has been surrounded by Islamic State fighters.",
                dt.date(2014, 10, 10))
    assert (KOBANI, "isis", "contested") in got
    assert not {f for f in got if f[2] == "besieged"}
