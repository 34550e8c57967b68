"""Families of the keep/drop decision of ``find()`` for names that are also common English
words: a capitalised word right after a preposition of place is a place when the place is a
notable one; the same word elsewhere, or naming a small place, or glued to another name, is not."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def places(gaz: Gazetteer, text: str) -> dict[str, str]:
    return {m.surface: m.place.country_code for m in gaz.find(text)}


@pytest.mark.parametrize("text, surface, cc", [
    ("Cases rose in Wales.", "Wales", "GB"),
    ("Protesters marched across Wales on Friday.", "Wales", "GB"),
    ("Troops arrived in Nice on Sunday.", "Nice", "FR"),
    ("Police near Nice detained two men.", "Nice", "FR"),
    ("He moved to Reading last year.", "Reading", "GB"),
    ("Factory workers in Reading, Pennsylvania, went on strike.", "Reading", "US"),
    ("Flights from Mobile were cancelled.", "Mobile", "US"),
    ("Ferries sailed to Split overnight.", "Split", "HR"),
    # A direction word may stand between: the mention takes it.
    ("Storms hit homes across southern Wales.", "southern Wales", "GB"),
    # A capitalised preposition that opens a sentence is just capitalised.
    ('"In Nice we stayed," she said.', "Nice", "FR"),
])
def test_common_word_after_a_preposition_of_place_is_a_notable_place(
        gaz: Gazetteer, text: str, surface: str, cc: str) -> None:
    assert places(gaz, text).get(surface) == cc


@pytest.mark.parametrize("text, word", [
    # Capitalised because it opens a sentence, not because it is a name.
    ("Nice weather returned to the coast.", "Nice"),
    ("Reading the report, the minister frowned.", "Reading"),
    # After a preposition, but the place of that name is small: the word is the word.
    ("They kept living in Hope.", "Hope"),
    ("The figures came from Time magazine.", "Time"),
    ("Democrats in Congress opposed the bill.", "Congress"),
    # A title-case headline: a season, not a town.
    ("Cases Rise In Spring As Flu Spreads", "Spring"),
    ("Boys Lag Behind Girls In Reading", "Reading"),
    # Glued to the next capitalised word: the start of another name.
    ("She works at Home Depot in the suburbs.", "Home"),
    # "of" follows names of anything ("members of Congress").
    ("Members of Congress met on Tuesday.", "Congress"),
])
def test_common_word_elsewhere_or_naming_a_small_place_is_no_place(
        gaz: Gazetteer, text: str, word: str) -> None:
    assert word not in places(gaz, text)


def test_the_same_word_is_kept_only_where_a_preposition_names_it(gaz: Gazetteer) -> None:
    text = "Nice people helped. Later the volunteers drove to Nice."
    found = [(m.start, m.place.country_code) for m in gaz.find(text)]
    assert found == [(text.rindex("Nice"), "FR")]


@pytest.mark.parametrize("text", [
    '"Can we go home now?" a child asked.',
    '"My house flooded twice," a farmer said.',
    "Prices have risen since Mar. 2019.",
    "The singer B.B. Rhodes toured the coast.",
    "Rice cost Rs 40 a kilo at the market.",
    "Co-operation between the agencies improved.",
    "Ken Marsh, a former employee, declined to comment.",
])
def test_a_country_met_by_its_code_outside_capitals_is_the_word(gaz: Gazetteer,
                                                                text: str) -> None:
    assert not [m for m in gaz.find(text) if m.place.kind == "country"]


@pytest.mark.parametrize("text, codes", [
    ("US officials met UK ministers.", {"US", "GB"}),
    ("U.S. troops left the base.", {"US"}),
    ("Aid reached Canada, Morocco and Benin.", {"CA", "MA", "BJ"}),
])
def test_countries_by_name_or_the_codes_news_writes_stay(gaz: Gazetteer, text: str,
                                                         codes: set[str]) -> None:
    assert {m.place.country_code for m in gaz.find(text)} == codes


@pytest.mark.parametrize("text, word", [
    # A common word before another capitalised word opens a longer name; the US context
    # of the story does not make it the small US town of that name.
    ("Cases of West Nile virus rose in Texas and Louisiana.", "West"),
    ("Letters were sent to Mark Ellison in Texas and Ohio.", "Mark"),
    ("She spoke with Paul Norris in Ohio and Texas.", "Paul"),
    ("The Federal Health Minister visited Texas and Ohio.", "Federal"),
])
def test_common_word_opening_a_longer_name_is_no_place_by_context(gaz: Gazetteer, text: str,
                                                                   word: str) -> None:
    assert word not in places(gaz, text)


@pytest.mark.parametrize("text, surface, cc", [
    ("Trains from Reading Station to London and Oxford were cancelled.", "Reading", "GB"),
    ("Ships in Mobile Bay, Alabama, were moored.", "Mobile", "US"),
])
def test_common_word_opening_a_longer_name_after_a_preposition_is_a_place(
        gaz: Gazetteer, text: str, surface: str, cc: str) -> None:
    assert places(gaz, text).get(surface) == cc


@pytest.mark.parametrize("text, surface", [
    # A title-case headline capitalises every word: the word before a town is no given name,
    # and the town is no surname to drop in the story below.
    ("Ukrainian Troops Enter Kherson as Russia Completes Its Retreat\n\nUkrainian troops "
     "entered Kherson on Friday.", "Kherson"),
    ("Abadi Declares Tikrit Liberated as Troops Raise Flag\n\nIraqi forces retook Tikrit.",
     "Tikrit"),
    ("Army Retakes Mosul After Nine Months\n\nThe army said Mosul was free.", "Mosul"),
])
def test_a_title_case_headline_glues_no_names(gaz: Gazetteer, text: str, surface: str) -> None:
    assert [m.surface for m in gaz.find(text)].count(surface) == 2


@pytest.mark.parametrize("text, surface", [
    # A wire slug opens the headline: the word after it opens the line, it is no given name.
    ("Explainer-Why Kherson matters to Russia and Ukraine\n\nUkrainian forces entered the "
     "southern city of Kherson on Friday.", "Kherson"),
    ("Factbox-Where Mosul stands after nine months of war\n\nIraqi forces retook Mosul.",
     "Mosul"),
    ("UPDATE 2-What Bakhmut means for the war\n\nWagner fighters took Bakhmut.", "Bakhmut"),
])
def test_a_wire_slug_glues_no_names(gaz: Gazetteer, text: str, surface: str) -> None:
    assert [m.surface for m in gaz.find(text)].count(surface) == 2


def test_a_sentence_of_names_is_no_headline(gaz: Gazetteer) -> None:
    assert gaz.find("Igor Konashenkov said Mustafa Bali had met Omar Alloush.") == []


@pytest.mark.parametrize("text, surface, count", [
    # A natural feature named after a town ("Mount Sinjar") is not the town, and the word
    # before the name is no given name that would make the town a surname in the whole story.
    ("Fighters attacked from Mount Sinjar. The town of Sinjar was retaken.", "Sinjar", 1),
    ("Troops took Jebel Moya, north of Sennar.", "Moya", 0),
    ("Refugees crossed Lake Chad into Niger.", "Chad", 0),
    # ... and a name before "river" is the river: "the Oskil River" is no town of Oskil.
    ("Troops advanced toward the Oskil River in Kharkiv Oblast.", "Oskil", 0),
    ("Villages along the Inhulets river were liberated.", "Inhulets", 0),
    ("Troops crossed the Dnipro River. Shelling hit Dnipro overnight.", "Dnipro", 1),
    # ... and so is "the" name after a preposition of rivers with no noun after it.
    ("Russian troops hold the villages on the Dnipro, south of Kherson.", "Dnipro", 0),
    ("The brigade crossed the Dnipro near Kherson under fire.", "Dnipro", 0),
    ("Russian troops pulled back across the Oskil east of Kupiansk.", "Oskil", 0),
    ("Sviatohirsk, the monastery town on the Donets, was liberated.", "Donets", 0),
    # A noun after it makes the name the town's: "the Dnipro front".
    ("Fighting raged on the Bakhmut front, officials in Kramatorsk said.", "Bakhmut", 1),
    ("Missiles hit Dnipro on Monday, killing three people.", "Dnipro", 1),
])
def test_a_name_after_a_features_head_is_the_feature(gaz: Gazetteer, text: str, surface: str,
                                                      count: int) -> None:
    assert [m.surface for m in gaz.find(text)].count(surface) == count
