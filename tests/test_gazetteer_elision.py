"""An article elided onto the next word ("d'", "l'", "dell'") is inside a place's name: the
finder reads "Côte d'Ivoire" in running text as one name, as ``resolve`` does."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("text, surface, cc", [
    ("The region borders Liberia and Côte d'Ivoire, officials said.", "Côte d'Ivoire", "CI"),
    ("Exports from Cote d’Ivoire rose.", "Cote d’Ivoire", "CI"),       # curly, no accent
    ("Skiers in Val d'Isère were stranded.", "Val d'Isère", "FR"),
    ("Snow fell on Cortina d'Ampezzo on Monday.", "Cortina d'Ampezzo", "IT"),
    ("Floods reached Reggio nell'Emilia overnight.", "Reggio nell'Emilia", "IT"),
    ("Police in Villeneuve-d'Ascq said so.", "Villeneuve-d'Ascq", "FR"),  # after a hyphen
    ("Fires spread in the Provence-Alpes-Côte d'Azur region.", "Provence-Alpes-Côte d'Azur",
     "FR"),
])
def test_a_name_runs_on_across_an_elided_article(gaz: Gazetteer, text: str, surface: str,
                                                 cc: str) -> None:
    found = {m.surface: m.place.country_code for m in gaz.find(text)}
    assert found.get(surface) == cc, found
    assert gaz.resolve(surface).country_code == cc  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "Don't go, we'd say, it's late.",           # contractions stay no part of a name
    "She said l'amour is universal.",           # an elision before a lower-case word
])
def test_an_elision_before_no_name_makes_no_place(gaz: Gazetteer, text: str) -> None:
    assert gaz.find(text) == []


def test_the_name_after_an_elision_is_not_found_alone(gaz: Gazetteer) -> None:
    # Before, "Ivoire" began a run inside a word and "Côte" stood alone: nothing was found.
    spans = [(m.start, m.end) for m in gaz.find("Cases in Côte d'Ivoire rose.")]
    assert spans == [(9, 22)]
