"""geo: read conflict news, keep a time-aware map of who controls which town."""

from geo.claims import Claim, Evidence, PlaceRef
from geo.errors import GeoError, InputError, NotFoundError, StoreError

__all__ = ["Claim", "Evidence", "GeoError", "InputError", "NotFoundError", "PlaceRef", "StoreError"]
