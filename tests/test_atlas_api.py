"""The query API on a store of known claims: status, history, held_by, changes, claims, exports."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import geopandas as gpd
import pandas as pd
import pytest
from atlas_helpers import claim

from geo import Atlas, InputError, NotFoundError
from geo.article import Article, article_id
from geo.atlas import schema

STORY = [
    [claim("raqqa", "isis", "captured", "2014", source="AP", published="2017-10-14")],
    [claim("raqqa", "sdf", "contested", "2017-06", source="AFP", published="2017-10-17")],
    [
        claim("raqqa", "sdf", "captured", "2017-10-17", source="Reuters"),
        claim("raqqa", "isis", "lost", "2017-10-17", source="Reuters"),
        claim("raqqa", "sdf", "captured", "2017-10-25", source="Reuters", modality="expected"),
    ],
    [
        claim("mayadeen", "syrian-government", "captured", "2017-10-14", source="AP"),
        claim("mayadeen", "isis", "lost", "2017-10-14", source="AP"),
    ],
    [claim("boukamal", "isis", "held", "2017-10-14", source="AP")],
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "geo.db"
    with Atlas(path) as atlas:
        for i, claims in enumerate(STORY):
            text = f"story {i}"
            atlas.add(Article(text=text, source=claims[0].source, id=article_id(text, "x")), claims)
        atlas.refresh()
    return path


@pytest.fixture
def atlas(db):
    with Atlas(db) as a:
        yield a


def test_status_accepts_any_spelling_the_gazetteer_resolves(atlas):
    for name in ("Raqqa", "Raqqah", "ar-Raqqa", "172955"):
        assert atlas.status(name, on="2017-11-01").controller == "sdf", name
    assert atlas.status(172955, on=dt.date(2016, 1, 1)).controller == "isis"


@pytest.mark.parametrize("name", ["Atlantis on the Euphrates", "Paris"])
def test_a_place_unknown_or_without_claims_is_not_found(atlas, name):
    with pytest.raises(NotFoundError) as err:
        atlas.status(name)
    assert name in str(err.value)


def test_a_bad_day_is_an_input_error(atlas):
    with pytest.raises(InputError, match="bad date"):
        atlas.status("Raqqa", on="17/10/2017")


def test_evidence_far_from_the_day_asked_is_stale(atlas):
    assert not atlas.status("Raqqa", on="2017-11-01").stale
    assert atlas.status("Raqqa", on="2018-06-01").stale  # 90-day horizon by default
    assert atlas.status("Raqqa", on="2018-06-01").controller == "sdf"  # stale, still the answer


def test_a_day_before_any_claim_has_no_controller(atlas):
    st = atlas.status("Raqqa", on="2013-06-01")
    assert (st.controller, st.state, st.evidence) == (None, None, ())


def test_history_is_ordered_and_covers_every_change(atlas):
    h = atlas.history("Raqqa")
    assert [(i.controller, i.state) for i in h] == [
        ("isis", "held"),
        ("isis", "contested"),
        ("sdf", "held"),
    ]
    assert all(a.end == b.start for a, b in itertools.pairwise(h))
    assert h[-1].end is None and all(i.claims for i in h)


def test_held_by_lists_a_forces_places_on_a_day(atlas):
    names = {st.place.geonameid for st in atlas.held_by("isis", on="2017-10-10")}
    assert names == {172955, 173480, 174448}
    assert {st.place.geonameid for st in atlas.held_by("isis", on="2017-10-20")} == {174448}
    assert atlas.held_by("rsf", on="2017-10-20") == []


def test_changes_between_two_days(atlas):
    ch = atlas.changes("2017-10-01", "2017-10-31")
    assert [(c.place.geonameid, c.before, c.after, c.date) for c in ch] == [
        (173480, "isis", "syrian-government", dt.date(2017, 10, 14)),
        (172955, "isis", "sdf", dt.date(2017, 10, 17)),
    ]
    assert all(c.evidence for c in ch)
    assert atlas.changes("2017-10-18", "2017-12-31") == []


def test_claims_filters_include_what_did_not_move_the_timeline(atlas):
    assert {c.modality for c in atlas.claims(place="Raqqa")} == {"asserted", "expected"}
    expected = atlas.claims(modality="expected")
    assert [(c.force, c.event) for c in expected] == [("sdf", "captured")]
    assert {c.event for c in atlas.claims(force="isis")} == {"captured", "lost", "held"}
    october = atlas.claims(start="2017-10-01", end="2017-10-31", event="captured")
    assert {c.place.geonameid for c in october} == {172955, 173480}
    assert len(atlas.claims(limit=2)) == 2


def test_the_geodataframe_has_one_row_per_place_in_wgs84(atlas):
    gdf = atlas.to_geodataframe(on="2017-10-20")
    assert gdf.crs.to_epsg() == 4326
    assert sorted(gdf.geonameid) == [172955, 173480, 174448]
    row = gdf.set_index("geonameid").loc[172955]
    assert (row.controller, row.state) == ("sdf", "held")
    assert json.loads(row.evidence)[0]["sentence"]
    assert row.geometry.x == pytest.approx(39.01)


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv", "parquet"])
def test_exports_read_back_with_the_same_rows(atlas, tmp_path, fmt):
    out = atlas.export(tmp_path / f"places.{fmt}", on="2017-10-20")
    if fmt == "csv":
        back = pd.read_csv(out)
        assert {"longitude", "latitude"} <= set(back.columns)
    elif fmt == "parquet":
        back = gpd.read_parquet(out)
        assert back.crs.to_epsg() == 4326
    else:
        back = gpd.read_file(out)
        assert back.crs.to_epsg() == 4326
    assert sorted(back.geonameid) == [172955, 173480, 174448]
    assert set(back.controller) == {"sdf", "syrian-government", "isis"}


def test_an_empty_atlas_answers_with_empty_tables():
    with Atlas() as empty:
        assert empty.histories() == {}
        assert len(empty.to_geodataframe()) == 0
        assert empty.changes("2017-01-01", "2017-12-31") == []


def test_timelines_are_rebuilt_when_the_reasoning_changes(db):
    with Atlas(db) as atlas, atlas.store.engine.begin() as conn:
        conn.execute(schema.meta.update().values(value="built-by-an-older-geo"))
        conn.execute(schema.intervals.delete())  # what an older geo built is gone
    with Atlas(db) as atlas:
        assert not atlas.store.dirty_places()
        assert atlas.store.meta("timeline") != "built-by-an-older-geo"
        assert atlas.status("Raqqa", on="2017-11-01").controller == "sdf"


def test_map_and_areas_are_drawn_from_the_histories(atlas, tmp_path):
    out = atlas.map(tmp_path / "atlas.html", on="2017-10-20")
    assert out.exists() and "Ar Raqqah" in out.read_text(encoding="utf-8")
    areas = atlas.area_by_force(on="2017-10-20")
    assert set(areas) <= {"sdf", "syrian-government", "isis"} and "sdf" in areas
    assert all(km2 > 0 for km2 in areas.values())


def test_answers_are_the_same_before_and_after_the_stored_timelines_are_rebuilt(tmp_path):
    with Atlas(tmp_path / "geo.db") as atlas:
        for i, claims in enumerate(STORY):
            atlas.add(Article(text=f"story {i}", source="x"), claims)
        assert len(atlas.store.dirty_places()) == 3  # nothing rebuilt yet

        def answers():
            return (
                atlas.histories(),
                atlas.status("Raqqa", on="2017-10-20"),
                atlas.held_by("isis", on="2017-10-10"),
                atlas.changes("2017-01-01", "2017-12-31"),
                atlas.to_geodataframe(on="2017-10-20").to_json(),
            )

        before = answers()
        assert atlas.refresh() == 3
        assert answers() == before
