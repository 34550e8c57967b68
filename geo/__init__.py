"""geo: read conflict news, keep a time-aware map of who controls which town."""

from geo import extract
from geo.atlas import Atlas
from geo.claims import Claim, Evidence, PlaceRef
from geo.errors import GeoError, InputError, NotFoundError, StoreError
from geo.extract import extract_article

__all__ = [
    "Atlas",
    "Claim",
    "Evidence",
    "GeoError",
    "InputError",
    "NotFoundError",
    "PlaceRef",
    "StoreError",
    "extract",
    "extract_article",
]
