"""This database's sync identity, as other capabilities need it (without the rest of sync)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.sync.kinds import Role
from gridapp.sync.models import Identity


def identity(session: Session) -> Identity | None:
    return session.scalars(select(Identity).limit(1)).first()


def issue_series(session: Session) -> str:
    """The series this database numbers new issues in: "" at the plant, the station's code at a station, so that
    numbers made offline never collide and never change when they reach the plant."""
    found = session.execute(select(Identity.role, Identity.code).limit(1)).first()
    if found is None or found.role != Role.STATION:
        return ""
    return found.code
