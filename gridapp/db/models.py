"""Every capability's models, imported so that ``Base.metadata`` (Alembic's target) describes the whole schema."""

from gridapp.db.base import Base
from gridapp.db.station_table import StationRecord
from gridapp.org import models as org
from gridapp.scoring import models as scoring

metadata = Base.metadata

__all__ = ["Base", "StationRecord", "metadata", "org", "scoring"]
