"""Everything the page needs, inside the page: Leaflet from xstatic-leaflet and our script.

folium's ``Map`` links jQuery, Bootstrap, Font Awesome and Leaflet itself from CDNs;
``OfflineMap`` links nothing and the figure's header carries the inlined copies instead.
"""

from __future__ import annotations

import base64
import re
from functools import cache
from importlib import resources
from pathlib import Path

import folium
import xstatic.pkg.leaflet as xleaflet
from branca.element import Element, Figure

LEAFLET = Path(xleaflet.BASE_DIR)
TEMPLATES = resources.files("geo.render") / "templates"


class RawHTML(Element):
    """Markup written as is: inlined libraries must not pass through Jinja."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class OfflineMap(folium.Map):
    """A folium map that links no external script or stylesheet."""

    default_js: list[tuple[str, str]] = []  # noqa: RUF012 (folium reads these class lists)
    default_css: list[tuple[str, str]] = []  # noqa: RUF012


def _data_uri(match: re.Match[str]) -> str:
    image = (LEAFLET / match.group(1)).read_bytes()
    return f"url(data:image/png;base64,{base64.b64encode(image).decode('ascii')})"


def _no_source_map(text: str) -> str:
    # A source-map comment makes developer tools fetch a file that is not there.
    return re.sub(r"/[*/]# sourceMappingURL=\S+", "", text)


@cache
def leaflet_css() -> str:
    """Leaflet's stylesheet with its images (layer-control icon ...) as data URIs."""
    css = (LEAFLET / "leaflet.css").read_text(encoding="utf-8")
    return _no_source_map(re.sub(r"url\((images/[\w.-]+\.png)\)", _data_uri, css))


@cache
def leaflet_js() -> str:
    """Leaflet's minified script."""
    return _no_source_map((LEAFLET / "leaflet.js").read_text(encoding="utf-8"))


@cache
def template_text(name: str) -> str:
    """One of our own static files under geo/render/templates."""
    return (TEMPLATES / name).read_text(encoding="utf-8")


def _script(js: str) -> str:
    # "</script" inside a script would end it early; Leaflet and our files never write it.
    if "</script" in js.lower():
        raise ValueError("inline script contains a closing script tag")
    return f"<script>{js}</script>"


def inline_assets(figure: Figure) -> None:
    """Put Leaflet and the control-map script and stylesheet in the page's header."""
    figure.header.add_child(RawHTML(f"<style>{leaflet_css()}</style>"), name="leaflet_css")
    figure.header.add_child(RawHTML(_script(leaflet_js())), name="leaflet_js")
    figure.header.add_child(
        RawHTML(f"<style>{template_text('geo_control.css')}</style>"), name="geo_control_css"
    )
    figure.header.add_child(
        RawHTML(_script(template_text("geo_control.js"))), name="geo_control_js"
    )
