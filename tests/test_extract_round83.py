"""Dates, entries and withdrawals in blind copy (sets 393 to 399): a date opening a sentence
without a comma dates its verbs joined without a pause. Each test runs phrasings written for
it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import claims, facts

FASHER, MOSUL, AVDIIVKA, UKRAINSK = 379555, 99072, 713122, 690771
SINGA, SELYDOVE, BILOHORIVKA, POPASNA = 366847, 694677, 712588, 696566
SUDZHA, KAFR_BATNA, KHARTOUM = 486816, 168713, 379252
TUZ, AFRIN = 90026, 174186
JINDERES, KHAN_SHEIKHOUN, HAJIN, HIT = 169190, 168325, 174506, 95788
PALMYRA, MARINKA, SNIHURIVKA = 163808, 701845, 693379


@pytest.mark.parametrize(("text", "published", "place", "force", "day"), [
    ("On 26 October the paramilitaries stormed the army's base and took El Fasher.",
     dt.date(2025, 11, 14), FASHER, "rsf", dt.date(2025, 10, 26)),
    ("In June 2014 the jihadists overran the airport and seized Mosul.",
     dt.date(2014, 7, 1), MOSUL, "isis", dt.date(2014, 6, 1)),
    ("On February 17 Russian troops broke through the last road and captured Avdiivka.",
     dt.date(2024, 3, 1), AVDIIVKA, "russia", dt.date(2024, 2, 17)),
])
def test_an_opening_date_with_no_comma_dates_verbs_joined_without_a_pause(ex, text, published,
                                                                          place, force, day):
    got = claims(ex, text, published)
    assert any(c[:3] == (place, force, "captured") and c[3] == day for c in got), got


def test_a_verb_past_a_pause_keeps_its_own_time(ex):
    got = claims(ex, "On 26 October the RSF stormed the army's base; it now holds El Fasher.",
                 dt.date(2025, 11, 14))
    assert (FASHER, "rsf", "held", dt.date(2025, 11, 14), "day") in got


@pytest.mark.parametrize("text", [
    "Background: Over September, Russian forces took Ukrainsk.",
    "Russian forces took Ukrainsk over September.",
])
def test_over_a_month_dates_to_that_month(ex, text):
    got = claims(ex, text, dt.date(2024, 10, 3))
    assert (UKRAINSK, "russia", "captured", dt.date(2024, 9, 1), "month") in got


def test_over_a_number_is_a_count_not_a_year(ex):
    got = claims(ex, "Russian forces took Ukrainsk, losing over 2000 soldiers.",
                 dt.date(2024, 10, 3))
    assert (UKRAINSK, "russia", "captured", dt.date(2024, 10, 3), "day") in got


@pytest.mark.parametrize("text", [
    "In early July the RSF entered Singa, and shells began to fall on Sennar.",
    "In early July the RSF entered Singa, and fighting broke out in Sennar.",
    "The RSF entered Singa on Saturday while clashes raged around El Obeid.",
])
def test_a_fight_for_another_town_does_not_oppose_an_entry(ex, text):
    got = facts(ex, text, dt.date(2024, 12, 4))
    assert (SINGA, "rsf", "captured") in got


@pytest.mark.parametrize(("text", "place", "force"), [
    ("The army entered Singa but clashes continued.", SINGA, "saf"),
    ("The army entered Singa and fought the RSF in Singa's market.", SINGA, "saf"),
    ("Russian troops have now entered Selydove, and fighting is under way in the town's "
     "eastern districts.", SELYDOVE, "russia"),
])
def test_a_fight_in_the_town_entered_still_opposes_the_entry(ex, text, place, force):
    got = facts(ex, text, dt.date(2024, 12, 4))
    assert (place, force, "contested") in got
    assert (place, force, "captured") not in got


@pytest.mark.parametrize("verb", ["continue to hold", "are still holding", "remain in"])
def test_a_clause_told_now_after_a_comma_and_is_not_dated_by_the_clause_before(ex, verb):
    text = (f"Ukrainian artillery destroyed a Russian battalion on May 10, and Ukrainian forces "
            f"{verb} Bilohorivka.")
    got = claims(ex, text, dt.date(2022, 5, 13))
    assert (BILOHORIVKA, "ukraine", "held", dt.date(2022, 5, 13), "day") in got


def test_a_past_clause_after_a_comma_and_keeps_the_date_before(ex):
    text = ("Russian artillery destroyed the bridge on May 10, and Ukrainian forces withdrew from "
            "Popasna.")
    got = claims(ex, text, dt.date(2022, 5, 13))
    assert (POPASNA, "ukraine", "lost", dt.date(2022, 5, 10), "day") in got


@pytest.mark.parametrize("text", [
    "Russia's army said Thursday it had recaptured Sudzha, the largest town seized by Ukrainian "
    "forces in their offensive into the Kursk region in August 2024.",
    "Russia said on Thursday it had retaken Sudzha, a town captured by Ukrainian troops during "
    "their cross-border offensive last August.",
])
def test_a_date_after_an_apposed_participle_dates_it_not_the_report_before(ex, text):
    got = claims(ex, text, dt.date(2025, 3, 13))
    assert (SUDZHA, "ukraine", "captured", dt.date(2024, 8, 1), "month") in got
    assert (SUDZHA, "russia", "captured", dt.date(2025, 3, 13), "day") in got


def test_a_date_past_a_relative_clause_dates_the_verb_after_it(ex):
    text = ("Kafr Batna, where a market strike killed at least 30 people in February, was overrun "
            "by government troops in mid-March.")
    got = claims(ex, text, dt.date(2018, 4, 1))
    assert (KAFR_BATNA, "syrian-government", "captured", dt.date(2018, 3, 1), "month") in got


def test_a_date_past_another_verb_dates_that_verb(ex):
    text = ("The RSF has shifted west since the army retook central Khartoum in late March, "
            "driving the RSF from the capital it had held since the war began in April 2023.")
    got = claims(ex, text, dt.date(2025, 5, 1))
    assert (KHARTOUM, "saf", "captured", dt.date(2023, 4, 1), "month") not in got


@pytest.mark.parametrize("people", ["hundreds of Kurdish families", "thousands of residents later",
                                    "many civilians"])
def test_people_who_flee_in_a_joined_clause_are_no_force_losing_the_town(ex, people):
    text = f"The Hashd entered Tuz Khurmatu on Monday, and {people} fled the town."
    got = facts(ex, text, dt.date(2017, 10, 17))
    assert (TUZ, "iraqi-government", "captured") in got
    assert (TUZ, "iraqi-government", "lost") not in got


def test_fighters_leaving_with_civilians_still_lose_the_town(ex):
    text = "YPG fighters and tens of thousands of civilians had left Afrin in the preceding days."
    assert (AFRIN, "sdf", "lost") in facts(ex, text, dt.date(2018, 3, 19))


@pytest.mark.parametrize("said", [
    'The Turkish General Staff said the town had been "cleared of terrorists".',
    "Terrorists fled the town, the Turkish Defence Ministry said.",
])
def test_the_terrorists_of_the_turkish_military_are_the_ypg(ex, said):
    text = ("Turkish troops and allied Syrian rebels captured Jinderes on Thursday in their "
            f"offensive against the YPG. {said} The YPG has been the main US partner against the "
            "Islamic State.")
    got = facts(ex, text, dt.date(2018, 3, 8))
    assert (JINDERES, "sdf", "lost") in got
    assert not any(f[1] == "isis" for f in got)


def test_the_terrorists_of_the_syrian_army_are_the_rebels_it_fights(ex):
    text = ("Units of the Syrian Arab Army entered Khan Sheikhoun on Wednesday after fierce "
            "clashes with Hayat Tahrir al-Sham. The terrorists were expelled from the town, "
            "the army said, months after the Islamic State lost its last town in the province.")
    got = facts(ex, text, dt.date(2019, 8, 22))
    assert (KHAN_SHEIKHOUN, "hts", "lost") in got
    assert not any(f[1] == "isis" for f in got)


def test_terrorists_fought_by_a_force_with_no_labels_of_its_own_are_still_the_islamic_state(ex):
    text = ("SDF fighters cleared the center of Hajin in Syria's Deir ez-Zor province on Friday "
            "and pushed the terrorists back toward Baghuz. Turkey has threatened the SDF for "
            "months.")
    got = facts(ex, text, dt.date(2018, 12, 15))
    assert (HAJIN, "isis", "lost") in got or (HAJIN, "sdf", "captured") in got
    assert (HAJIN, "sdf", "lost") not in got


@pytest.mark.parametrize("text", [
    "SDF fighters cleared Hajin on Friday.",
    "SDF fighters cleared the center of Hajin on Friday after a week of street fighting.",
    "The SDF said it had purged Hajin of the last holdouts.",
])
def test_a_force_that_cleared_a_town_took_it(ex, text):
    assert (HAJIN, "sdf", "captured") in facts(ex, text, dt.date(2018, 12, 15))


@pytest.mark.parametrize("text", [
    "SDF fighters are clearing Hajin street by street.",
    "SDF fighters cleared the road to Hajin on Friday.",
    "The SDF made clear that Hajin would be next.",
])
def test_clearing_still_under_way_or_of_something_else_takes_nothing(ex, text):
    assert (HAJIN, "sdf", "captured") not in facts(ex, text, dt.date(2018, 12, 15))


@pytest.mark.parametrize("verb", ["fought their way back into", "fought its way into",
                                  "forced their way into", "battled their way into"])
def test_a_way_fought_into_a_town_is_an_entry(ex, verb):
    got = claims(ex, f"Iraqi troops {verb} Hit in April 2016, but by then the market was rubble.",
                 dt.date(2017, 12, 12))
    assert (HIT, "iraqi-government", "captured", dt.date(2016, 4, 1), "month") in got


@pytest.mark.parametrize("text", [
    "Iraqi troops fought their way into Hit on Monday and are battling IS in its streets.",
    "Iraqi troops fought their way into Hit's eastern districts on Monday.",
    "Iraqi troops entered eastern Hit on Monday.",
])
def test_a_way_fought_into_a_town_where_fighting_goes_on_or_into_its_side_is_a_fight(ex, text):
    got = facts(ex, text, dt.date(2017, 12, 12))
    assert (HIT, "iraqi-government", "contested") in got
    assert (HIT, "iraqi-government", "captured") not in got


def test_a_date_past_a_participle_dates_its_object_not_the_town_before(ex):
    text = ("In March the army drove the RSF out of central Khartoum, retaking the presidential "
            "palace and, days later, the city's international airport.")
    got = claims(ex, text, dt.date(2025, 4, 14))
    assert (KHARTOUM, "saf", "captured", dt.date(2025, 3, 1), "month") in got


def test_a_date_past_a_town_s_apposition_still_dates_the_town(ex):
    text = ("The RSF seized the army base in Nyala, capital of South Darfur, on October 26, and "
            "the 21st Infantry Division base in Zalingei, capital of Central Darfur, on "
            "October 31.")
    got = claims(ex, text, dt.date(2023, 11, 10))
    assert (363533, "rsf", "captured", dt.date(2023, 10, 31), "day") in got


@pytest.mark.parametrize(("text", "place", "force"), [
    ("The army retook Palmyra last Sunday after nearly three weeks of fighting.", PALMYRA,
     "syrian-government"),
    ("Russian forces captured the town of Marinka in December after months of fighting.",
     MARINKA, "russia"),
    ("Marinka fell to Russian troops following a months-long battle.", MARINKA, "russia"),
])
def test_the_fight_that_led_to_a_change_is_not_claimed_beside_it(ex, text, place, force):
    got = facts(ex, text, dt.date(2024, 1, 10))
    assert (place, force, "captured") in got
    assert (place, force, "contested") not in got


def test_a_fight_for_another_town_after_a_change_is_still_claimed(ex):
    got = facts(ex, "Russian forces captured Marinka after weeks of fighting, and clashes "
                "continue in Krasnohorivka.", dt.date(2024, 1, 10))
    assert {(MARINKA, "russia", "captured"), (704393, "russia", "contested")} <= got


@pytest.mark.parametrize("verb", ["reached the centre of", "reached the center of"])
def test_a_force_that_reached_a_town_s_centre_entered_it(ex, verb):
    got = facts(ex, f"On 10 September, Ukrainian troops {verb} Kupiansk, a key rail hub.",
                dt.date(2022, 9, 12))
    assert (703656, "ukraine", "captured") in got


@pytest.mark.parametrize("text", [
    "Fighting has reached the centre of Kupiansk.",
    "Ukrainian troops reached the centre of Kupiansk, where fierce fighting continues.",
])
def test_a_centre_reached_by_fighting_or_still_fought_for_is_a_fight(ex, text):
    got = facts(ex, text, dt.date(2022, 9, 12))
    assert (703656, "ukraine", "contested") in got
    assert (703656, "ukraine", "captured") not in got


@pytest.mark.parametrize("left", ["left it completely destroyed", "left it in ruins",
                                  "left it largely flattened",
                                  "left the town almost entirely destroyed",
                                  "left the town's remaining residents starving",
                                  "left the town, once home to more than 30,000 people, in ruins"])
def test_a_fight_that_left_a_town_in_ruins_is_no_one_leaving_it(ex, left):
    text = (f"Russian troops captured Marinka in late December after months of fighting that "
            f"{left}.")
    got = facts(ex, text, dt.date(2024, 1, 10))
    assert (MARINKA, "russia", "captured") in got
    assert (MARINKA, "russia", "lost") not in got
    assert (MARINKA, "ukraine", "captured") not in got


def test_troops_that_left_a_town_deserted_still_left_it(ex):
    got = facts(ex, "The army entered Singa on Saturday; RSF fighters withdrew toward the west, "
                "leaving the town largely deserted.", dt.date(2024, 11, 23))
    assert (SINGA, "rsf", "lost") in got


@pytest.mark.parametrize("text", [
    "On Thursday Ukrainian forces recaptured Snihurivka, a town that Russia had occupied since "
    "the spring.",
    "Russia had occupied Snihurivka since the spring.",
])
def test_a_holding_since_a_season_is_held_not_taken(ex, text):
    got = facts(ex, text, dt.date(2022, 11, 11))
    assert (SNIHURIVKA, "russia", "held") in got
    assert (SNIHURIVKA, "russia", "captured") not in got


@pytest.mark.parametrize("opening", ["After 18 months of siege,", "After weeks of fighting,",
                                     "After taking Mellit,", "After some 18 months of siege,"])
def test_a_change_in_the_present_perfect_after_an_opening_after_phrase_is_asserted(ex, opening):
    got = facts(ex, f"{opening} the Rapid Support Forces have captured El Fasher.",
                dt.date(2025, 10, 28))
    assert (FASHER, "rsf", "captured") in got


def test_a_change_inside_a_clause_of_time_is_still_to_come(ex):
    text = "Once El Fasher has fallen to the RSF, the paramilitaries will move on El Obeid."
    assert (FASHER, "rsf", "captured") not in facts(ex, text, dt.date(2025, 10, 1))


@pytest.mark.parametrize("text", [
    "Tens of thousands of civilians fled Afrin towards nearby areas held by the YPG.",
    "Civilians fled Afrin to villages controlled by Kurdish fighters and the regime.",
])
def test_a_participle_past_a_preposition_tells_of_its_own_noun_not_the_town(ex, text):
    got = facts(ex, text, dt.date(2018, 3, 18))
    assert not any(f[0] == AFRIN and f[2] == "held" for f in got)


def test_a_town_with_its_participle_after_a_comma_is_still_held(ex):
    got = facts(ex, "Turkish troops advanced on Afrin, held by the YPG since 2012.",
                dt.date(2018, 3, 1))
    assert (AFRIN, "sdf", "held") in got


@pytest.mark.parametrize("after", ["and its fighters shelled the city again on Friday",
                                   "and RSF fighters now shell its markets daily"])
def test_the_besieger_s_own_men_after_the_town_are_not_besieged_in_it(ex, after):
    got = facts(ex, f"The RSF has besieged El Fasher since May, {after}.", dt.date(2024, 7, 2))
    assert (FASHER, "rsf", "contested") in got
    assert (FASHER, "rsf", "besieged") not in got
    assert (FASHER, "saf", "besieged") in got


def test_the_enemy_trapped_after_the_town_is_still_besieged(ex):
    got = facts(ex, "By mid-June the SDF had surrounded Manbij, trapping several hundred "
                "Islamic State militants inside.", dt.date(2016, 8, 13))
    assert (167357, "isis", "besieged") in got


@pytest.mark.parametrize("text", [
    "In North Darfur, where the RSF overran Zamzam camp this week, El Fasher remains under siege.",
    "The RSF overran Zamzam camp this week, and El Fasher remains under siege.",
])
def test_the_force_that_acts_before_a_town_under_siege_besieges_it(ex, text):
    got = facts(ex, text, dt.date(2025, 4, 8))
    assert (FASHER, "rsf", "besieged") not in got
    assert {(FASHER, "saf", "besieged"), (FASHER, "rsf", "contested")} <= got


def test_a_force_s_stronghold_named_before_a_siege_is_still_besieged(ex):
    text = ("The RSF says it has taken control of el-Fasher, the army's last stronghold in "
            "Darfur, after an 18-month siege of the city.")
    got = facts(ex, text, dt.date(2025, 10, 27))
    assert (FASHER, "saf", "besieged") in got
    assert (FASHER, "rsf", "besieged") not in got


def test_a_siege_eased_was_laid_on_the_town_s_holder(ex):
    text = ("Traffic on the road has resumed since the army regained Umm Rawaba, easing the siege "
            "of El Obeid.")
    got = facts(ex, text, dt.date(2025, 3, 28))
    assert (379003, "saf", "besieged") in got
    assert (379003, "saf", "contested") not in got


def test_a_fronted_clause_of_time_does_not_date_a_main_clause_told_now(ex):
    text = ("After the road bridge towards Kyiv was destroyed last week, Russian forces have "
            "surrounded Chernihiv and continue to shell residential areas.")
    got = claims(ex, text, dt.date(2022, 3, 28))
    assert (710735, "ukraine", "besieged", dt.date(2022, 3, 28), "day") in got


def test_a_fronted_clause_of_time_dates_a_main_clause_in_the_past(ex):
    text = "After the bridge was destroyed last week, Russian forces surrounded Chernihiv."
    got = claims(ex, text, dt.date(2022, 3, 28))
    assert any(c[:3] == (710735, "ukraine", "besieged") and c[3] < dt.date(2022, 3, 28)
               for c in got), got


@pytest.mark.parametrize("text", [
    "The RSF said on Saturday it had taken the town of Bara, north of the state capital El Obeid, "
    "which the army had recaptured in September.",
    "The RSF said on Monday it had taken the town of Bara in North Kordofan, about 60 kilometres "
    "north of El Obeid, which the army recaptured in September.",
])
def test_a_relative_clause_past_a_bearing_hangs_on_the_town_the_bearing_places(ex, text):
    got = claims(ex, text, dt.date(2025, 10, 27))
    assert (377724, "saf", "captured", dt.date(2025, 9, 1), "month") in got
    assert not any(c[0] == 379003 for c in got)


@pytest.mark.parametrize("text", [
    "The operation also brought the town of Tuz Khurmatu under government control on Monday.",
    "Iraqi forces brought Tuz Khurmatu under their control on Monday.",
])
def test_a_town_brought_under_a_force_s_control_was_taken(ex, text):
    got = facts(ex, text, dt.date(2017, 10, 18))
    assert (TUZ, "iraqi-government", "captured") in got


def test_a_town_that_remains_under_control_is_held(ex):
    got = facts(ex, "Tuz Khurmatu remains under government control.", dt.date(2017, 10, 18))
    assert (TUZ, "iraqi-government", "held") in got
    assert (TUZ, "iraqi-government", "captured") not in got


@pytest.mark.parametrize(("text", "place", "force", "day"), [
    ("After weeks of bombardment Izium was in Russian hands by the beginning of April.",
     707292, "russia", dt.date(2022, 4, 1)),
    ("Sviatohirsk was back under Ukrainian control by mid-September.", 692016, "ukraine",
     dt.date(2022, 9, 1)),
    ("Tuz Khurmatu was said to be under the control of Iraqi troops by mid-October.", TUZ,
     "iraqi-government", dt.date(2022, 10, 1)),
])
def test_a_town_in_a_force_s_hands_by_a_day_changed_hands_by_then(ex, text, place, force, day):
    got = claims(ex, text, dt.date(2023, 1, 19))
    assert (place, force, "captured", day, "month") in got


def test_a_town_in_a_force_s_hands_on_a_day_is_held(ex):
    got = facts(ex, "Izium was in Russian hands on Monday.", dt.date(2023, 1, 19))
    assert (707292, "russia", "held") in got
    assert (707292, "russia", "captured") not in got


@pytest.mark.parametrize("text", [
    "Russia's slow advance in Donetsk has reached the outskirts of Pokrovsk.",
    "Moscow has been on the offensive in Donetsk since capturing Avdiivka in February.",
    "The heaviest fighting was again on the Pokrovsk front in Donetsk, the general staff said.",
])
def test_an_advance_or_offensive_in_a_province_s_namesake_is_in_the_province(ex, text):
    assert not any(f[0] == 709717 for f in facts(ex, text, dt.date(2024, 8, 20)))


def test_an_advance_in_the_city_is_still_in_the_city(ex):
    got = facts(ex, "Russian troops are advancing in Donetsk city's western districts.",
                dt.date(2024, 8, 20))
    assert (709717, "russia", "contested") in got


def test_a_word_of_an_office_s_name_is_no_fight(ex):
    got = facts(ex, "On November 17 Iraqi forces entered Rawa, and the Joint Operations Command "
                "declared it liberated.", dt.date(2017, 12, 15))
    assert (92004, "iraqi-government", "captured") in got
    assert (92004, "iraqi-government", "contested") not in got


def test_an_operation_s_name_still_fights_for_its_town(ex):
    got = facts(ex, "Turkey launched Operation Olive Branch on Jan. 20 to clear the YPG from "
                "Afrin.", dt.date(2018, 3, 1))
    assert (AFRIN, "turkey", "contested") in got


def test_it_is_not_a_landmark_named_with_its_rank(ex):
    text = ("Ukrainian forces had held Avdiivka, which lies just north of the Russian-controlled "
            "regional capital Donetsk, since 2014, when Russian-backed separatists briefly "
            "seized it.")
    got = facts(ex, text, dt.date(2024, 2, 17))
    assert (AVDIIVKA, "russia", "captured") in got
    assert (709717, "ukraine", "lost") not in got


@pytest.mark.parametrize("text", [
    "The Syrian army launched a ground offensive into northern Hama and southern Idlib in late "
    "April.",
    "HTS chose to withdraw rather than fight for the northern Hama pocket.",
])
def test_a_side_or_pocket_of_a_province_s_namesake_is_the_province(ex, text):
    got = facts(ex, text, dt.date(2019, 8, 23))
    assert not any(f[0] in (170017, 169389) for f in got), got


def test_the_namesake_town_itself_is_still_the_town(ex):
    got = facts(ex, "The Syrian army shelled Idlib city on Friday.", dt.date(2019, 8, 23))
    assert (169389, "syrian-government", "contested") in got


@pytest.mark.parametrize("text", [
    "Russian forces continued to strike Sloviansk and Kramatorsk with rocket artillery.",
    "Russian forces kept striking Kramatorsk with glide bombs this week.",
])
def test_a_force_that_strikes_a_town_fights_for_it(ex, text):
    assert (704508, "russia", "contested") in facts(ex, text, dt.date(2024, 5, 20))


def test_a_deal_struck_fights_for_nothing(ex):
    got = facts(ex, "The SDF struck a deal with Damascus over Kobani.", dt.date(2019, 10, 14))
    assert not any(f[2] == "contested" for f in got)


def test_an_attack_towards_a_town_fights_for_it(ex):
    got = facts(ex, "Further west, Russian units are attacking towards Lyptsi, north of Kharkiv.",
                dt.date(2024, 5, 20))
    assert (702989, "russia", "contested") in got


@pytest.mark.parametrize("text", [
    "Russian artillery hit Kupiansk this morning, the regional governor said.",
    "Russian troops are hitting Kupiansk with artillery every night.",
])
def test_a_force_s_fire_that_hits_a_town_fights_for_it(ex, text):
    assert (703656, "russia", "contested") in facts(ex, text, dt.date(2024, 5, 20))


def test_the_town_of_hit_is_no_hit(ex):
    got = claims(ex, "Iraqi forces retook Ramadi in December and the Euphrates town of Hit in "
                 "April.", dt.date(2016, 6, 26))
    assert (HIT, "iraqi-government", "captured", dt.date(2016, 4, 1), "month") in got
    assert not any(c[0] == HIT and c[2] == "contested" for c in got)


def test_a_fight_that_meanwhile_goes_on_in_a_town_is_both_sides(ex):
    got = facts(ex, "Fighting meanwhile goes on around Krasnohorivka.", dt.date(2024, 5, 20))
    assert {(704393, "russia", "contested"), (704393, "ukraine", "contested")} <= got


@pytest.mark.parametrize("text", [
    "On Tuesday the peshmerga pulled out of Sinjar and Khanaqin, and federal troops and PMF "
    "units took their place.",
    "The Peshmerga units withdrew from Khanaqin on Tuesday and were replaced by the Federal "
    "Police, a local official said.",
])
def test_the_force_put_in_the_place_of_one_that_left_took_the_town(ex, text):
    got = facts(ex, text, dt.date(2017, 10, 18))
    assert {(94591, "peshmerga", "lost"), (94591, "iraqi-government", "captured")} <= got


@pytest.mark.parametrize(("text", "place", "force"), [
    ("The peshmerga pulled out of Sinjar and Khanaqin, and Iraqi units moved into both towns.",
     448149, "iraqi-government"),
    ("Syrian units entered Manbij on Tuesday after the SDF invited them in.", 167357,
     "syrian-government"),
])
def test_a_country_s_units_are_its_force(ex, text, place, force):
    got = facts(ex, text, dt.date(2017, 10, 18))
    assert (place, force, "captured") in got


@pytest.mark.parametrize("text", [
    "Fighting has intensified around El Fasher, the only state capital in the region still held "
    "by the army.",
    "The RSF shelled El Fasher, the last big city in the whole of Darfur still held by the army.",
])
def test_a_town_s_kind_apposition_may_place_it_before_its_participle(ex, text):
    assert (FASHER, "saf", "held") in facts(ex, text, dt.date(2024, 5, 15))


@pytest.mark.parametrize("text", [
    "The Ukrainian flag was raised in the village of Arkhanhelske on Sunday, according to a "
    "video published by soldiers.",
    "The Ukrainian flag was raised over the village council in Arkhanhelske on Sunday.",
])
def test_a_flag_named_as_its_force_s_raised_over_a_town_took_it(ex, text):
    assert (713208, "ukraine", "captured") in facts(ex, text, dt.date(2022, 10, 3))


def test_a_background_capture_dated_past_its_town_s_apposition_is_claimed(ex):
    text = ("It is Russia's biggest battlefield gain since its capture of Bakhmut, 60km (37 "
            "miles) to the north-east, last May.")
    got = claims(ex, text, dt.date(2024, 2, 18))
    assert (713174, "russia", "captured", dt.date(2023, 5, 1), "month") in got


def test_a_town_cleared_by_no_one_named_was_taken_by_the_side_that_says_so(ex):
    text = ("Russian forces captured Lyman in May. President Volodymyr Zelensky said in a video "
            "address on Sunday that Lyman had been fully cleared.")
    got = facts(ex, text, dt.date(2022, 10, 3))
    assert (704204, "ukraine", "captured") in got


def test_a_town_cleared_on_a_day_by_no_one_named_was_taken_by_the_story_s_actor(ex):
    text = ("Turkish troops and FSA fighters took Rajo on Saturday. Maabatli, some 15 kilometers "
            "west of Afrin town, was cleared on Thursday.")
    got = facts(ex, text, dt.date(2018, 3, 18))
    assert (167577, "turkey", "captured") in got


@pytest.mark.parametrize("text", [
    "Ukrainian forces maintain positions in Krynky on the east bank despite continued Russian "
    "assaults on the settlement.",
    "Ukrainian marines still maintain a foothold in Krynky.",
])
def test_a_force_that_maintains_positions_in_a_town_holds_it(ex, text):
    assert (703861, "ukraine", "held") in facts(ex, text, dt.date(2024, 2, 18))


def test_maintaining_that_a_report_is_true_holds_nothing(ex):
    got = facts(ex, "Russia maintains that its forces took Krynky.", dt.date(2024, 2, 18))
    assert (703861, "russia", "held") not in got


def test_fighting_between_the_two_sides_in_a_town_is_both_sides(ex):
    got = facts(ex, "Witnesses reported fighting between the two sides in El Fasher, the capital "
                "of North Darfur state.", dt.date(2024, 5, 15))
    assert {(FASHER, "saf", "contested"), (FASHER, "rsf", "contested")} <= got


@pytest.mark.parametrize(("text", "fact"), [
    ("Russian forces are bombarding Pokrovsk.", (704422, "russia", "contested")),
    ("Russian forces raided Pokrovsk overnight.", (704422, "russia", "contested")),
    ("Ukrainian troops are holding on to Pokrovsk.", (704422, "ukraine", "held")),
])
def test_more_forms_of_fire_and_holding(ex, text, fact):
    assert fact in facts(ex, text, dt.date(2024, 8, 20))
