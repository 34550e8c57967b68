"""The point of a large area follows one stated rule per kind (gazetteer/points.py): each band
of the country rule is checked on every country that falls in it."""

from __future__ import annotations

import pytest
from shapely.geometry import Point, Polygon

from gazetteer import Gazetteer
from gazetteer.points import (
    country_point,
    km_between,
    mainland,
    mainland_centre,
    midpoint,
    point_rules,
)
from gazetteer.sources import country_info, country_outline

RULES = point_rules()


@pytest.fixture(scope="module")
def conventions() -> dict[str, tuple[tuple[float, float], object, float]]:
    """Each country with both conventions: (reference centre, outline, km between them)."""
    out = {}
    for cc, info in country_info().items():
        outline, ref = country_outline(cc), info.get("latlng")
        if outline is None or outline.is_empty or not ref:
            continue
        ref = (float(ref[0]), float(ref[1]))
        out[cc] = (ref, outline, km_between(ref, mainland_centre(outline)))
    return out


def _band(conventions, low: float, high: float) -> dict:
    found = {cc: v for cc, v in conventions.items() if low < v[2] <= high}
    assert len(found) >= 3, f"too few countries between {low} and {high} km to test the rule"
    return found


def _inside(point: tuple[float, float], outline) -> bool:
    return mainland(outline).buffer(1e-6).contains(Point(point[1], point[0]))


def test_rules_come_from_the_data_file() -> None:
    assert 0 < RULES.margin_km < RULES.tolerance_km
    assert RULES.midpoint_km == 2 * (RULES.tolerance_km - RULES.margin_km) < RULES.agree_km


def test_conventions_close_together_are_both_served(conventions) -> None:
    reach = RULES.tolerance_km - RULES.margin_km + 1.0
    for cc, (ref, outline, _) in _band(conventions, 0, RULES.midpoint_km).items():
        point = country_point(ref, outline)
        assert _inside(point, outline), cc
        if _inside(midpoint(ref, mainland_centre(outline)), outline):
            assert km_between(point, ref) <= reach, cc
            assert km_between(point, mainland_centre(outline)) <= reach, cc


def test_conventions_that_broadly_agree_give_the_mainland_centroid(conventions) -> None:
    for cc, (ref, outline, _) in _band(conventions, RULES.midpoint_km, RULES.agree_km).items():
        point = country_point(ref, outline)
        assert _inside(point, outline), cc
        assert km_between(point, ref) <= RULES.agree_km, cc


def test_far_apart_conventions_give_the_reference_centre(conventions) -> None:
    # Archipelagos and spread-out countries: the mainland is one part, not the whole.
    for cc, (ref, outline, _) in _band(conventions, RULES.agree_km, float("inf")).items():
        assert country_point(ref, outline) == ref, cc


def test_a_missing_convention_leaves_the_other() -> None:
    square = Polygon([(10, 10), (12, 10), (12, 12), (10, 12)])
    assert country_point(None, square) == pytest.approx((11.0, 11.0))
    assert country_point((5.0, 5.0), None) == (5.0, 5.0)


def test_a_midpoint_off_the_land_is_moved_onto_it() -> None:
    # A reference centre at sea off a small square country: the midpoint lies offshore too.
    square = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
    ref = (0.5, 2.0)
    assert km_between(ref, mainland_centre(square)) <= RULES.midpoint_km
    point = country_point(ref, square)
    assert square.buffer(1e-6).contains(Point(point[1], point[0]))
    assert point[1] == pytest.approx(1.0, abs=1e-6)


def test_midpoint_crosses_the_antimeridian() -> None:
    lat, lon = midpoint((10.0, 179.0), (10.0, -179.0))
    assert lat == pytest.approx(10.0, abs=0.01) and abs(lon) == pytest.approx(180.0, abs=0.01)


def test_the_index_holds_the_rule_points(conventions) -> None:
    gaz = Gazetteer.default()
    for name in ("Syria", "Iraq", "Canada", "Brazil"):
        place = gaz.resolve(name)
        ref, outline, _ = conventions[place.country_code]
        expected = country_point(ref, outline)
        assert km_between((place.latitude, place.longitude), expected) < 1.0, name
