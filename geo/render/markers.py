"""The places layer: one marker and one area cell per place, drawn by the page's script.

A single element carries every place as data and one loop in ``GeoControl`` makes the
markers, instead of one folium object per place: 50,000 places stay fast to render and load.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import folium
from branca.element import MacroElement

from geo.render.borders import borders_geojson
from geo.render.offline import RawHTML
from geo.render.payload import script_safe, to_script_json

DATA_ID = "geo-data"
BORDERS_ID = "geo-borders"


class PlaceLayer(MacroElement):
    """Draws the places and control areas into the given folium layers; the page's
    ``window.geoControl`` is this element's client object."""

    _template = folium.template.Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new GeoControl(
            {{ this._parent.get_name() }},
            {
                forces: {
                {%- for id, group in this.force_groups.items() %}
                    {{ id|tojson }}: {{ group.get_name() }},
                {%- endfor %}
                },
                noHolder: {{ this.no_holder.get_name() }},
                areas: {{ this.areas.get_name() }},
                borders: {{ this.borders.get_name() }}
            },
            Object.assign(
                JSON.parse(document.getElementById({{ this.data_id|tojson }}).textContent),
                {borders: JSON.parse(
                    document.getElementById({{ this.borders_id|tojson }}).textContent)}
            )
        );
        window.geoControl = {{ this.get_name() }};
        {% endmacro %}
        """
    )

    def __init__(
        self,
        payload: Mapping[str, Any],
        *,
        force_groups: Mapping[str, folium.FeatureGroup],
        no_holder: folium.FeatureGroup,
        areas: folium.FeatureGroup,
        borders: folium.FeatureGroup,
    ) -> None:
        super().__init__()
        self._name = "PlaceLayer"
        self.payload = payload
        self.force_groups = dict(force_groups)
        self.no_holder = no_holder
        self.areas = areas
        self.borders = borders
        self.data_id = DATA_ID
        self.borders_id = BORDERS_ID

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        figure.html.add_child(RawHTML(_json_block(self.data_id, to_script_json(self.payload))))
        figure.html.add_child(RawHTML(_json_block(self.borders_id, script_safe(borders_geojson()))))
        super().render(**kwargs)


def _json_block(element_id: str, json_text: str) -> str:
    return f'<script type="application/json" id="{element_id}">{json_text}</script>'
