"""Allies that became rivals (``rivals_since`` in a force lexicon): a town one took from the
other after that day is the other's loss; before it, an ally's taking is no loss."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import facts

from geo.cli import main

KIRKUK, SINJAR = 94787, 448149


@pytest.mark.parametrize("text", [
    "Kurdish Peshmerga forces had held Kirkuk since June 2014. On Monday Iraqi forces took "
    "Kirkuk.",
    "The Peshmerga have controlled Sinjar since November 2015. Iraqi troops entered Sinjar on "
    "Tuesday.",
])
def test_a_town_taken_from_a_former_ally_after_the_rift_is_its_loss(ex, text):
    got = facts(ex, text, dt.date(2017, 10, 17))
    town = KIRKUK if "Kirkuk" in text else SINJAR
    assert (town, "iraqi-government", "captured") in got
    assert (town, "peshmerga", "lost") in got


def test_an_allys_taking_before_the_rift_is_no_loss(ex):
    text = ("Kurdish Peshmerga forces held Kirkuk in 2015. In 2016 Iraqi forces entered Kirkuk "
            "to repel an Islamic State raid.")
    got = facts(ex, text, dt.date(2016, 10, 25))
    assert (KIRKUK, "peshmerga", "lost") not in got


@pytest.mark.parametrize("rivals", ['"2017-09-25"', '{ peshmerga = "2017-09-25" }',
                                    '["peshmerga"]'])
def test_a_lexicon_whose_rivals_are_not_dated_is_refused(tmp_path, seed_article, capsys,
                                                         rivals):
    lexicon = tmp_path / "iraq.toml"
    lexicon.write_text('[lexicon]\nid = "iraq"\n\n'
                       f'[[force]]\nid = "army"\nname = "Army"\nrivals_since = {rivals}\n',
                       encoding="utf-8")
    assert main(["extract", str(seed_article), "--forces", str(lexicon)]) == 2
    err = capsys.readouterr().err
    assert "iraq.toml" in err and "rivals_since" in err and "Traceback" not in err
