"""Place names to coordinates, offline: GeoNames data, transliteration-tolerant matching.

>>> from gazetteer import Gazetteer
>>> Gazetteer.default().resolve("Deir el-Zour").name
'Deir ez-Zor'
"""

from gazetteer.api import Gazetteer
from gazetteer.dump import ImportReport, import_dump
from gazetteer.errors import (
    DataError,
    DumpFormatError,
    GazetteerError,
    OnlineError,
    UnknownPlaceError,
)
from gazetteer.folding import Folder, default_folder
from gazetteer.index import cache_root
from gazetteer.local import LocalStore
from gazetteer.model import KINDS, Candidate, Kind, Mention, Place

__all__ = [
    "KINDS",
    "Candidate",
    "DataError",
    "DumpFormatError",
    "Folder",
    "Gazetteer",
    "GazetteerError",
    "ImportReport",
    "Kind",
    "LocalStore",
    "Mention",
    "OnlineError",
    "Place",
    "UnknownPlaceError",
    "cache_root",
    "default_folder",
    "import_dump",
]
