"""Who may do what in scoring, decided from role assignments in the organisation (there are no accounts yet).

- Granting or confirming points under a rule: the person holds one of the rule's grantor roles in the subject's
  unit or in any unit above it, on that day; nobody confirms their own points.
- Managing (rules, star thresholds, closing periods): a grid leader (网格长) or party secretary (党支部书记) of any unit.
- Seeing red/yellow/blue warnings (seed 004: sensitive): a grid leader or party secretary, for the people whose home
  unit lies in the subtree of a unit where they hold that role. Officers, zone leads and staff see none.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Date, Select, Uuid, and_, bindparam, exists, or_, select
from sqlalchemy.orm import Session, aliased

from gridapp.org.kinds import RoleKind
from gridapp.org.models import Role, RoleAssignment, Unit
from gridapp.scoring.rows import Permissions

LEADERSHIP = (RoleKind.LEADER, RoleKind.SECRETARY)


def _current(on: dt.date) -> list[object]:
    return [
        RoleAssignment.deleted_at.is_(None),
        Role.deleted_at.is_(None),
        RoleAssignment.starts_on <= on,
        or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= on),
    ]


def ancestors(unit_id: Any) -> Select[tuple[uuid.UUID]]:
    """``unit_id`` (a value or a bound parameter) and every unit above it (a recursive CTE)."""
    up = select(Unit.id, Unit.parent_id).where(Unit.id == unit_id).cte("ancestors", recursive=True)
    parent = aliased(Unit)
    up = up.union_all(select(parent.id, parent.parent_id).where(parent.id == up.c.parent_id))
    return select(up.c.id)


@cache
def _grant_query() -> Select[tuple[bool]]:
    """Built once: confirming hundreds of proposals asks this for each."""
    return select(
        exists().where(
            RoleAssignment.person_id == bindparam("person_id", type_=Uuid()),
            RoleAssignment.role_id == Role.id,
            Role.code.in_(bindparam("codes", expanding=True)),
            RoleAssignment.unit_id.in_(ancestors(bindparam("unit_id", type_=Uuid()))),
            RoleAssignment.deleted_at.is_(None),
            Role.deleted_at.is_(None),
            RoleAssignment.starts_on <= bindparam("on", type_=Date()),
            or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= bindparam("on", type_=Date())),
        )
    )


def may_grant(
    session: Session, person_id: uuid.UUID, role_codes: Iterable[str], unit_id: uuid.UUID, on: dt.date
) -> bool:
    codes = [c for c in role_codes if c]
    if not codes:
        return False
    found = session.scalar(_grant_query(), {"person_id": person_id, "codes": codes, "unit_id": unit_id, "on": on})
    return bool(found)


def permissions(session: Session, person_id: uuid.UUID | None, on: dt.date) -> Permissions:
    if person_id is None:
        return Permissions(None)
    held = session.execute(
        select(Role.code, Role.kind)
        .join(RoleAssignment, RoleAssignment.role_id == Role.id)
        .where(RoleAssignment.person_id == person_id, *_current(on))
    ).all()
    leads = any(kind in LEADERSHIP for _code, kind in held)
    return Permissions(person_id, manage=leads, see_warnings=leads, role_codes=frozenset(code for code, _ in held))


def watched_units(person_id: uuid.UUID, on: dt.date) -> Select[tuple[uuid.UUID]]:
    """Every unit in the subtrees where ``person_id`` leads (grid leader or party secretary) on ``on``."""
    seeds = (
        select(RoleAssignment.unit_id.label("id"))
        .join(Role, Role.id == RoleAssignment.role_id)
        .where(RoleAssignment.person_id == person_id, Role.kind.in_(LEADERSHIP), *_current(on))
        .cte("watched", recursive=True)
    )
    child = aliased(Unit)
    tree = seeds.union_all(select(child.id).where(and_(child.parent_id == seeds.c.id, child.deleted_at.is_(None))))
    return select(tree.c.id)
