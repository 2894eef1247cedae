"""Changing people: add, edit, move between units, leave (ending their roles and links) and come back; posts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.models import Area, Guardianship, Person, Post, RoleAssignment, Unit
from gridapp.org.normalize import clean_text
from gridapp.org.pinyin import name_keys
from gridapp.org.queries import UnitIndex, person_query, person_row, today
from gridapp.org.rows import LeftRecord, PeopleMove, PersonDetail, PersonFields, PostRow
from gridapp.org.tree import require_units

NAME_LIMIT = 40
NUMBER_LIMIT = 32


class PeopleService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add_person(self, actor: Actor, fields: PersonFields) -> uuid.UUID:
        with self._db.write(actor) as s:
            require_units(s, actor, fields.home_unit_id)
            person = Person(id=uuid.uuid4())
            apply_fields(s, person, fields)
            s.add(person)
            if fields.left_on is not None:
                s.flush()
                leave(s, person, fields.left_on)
            return person.id

    def fields(self, person_id: uuid.UUID) -> PersonFields:
        with self._db.read() as s:
            return _fields(_live(s, person_id))

    def update_person(self, actor: Actor, person_id: uuid.UUID, fields: PersonFields) -> PersonFields:
        """Change a person's details (not whether they left: see ``mark_left``); returns them as they were."""
        with self._db.write(actor) as s:
            person = _live(s, person_id)
            require_units(s, actor, person.home_unit_id, fields.home_unit_id)
            before = _fields(person)
            apply_fields(s, person, dataclasses.replace(fields, left_on=person.left_on))
            return before

    def move_people(self, actor: Actor, person_ids: list[uuid.UUID], unit_id: uuid.UUID) -> PeopleMove:
        """Give people a new home unit; a post that does not belong above the new unit is cleared."""
        with self._db.write(actor) as s:
            unit = s.get(Unit, unit_id)
            if unit is None or unit.deleted_at is not None:
                raise OrgError(OrgProblem.NOT_FOUND)
            index = UnitIndex(s)
            reachable = set(index.ancestors(unit_id))
            before = []
            for person_id in person_ids:
                person = _live(s, person_id)
                require_units(s, actor, person.home_unit_id, unit_id)
                before.append((person.id, person.home_unit_id, person.post_id))
                person.home_unit_id = unit_id
                if person.post_id is not None:
                    post = s.get(Post, person.post_id)
                    if post is None or post.unit_id not in reachable:
                        person.post_id = None
            return PeopleMove(tuple(before))

    def place_people(self, actor: Actor, move: PeopleMove) -> None:
        """Put people back where a ``move_people`` found them (undo)."""
        with self._db.write(actor) as s:
            for person_id, unit_id, post_id in move.before:
                person = _live(s, person_id)
                require_units(s, actor, person.home_unit_id, unit_id)
                unit = s.get(Unit, unit_id)
                if unit is None or unit.deleted_at is not None:
                    raise OrgError(OrgProblem.NOT_FOUND)
                person.home_unit_id, person.post_id = unit_id, post_id

    def mark_left(self, actor: Actor, person_id: uuid.UUID, left_on: dt.date) -> LeftRecord:
        """The person left on ``left_on``: their roles and guardianship links end that day, their areas are freed."""
        with self._db.write(actor) as s:
            person = _live(s, person_id)
            require_units(s, actor, person.home_unit_id)
            if person.left_on is not None:
                raise OrgError(OrgProblem.PERSON_HAS_LEFT, name=person.name)
            return leave(s, person, left_on)

    def undo_left(self, actor: Actor, record: LeftRecord) -> None:
        """Reverse ``mark_left``: the person is back with the roles, links and areas it ended."""
        with self._db.write(actor) as s:
            person = _live(s, record.person_id)
            require_units(s, actor, person.home_unit_id)
            person.left_on = record.left_on_before
            for model, pairs in ((RoleAssignment, record.ended_roles), (Guardianship, record.ended_links)):
                for row_id, ends_on in pairs:
                    row = s.get(model, row_id)
                    if row is not None:
                        row.ends_on = ends_on
            for area_id in record.released_areas:
                area = s.get(Area, area_id)
                if area is not None and area.claimer_id is None:
                    area.claimer_id = person.id

    def return_to_work(self, actor: Actor, person_id: uuid.UUID) -> dt.date | None:
        """A person who left is active again (roles and links are assigned anew); returns the date they had left."""
        with self._db.write(actor) as s:
            person = _live(s, person_id)
            require_units(s, actor, person.home_unit_id)
            before = person.left_on
            person.left_on = None
            return before

    def set_left_on(self, actor: Actor, person_id: uuid.UUID, left_on: dt.date | None) -> None:
        with self._db.write(actor) as s:
            person = _live(s, person_id)
            require_units(s, actor, person.home_unit_id)
            person.left_on = left_on

    def delete_person(self, actor: Actor, person_id: uuid.UUID) -> None:
        """Remove a person entered by mistake; anyone with roles or links leaves instead (history is kept)."""
        with self._db.write(actor) as s:
            person = _live(s, person_id)
            require_units(s, actor, person.home_unit_id)
            history = s.scalar(
                select(func.count())
                .select_from(RoleAssignment)
                .where(RoleAssignment.person_id == person_id, RoleAssignment.deleted_at.is_(None))
            ) or s.scalar(
                select(func.count())
                .select_from(Guardianship)
                .where(
                    Guardianship.deleted_at.is_(None),
                    (Guardianship.guardian_id == person_id) | (Guardianship.ward_id == person_id),
                )
            )
            claims = s.scalar(
                select(func.count()).select_from(Area).where(Area.claimer_id == person_id, Area.deleted_at.is_(None))
            )
            if history or claims:
                raise OrgError(OrgProblem.PERSON_HAS_HISTORY, name=person.name)
            person.mark_deleted()

    def restore_person(self, actor: Actor, person_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            person = s.get(Person, person_id)
            if person is None:
                raise OrgError(OrgProblem.NOT_FOUND)
            require_units(s, actor, person.home_unit_id)
            _check_number_free(s, person.employee_no, person.id, OrgProblem.RESTORE_CONFLICT)
            person.deleted_at = None

    # posts

    def posts(self, unit_id: uuid.UUID) -> list[PostRow]:
        """The posts a person of ``unit_id`` can hold: those of the unit and of every unit above it."""
        with self._db.read() as s:
            index = UnitIndex(s)
            chain = index.ancestors(unit_id)
            rows = s.execute(
                select(Post.id, Post.unit_id, Post.name)
                .where(Post.deleted_at.is_(None), Post.unit_id.in_(chain))
                .order_by(Post.position, Post.name)
            ).all()
        depth = {u: i for i, u in enumerate(chain)}
        rows = sorted(rows, key=lambda r: depth[r[1]])
        return [PostRow(r[0], r[1], index.name[r[1]], r[2]) for r in rows]

    def add_post(self, actor: Actor, unit_id: uuid.UUID, name: str) -> uuid.UUID:
        clean = clean_text(name).value
        if not clean:
            raise OrgError(OrgProblem.NAME_REQUIRED)
        if len(clean) > 80:
            raise OrgError(OrgProblem.NAME_TOO_LONG, limit=80)
        with self._db.write(actor) as s:
            require_units(s, actor, unit_id)
            existing = s.scalar(
                select(Post.id).where(Post.unit_id == unit_id, Post.name == clean, Post.deleted_at.is_(None))
            )
            if existing is not None:
                return existing
            position = s.scalar(select(func.count()).select_from(Post).where(Post.unit_id == unit_id)) or 0
            post = Post(id=uuid.uuid4(), unit_id=unit_id, name=clean, position=position)
            s.add(post)
            return post.id

    # reading

    def detail(self, person_id: uuid.UUID) -> PersonDetail | None:
        from gridapp.org.areas import area_rows
        from gridapp.org.guardianship import link_rows
        from gridapp.org.roles import RoleService

        with self._db.read() as s:
            row = s.execute(person_query().where(Person.id == person_id)).first()
            if row is None:
                return None
            person = person_row(row)
            path = UnitIndex(s).path(person.unit_id)
            day = today()
            guardians = link_rows(s, Guardianship.ward_id == person_id, day)
            wards = link_rows(s, Guardianship.guardian_id == person_id, day)
            areas = area_rows(s, Area.claimer_id == person_id)
        roles = RoleService(self._db).history(person_id=person_id)
        roles.sort(key=lambda a: a.starts_on, reverse=True)
        return PersonDetail(person, path, tuple(roles), tuple(guardians), tuple(wards), tuple(areas))


def apply_fields(session: Session, person: Person, fields: PersonFields) -> None:
    """Check and set everything of ``fields`` on ``person`` (its ``left_on`` included as given)."""
    name = clean_text(fields.name).value
    number = clean_text(fields.employee_no, code=True).value
    if not name:
        raise OrgError(OrgProblem.NAME_REQUIRED)
    if len(name) > NAME_LIMIT:
        raise OrgError(OrgProblem.NAME_TOO_LONG, limit=NAME_LIMIT)
    if not number:
        raise OrgError(OrgProblem.EMPLOYEE_NO_REQUIRED)
    if len(number) > NUMBER_LIMIT:
        raise OrgError(OrgProblem.NAME_TOO_LONG, limit=NUMBER_LIMIT)
    if number.lower() != (person.employee_no or "").lower():
        _check_number_free(session, number, person.id)
    unit = session.get(Unit, fields.home_unit_id)
    if unit is None or unit.deleted_at is not None:
        raise OrgError(OrgProblem.NOT_FOUND)
    if fields.post_id is not None:
        post = session.get(Post, fields.post_id)
        if post is None or post.deleted_at is not None:
            raise OrgError(OrgProblem.NOT_FOUND)
        if post.unit_id not in UnitIndex(session).ancestors(fields.home_unit_id):
            raise OrgError(OrgProblem.POST_NOT_IN_UNIT, post=post.name)
    phone = clean_text(fields.phone, code=True).value
    if len(phone) > NUMBER_LIMIT:
        raise OrgError(OrgProblem.NAME_TOO_LONG, limit=NUMBER_LIMIT)
    if name != person.name or not person.name_pinyin:
        person.name_pinyin, person.name_initials = name_keys(name)
    person.name = name
    person.employee_no = number
    person.gender = fields.gender
    person.home_unit_id = fields.home_unit_id
    person.post_id = fields.post_id
    person.phone = phone or None
    person.party_status = fields.party_status
    person.left_on = fields.left_on


def leave(session: Session, person: Person, day: dt.date) -> LeftRecord:
    """``person`` left on ``day``: roles and links still open then end that day; claimed areas become unclaimed."""
    from gridapp.security.accounts import disable_for_person

    before = person.left_on
    person.left_on = day
    disable_for_person(session, person.id)
    ended_roles = []
    for assignment in session.scalars(
        select(RoleAssignment).where(
            RoleAssignment.person_id == person.id,
            RoleAssignment.deleted_at.is_(None),
            RoleAssignment.ends_on.is_(None) | (RoleAssignment.ends_on > day),
        )
    ):
        ended_roles.append((assignment.id, assignment.ends_on))
        assignment.ends_on = max(assignment.starts_on, day)
    ended_links = []
    for link in session.scalars(
        select(Guardianship).where(
            (Guardianship.guardian_id == person.id) | (Guardianship.ward_id == person.id),
            Guardianship.deleted_at.is_(None),
            Guardianship.ends_on.is_(None) | (Guardianship.ends_on > day),
        )
    ):
        ended_links.append((link.id, link.ends_on))
        link.ends_on = max(link.starts_on, day)
    released = []
    for area in session.scalars(select(Area).where(Area.claimer_id == person.id, Area.deleted_at.is_(None))):
        released.append(area.id)
        area.claimer_id = None
    return LeftRecord(person.id, before, tuple(ended_roles), tuple(ended_links), tuple(released))


def _live(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise OrgError(OrgProblem.NOT_FOUND)
    return person


def _check_number_free(
    session: Session, number: str, person_id: uuid.UUID | None, problem: OrgProblem = OrgProblem.EMPLOYEE_NO_TAKEN
) -> None:
    query = select(Person.name).where(Person.deleted_at.is_(None), func.lower(Person.employee_no) == number.lower())
    if person_id is not None:
        query = query.where(Person.id != person_id)
    holder = session.scalar(query.limit(1))
    if holder is not None:
        raise OrgError(problem, employee_no=number, name=holder)


def _fields(person: Person) -> PersonFields:
    return PersonFields(
        name=person.name,
        employee_no=person.employee_no,
        home_unit_id=person.home_unit_id,
        party_status=person.party_status,
        gender=person.gender,
        post_id=person.post_id,
        phone=person.phone or "",
        left_on=person.left_on,
    )
