"""Training (三学四课堂), as the UI and the tests reach it (``services.training``): the catalogue of classrooms,
recording sessions with their attendees (ticked, or imported from a signed sheet), the units' required hours, each
person's hours by kind in a period, and the training matrix with who is short."""

from __future__ import annotations

import datetime as dt
import gc
import json
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import String, cast, func, select, true, type_coerce
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.io.tables import Table
from gridapp.org.models import Person, Unit
from gridapp.org.queries import UnitIndex
from gridapp.paths import CATALOGUES
from gridapp.security.rights import Right, plant_root, plant_today, require
from gridapp.training import tallies
from gridapp.training.kinds import Refusal, RequirementPeriod, TrainingKind, TrainingRefused
from gridapp.training.models import (
    TrainingAttendance,
    TrainingClassroom,
    TrainingRequirement,
    TrainingSession,
    live,
)
from gridapp.training.rows import (
    ClassroomDraft,
    ClassroomRow,
    MatrixRow,
    Requirement,
    SessionDetail,
    SessionDraft,
    SessionRow,
    SignInPreview,
    Trainee,
    TrainingMatrix,
)
from gridapp.training.sign_in import match_sign_in

SHIPPED = CATALOGUES / "training_classrooms.json"
KINDS = tuple(TrainingKind)
MAX_SESSION_HOURS = 24.0
MAX_REQUIRED_HOURS = 1000.0
FEW_PEOPLE = 2000  # up to so many people a matrix looks up their own tallies; more, it reads the period's


def months_between(first: dt.date, last: dt.date) -> float:
    """How many months ``first``..``last`` spans, counting a part month by its days (a quarter is 3.0)."""
    months = 0.0
    day = first.replace(day=1)
    while day <= last:
        following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        month_days = (following - day).days
        start, end = max(day, first), min(following - dt.timedelta(days=1), last)
        months += ((end - start).days + 1) / month_days
        day = following
    return months


def _hex(s: Session, column: Any) -> Any:
    """``column`` (a UUID) as 32 hex digits, made by the database: SQLite stores it so, PostgreSQL writes dashes."""
    if s.get_bind().dialect.name == "sqlite":
        return type_coerce(column, String)
    return func.replace(cast(column, String), "-", "")


def _id_text(value: object) -> str:
    """A UUID as 32 hex digits, whether the driver gave it as text (SQLite) or as a UUID (PostgreSQL)."""
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "").lower()


def _classroom_row(c: TrainingClassroom) -> ClassroomRow:
    return ClassroomRow(c.id, c.code, c.name, c.in_use, c.position)


def _people(session: Session, units: Iterable[uuid.UUID], on: dt.date, index: UnitIndex) -> list[Trainee]:
    query = (
        select(Person.id, Person.name, Person.employee_no, Person.home_unit_id)
        .where(
            Person.home_unit_id.in_(list(units)),
            Person.deleted_at.is_(None),
            Person.left_on.is_(None) | (Person.left_on > on),
        )
        .order_by(Person.name_pinyin, Person.employee_no)
    )
    return [Trainee(pid, name, no, index.name.get(home, "")) for pid, name, no, home in session.execute(query)]


def _check_hours(hours: float, most: float) -> float:
    if not 0 < hours <= most:
        raise TrainingRefused(Refusal.BAD_HOURS, hours=hours)
    return round(hours, 2)


def install_classrooms(s: Session) -> bool:
    """Add the shipped classrooms when the catalogue is empty; True if any was added."""
    if s.scalar(select(TrainingClassroom.id).limit(1)) is not None:
        return False
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    for position, entry in enumerate(data["classrooms"]):
        s.add(TrainingClassroom(code=entry["code"], name=entry["name"], position=position))
    s.flush()
    return True


class TrainingService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = plant_today) -> None:
        self._db = db
        self._today = today

    # the catalogue of classrooms

    def ensure_classrooms(self, actor: Actor) -> bool:
        """Install the shipped classrooms the first time training is used; True if anything was added. Once a site
        has classrooms its catalogue is its own: one it deleted does not come back."""
        with self._db.read() as s:
            if s.scalar(select(TrainingClassroom.id).limit(1)) is not None:
                return False
        with self._db.write(actor) as s:
            return install_classrooms(s)

    def classrooms(self, in_use_only: bool = False) -> list[ClassroomRow]:
        with self._db.read() as s:
            query = (
                select(TrainingClassroom)
                .where(TrainingClassroom.deleted_at.is_(None))
                .order_by(TrainingClassroom.position, TrainingClassroom.code)
            )
            if in_use_only:
                query = query.where(TrainingClassroom.in_use.is_(True))
            return [_classroom_row(c) for c in s.scalars(query)]

    def save_classroom(
        self, actor: Actor, draft: ClassroomDraft, classroom_id: uuid.UUID | None = None
    ) -> ClassroomRow:
        """Add a classroom (``classroom_id`` None) or change one; the catalogue is plant-wide."""
        code, name = draft.code.strip(), draft.name.strip()
        if not code or not name:
            raise TrainingRefused(Refusal.NAME_REQUIRED)
        with self._db.write(actor) as s:
            require(s, actor, Right.TRAINING_SETTINGS, plant_root(s))
            taken = s.scalar(
                select(TrainingClassroom.id).where(
                    TrainingClassroom.code == code,
                    TrainingClassroom.deleted_at.is_(None),
                    TrainingClassroom.id != classroom_id,
                )
            )
            if taken is not None:
                raise TrainingRefused(Refusal.DUPLICATE_CODE, code=code)
            if classroom_id is None:
                last = s.scalar(
                    select(func.max(TrainingClassroom.position)).where(TrainingClassroom.deleted_at.is_(None))
                )
                classroom = TrainingClassroom(id=uuid.uuid4(), position=(last or 0) + 1)
                s.add(classroom)
            else:
                classroom = live(s, TrainingClassroom, classroom_id)
            classroom.code, classroom.name, classroom.in_use = code, name, draft.in_use
            s.flush()
            return _classroom_row(classroom)

    def delete_classroom(self, actor: Actor, classroom_id: uuid.UUID) -> None:
        """Only a classroom never used; one with sessions is switched off instead (its sessions keep it)."""
        with self._db.write(actor) as s:
            require(s, actor, Right.TRAINING_SETTINGS, plant_root(s))
            classroom = live(s, TrainingClassroom, classroom_id)
            used = s.scalar(
                select(TrainingSession.id)
                .where(TrainingSession.classroom_id == classroom_id, TrainingSession.deleted_at.is_(None))
                .limit(1)
            )
            if used is not None:
                raise TrainingRefused(Refusal.CLASSROOM_IN_USE, classroom=classroom.name)
            classroom.mark_deleted()

    # sessions

    def people(self, unit_id: uuid.UUID, on: dt.date | None = None) -> list[Trainee]:
        """The active people of ``unit_id`` and the units below it: who a session of the unit may tick."""
        with self._db.read() as s:
            index = UnitIndex(s)
            if unit_id not in index:
                return []
            return _people(s, index.descendants(unit_id), on or self._today(), index)

    def record(self, actor: Actor, draft: SessionDraft) -> uuid.UUID:
        """Record a session (or change the session ``draft.id``) with who attended."""
        topic = draft.topic.strip()
        if not topic:
            raise TrainingRefused(Refusal.NAME_REQUIRED)
        if draft.held_on > self._today():
            raise TrainingRefused(Refusal.FUTURE_DATE)
        hours = _check_hours(draft.hours, MAX_SESSION_HOURS)
        with self._db.write(actor) as s:
            require(s, actor, Right.TRAINING_RECORD, draft.unit_id)
            live(s, Unit, draft.unit_id)
            live(s, TrainingClassroom, draft.classroom_id)
            if draft.id is None:
                row = TrainingSession(id=uuid.uuid4())
                s.add(row)
            else:
                row = live(s, TrainingSession, draft.id)
                require(s, actor, Right.TRAINING_RECORD, row.unit_id)
            row.unit_id, row.kind, row.classroom_id = draft.unit_id, draft.kind, draft.classroom_id
            row.topic, row.teacher, row.place = topic, draft.teacher.strip(), draft.place.strip()
            row.held_on, row.hours = draft.held_on, hours
            s.flush()
            self._set_attendees(s, row, draft.attendees, replace=True)
            return row.id

    def add_attendees(self, actor: Actor, session_id: uuid.UUID, people: Iterable[uuid.UUID], action: str = "") -> int:
        """Add people to a session (a signed sheet's names); those already on it stay. How many were added."""
        with self._db.write(actor, action) as s:
            row = live(s, TrainingSession, session_id)
            require(s, actor, Right.TRAINING_RECORD, row.unit_id)
            return self._set_attendees(s, row, tuple(people), replace=False)

    def _set_attendees(self, s: Session, row: TrainingSession, people: tuple[uuid.UUID, ...], replace: bool) -> int:
        index = UnitIndex(s)
        allowed = set(index.descendants(row.unit_id))
        wanted = list(dict.fromkeys(people))
        homes = dict(
            s.execute(
                select(Person.id, Person.home_unit_id).where(Person.id.in_(wanted), Person.deleted_at.is_(None))
            ).all()
        )
        for person_id in wanted:
            if person_id not in homes:
                raise TrainingRefused(Refusal.UNKNOWN)
            if homes[person_id] not in allowed:
                raise TrainingRefused(Refusal.NOT_IN_UNIT, person=str(person_id))
        before = {
            a.person_id: a
            for a in s.scalars(
                select(TrainingAttendance).where(
                    TrainingAttendance.session_id == row.id, TrainingAttendance.deleted_at.is_(None)
                )
            )
        }
        if replace:
            keep = set(wanted)
            for person_id, mark in before.items():
                if person_id not in keep:
                    mark.mark_deleted()
        added = 0
        for person_id in wanted:
            if person_id not in before:
                s.add(TrainingAttendance(session_id=row.id, person_id=person_id))
                added += 1
        s.flush()
        return added

    def delete(self, actor: Actor, session_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            row = live(s, TrainingSession, session_id)
            require(s, actor, Right.TRAINING_RECORD, row.unit_id)
            for mark in s.scalars(
                select(TrainingAttendance).where(
                    TrainingAttendance.session_id == session_id, TrainingAttendance.deleted_at.is_(None)
                )
            ):
                mark.mark_deleted()
            row.mark_deleted()

    def sessions(self, unit_id: uuid.UUID, first: dt.date, last: dt.date) -> list[SessionRow]:
        """Sessions held by ``unit_id`` and the units below it within ``first``..``last``, newest first."""
        with self._db.read() as s:
            index = UnitIndex(s)
            units = index.descendants(unit_id) if unit_id in index else []
            return _session_rows(s, (TrainingSession.unit_id.in_(units), TrainingSession.held_on.between(first, last)))

    def detail(self, session_id: uuid.UUID) -> SessionDetail:
        with self._db.read() as s:
            live(s, TrainingSession, session_id)
            row = _session_rows(s, (TrainingSession.id == session_id,))[0]
            index = UnitIndex(s)
            people = s.execute(
                select(Person.id, Person.name, Person.employee_no, Person.home_unit_id)
                .join(TrainingAttendance, TrainingAttendance.person_id == Person.id)
                .where(TrainingAttendance.session_id == session_id, TrainingAttendance.deleted_at.is_(None))
                .order_by(Person.name_pinyin, Person.employee_no)
            ).all()
            return SessionDetail(row, tuple(Trainee(p, n, no, index.name.get(h, "")) for p, n, no, h in people))

    def unit_path(self, unit_id: uuid.UUID) -> str:
        with self._db.read() as s:
            index = UnitIndex(s)
            return index.path(unit_id) if unit_id in index else ""

    # the signed sheet

    def match_sign_in(self, session_id: uuid.UUID, table: Table) -> SignInPreview:
        """What importing ``table`` into the session would do: each row's person, or why it names nobody."""
        with self._db.read() as s:
            row = live(s, TrainingSession, session_id)
            index = UnitIndex(s)
            people = _people(s, index.descendants(row.unit_id), row.held_on, index)
            homes = dict(
                s.execute(
                    select(Person.id, Person.home_unit_id).where(Person.id.in_([p.person_id for p in people]))
                ).all()
            )
            paths = {pid: index.path(home) for pid, home in homes.items()}
        return match_sign_in(table, people, paths)

    def import_sign_in(self, actor: Actor, session_id: uuid.UUID, table: Table) -> int:
        """Add the sheet's people to the session, all or nothing: refused while any row names nobody."""
        preview = self.match_sign_in(session_id, table)
        if preview.errors:
            raise TrainingRefused(Refusal.SIGN_IN_PROBLEMS, rows=len(preview.errors))
        return self.add_attendees(actor, session_id, preview.people, "TrainingService.import_sign_in")

    # required hours

    def requirements(self, unit_id: uuid.UUID) -> list[Requirement]:
        """What applies to ``unit_id``'s people per kind: its own setting, else the nearest unit's above it."""
        with self._db.read() as s:
            index = UnitIndex(s)
            return list(_requirements(s, index, [unit_id]).get(unit_id, {}).values())

    def set_requirement(
        self, actor: Actor, unit_id: uuid.UUID, kind: TrainingKind, period: RequirementPeriod, hours: float | None
    ) -> None:
        """Set the hours of ``kind`` each person of ``unit_id`` owes per ``period``; None drops the unit's own
        setting (the unit above then applies)."""
        if hours is not None and not 0 <= hours <= MAX_REQUIRED_HOURS:
            raise TrainingRefused(Refusal.BAD_HOURS, hours=hours)
        with self._db.write(actor) as s:
            require(s, actor, Right.TRAINING_SETTINGS, unit_id)
            live(s, Unit, unit_id)
            row = s.scalar(
                select(TrainingRequirement).where(
                    TrainingRequirement.unit_id == unit_id,
                    TrainingRequirement.kind == kind,
                    TrainingRequirement.deleted_at.is_(None),
                )
            )
            if hours is None:
                if row is not None:
                    row.mark_deleted()
                return
            if row is None:
                row = TrainingRequirement(unit_id=unit_id, kind=kind)
                s.add(row)
            row.period, row.hours = period, round(hours, 2)

    # hours and the matrix

    def matrix(self, unit_id: uuid.UUID, first: dt.date, last: dt.date) -> TrainingMatrix:
        """Every active person of ``unit_id``'s subtree × the three kinds: hours attended within ``first``..``last``
        and the hours their unit requires for that span (pro rata by month)."""
        # 10,000 rows made at once start the collector's full pass over every object of the app (≈ 50 ms at
        # times, as much as the rest of the read); it runs after the matrix is made instead.
        paused = gc.isenabled()
        gc.disable()
        try:
            return self._matrix(unit_id, first, last)
        finally:
            if paused:
                gc.enable()

    def _matrix(self, unit_id: uuid.UUID, first: dt.date, last: dt.date) -> TrainingMatrix:
        span = months_between(first, last)
        with self._db.read() as s:
            index = UnitIndex(s)
            if unit_id not in index:
                return TrainingMatrix(first, last, KINDS, ())
            units = index.descendants(unit_id)
            people = (
                s.connection()
                .execute(
                    select(_hex(s, Person.id), Person.name, Person.employee_no, _hex(s, Person.home_unit_id))
                    .where(
                        # the whole plant needs no list of its units (a tenth of the query's time at 10,000 people)
                        Person.home_unit_id.in_(units) if len(units) < len(index.name) else true(),
                        Person.deleted_at.is_(None),
                        Person.left_on.is_(None) | (Person.left_on > first),
                    )
                    .order_by(Person.name_pinyin, Person.employee_no)
                )
                .all()
            )
            # a grid or a team reads its own people's tallies by the tallies' key; more, the period's tallies
            hours = tallies.hundredths(s, first, last, units if len(people) <= FEW_PEOPLE else None)
            required = _requirements(s, index, units)
        name_of = index.name
        home_of: dict[str, tuple[str, tuple[float | None, ...]]] = {}  # a unit's 32 hex digits: its name and needs
        for unit in units:
            needs = required.get(unit, {})
            home_of[unit.hex] = (
                name_of[unit],
                tuple(round(needs[k].hours * span / needs[k].period.months, 2) if k in needs else None for k in KINDS),
            )
        lead, joint, special = (hours[k.value] for k in KINDS)
        nothing = 0
        rows = []
        add = rows.append
        for key, name, no, home_text in people:
            unit_name, need = home_of[home_text]
            got = (lead.get(key, nothing) / 100, joint.get(key, nothing) / 100, special.get(key, nothing) / 100)
            add(MatrixRow(key, name, no, unit_name, got, need))
        return TrainingMatrix(first, last, KINDS, tuple(rows))

    def person_hours(self, person_id: uuid.UUID, first: dt.date, last: dt.date) -> dict[TrainingKind, float]:
        """One person's hours by kind within ``first``..``last``."""
        with self._db.read() as s:
            rows = s.execute(
                select(TrainingSession.kind, func.sum(TrainingSession.hours))
                .join(TrainingAttendance, TrainingAttendance.session_id == TrainingSession.id)
                .where(
                    TrainingAttendance.person_id == person_id,
                    TrainingAttendance.deleted_at.is_(None),
                    TrainingSession.deleted_at.is_(None),
                    TrainingSession.held_on.between(first, last),
                )
                .group_by(TrainingSession.kind)
            ).all()
        got = {k: 0.0 for k in KINDS}
        got.update({TrainingKind(k): round(h, 2) for k, h in rows})
        return got


def _requirements(
    s: Session, index: UnitIndex, units: list[uuid.UUID]
) -> dict[uuid.UUID, dict[TrainingKind, Requirement]]:
    """The requirement that applies to each of ``units`` per kind: the unit's own, else the nearest above."""
    own: dict[uuid.UUID, dict[TrainingKind, tuple[RequirementPeriod, float]]] = {}
    for unit, kind, period, hours in s.execute(
        select(
            TrainingRequirement.unit_id, TrainingRequirement.kind, TrainingRequirement.period, TrainingRequirement.hours
        ).where(TrainingRequirement.deleted_at.is_(None))
    ):
        own.setdefault(unit, {})[kind] = (period, hours)
    out: dict[uuid.UUID, dict[TrainingKind, Requirement]] = {}
    if not own:
        return out
    for unit in units:
        if unit not in index:
            continue
        found: dict[TrainingKind, Requirement] = {}
        for above in index.ancestors(unit):  # nearest first
            for kind, (period, hours) in own.get(above, {}).items():
                if kind not in found:
                    found[kind] = Requirement(kind, period, hours, above, index.name[above])
        out[unit] = found
    return out


def _session_rows(s: Session, conditions: tuple[Any, ...]) -> list[SessionRow]:
    counts = (
        select(TrainingAttendance.session_id.label("session_id"), func.count().label("n"))
        .where(TrainingAttendance.deleted_at.is_(None))
        .group_by(TrainingAttendance.session_id)
        .subquery()
    )
    query = (
        select(TrainingSession, Unit.name, TrainingClassroom.name, counts.c.n)
        .join(Unit, Unit.id == TrainingSession.unit_id)
        .join(TrainingClassroom, TrainingClassroom.id == TrainingSession.classroom_id)
        .outerjoin(counts, counts.c.session_id == TrainingSession.id)
        .where(TrainingSession.deleted_at.is_(None), *conditions)
        .order_by(TrainingSession.held_on.desc(), TrainingSession.topic)
    )
    return [
        SessionRow(
            t.id, t.unit_id, unit, t.kind, t.classroom_id, room, t.topic, t.teacher, t.held_on, t.hours, t.place, n or 0
        )
        for t, unit, room, n in s.execute(query)
    ]
