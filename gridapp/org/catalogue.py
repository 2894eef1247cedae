"""The default role catalogue (网格长, 党支部书记, 八大员, 责任区负责人), shipped as a data file."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.org.kinds import RoleKind
from gridapp.org.models import Role
from gridapp.paths import CATALOGUES


def install_default_roles(session: Session, in_use: set[str] | None = None) -> dict[str, Role]:
    """Add the catalogue's roles that are missing (by code); returns every live role by code.

    ``in_use`` names the roles a site uses (e.g. six officers of eight); the others stay in the catalogue, unused.
    """
    shipped = json.loads((CATALOGUES / "roles.json").read_text(encoding="utf-8"))["roles"]
    roles = {r.code: r for r in session.scalars(select(Role).where(Role.deleted_at.is_(None)))}
    for position, entry in enumerate(shipped):
        if entry["code"] in roles:
            continue
        role = Role(
            code=entry["code"],
            kind=RoleKind(entry["kind"]),
            name=entry["name"],
            duty=entry.get("duty", ""),
            in_use=in_use is None or entry["code"] in in_use,
            position=position,
        )
        session.add(role)
        roles[role.code] = role
    return roles
