"""The control map: one self-contained, offline HTML file per render, and control areas.

``render_map`` draws place histories (from ``Atlas.histories()``) with a layer per force,
a legend, a time slider and approximate control areas; ``control_areas`` and
``area_by_force`` give those areas as data.
"""

from geo.render.areas import area_by_force, control_areas, place_cells
from geo.render.map import render_map

__all__ = ["area_by_force", "control_areas", "place_cells", "render_map"]
