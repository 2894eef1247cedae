"""Query building blocks the organisation services share: live rows, subtrees, unit paths, people as rows."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Row, Select, case, func, select
from sqlalchemy.orm import Session, aliased

from gridapp.org.kinds import UnitKind
from gridapp.org.models import Person, Post, RoleAssignment, Unit
from gridapp.org.rows import PersonRow
from gridapp.times import plant_today

PATH_SEPARATOR = "/"


def today() -> dt.date:
    """The local calendar day: roles and links start and end on the plant's dates, not UTC's."""
    return plant_today()


def subtree_ids(root_id: uuid.UUID) -> Select[tuple[uuid.UUID]]:
    """A query of ``root_id`` and every live unit below it (a recursive CTE; works on SQLite and PostgreSQL)."""
    tree = select(Unit.id).where(Unit.id == root_id).cte("subtree", recursive=True)
    child = aliased(Unit)
    tree = tree.union_all(select(child.id).where(child.parent_id == tree.c.id, child.deleted_at.is_(None)))
    return select(tree.c.id)


def ancestor_ids(unit_id: Any) -> Select[tuple[uuid.UUID]]:
    """A query of ``unit_id`` (a value or a bound parameter) and every unit above it (a recursive CTE)."""
    up = select(Unit.id, Unit.parent_id).where(Unit.id == unit_id).cte("ancestors", recursive=True)
    parent = aliased(Unit)
    up = up.union_all(select(parent.id, parent.parent_id).where(parent.id == up.c.parent_id))
    return select(up.c.id)


def active_on(day: dt.date) -> Any:
    """The condition that a role assignment is held on ``day`` (``ends_on`` is the last day held)."""
    return (
        RoleAssignment.deleted_at.is_(None)
        & (RoleAssignment.starts_on <= day)
        & (RoleAssignment.ends_on.is_(None) | (RoleAssignment.ends_on >= day))
    )


class UnitIndex:
    """Every live unit's parent, kind and name, loaded once per call (500 rows): paths and ancestry in memory."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(Unit.id, Unit.parent_id, Unit.kind, Unit.name, Unit.position).where(Unit.deleted_at.is_(None))
        ).all()
        self.parent: dict[uuid.UUID, uuid.UUID | None] = {r[0]: r[1] for r in rows}
        self.kind: dict[uuid.UUID, UnitKind] = {r[0]: r[2] for r in rows}
        self.name: dict[uuid.UUID, str] = {r[0]: r[3] for r in rows}
        self.position: dict[uuid.UUID, int] = {r[0]: r[4] for r in rows}
        self._paths: dict[uuid.UUID, str] = {}

    def __contains__(self, unit_id: object) -> bool:
        return unit_id in self.name

    def ancestors(self, unit_id: uuid.UUID) -> list[uuid.UUID]:
        """``unit_id`` and the units above it, nearest first."""
        chain: list[uuid.UUID] = []
        current: uuid.UUID | None = unit_id
        while current is not None and current in self.name and current not in chain:
            chain.append(current)
            current = self.parent[current]
        return chain

    def path(self, unit_id: uuid.UUID) -> str:
        if unit_id not in self._paths:
            self._paths[unit_id] = PATH_SEPARATOR.join(self.name[u] for u in reversed(self.ancestors(unit_id)))
        return self._paths[unit_id]

    def depth(self, unit_id: uuid.UUID) -> int:
        return len(self.ancestors(unit_id)) - 1

    def children(self) -> dict[uuid.UUID | None, list[uuid.UUID]]:
        found: dict[uuid.UUID | None, list[uuid.UUID]] = {}
        for uid in sorted(self.name, key=lambda u: (self.position[u], self.name[u])):
            found.setdefault(self.parent[uid], []).append(uid)
        return found

    def descendants(self, unit_id: uuid.UUID) -> list[uuid.UUID]:
        """``unit_id`` and everything below it, parents before children."""
        children = self.children()
        out: list[uuid.UUID] = []
        stack = [unit_id]
        while stack:
            uid = stack.pop()
            out.append(uid)
            stack.extend(reversed(children.get(uid, [])))
        return out


_home = aliased(Unit, name="home")
_above = aliased(Unit, name="above")
TEAM_NAME = case((_home.kind == UnitKind.TEAM, _home.name), else_="")
DEPARTMENT_NAME = case((_home.kind == UnitKind.TEAM, func.coalesce(_above.name, _home.name)), else_=_home.name)
HOME_UNIT = _home


def person_query() -> Select[Any]:
    """Live people with their post, home unit, team and department, as the columns ``person_row`` expects."""
    return (
        select(
            Person.id,
            Person.name,
            Person.employee_no,
            Person.gender,
            Post.name,
            Person.home_unit_id,
            _home.name,
            Person.party_status,
            Person.phone,
            Person.left_on,
            Person.post_id,
            TEAM_NAME,
            DEPARTMENT_NAME,
        )
        .join(_home, _home.id == Person.home_unit_id)
        .outerjoin(_above, _above.id == _home.parent_id)
        .outerjoin(Post, Post.id == Person.post_id)
        .where(Person.deleted_at.is_(None))
    )


def person_row(r: Row[Any]) -> PersonRow:
    return PersonRow(
        id=r[0],
        name=r[1],
        employee_no=r[2],
        gender=r[3],
        post=r[4] or "",
        unit_id=r[5],
        unit=r[6],
        party_status=r[7],
        phone=r[8] or "",
        left_on=r[9],
        post_id=r[10],
        team=r[11] or "",
        department=r[12] or "",
    )


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
