"""GeoVirus, the geoparsing yardstick: find() must stay far above the exact-match baseline
(0.64 detection, 0.36 accuracy). Floors are what the gazetteer reached when written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gazetteer import Gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from geovirus import load, score

DETECTION_FLOOR = 0.93
ACCURACY_FLOOR = 0.895  # within 161 km, of the detected toponyms (0.902 measured)


@pytest.fixture(scope="module")
def result(geovirus_xml):
    return score(Gazetteer.default(), load(geovirus_xml))


def test_detection_floor(result) -> None:
    assert result.detection >= DETECTION_FLOOR, f"detection {result.detection:.3f}"


def test_accuracy_of_detected_toponyms(result) -> None:
    assert result.accuracy >= ACCURACY_FLOOR, f"accuracy@161km {result.accuracy:.3f}"
