"""Who may do what in scoring: the rights table (``gridapp.security.rights``) read for a person, plus what only
scoring knows.

- Granting or confirming points under a rule: POINTS_CONFIRM over the subject's unit, and one of the rule's grantor
  roles held in that unit or in any unit above it, on that day; nobody confirms their own points.
- Managing (rules, star thresholds: SCORE_RULES; closing periods: PERIOD_CLOSE): asked over the plant's root, as the
  catalogues and periods are plant-wide.
- Seeing red/yellow/blue warnings (seed 004: sensitive): WARNING_SEE, and then only for the people whose home unit
  lies in the subtree of a unit where the person holds a role the table gives that right to.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from functools import cache

from sqlalchemy import Date, Select, Uuid, and_, bindparam, exists, or_, select
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.org.kinds import RoleKind
from gridapp.org.models import Role, RoleAssignment, Unit
from gridapp.org.queries import ancestor_ids
from gridapp.scoring.rows import Permissions
from gridapp.security.rights import ROLE_HOLDERS, TABLE, Right, Scope, may, plant_root

# The roles whose holders watch a subtree's warnings, as the table says (today: grid leader, party secretary).
WATCHERS = tuple(kind for kind, holder in ROLE_HOLDERS.items() if TABLE[Right.WARNING_SEE].get(holder) is Scope.SUBTREE)
# The roles whose holders keep their unit's own rules (SCORE_RULES over the subtree where they hold the role).
RULE_KEEPERS = tuple(
    kind for kind, holder in ROLE_HOLDERS.items() if TABLE[Right.SCORE_RULES].get(holder) is Scope.SUBTREE
)
# A person's rights depend on their roles alone, not on the station they act at.
_ANY_STATION = uuid.UUID(int=0)


def _current(on: dt.date) -> list[object]:
    return [
        RoleAssignment.deleted_at.is_(None),
        Role.deleted_at.is_(None),
        RoleAssignment.starts_on <= on,
        or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= on),
    ]


@cache
def _grant_query() -> Select[tuple[bool]]:
    """Built once: confirming hundreds of proposals asks this for each."""
    return select(
        exists().where(
            RoleAssignment.person_id == bindparam("person_id", type_=Uuid()),
            RoleAssignment.role_id == Role.id,
            Role.code.in_(bindparam("codes", expanding=True)),
            RoleAssignment.unit_id.in_(ancestor_ids(bindparam("unit_id", type_=Uuid()))),
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


def as_person(person_id: uuid.UUID) -> Actor:
    """The person acting with the roles they hold: what the rights table is asked about for a viewer or decider."""
    return Actor(station_id=_ANY_STATION, person_id=person_id)


def permissions(session: Session, person_id: uuid.UUID | None, on: dt.date) -> Permissions:
    if person_id is None:
        return Permissions(None)
    held = session.execute(
        select(Role.code)
        .join(RoleAssignment, RoleAssignment.role_id == Role.id)
        .where(RoleAssignment.person_id == person_id, *_current(on))
    ).scalars()
    actor, root = as_person(person_id), plant_root(session)

    def has(right: Right, unit_id: uuid.UUID | None = None) -> bool:
        return may(session, actor, right, unit_id, on)

    keeps = session.scalars(watched_units(person_id, on, RULE_KEEPERS))
    return Permissions(
        person_id,
        manage=has(Right.SCORE_RULES, root),
        manage_units=frozenset(keeps),
        see_warnings=has(Right.WARNING_SEE),
        role_codes=frozenset(held),
        close_periods=has(Right.PERIOD_CLOSE, root),
        raise_warnings=has(Right.WARNING_RAISE),
        confirm=has(Right.POINTS_CONFIRM),
        export=has(Right.RANKING_EXPORT),
        export_warnings=has(Right.WARNING_EXPORT),
    )


def watched_units(
    person_id: uuid.UUID, on: dt.date, kinds: tuple[RoleKind, ...] = WATCHERS
) -> Select[tuple[uuid.UUID]]:
    """Every unit in the subtrees where ``person_id`` holds a role of ``kinds`` on ``on`` (by default the roles
    that see warnings, ``WATCHERS``; ``RULE_KEEPERS``: the units whose own rules they keep)."""
    seeds = (
        select(RoleAssignment.unit_id.label("id"))
        .join(Role, Role.id == RoleAssignment.role_id)
        .where(RoleAssignment.person_id == person_id, Role.kind.in_(kinds), *_current(on))
        .cte("watched", recursive=True)
    )
    child = aliased(Unit)
    tree = seeds.union_all(select(child.id).where(and_(child.parent_id == seeds.c.id, child.deleted_at.is_(None))))
    return select(tree.c.id)
