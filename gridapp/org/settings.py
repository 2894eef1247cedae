"""Plant-wide organisation settings (the N of 1+N, who needs a guardian, which roles are for party members),
stored as rows so they sync."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.org.models import OrgSetting

MAX_WARDS = "guardianship.max_wards"  # 1+N: how many staff one party member may answer for
COVER_PARTY_MEMBERS = "guardianship.cover_party_members"  # "1": party members need a guardian too
MAX_WARDS_LIMIT = 20
# 自主解决率: the unit kind whose boundary an escalation must cross to count against the rate (a UnitKind value)
SELF_RESOLUTION_LEVEL = "issues.self_resolution_level"

# Which roles only party members should hold: role codes, or "@<RoleKind>" for every role of a kind. The seeds
# choose party members as 网格长 and as officers (党员 + 八大员); a plant may reserve more roles, or fewer.
PARTY_REQUIRED_ROLES = "roles.party_required"

DEFAULTS = {
    MAX_WARDS: "3",
    COVER_PARTY_MEMBERS: "0",
    SELF_RESOLUTION_LEVEL: "grid",
    PARTY_REQUIRED_ROLES: "@leader,@secretary,@officer",
}


def read_setting(session: Session, key: str) -> str:
    value = session.scalar(select(OrgSetting.value).where(OrgSetting.key == key, OrgSetting.deleted_at.is_(None)))
    return DEFAULTS[key] if value is None else value


def write_setting(session: Session, key: str, value: str) -> str:
    """Set ``key`` and return its value before."""
    row = session.scalar(select(OrgSetting).where(OrgSetting.key == key, OrgSetting.deleted_at.is_(None)))
    if row is None:
        session.add(OrgSetting(id=uuid.uuid4(), key=key, value=value))
        return DEFAULTS[key]
    before = row.value
    row.value = value
    return before
