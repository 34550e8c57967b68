"""The atlas: the claims store, the control timeline per place, and the query API."""

from geo.atlas.atlas import Atlas
from geo.atlas.model import Change, IngestReport, Interval, Status
from geo.atlas.timeline import Rules, build_timeline

__all__ = ["Atlas", "Change", "IngestReport", "Interval", "Rules", "Status", "build_timeline"]
