"""Round 127: a day or month written without its year is of the year the sentence before (or
the words before it in its own) wrote that month, or the season it falls in, with ("The end
came in the autumn of 2017. On November 3, Iraqi troops pushed into al-Qaim"), not of the last
such day before the story ran; but not of a month where a span or the war starts ("since
February 2022"), nor in a sentence told from the present ("have advanced since taking Avdiivka
in February"). Each test runs phrasings written for it, never a held-out text."""

from __future__ import annotations

import datetime as dt

import pytest

AL_QAIM, SULUK, AVDIIVKA = 92138, 164895, 713122


def _dated(ex, text: str, published: dt.date, place: int) -> set[tuple[dt.date, str]]:
    return {(c.date, c.event) for c in ex.extract(text, published=published)
            if c.place.geonameid == place and c.modality == "asserted"}


@pytest.mark.parametrize("time", ["in the autumn of 2017", "in November 2017",
                                  "in the fall of 2017"])
def test_a_month_told_with_its_year_in_the_sentence_before(ex, time):
    got = _dated(ex, f"The end of that business came {time}, in a rush. On November 3, Iraqi "
                     "troops took al-Qaim.", dt.date(2019, 3, 28), AL_QAIM)
    assert (dt.date(2017, 11, 3), "captured") in got, got


def test_the_same_month_told_two_sentences_before(ex):
    got = _dated(ex, "The first time she saw Tal Abyad, in June 2015, the town smelled of tyres. "
                     "She was 19. On 14 June the Kurdish fighters of the YPG entered Suluk.",
                 dt.date(2019, 11, 14), SULUK)
    assert (dt.date(2015, 6, 14), "captured") in got, got


def test_another_season_sets_no_year(ex):
    got = _dated(ex, "The end of that business came in the spring of 2017. On November 3, Iraqi "
                     "troops took al-Qaim.", dt.date(2019, 3, 28), AL_QAIM)
    assert (dt.date(2018, 11, 3), "captured") in got, got


def test_the_wars_start_sets_no_year(ex):
    got = _dated(ex, "Russia launched its full-scale invasion in February 2022. Russian forces "
                     "took Avdiivka in February.", dt.date(2024, 5, 6), AVDIIVKA)
    assert (dt.date(2024, 2, 1), "captured") in got, got


def test_a_sentence_told_from_the_present_keeps_this_year(ex):
    got = _dated(ex, "Vuhledar became a symbol of resistance in February 2023. Russian forces "
                     "have advanced steadily since taking Avdiivka in February.",
                 dt.date(2024, 10, 2), AVDIIVKA)
    assert (dt.date(2024, 2, 1), "captured") in got, got
