"""Place names to coordinates, offline: GeoNames data, transliteration-tolerant matching.

>>> from gazetteer import Gazetteer
>>> Gazetteer.default().resolve("Deir el-Zour").name
'Deir ez-Zor'
"""

from gazetteer.api import Gazetteer
from gazetteer.errors import (
    DataError,
    DumpFormatError,
    GazetteerError,
    OnlineError,
    UnknownPlaceError,
)
from gazetteer.model import KINDS, Candidate, Kind, Mention, Place

__all__ = [
    "KINDS",
    "Candidate",
    "DataError",
    "DumpFormatError",
    "Gazetteer",
    "GazetteerError",
    "Kind",
    "Mention",
    "OnlineError",
    "Place",
    "UnknownPlaceError",
]
