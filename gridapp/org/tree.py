"""Changing the unit tree: add, edit, move, delete (only when empty, or after moving its people elsewhere), restore.

Every change returns what undo needs to reverse it; the UI's undo stack calls the reverse operation.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import UnitKind
from gridapp.org.models import Area, Person, Post, RoleAssignment, Unit
from gridapp.org.normalize import clean_text
from gridapp.org.queries import UnitIndex, today
from gridapp.org.rows import DeletedUnit, UnitContents
from gridapp.security.rights import Right, require

NAME_LIMIT = 80
CODE_LIMIT = 40


def require_units(s: Session, actor: Actor, *unit_ids: uuid.UUID | None) -> None:
    """UNIT_TREE over every unit a change of the organisation touches: where a thing was and where it goes
    (no unit at all: the first plant of an empty database, for the system administrator)."""
    for unit_id in dict.fromkeys(u for u in unit_ids if u is not None) or (None,):
        require(s, actor, Right.UNIT_TREE, unit_id)


class UnitTree:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add_unit(
        self,
        actor: Actor,
        parent_id: uuid.UUID | None,
        kind: UnitKind,
        name: str,
        code: str,
        position: int | None = None,
    ) -> uuid.UUID:
        """A new unit under ``parent_id`` (at ``position`` among its siblings, last by default)."""
        name, code = _clean_name(name), _clean_code(code)
        with self._db.write(actor) as s:
            require_units(s, actor, parent_id)
            _check_place(s, kind, parent_id)
            _check_code_free(s, code)
            unit = Unit(id=uuid.uuid4(), parent_id=parent_id, kind=kind, name=name, code=code, position=10**6)
            s.add(unit)
            s.flush()
            _place(s, unit, parent_id, position)
            return unit.id

    def update_unit(
        self, actor: Actor, unit_id: uuid.UUID, name: str, kind: UnitKind, code: str
    ) -> tuple[str, UnitKind, str]:
        """Rename, re-kind or re-code a unit; returns (name, kind, code) as they were."""
        name, code = _clean_name(name), _clean_code(code)
        with self._db.write(actor) as s:
            require_units(s, actor, unit_id)
            unit = _live(s, unit_id)
            before = (unit.name, unit.kind, unit.code)
            if (kind == UnitKind.PLANT) != (unit.kind == UnitKind.PLANT):
                raise OrgError(OrgProblem.PLANT_EXISTS if kind == UnitKind.PLANT else OrgProblem.PARENT_REQUIRED)
            if code.lower() != unit.code.lower():
                _check_code_free(s, code, except_id=unit.id)
            unit.name, unit.kind, unit.code = name, kind, code
            return before

    def move_unit(
        self, actor: Actor, unit_id: uuid.UUID, parent_id: uuid.UUID, position: int | None = None
    ) -> tuple[uuid.UUID | None, int]:
        """Put a unit (with everything below it) under ``parent_id`` at ``position``; returns where it was."""
        with self._db.write(actor) as s:
            require_units(s, actor, unit_id, parent_id)
            unit = _live(s, unit_id)
            if unit.kind == UnitKind.PLANT or unit.parent_id is None:
                raise OrgError(OrgProblem.PLANT_CANNOT_MOVE)
            _live(s, parent_id)
            index = UnitIndex(s)
            if unit_id in index.ancestors(parent_id):
                raise OrgError(OrgProblem.MOVE_INTO_ITSELF)
            before = (unit.parent_id, _siblings(s, unit.parent_id).index(unit))
            _place(s, unit, parent_id, position)
            return before

    def contents(self, unit_id: uuid.UUID) -> UnitContents:
        with self._db.read() as s:
            return _contents(s, unit_id, today())

    def delete_unit(
        self, actor: Actor, unit_id: uuid.UUID, reassign_to: uuid.UUID | None = None, on: dt.date | None = None
    ) -> DeletedUnit:
        """Delete a unit without child units. Its people, posts and areas must first go elsewhere: ``reassign_to``
        moves them in the same transaction. Roles held in the unit end on ``on`` (today)."""
        day = on or today()
        with self._db.write(actor) as s:
            require_units(s, actor, unit_id, reassign_to)
            unit = _live(s, unit_id)
            contents = _contents(s, unit_id, day)
            if contents.children:
                raise OrgError(OrgProblem.UNIT_HAS_CHILDREN, count=contents.children)
            if unit.parent_id is None:
                raise OrgError(OrgProblem.PLANT_CANNOT_MOVE)
            if contents.movable and reassign_to is None:
                raise OrgError(
                    OrgProblem.UNIT_NOT_EMPTY, people=contents.people, posts=contents.posts, areas=contents.areas
                )
            moved: dict[str, tuple[uuid.UUID, ...]] = {"people": (), "posts": (), "areas": ()}
            if reassign_to is not None and contents.movable:
                if reassign_to == unit_id:
                    raise OrgError(OrgProblem.REASSIGN_INTO_ITSELF)
                _live(s, reassign_to)
                for key, model, column in (
                    ("people", Person, Person.home_unit_id),
                    ("posts", Post, Post.unit_id),
                    ("areas", Area, Area.unit_id),
                ):
                    rows = list(s.scalars(select(model).where(column == unit_id, model.deleted_at.is_(None))))
                    for row in rows:
                        setattr(row, column.key, reassign_to)
                    moved[key] = tuple(r.id for r in rows)
            ended = []
            for assignment in s.scalars(
                select(RoleAssignment).where(
                    RoleAssignment.unit_id == unit_id,
                    RoleAssignment.deleted_at.is_(None),
                    RoleAssignment.ends_on.is_(None) | (RoleAssignment.ends_on > day),
                )
            ):
                ended.append((assignment.id, assignment.ends_on))
                assignment.ends_on = max(assignment.starts_on, day)
            unit.mark_deleted()
            return DeletedUnit(unit_id, reassign_to, moved["people"], moved["posts"], moved["areas"], tuple(ended))

    def restore_unit(self, actor: Actor, record: DeletedUnit) -> None:
        """Undo a deletion: the unit comes back with the people, posts, areas and roles it had."""
        with self._db.write(actor) as s:
            require_units(s, actor, record.unit_id, record.reassigned_to)
            unit = s.get(Unit, record.unit_id)
            if unit is None:
                raise OrgError(OrgProblem.NOT_FOUND)
            if unit.parent_id is not None:
                _live(s, unit.parent_id)
            _check_code_free(s, unit.code, except_id=unit.id, problem=OrgProblem.RESTORE_CONFLICT)
            unit.deleted_at = None
            for model, ids, column in (
                (Person, record.people, "home_unit_id"),
                (Post, record.posts, "unit_id"),
                (Area, record.areas, "unit_id"),
            ):
                for row in s.scalars(select(model).where(model.id.in_(ids))) if ids else ():
                    if getattr(row, column) == record.reassigned_to:  # unless moved on since
                        setattr(row, column, unit.id)
            for assignment_id, ends_on in record.ended_roles:
                assignment = s.get(RoleAssignment, assignment_id)
                if assignment is not None:
                    assignment.ends_on = ends_on

    def suggest_code(self, parent_id: uuid.UUID | None) -> str:
        """The next free code below a parent, following its pattern (DH-W → DH-W-06)."""
        with self._db.read() as s:
            if parent_id is None:
                return ""
            parent = s.get(Unit, parent_id)
            if parent is None:
                return ""
            prefix = parent.code + "-"
            taken = {c.lower() for c in s.scalars(select(Unit.code).where(Unit.deleted_at.is_(None)))}
            numbers = [
                (int(m.group(1)), len(m.group(1)))
                for code in s.scalars(select(Unit.code).where(Unit.parent_id == parent_id, Unit.deleted_at.is_(None)))
                if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", code))
            ]
        width = max((w for _, w in numbers), default=2)
        number = max((n for n, _ in numbers), default=0) + 1
        while (candidate := f"{prefix}{number:0{width}d}").lower() in taken:
            number += 1
        return candidate


def _clean_name(name: str) -> str:
    clean = clean_text(name).value
    if not clean:
        raise OrgError(OrgProblem.NAME_REQUIRED)
    if len(clean) > NAME_LIMIT:
        raise OrgError(OrgProblem.NAME_TOO_LONG, limit=NAME_LIMIT)
    return clean


def _clean_code(code: str) -> str:
    clean = clean_text(code, code=True).value
    if not clean:
        raise OrgError(OrgProblem.CODE_REQUIRED)
    if len(clean) > CODE_LIMIT:
        raise OrgError(OrgProblem.NAME_TOO_LONG, limit=CODE_LIMIT)
    return clean


def _live(session: Session, unit_id: uuid.UUID) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None or unit.deleted_at is not None:
        raise OrgError(OrgProblem.NOT_FOUND)
    return unit


def _check_place(session: Session, kind: UnitKind, parent_id: uuid.UUID | None) -> None:
    if kind == UnitKind.PLANT:
        if parent_id is not None or session.scalar(
            select(Unit.id).where(Unit.deleted_at.is_(None), Unit.parent_id.is_(None)).limit(1)
        ):
            raise OrgError(OrgProblem.PLANT_EXISTS)
        return
    if parent_id is None:
        raise OrgError(OrgProblem.PARENT_REQUIRED)
    _live(session, parent_id)


def _check_code_free(
    session: Session, code: str, except_id: uuid.UUID | None = None, problem: OrgProblem = OrgProblem.CODE_TAKEN
) -> None:
    """Codes are unique in the plant, compared without regard to case (DH-W and dh-w are the same grid)."""
    query = select(Unit.name).where(Unit.deleted_at.is_(None), func.lower(Unit.code) == code.lower())
    if except_id is not None:
        query = query.where(Unit.id != except_id)
    holder = session.scalar(query.limit(1))
    if holder is not None:
        raise OrgError(problem, code=code, unit=holder)


def _siblings(session: Session, parent_id: uuid.UUID | None) -> list[Unit]:
    return list(
        session.scalars(
            select(Unit)
            .where(Unit.deleted_at.is_(None), Unit.parent_id == parent_id if parent_id else Unit.parent_id.is_(None))
            .order_by(Unit.position, Unit.name)
        )
    )


def _place(session: Session, unit: Unit, parent_id: uuid.UUID | None, position: int | None) -> None:
    """Put ``unit`` at ``position`` among ``parent_id``'s children and number both sibling lists 0, 1, 2…"""
    old_parent = unit.parent_id
    old = [u for u in _siblings(session, old_parent) if u is not unit]
    unit.parent_id = parent_id
    new = old if old_parent == parent_id else [u for u in _siblings(session, parent_id) if u is not unit]
    at = len(new) if position is None else max(0, min(position, len(new)))
    new.insert(at, unit)
    for i, sibling in enumerate(new):
        if sibling.position != i:
            sibling.position = i
    if old_parent != parent_id:
        for i, sibling in enumerate(old):
            if sibling.position != i:
                sibling.position = i


def _contents(session: Session, unit_id: uuid.UUID, day: dt.date) -> UnitContents:
    def count(query: Any) -> int:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0

    return UnitContents(
        children=count(select(Unit.id).where(Unit.parent_id == unit_id, Unit.deleted_at.is_(None))),
        people=count(select(Person.id).where(Person.home_unit_id == unit_id, Person.deleted_at.is_(None))),
        posts=count(select(Post.id).where(Post.unit_id == unit_id, Post.deleted_at.is_(None))),
        areas=count(select(Area.id).where(Area.unit_id == unit_id, Area.deleted_at.is_(None))),
        active_roles=count(
            select(RoleAssignment.id).where(
                RoleAssignment.unit_id == unit_id,
                RoleAssignment.deleted_at.is_(None),
                RoleAssignment.ends_on.is_(None) | (RoleAssignment.ends_on >= day),
            )
        ),
    )
