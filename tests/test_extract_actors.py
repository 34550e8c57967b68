"""Force mentions: alias folding, acronyms, group nouns, holders, lexicon choice, overrides."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from geo.errors import InputError
from geo.extract import Extractor
from geo.extract.actors import ActorMatcher, alias_pattern, resolve
from geo.forces import load_forces, load_lexicon


@pytest.fixture(scope="session")
def registry():
    return load_forces()


@pytest.fixture(scope="session")
def matcher(registry):
    return ActorMatcher(list(registry))


def ids(matcher, registry, text, countries=("SY",)):
    found = resolve(matcher.find(text), {f.id: f for f in registry}, countries)
    return [(m.surface, m.force) for m in found]


@pytest.mark.parametrize(("text", "surface", "force"), [
    ("Islamic State fighters left.", "Islamic State fighters", "isis"),
    ("ISIS militants left.", "ISIS militants", "isis"),
    ("Isis-held towns", "Isis-held", "isis"),
    ("Dáesh left.", "Dáesh", "isis"),
    ("the Syrian Democratic Forces (SDF) said", "Syrian Democratic Forces (SDF)", "sdf"),
    ("U.S.-backed militias advanced", "U.S.-backed militias", "sdf"),
    ("US-backed fighters advanced", "US-backed fighters", "sdf"),
    ("Syria’s army said", "Syria’s army", "syrian-government"),
    ("Turkish-backed Syrian rebels said", "Turkish-backed Syrian rebels", "syrian-opposition"),
    ("the Rapid Support Forces (RSF) said", "Rapid Support Forces (RSF)", "rsf"),
])
def test_aliases_fold_case_diacritics_dots_and_apostrophes(matcher, registry, text, surface,
                                                           force):
    assert (surface, force) in ids(matcher, registry, text)


def test_two_letter_acronym_only_in_capitals(matcher, registry):
    assert ids(matcher, registry, "IS fighters fled as the town is lost.") == [
        ("IS fighters", "isis")]


@pytest.mark.parametrize(("text", "force"), [
    ("ISIS attacked. The terrorists fled.", "isis"),
    ("Daesh attacked. The jihadists fled.", "isis"),
    ("The Syrian army advanced. Government forces fled.", "syrian-government"),
    ("The RSF advanced. The paramilitary group said so.", "rsf"),
])
def test_group_nouns_follow_the_actor_named(matcher, registry, text, force):
    assert ids(matcher, registry, text)[-1][1] == force


def test_group_nouns_need_a_story_or_a_country(matcher, registry):
    # "Government forces" may be Syrian or Iraqi: the article's country decides.
    assert ids(matcher, registry, "Government forces advanced.", ("IQ",))[0][1] == (
        "iraqi-government")
    assert ids(matcher, registry, "Government forces advanced.", ("SY",))[0][1] == (
        "syrian-government")
    # Someone else's troops are nobody's here.
    assert ids(matcher, registry, "Lebanese troops and Jordanian soldiers watched.") == []


def test_possessive_pronoun_is_the_last_force(matcher, registry):
    got = ids(matcher, registry, "The Sudanese army said its forces withdrew.", ("SD",))
    assert got == [("Sudanese army", "saf"), ("its forces", "saf")]


def test_hyphenated_holders(matcher, registry):
    found = matcher.find("a Kurdish-held area and an IS-controlled town")
    assert [(m.surface, m.holder) for m in found] == [("Kurdish-held", True),
                                                      ("IS-controlled", True)]


def test_alias_pattern_alternatives():
    import re
    rx = re.compile(alias_pattern("US-backed (Syrian |)(forces|fighters)"))
    assert rx.fullmatch("us-backed syrian forces") and rx.fullmatch("u.s. backed fighters")
    assert not rx.fullmatch("us-backed rebels")


def test_lexicon_is_chosen_from_places_and_actors(ex):
    sy = ex.lexicons_for([], Counter({"SY": 3}))
    sd = ex.lexicons_for([], Counter({"SD": 2}))
    assert [lex.id for lex in sy] == ["syria-iraq"] and [lex.id for lex in sd] == ["sudan"]
    # "the army" is the SAF in Sudan, and no one in particular elsewhere.
    text = "The army withdrew from Wad Madani on Tuesday, opening the road to the RSF."
    got = {(c.force, c.event) for c in ex.extract(text, published=dt.date(2023, 12, 19))}
    assert ("saf", "lost") in got


# "army troops" and "the army" name the SAF only in a story about Sudan; elsewhere they are the
# local state's army (or no one), never the SAF.
@pytest.mark.parametrize(("text", "published", "force"), [
    ("Army troops recaptured Wad Madani from the RSF on Saturday.", dt.date(2025, 1, 12), "saf"),
    ("The army took control of Omdurman on Tuesday.", dt.date(2024, 3, 12), "saf"),
    ("The RSF said army troops had retaken Bara in North Kordofan.", dt.date(2025, 9, 11),
     "saf"),
    ("The army captured Palmyra on Sunday.", dt.date(2016, 3, 27), "syrian-government"),
    ("The army withdrew from Bakhmut on Saturday.", dt.date(2023, 5, 20), None),
    ("Army troops took Mosul airport on Thursday.", dt.date(2017, 2, 23), None),
])
def test_the_army_is_the_saf_only_in_sudan(ex, text, published, force):
    got = {c.force for c in ex.extract(text, published=published)}
    if force is None:
        assert "saf" not in got
    else:
        assert force in got and ("saf" not in got or force == "saf")


def test_forces_file_adds_and_overrides(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[lexicon]\nid = "extra"\nname = "Extra"\ncountries = ["SY"]\n\n'
                     '[[force]]\nid = "sdf"\nname = "SDF"\ncolor = "#000000"\n'
                     'aliases = ["Raqqa Liberation Brigade"]\n', encoding="utf-8")
    ex = Extractor(forces=[extra])
    text = "The Raqqa Liberation Brigade captured Tabqa in eastern Syria on Friday."
    got = {(c.force, c.event) for c in ex.extract(text, published=dt.date(2017, 5, 12))}
    assert ("sdf", "captured") in got
    assert ex.registry.get("sdf").color == "#000000"


# A state's defence ministry speaks for its forces, named by the country's adjective or
# possessive and either word order ("the Syrian Ministry of Defence", "Iraq's Defense Ministry").
@pytest.mark.parametrize(("text", "published", "force"), [
    ("The Syrian Ministry of Defence announced on 29 January that Saraqib was under its full "
     "control.", dt.date(2020, 2, 1), "syrian-government"),
    ("Iraq's Defense Ministry said its forces had retaken Rawa from Islamic State.",
     dt.date(2017, 11, 18), "iraqi-government"),
    ("The Sudanese Ministry of Defence said the army had retaken Singa.", dt.date(2024, 11, 24),
     "saf"),
    ("The Ukrainian Ministry of Defence said its forces had liberated Kupiansk.",
     dt.date(2022, 9, 11), "ukraine"),
    ("Iraqi Counter Terrorism Service troops entered Bartella on Thursday.",
     dt.date(2016, 10, 21), "iraqi-government"),
])
def test_a_defence_ministry_names_its_states_forces(ex, text, published, force):
    got = {(c.force, c.event) for c in ex.extract(text, published=published)
           if c.modality == "asserted"}
    assert any(f == force and e in ("captured", "held") for f, e in got), got


@pytest.mark.parametrize("alias", ['"A (b(c|d)|e)"', '"Iraqi (Counter(-| )Terrorism Service"',
                                   '"A b|c)"'])
def test_an_alias_group_inside_a_group_is_a_one_line_error(tmp_path, alias):
    bad = tmp_path / "bad.toml"
    bad.write_text(f'[[force]]\nid = "x"\nname = "X"\naliases = [{alias}]\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.toml: force #1: .*group must be closed"):
        load_lexicon(bad)


# A force's arm of service after its possessive is the force ("Ukraine's marines").
@pytest.mark.parametrize(("text", "force"), [
    ("Ukraine's marines raised the flag over Staromaiorske on Thursday.", "ukraine"),
    ("Ukraine's paratroopers entered Staromaiorske on Thursday.", "ukraine"),
    ("Russia's airborne troops entered Staromaiorske on Thursday.", "russia"),
])
def test_an_arm_of_service_after_a_possessive_is_the_force(ex, text, force):
    got = {(c.force, c.event) for c in ex.extract(text, published=dt.date(2023, 7, 28))
           if c.modality == "asserted"}
    assert (force, "captured") in got, got
