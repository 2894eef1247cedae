"""Every capability's models, imported so that ``Base.metadata`` (Alembic's target) describes the whole schema."""

from gridapp import alerts
from gridapp.db.base import Base
from gridapp.db.station_table import StationRecord
from gridapp.inspections import models as inspections
from gridapp.issues import blobs
from gridapp.issues import models as issues
from gridapp.org import models as org
from gridapp.party_life import models as party_life
from gridapp.projects import models as projects
from gridapp.scoring import models as scoring
from gridapp.security import models as security
from gridapp.sync import models as sync
from gridapp.training import models as training

metadata = Base.metadata

__all__ = [
    "Base",
    "StationRecord",
    "alerts",
    "blobs",
    "inspections",
    "issues",
    "metadata",
    "org",
    "party_life",
    "projects",
    "scoring",
    "security",
    "sync",
    "training",
]
