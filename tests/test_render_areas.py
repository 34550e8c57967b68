"""Control areas: Voronoi cells clipped to borders, in km², dissolved by controller."""

from __future__ import annotations

import datetime as dt

import pyproj
import pytest
import shapely
from render_samples import PLACES, sample_histories

from geo.claims import PlaceRef
from geo.render import area_by_force, control_areas, place_cells
from geo.render.borders import country_shapes

GEOD = pyproj.Geod(ellps="WGS84")
ON = dt.date(2017, 10, 17)


@pytest.fixture(scope="module")
def cells():
    return place_cells(list(PLACES.values()))


def test_cell_areas_are_true_areas(cells):
    for area, geom in zip(cells["area_km2"], cells.geometry, strict=True):
        geodesic_km2 = abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6
        assert area == pytest.approx(geodesic_km2, rel=0.01)


def test_a_lone_place_reaches_the_radius_and_no_further():
    lone = PlaceRef("Tadmur test", 1, 34.56, 38.27, "SY")
    (area,) = place_cells([lone], max_radius_km=30)["area_km2"]
    assert area == pytest.approx(3.14159 * 30**2, rel=0.02)


def test_cells_stay_inside_their_country(cells):
    shapes = country_shapes()
    by_id = {p.geonameid: p for p in PLACES.values()}
    for gid, geom in zip(cells["geonameid"], cells.geometry, strict=True):
        country = shapes[by_id[gid].country_code]
        # Edges are straight in the equal-area projection, so they bow a little in degrees.
        assert shapely.area(shapely.difference(geom, country)) < 0.005 * shapely.area(geom)


def test_each_cell_is_nearest_to_its_own_place(cells):
    by_id = {p.geonameid: p for p in PLACES.values()}
    for gid, geom in zip(cells["geonameid"], cells.geometry, strict=True):
        own = by_id[gid]
        inside = shapely.point_on_surface(geom)
        others = [p for p in PLACES.values() if p.country_code == own.country_code]
        nearest = min(
            others,
            key=lambda p: GEOD.inv(p.longitude, p.latitude, inside.x, inside.y)[2],
        )
        assert nearest.geonameid == gid


def test_places_sharing_a_coordinate_share_one_cell():
    a = PlaceRef("A", 1, 35.0, 39.0, "SY")
    b = PlaceRef("B", 2, 35.0, 39.0, "SY")
    c = PlaceRef("C", 3, 35.5, 39.5, "SY")
    assert sorted(place_cells([a, b, c])["geonameid"]) == [1, 3]


def test_control_areas_dissolve_by_controller():
    histories = sample_histories()
    areas = control_areas(histories, on=ON)
    assert sorted(areas["controller"]) == ["iraqi-government", "isis", "sdf", "syrian-government"]
    sdf = areas.set_index("controller").loc["sdf"]
    assert sdf["places"] == 3  # Raqqa, Tabqa, Qamishli; Palmyra has no known holder
    assert sdf.geometry.geom_type in ("Polygon", "MultiPolygon")
    cells = place_cells([ivs[0].place for ivs in histories.values()]).set_index("geonameid")
    sdf_ids = [PLACES[n].geonameid for n in ("Raqqa", "Tabqa", "Qamishli")]
    assert sdf["area_km2"] == pytest.approx(cells.loc[sdf_ids, "area_km2"].sum())


def test_area_by_force_follows_the_date():
    histories = sample_histories()
    before = area_by_force(histories, on=dt.date(2017, 8, 1))
    after = area_by_force(histories, on=ON)
    assert "sdf" in after and after["sdf"] > before.get("sdf", 0)
    assert before["isis"] > after["isis"]
    assert list(after.values()) == sorted(after.values(), reverse=True)
    # Only the places whose first interval has no start reach back before every report.
    assert list(area_by_force(histories, on=dt.date(2000, 1, 1))) == ["isis"]
    assert area_by_force({}, on=ON) == {}
