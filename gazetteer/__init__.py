"""Place names to coordinates, offline: GeoNames data, transliteration-tolerant matching."""

from gazetteer.errors import GazetteerError

__all__ = ["GazetteerError"]
