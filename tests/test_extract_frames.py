"""Event frames, one family of cases per test, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import extract_helpers as helpers
import pytest

from geo.extract import Extractor

PUB = dt.date(2017, 10, 14)  # a Saturday
RAQQA, MAYADIN, DEIR, ABU_KAMAL, MANBIJ = 172955, 173480, 170794, 174448, 167357


# Small towns are only recognised with some context, as in a real article.
CONTEXT = "The war in eastern Syria goes on. "


def facts(ex: Extractor, text: str, published: dt.date | None = PUB, modality: str = "asserted"
          ) -> set[tuple[int, str, str]]:
    return helpers.facts(ex, CONTEXT + text, published, modality)


@pytest.mark.parametrize("text", [
    "Syrian troops captured Mayadeen on Friday.",
    "The Syrian army has seized the eastern town of al-Mayadin.",
    "Government forces and their allies retook Mayadeen after days of clashes with Syrian troops.",
    "Mayadeen was captured by Syrian troops on Friday.",
    "Mayadeen fell to the Syrian army late on Friday.",
    "The fall of Mayadeen to Syrian troops was announced on state television.",
    "The capture of Mayadeen by the Syrian army ends a week-long battle.",
    "Syrian soldiers drove Islamic State fighters out of Mayadeen.",
    "Syrian forces took full control of Mayadeen, a military source said.",
])
def test_capture_in_every_voice(ex, text):
    assert (MAYADIN, "syrian-government", "captured") in facts(ex, text)


@pytest.mark.parametrize("text", [
    "Syrian troops took Mayadeen from Islamic State on Friday.",
    "Syrian soldiers drove Islamic State fighters out of Mayadeen.",
    "Mayadeen was retaken from ISIS militants by Syrian troops.",
    "Islamic State fighters withdrew from Mayadeen on Friday.",
    "ISIS militants were driven from Mayadeen by the army.",
    "ISIS fighters have been pushed out of Mayadeen, according to the army.",
])
def test_loser_of_a_capture(ex, text):
    assert (MAYADIN, "isis", "lost") in facts(ex, text)


def test_coordinated_places_share_the_event(ex):
    tabqa = ex.gazetteer.resolve("Tabqa").geonameid
    got = facts(ex, "The SDF captured Raqqa and Tabqa from Islamic State this year.")
    assert {(RAQQA, "sdf", "captured"), (tabqa, "sdf", "captured")} <= got


@pytest.mark.parametrize("text", [
    "Islamic State still holds Boukamal, near the Iraqi border.",
    "Boukamal, the group's last stronghold in Syria, sits on the Euphrates.",
    "ISIS fighters retreated to ISIS-held Boukamal.",
    "Boukamal remains under Islamic State control.",
    "Boukamal is an ISIS-held town on the border.",
    "The jihadists' last bastion, Boukamal, is surrounded by desert.",
])
def test_holding_as_a_state(ex, text):
    got = facts(ex, "Islamic State fighters are fleeing east. " + text)
    assert (ABU_KAMAL, "isis", "held") in got


def test_former_stronghold_is_not_held(ex):
    text = "Raqqa, the former ISIS stronghold, is being rebuilt by the SDF."
    assert (RAQQA, "isis", "held") not in facts(ex, text)


@pytest.mark.parametrize("text", [
    "The SDF said the battle for Raqqa was in its final days.",
    "The SDF launched an offensive on Raqqa in June.",
    "Kurdish-led forces are advancing on Raqqa from the north.",
    "The SDF has been fighting since June to drive Islamic State out of Raqqa.",
    "US-backed fighters are trying to capture Raqqa.",
])
def test_fighting_for_a_place_is_contested(ex, text):
    got = facts(ex, text)
    assert (RAQQA, "sdf", "contested") in got
    assert (RAQQA, "sdf", "captured") not in got


@pytest.mark.parametrize("text", [
    "The Syrian army captured several districts of Mayadeen on Friday.",
    "The Syrian army captured Mayadeen's main hospital on Friday.",
    "The Syrian army seized areas of ISIS-held Mayadeen.",
])
def test_partial_capture_is_contested(ex, text):
    got = facts(ex, text)
    assert (MAYADIN, "syrian-government", "contested") in got
    assert (MAYADIN, "syrian-government", "captured") not in got


@pytest.mark.parametrize("text", [
    "Islamic State fighters are besieged in Deir ez-Zor.",
    "The army encircled the militants in Deir ez-Zor on Sunday.",
    "The jihadists remain trapped inside Deir el-Zour.",
])
def test_besieged_force(ex, text):
    assert (DEIR, "isis", "besieged") in facts(ex, "Syrian troops fought ISIS. " + text)


def test_siege_noun_names_the_besieged_by_its_opponent(ex):
    text = "Syrian troops broke the ISIS siege of Deir ez-Zor on Tuesday."
    got = facts(ex, text, published=dt.date(2017, 9, 5))
    assert (DEIR, "syrian-government", "besieged") in got
    assert (DEIR, "isis", "besieged") not in got


@pytest.mark.parametrize("text", [
    "Raqqa is about to fall to the SDF.",
    "The SDF will soon capture Raqqa, commanders said.",
    "The SDF is expected to take Raqqa within days.",
    "A deal signals the imminent capture of Raqqa by the SDF.",
])
def test_future_and_imminent_are_expected(ex, text):
    assert (RAQQA, "sdf", "captured") not in facts(ex, text)
    assert (RAQQA, "sdf", "captured") in facts(ex, text, modality="expected")


@pytest.mark.parametrize("text", [
    "The SDF failed to take Raqqa in the spring.",
    "The SDF denied it had captured Raqqa.",
    "The SDF did not capture Raqqa.",
])
def test_failure_and_denial_are_negated(ex, text):
    assert (RAQQA, "sdf", "captured") not in facts(ex, text)
    assert (RAQQA, "sdf", "captured") in facts(ex, text, modality="negated")


def test_headline_question(ex):
    text = "Has the SDF captured Raqqa?\n\nThe battle goes on."
    assert (RAQQA, "sdf", "captured") in facts(ex, text, modality="question")


@pytest.mark.parametrize(("text", "surface"), [
    ("The SDF reached Raqqa in June. Its fighters captured the city on Tuesday.", "the city"),
    ("Syrian troops neared Mayadeen. On Saturday they seized the town.", "the town"),
])
def test_the_city_points_to_the_last_town(ex, text, surface):
    claims = [c for c in ex.extract(CONTEXT + text, published=PUB) if c.event == "captured"]
    assert claims and claims[0].place.surface == surface
    assert claims[0].place.geonameid in (RAQQA, MAYADIN)


@pytest.mark.parametrize(("text", "date", "precision"), [
    ("Terrorists seized Raqqa in 2014.", dt.date(2014, 1, 1), "year"),
    ("The SDF captured Raqqa on Oct. 12.", dt.date(2017, 10, 12), "day"),
    ("The SDF captured Raqqa in June.", dt.date(2017, 6, 1), "month"),
    ("The SDF captured Raqqa on Tuesday.", dt.date(2017, 10, 10), "day"),
    ("The SDF captured Raqqa last year.", dt.date(2016, 1, 1), "year"),
    ("The SDF captured Raqqa.", PUB, "day"),
])
def test_claim_dates(ex, text, date, precision):
    c = next(c for c in ex.extract(CONTEXT + text, published=PUB) if c.event == "captured")
    assert (c.date, c.date_precision) == (date, precision)


def test_no_date_without_publication(ex):
    c = ex.extract("The SDF captured Raqqa.")[0]
    assert c.date is None and c.date_precision == "unknown"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The SDF captured Raqqa, a spokesman said on Tuesday.", "a spokesman"),
    ("The Russian Defense Ministry's spokesman said Syrian troops took Mayadeen.",
     "The Russian Defense Ministry's spokesman"),
    ("According to state media, Syrian troops took Mayadeen.", "state media"),
])
def test_attribution(ex, text, speaker):
    c = next(c for c in ex.extract(CONTEXT + text, published=PUB) if c.event == "captured")
    assert c.attributed_to == speaker


def test_sudan_and_ukraine_lexicons(ex):
    sd = facts(ex, "The RSF seized Wad Madani after the army withdrew from the city.",
               published=dt.date(2023, 12, 19))
    assert {(364103, "rsf", "captured"), (364103, "saf", "lost")} <= sd
    ua = facts(ex, "Wagner fighters captured Bakhmut after months of fighting with Ukrainian "
                   "troops.", published=dt.date(2023, 5, 20))
    assert any(f == "russia" and e == "captured" for _, f, e in ua)


def test_evidence_spans_point_at_the_mentions(ex):
    text = CONTEXT + "\n\nSyrian troops captured Mayadeen on Friday."
    c = ex.extract(text, published=PUB)[0]
    s = c.evidence.sentence
    assert s[slice(*c.evidence.place_span)] == "Mayadeen"
    assert s[slice(*c.evidence.force_span)] == "Syrian troops"
    assert text[c.evidence.offset:].startswith(s)


def test_nothing_from_unrelated_text(ex):
    text = ("The talks took place in Raqqa. Civilians fled Raqqa to escape the heat. "
            "A press conference was held in Manbij on Friday.")
    assert facts(ex, text) == set()


def test_fighting_between_two_sides(ex):
    got = facts(ex, "Fighting raged in Raqqa between the SDF and Islamic State on Friday.")
    assert {(RAQQA, "sdf", "contested"), (RAQQA, "isis", "contested")} <= got


def test_relative_clause_keeps_its_own_date_and_subject(ex):
    text = "Islamic State militants, who seized Raqqa in 2014, are now besieged in the city."
    got = {(c.event, c.date, c.date_precision)
           for c in ex.extract(CONTEXT + text, published=PUB) if c.force == "isis"}
    assert ("captured", dt.date(2014, 1, 1), "year") in got
    assert ("besieged", PUB, "day") in got


@pytest.mark.parametrize("text", [
    "Islamic State took Raqqa residents hostage.",         # the town qualifies a noun
    "The battle took place in Raqqa.",                      # "took place" is no taking
    "ISIS claimed a bombing in Raqqa that killed 20.",      # an attack is not a battle for it
    "Ukraine's capital Kyiv was quiet on Sunday.",          # a state's capital is no stronghold
    "Syrian troops near Raqqa were reinforced on Friday.",  # "near" is a place, not a mood
    "The fall of Raqqa is a major blow to Islamic State.",  # a blow to F, not a fall to F
    "Raqqa was the capital of Islamic State.",               # a former state
])
def test_no_claim_from_look_alikes(ex, text):
    assert facts(ex, text) == set()


def test_a_held_place_under_siege(ex):
    text = "Rebel-held eastern Aleppo had been under siege by government forces since July."
    got = facts(ex, text, published=dt.date(2016, 12, 13))
    aleppo = 170063
    assert {(aleppo, "syrian-opposition", "besieged"),
            (aleppo, "syrian-government", "contested")} <= got


def test_claims_stay_in_the_theatre_of_the_war(ex):
    # "Old City" is also a village elsewhere; a Mosul story means Mosul's.
    text = ("Iraqi forces fought Islamic State in Mosul. Militants were holed up in the Old City, "
            "where Iraqi troops captured the Old City mosque.")
    assert all(c.place.country_code == "IQ"
               for c in ex.extract(text, published=dt.date(2017, 7, 1)))


def test_besieging_a_town_is_fighting_for_it(ex):
    got = facts(ex, "The SDF has besieged Raqqa for weeks.")
    assert (RAQQA, "sdf", "contested") in got and (RAQQA, "sdf", "besieged") not in got


@pytest.mark.parametrize("text", [
    "Raqqa is now in the hands of the SDF.",
    "The SDF holds Raqqa.",
    "Raqqa is under the full control of the SDF.",
])
def test_holding_phrasings(ex, text):
    assert (RAQQA, "sdf", "held") in facts(ex, text)


def test_declared_free_of(ex):
    got = facts(ex, "The SDF declared Raqqa free of Islamic State on Friday.")
    assert {(RAQQA, "sdf", "captured"), (RAQQA, "isis", "lost")} <= got
