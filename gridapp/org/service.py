"""The organisation service: reading the tree, people and roles, and the entry to every organisation change.

Changes live in one module per responsibility (tree, people, roles, guardianship, areas, roster); ``OrgService``
holds one of each, so the UI and the other capabilities reach everything through ``services.org``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, or_, select

from gridapp.db.database import Database
from gridapp.org.areas import AreaService
from gridapp.org.guardianship import GuardianshipService
from gridapp.org.kinds import PARTY_MEMBERS
from gridapp.org.models import Person, Post, Unit
from gridapp.org.people import PeopleService
from gridapp.org.place_codes import PlaceService
from gridapp.org.queries import (
    DEPARTMENT_NAME,
    TEAM_NAME,
    like_escape,
    person_query,
    person_row,
    subtree_ids,
)
from gridapp.org.roles import RoleService, role_warnings
from gridapp.org.roster import RosterService
from gridapp.org.rows import AssignmentRow, PersonRow, PersonSort, RoleWarning, UnitHeader, UnitRow
from gridapp.org.tree import UnitTree

__all__ = ["OrgService", "subtree_ids"]


class OrgService:
    """Reads here; changes through ``tree``, ``people_edit``, ``roles``, ``guardianship``, ``areas``, ``roster``."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.tree = UnitTree(db)
        self.people_edit = PeopleService(db)
        self.roles = RoleService(db)
        self.guardianship = GuardianshipService(db)
        self.areas = AreaService(db)
        self.roster = RosterService(db)
        self.places = PlaceService(db)  # the scan box: place codes back to areas and posts

    @property
    def db(self) -> Database:
        return self._db

    def is_empty(self) -> bool:
        with self._db.read() as s:
            return s.scalar(select(Unit.id).where(Unit.deleted_at.is_(None)).limit(1)) is None

    def units(self, on: dt.date | None = None) -> list[UnitRow]:
        """Every live unit, parents before children, with subtree head counts and its own role warnings."""
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
            warnings = role_warnings(s, on)
        return _with_subtree_counts(units, {row[0]: (row[1], row[2]) for row in counts}, warnings)

    def unit(self, unit_id: uuid.UUID) -> UnitRow | None:
        return next((u for u in self.units() if u.id == unit_id), None)

    def people(
        self,
        unit_id: uuid.UUID,
        offset: int = 0,
        limit: int = 200,
        sort: PersonSort = PersonSort.EMPLOYEE_NO,
        descending: bool = False,
        text: str = "",
        include_left: bool = True,
    ) -> list[PersonRow]:
        """People whose home unit is ``unit_id`` or below it, one page; ``text`` filters like ``search_people``."""
        order = {
            PersonSort.EMPLOYEE_NO: Person.employee_no,
            PersonSort.NAME: Person.name_pinyin,
            PersonSort.GENDER: Person.gender,
            PersonSort.POST: Post.name,
            PersonSort.UNIT: DEPARTMENT_NAME,
            PersonSort.TEAM: TEAM_NAME,
            PersonSort.PARTY_STATUS: Person.party_status,
            PersonSort.PHONE: Person.phone,
            PersonSort.LEFT_ON: Person.left_on,
        }[sort]
        query = _filtered(person_query(), unit_id, text, include_left)
        query = query.order_by(order.desc() if descending else order, Person.employee_no).offset(offset).limit(limit)
        with self._db.read() as s:
            return [person_row(r) for r in s.execute(query)]

    def count_people(self, unit_id: uuid.UUID, text: str = "", include_left: bool = True) -> int:
        query = _filtered(select(func.count()).select_from(Person), unit_id, text, include_left)
        with self._db.read() as s:
            return s.scalar(query) or 0

    def person(self, person_id: uuid.UUID) -> PersonRow | None:
        with self._db.read() as s:
            row = s.execute(person_query().where(Person.id == person_id)).first()
        return person_row(row) if row else None

    def search_people(
        self,
        text: str,
        limit: int = 50,
        *,
        unit_id: uuid.UUID | None = None,
        include_left: bool = False,
        party_members_only: bool = False,
    ) -> list[PersonRow]:
        """People whose name contains ``text``, or whose employee number or pinyin (full or initials, any reading
        of a heteronym) starts with it; best matches first (exact employee number, exact name, prefixes)."""
        key = _search_key(text)
        if not key:
            return []
        pattern = like_escape(key) + "%"
        number_prefix = func.lower(Person.employee_no).like(pattern, escape="\\")
        rank = case(
            (func.lower(Person.employee_no) == key, 0),
            (Person.name == key, 1),
            (Person.name.like(pattern, escape="\\"), 2),
            (Person.name_initials.like(pattern, escape="\\"), 3),
            (number_prefix, 5),
            else_=4,
        )
        # Number matches read best in number order, name matches in pinyin order.
        then = case((number_prefix, Person.employee_no), else_=Person.name_pinyin)
        # Rank over the person table alone, then join units and posts for the few rows shown: SQLite would
        # otherwise join every candidate row before sorting.
        query = select(Person.id).where(Person.deleted_at.is_(None), _matches(key))
        if not include_left:
            query = query.where(Person.left_on.is_(None))
        if party_members_only:
            query = query.where(Person.party_status.in_(PARTY_MEMBERS))
        if unit_id is not None:
            query = query.where(Person.home_unit_id.in_(subtree_ids(unit_id)))
        query = query.order_by(rank, func.length(Person.name), then, Person.employee_no).limit(limit)
        with self._db.read() as s:
            found = list(s.scalars(query))
            if not found:
                return []
            rows = {r[0]: person_row(r) for r in s.execute(person_query().where(Person.id.in_(found)))}
        return [rows[i] for i in found if i in rows]

    def unit_roles(
        self, unit_id: uuid.UUID, on: dt.date | None = None, zone_leads_below: bool = True
    ) -> list[AssignmentRow]:
        """The role holders of a unit on a day (today by default), for headers and printed boards.

        Rows held in the unit itself, plus (``zone_leads_below``) the zone leads of every zone below it; each row
        names its unit. Ordered leader, secretary, officers (catalogue order), zone leads (tree order), others.
        """
        return self.roles.unit_roles(unit_id, on, zone_leads_below)

    def unit_header(self, unit_id: uuid.UUID, on: dt.date | None = None) -> UnitHeader | None:
        unit = self.unit(unit_id)
        return self.roles.header(unit, on) if unit else None


def _search_key(text: str) -> str:
    from gridapp.org.normalize import clean_text

    return clean_text(text).value.lower().replace(" ", "")


def _matches(key: str) -> Any:
    pattern = like_escape(key) + "%"
    inner = "% " + pattern
    conditions = [
        Person.name.like("%" + pattern, escape="\\"),
        func.lower(Person.employee_no).like(pattern, escape="\\"),
    ]
    if key.isascii():
        # Pinyin keys only ever hold ASCII letters: skip four LIKEs per row for a Chinese search.
        conditions += [
            Person.name_initials.like(pattern, escape="\\"),
            Person.name_initials.like(inner, escape="\\"),
            Person.name_pinyin.like(pattern, escape="\\"),
            Person.name_pinyin.like(inner, escape="\\"),
        ]
    return or_(*conditions)


def _filtered(query: Any, unit_id: uuid.UUID, text: str, include_left: bool) -> Any:
    query = query.where(Person.deleted_at.is_(None), Person.home_unit_id.in_(subtree_ids(unit_id)))
    if not include_left:
        query = query.where(Person.left_on.is_(None))
    key = _search_key(text)
    if key:
        query = query.where(_matches(key))
    return query


def _with_subtree_counts(
    units: Sequence[Any],
    direct: dict[uuid.UUID, tuple[int, int]],
    warnings: dict[uuid.UUID, list[RoleWarning]],
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
    return [
        UnitRow(*by_id[uid][:6], *totals[uid], warnings=tuple(warnings.get(uid, ())))  # type: ignore[misc]
        for uid in ordered
    ]
