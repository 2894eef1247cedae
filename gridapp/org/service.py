"""Reading the organisation for the UI: the unit tree with head counts, and people of a unit's subtree page by page."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, Select, func, or_, select
from sqlalchemy.orm import aliased

from gridapp.db.database import Database
from gridapp.org.kinds import PARTY_MEMBERS, UnitKind
from gridapp.org.models import Person, Post, Unit
from gridapp.org.rows import PersonRow, PersonSort, UnitRow


def subtree_ids(root_id: uuid.UUID) -> Select[tuple[uuid.UUID]]:
    """A query of ``root_id`` and every live unit below it (a recursive CTE; works on SQLite and PostgreSQL)."""
    tree = select(Unit.id).where(Unit.id == root_id).cte("subtree", recursive=True)
    child = aliased(Unit)
    tree = tree.union_all(select(child.id).where(child.parent_id == tree.c.id, child.deleted_at.is_(None)))
    return select(tree.c.id)


class OrgService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def is_empty(self) -> bool:
        with self._db.read() as s:
            return s.scalar(select(Unit.id).where(Unit.deleted_at.is_(None)).limit(1)) is None

    def units(self) -> list[UnitRow]:
        """Every live unit, parents before children, with subtree head counts."""
        with self._db.read() as s:
            units = s.execute(
                select(Unit.id, Unit.parent_id, Unit.kind, Unit.name, Unit.code, Unit.position)
                .where(Unit.deleted_at.is_(None))
                .order_by(Unit.position, Unit.name)
            ).all()
            counts = s.execute(
                select(
                    Person.home_unit_id,
                    func.count(),
                    func.count().filter(Person.party_status.in_(PARTY_MEMBERS)),
                )
                .where(Person.deleted_at.is_(None), Person.left_on.is_(None))
                .group_by(Person.home_unit_id)
            ).all()
        return _with_subtree_counts(units, {row[0]: (row[1], row[2]) for row in counts})

    def people(
        self,
        unit_id: uuid.UUID,
        offset: int = 0,
        limit: int = 200,
        sort: PersonSort = PersonSort.EMPLOYEE_NO,
        descending: bool = False,
    ) -> list[PersonRow]:
        """People (active and left) whose home unit is ``unit_id`` or below it, one page."""
        order = {
            PersonSort.EMPLOYEE_NO: Person.employee_no,
            PersonSort.NAME: Person.name_pinyin,
            PersonSort.GENDER: Person.gender,
            PersonSort.POST: Post.name,
            PersonSort.UNIT: Unit.name,
            PersonSort.PARTY_STATUS: Person.party_status,
            PersonSort.PHONE: Person.phone,
            PersonSort.LEFT_ON: Person.left_on,
        }[sort]
        query = (
            _person_query()
            .where(Person.home_unit_id.in_(subtree_ids(unit_id)))
            .order_by(order.desc() if descending else order, Person.employee_no)
            .offset(offset)
            .limit(limit)
        )
        with self._db.read() as s:
            return [_person_row(r) for r in s.execute(query)]

    def person(self, person_id: uuid.UUID) -> PersonRow | None:
        with self._db.read() as s:
            row = s.execute(_person_query().where(Person.id == person_id)).first()
        return _person_row(row) if row else None

    def search_people(self, text: str, limit: int = 50) -> list[PersonRow]:
        """Active people whose name, employee number or pinyin (full or initials) starts with ``text``."""
        key = text.strip().lower()
        if not key:
            return []
        pattern = _like_escape(key) + "%"
        inner = "% " + pattern
        query = (
            _person_query()
            .where(
                Person.left_on.is_(None),
                or_(
                    Person.name.like("%" + pattern, escape="\\"),
                    func.lower(Person.employee_no).like(pattern, escape="\\"),
                    Person.name_initials.like(pattern, escape="\\"),
                    Person.name_initials.like(inner, escape="\\"),
                    Person.name_pinyin.like(pattern, escape="\\"),
                    Person.name_pinyin.like(inner, escape="\\"),
                ),
            )
            .order_by(Person.name_pinyin, Person.employee_no)
            .limit(limit)
        )
        with self._db.read() as s:
            return [_person_row(r) for r in s.execute(query)]

    def count_people(self, unit_id: uuid.UUID) -> int:
        with self._db.read() as s:
            return (
                s.scalar(
                    select(func.count())
                    .select_from(Person)
                    .where(Person.deleted_at.is_(None), Person.home_unit_id.in_(subtree_ids(unit_id)))
                )
                or 0
            )


def _person_query() -> Select[Any]:
    return (
        select(
            Person.id,
            Person.name,
            Person.employee_no,
            Person.gender,
            Post.name,
            Person.home_unit_id,
            Unit.name,
            Person.party_status,
            Person.phone,
            Person.left_on,
        )
        .join(Unit, Unit.id == Person.home_unit_id)
        .outerjoin(Post, Post.id == Person.post_id)
        .where(Person.deleted_at.is_(None))
    )


def _person_row(r: Row[Any]) -> PersonRow:
    return PersonRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], r[7], r[8] or "", r[9])


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _with_subtree_counts(
    units: Sequence[tuple[uuid.UUID, uuid.UUID | None, UnitKind, str, str, int]],
    direct: dict[uuid.UUID, tuple[int, int]],
) -> list[UnitRow]:
    children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    by_id = {u[0]: u for u in units}
    for u in units:
        parent = u[1] if u[1] in by_id else None
        children.setdefault(parent, []).append(u[0])
    totals: dict[uuid.UUID, tuple[int, int]] = {}
    ordered: list[uuid.UUID] = []

    # Iterative depth-first walk: parents are listed before children, counts are summed bottom-up.
    stack: list[tuple[uuid.UUID, bool]] = [(uid, False) for uid in reversed(children.get(None, []))]
    while stack:
        uid, done = stack.pop()
        if done:
            people, party = direct.get(uid, (0, 0))
            for child in children.get(uid, []):
                people += totals[child][0]
                party += totals[child][1]
            totals[uid] = (people, party)
            continue
        ordered.append(uid)
        stack.append((uid, True))
        stack.extend((c, False) for c in reversed(children.get(uid, [])))
    return [UnitRow(*by_id[uid], *totals[uid]) for uid in ordered]  # type: ignore[misc]
