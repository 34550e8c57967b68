"""Toponyms in running text: detection, what is not a place, document-level context."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gazetteer import Gazetteer, Mention
from gazetteer.regions import band_point


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def seed_mentions(gaz: Gazetteer, seed_article) -> tuple[str, list[Mention]]:
    text = seed_article.read_text(encoding="utf-8")
    return text, gaz.find(text)


def surfaces(ms: list[Mention]) -> set[str]:
    return {m.surface for m in ms}


def test_offsets_give_the_surface(seed_mentions) -> None:
    text, ms = seed_mentions
    assert ms
    assert all(text[m.start: m.end] == m.surface for m in ms)
    assert [m.start for m in ms] == sorted(m.start for m in ms)


def test_seed_article_towns_are_found(seed_mentions) -> None:
    _, ms = seed_mentions
    by_surface = {m.surface: m.place for m in ms}
    expected = {"Raqqa": 172955, "Mayadeen": 173480, "Deir el-Zour": 170794, "Boukamal": 174448}
    for surface, gid in expected.items():
        assert by_surface[surface].geonameid == gid, surface


def test_seed_article_non_places_are_not_tagged(seed_mentions) -> None:
    _, ms = seed_mentions
    found = " | ".join(sorted(surfaces(ms)))
    for word in ("Saturday", "Read", "Islamic", "State", "Igor", "Konashenkov", "Said",
                 "Syrian", "Russian", "Kurdish", "Mustafa", "Bali", "Daesh"):
        assert word not in surfaces(ms), f"{word} tagged in: {found}"


def test_countries_and_directional_regions_have_their_kind(seed_mentions) -> None:
    _, ms = seed_mentions
    kinds = {m.surface: m.place.kind for m in ms}
    assert kinds["Syria"] == "country" and kinds["Iraq"] == "country"
    assert kinds["northern Syria"] == "region" and kinds["eastern Syria"] == "region"
    east = next(m.place for m in ms if m.surface == "eastern Syria")
    syria = next(m.place for m in ms if m.surface == "Syria")
    assert east.longitude > syria.longitude and east.country_code == "SY"


@pytest.mark.parametrize("text", [
    "Clashes in northern Iraq and Northern Syria.",
    "İstanbul news: clashes in northern Iraq and Northern Syria.",  # "İ" lengthens in lower case
    "ŞANLIURFA — shelling in northern Iraq and Northern Syria.",
])
def test_directional_regions_keep_their_offsets(gaz: Gazetteer, text: str) -> None:
    regions = [m for m in gaz.find(text) if m.place.kind == "region"]
    assert [m.surface for m in regions] == ["northern Iraq", "Northern Syria"]
    assert all(text[m.start: m.end] == m.surface for m in regions)


def test_direction_bands_are_stored_as_computed(gaz: Gazetteer) -> None:
    idx = gaz.index
    rows = [idx.row_of(gaz.resolve(n).geonameid) for n in ("Syria", "Chile", "Indonesia")]
    for row in rows:
        for band in gaz.lexicon.directions.values():
            assert idx.band_point(row, band) == band_point(idx.place(row), band)


def test_find_never_clips_outlines() -> None:
    # Directional regions of countries come from the index: shapely is not even imported.
    code = ("import sys; from gazetteer import Gazetteer; "
            "ms = Gazetteer().find('Clashes in northern Syria and eastern Chile.'); "
            "assert [m.place.kind for m in ms] == ['region', 'region'], ms; "
            "print('shapely' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("text, surface", [
    ("Government troops entered al-Mayadeen on Saturday.", "al-Mayadeen"),
    ("Fighting continued in Deir al-Zor and Abu Kamal.", "Abu Kamal"),
    ("Fighting continued in Deir al-Zor and Abu Kamal.", "Deir al-Zor"),
    ("The army seized the town of Khan Sheikhoun after a week.", "Khan Sheikhoun"),
    ("Rebels shelled Maarat al-Numan overnight.", "Maarat al-Numan"),
    # the article with its consonant left out
    ("IS still holds half of Deir e-Zor city.", "Deir e-Zor"),
    ("Convoys reached Deir e-Zor on Tuesday.", "Deir e-Zor"),
])
def test_spellings_in_running_text(gaz: Gazetteer, text: str, surface: str) -> None:
    ms = {m.surface: m.place for m in gaz.find(text)}
    assert surface in ms and ms[surface].country_code == "SY"


def test_demonyms_are_context_not_mentions(gaz: Gazetteer) -> None:
    ms = gaz.find("Syrian and Russian jets struck Palmyra.")
    assert surfaces(ms) == {"Palmyra"}
    assert ms[0].place.country_code == "SY"


def test_context_palmyra_near_homs_is_tadmur(gaz: Gazetteer) -> None:
    ms = gaz.find("Syrian troops advanced on Palmyra from Homs.")
    palmyra = next(m.place for m in ms if m.surface == "Palmyra")
    assert palmyra.geonameid == 163808


def test_context_tripoli_next_to_beirut_is_in_lebanon(gaz: Gazetteer) -> None:
    ms = gaz.find("Clashes spread from Beirut to Tripoli on Sunday.")
    tripoli = next(m.place for m in ms if m.surface == "Tripoli")
    assert tripoli.country_code == "LB"


def test_tripoli_alone_is_the_libyan_capital(gaz: Gazetteer) -> None:
    ms = gaz.find("Fighting resumed in Tripoli on Sunday.")
    assert ms and ms[0].place.country_code == "LY"


def test_province_word_gives_the_division(gaz: Gazetteer) -> None:
    ms = gaz.find("Airstrikes hit Deir ez-Zor province and the city of Deir ez-Zor.")
    kinds = [m.place.kind for m in ms if m.surface == "Deir ez-Zor"]
    assert kinds == ["admin1", "city"]


def test_person_names_are_not_places(gaz: Gazetteer) -> None:
    ms = gaz.find("Maj. Gen. Igor Konashenkov said Mustafa Bali had met Omar Alloush.")
    assert ms == []
    assert gaz.find("Photo: Erik de Castro / Reuters") == []


def test_acronyms(gaz: Gazetteer) -> None:
    ms = gaz.find("Al-Manar TV said US officials met U.S. and UK envoys.")
    assert [(m.surface, m.place.country_code) for m in ms] == [
        ("US", "US"), ("U.S.", "US"), ("UK", "GB")]


@pytest.mark.parametrize("text", ["It cost US$460 million.", "LET US PRAY FOR RAIN",
                                  "Prices rose in IT and TV firms."])
def test_acronyms_that_are_not_countries(gaz: Gazetteer, text: str) -> None:
    assert gaz.find(text) == []


@pytest.mark.parametrize("text", ["PHOTO: Ukrainian soldiers walk in a street.",
                                  "SHORT OF FUEL, THE CONVOY TURNED BACK"])
def test_common_words_in_capitals_met_only_by_another_spelling(gaz: Gazetteer, text: str) -> None:
    # "PHOTO" folds to Phu Tho, "SHORT" to Surt: in capitals, a common English word is the word.
    assert gaz.find(text) == []


def test_a_caption_label_leaves_the_caption_s_place(gaz: Gazetteer) -> None:
    ms = gaz.find("PHOTO: Syrian troops raise their flag in Palmyra.")
    assert [m.place.geonameid for m in ms] == [163808]


def test_empty_and_placeless_texts(gaz: Gazetteer) -> None:
    assert gaz.find("") == []
    assert gaz.find("the quick brown fox jumps over the lazy dog") == []


def test_state_abbreviation_after_a_town_chooses_its_division(gaz: Gazetteer) -> None:
    ms = gaz.find("Floods hit Alexandria, La., and Portland, Ore., on Monday.")
    places = {m.surface: m.place for m in ms}
    assert places["Alexandria"].admin1 == "US.LA"
    assert places["Portland"].admin1 == "US.OR"
    assert "Ore" not in places and "La" not in places
    assert gaz.find("Floods hit Alexandria on Monday.")[0].place.country_code == "EG"


def test_a_surname_seen_with_a_given_name_stays_a_person(gaz: Gazetteer) -> None:
    text = "The farm is run by Bill Dunn in Texas. Dunn said the herd was safe."
    assert surfaces(gaz.find(text)) == {"Texas"}


def test_a_name_the_text_also_places_is_no_surname(gaz: Gazetteer) -> None:
    # "Suspilne Kherson" reads like a person, but the story names Kherson as a place too.
    text = ("Suspilne Kherson\n\nUkrainian troops are entering Kherson. Residents gathered on "
            "the edge of Kherson.")
    assert [m.place.geonameid for m in gaz.find(text)] == [706448, 706448]


def test_a_village_far_from_every_other_place_of_the_story_is_a_namesake(gaz: Gazetteer) -> None:
    # The only Pylna the data knows is in Russia's Volga region, the only Borysivka near Odesa.
    text = ("Russia claimed five villages in Kharkiv Oblast: Strilecha, Pylna, Borysivka, "
            "Lyptsi and Vovchansk.")
    names = {m.surface for m in gaz.find(text)}
    assert {"Strilecha", "Lyptsi", "Vovchansk"} <= names
    assert not {"Pylna", "Borysivka"} & names


@pytest.mark.parametrize("capitals", ["Kyiv said", "Moscow said", "Kyiv and Moscow both said"])
def test_a_capital_speaking_for_its_government_keeps_no_namesake_near(gaz: Gazetteer,
                                                                      capitals: str) -> None:
    # Pylna (Volga) lies within 600 km of Moscow, Borysivka (Odesa) within 600 km of Kyiv.
    text = (f"{capitals} forces had taken Strilecha, Pylna and Borysivka near Vovchansk, as "
            "fighting spread to Lyptsi.")
    names = {m.surface for m in gaz.find(text)}
    assert {"Strilecha", "Lyptsi", "Vovchansk"} <= names
    assert not {"Pylna", "Borysivka"} & names


def test_a_lone_village_of_a_story_with_few_places_is_kept(gaz: Gazetteer) -> None:
    assert {m.surface for m in gaz.find("Fighting was reported in Borysivka and Kharkiv.")} == {
        "Borysivka", "Kharkiv"}


def test_contractions_are_not_places(gaz: Gazetteer) -> None:
    assert surfaces(gaz.find("We're staying in Texas. Don't go.")) == {"Texas"}


def test_arabic_script_text(gaz: Gazetteer) -> None:
    ms = gaz.find("سيطرت القوات على دير الزور يوم السبت")
    assert [(m.surface, m.place.geonameid) for m in ms] == [("دير الزور", 170794)]


# Capitalised words that find() drops ("Union", "Bernard Matthews", "Park") mostly match small
# US towns: were they evidence, every story would lean to the United States.
@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Union members met Bernard Matthews at a Park Farm in Suffolk. Officials in Britain said "
     "Swan and Avian workers were told to stay home.", "Suffolk", "GB"),
    ("Union leaders and Bernard Matthews staff said a Park Farm in Victoria had closed, "
     "Australian officials said.", "Victoria", "AU"),
])
def test_names_that_are_not_places_give_no_country_evidence(gaz: Gazetteer, text: str,
                                                            surface: str, country: str) -> None:
    places = {m.surface: m.place for m in gaz.find(text)}
    assert places[surface].country_code == country


@pytest.mark.parametrize(("text", "surface", "kind"), [
    # Among other divisions of its country, a name is the division, not a town so named.
    ("Cases were reported in Michigan, Ohio, Montana and Wyoming.", "Wyoming", "admin1"),
    ("Flooding hit Texas, Alabama and Georgia this week.", "Georgia", "admin1"),
    # A town named like its own division is the division in a list of divisions, the town
    # otherwise (one other division is no list).
    ("Cases were confirmed in New York, New Jersey and Connecticut.", "New York", "admin1"),
    ("She flew to New York on Monday to meet Texas officials.", "New York", "city"),
    # ... but a country named like one of its divisions stays the country.
    ("Officials in Guerrero and Sinaloa said tourism in Mexico had suffered.", "Mexico",
     "country"),
])
def test_a_division_among_divisions_of_its_country(gaz: Gazetteer, text: str, surface: str,
                                                   kind: str) -> None:
    places = {m.surface: m.place for m in gaz.find(text)}
    assert places[surface].kind == kind and places[surface].country_code in ("US", "MX")


def test_world_regions_of_common_words_are_places(gaz: Gazetteer) -> None:
    # Every word common, yet a curated region's name, not a phrase ("Old City" stays prose:
    # see test_gazetteer_precision).
    ms = gaz.find("Storms crossed the Indian Ocean and reached the Middle East.")
    assert {m.surface: m.place.kind for m in ms} == {"Indian Ocean": "region",
                                                      "Middle East": "region"}


def test_a_surname_written_with_its_division_is_the_town(gaz: Gazetteer) -> None:
    text = "The farm is run by Bill Dunn. Samples were sent to Dunn, North Carolina, for tests."
    dunn = [m for m in gaz.find(text) if m.surface == "Dunn"]
    assert [m.start for m in dunn] == [text.index("Dunn,")]
    assert dunn[0].place.admin1 == "US.NC"


def test_a_common_word_is_not_a_town_by_an_alternate_name(gaz: Gazetteer) -> None:
    # "Samples" is listed among a Florida town's alternate names; a country or division may
    # still be named by an alternate ("Britain").
    got = {m.surface for m in gaz.find("Samples were sent from Reston, Virginia, to the lab.")}
    assert got == {"Reston", "Virginia"}


def test_a_county_or_province_anchors_the_towns_near_it(gaz: Gazetteer) -> None:
    # Second-level divisions are small enough to say where a story's towns are: the San
    # Fabian of Pangasinan, not the one 70 km away in Bulacan.
    ms = gaz.find("Police in Pangasinan said floods reached San Fabian.")
    town = next(m.place for m in ms if m.surface == "San Fabian")
    province = next(m.place for m in ms if m.surface == "Pangasinan")
    assert town.admin1 == province.admin1
