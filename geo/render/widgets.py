"""The map's controls drawn by the page's script: the legend and the time slider.

Both are plain script in ``GeoControl`` (templates/geo_control.js); folium's
TimestampedGeoJson would need scripts from CDNs, which an offline page cannot load.
"""

from __future__ import annotations

import folium
from branca.element import MacroElement

from geo.render.markers import PlaceLayer


class _Widget(MacroElement):
    _template = folium.template.Template(
        """
        {% macro script(this, kwargs) %}
        {{ this.places.get_name() }}.{{ this.method }}({position: {{ this.position|tojson }}})
            .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )
    method = ""
    position = ""

    def __init__(self, places: PlaceLayer) -> None:
        super().__init__()
        self._name = type(self).__name__
        self.places = places


class Legend(_Widget):
    """The shown day, each force with the places and area it holds, and the marker key."""

    method = "legend"
    position = "bottomright"


class TimeSlider(_Widget):
    """A range over the days the claims span, with steps to the previous and next change."""

    method = "slider"
    position = "bottomleft"
