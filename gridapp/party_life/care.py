"""People's state of mind and hardship care (思想动态与帮扶, seed 004): each person's file of dated notes by their
guardian (包保党员), and hardship cases with a plan of dated steps (脱困时间表), progress notes and a closure
confirmed case by case (对账销户); the open cases of a unit for the monthly analysis.

Privacy (PIPL): a person's file — the notes and the cases — is read only by the person's guardian and by whoever
holds ``Right.CARE_READ`` over the person's home unit (the grid leader, the branch secretary). Every read of a file
or of a unit's cases is audited (``care.read_file`` / ``care.read_cases``), a refused one too. The notes travel to
the plant only (``gridapp.sync.tables.TO_PLANT_ONLY``). Nothing here exports them.

Closure (对账销户): the case's steps must all be done, and the closure is confirmed by someone holding CARE_READ
over the person's unit who did not open the case — the guardian who opened it is never the one who signs it off.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.models import Guardianship, Person
from gridapp.org.queries import UnitIndex
from gridapp.party_life.kinds import PartyLifeRefused, Refusal
from gridapp.party_life.models import CareCase, CareNote, CareProgress, CareStep, live
from gridapp.security.kinds import AuditResult
from gridapp.security.rights import AccessDenied, Right, may, plant_today


@dataclass(frozen=True, slots=True)
class CareNoteRow:
    id: uuid.UUID
    written_on: dt.date
    author_id: uuid.UUID
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class CareStepRow:
    id: uuid.UUID
    position: int
    action: str
    due_on: dt.date
    done_on: dt.date | None
    done_note: str
    overdue: bool  # not done and its day has passed (as of the day the row was read)


@dataclass(frozen=True, slots=True)
class CareProgressRow:
    id: uuid.UUID
    written_on: dt.date
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: uuid.UUID
    person_id: uuid.UUID
    person: str
    employee_no: str
    unit: str  # the person's home unit
    guardians: str  # the person's guardians today, "、"-joined
    hardship: str
    detail: str
    opened_on: dt.date
    opened_by_id: uuid.UUID
    opened_by: str
    closed_on: dt.date | None
    closed_by: str
    closing_note: str
    steps: tuple[CareStepRow, ...]
    progress: tuple[CareProgressRow, ...]

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    @property
    def overdue_steps(self) -> int:
        return sum(1 for s in self.steps if s.overdue)

    @property
    def next_due(self) -> dt.date | None:
        """The earliest day of a step not yet done."""
        return min((s.due_on for s in self.steps if s.done_on is None), default=None)


@dataclass(frozen=True, slots=True)
class CareFile:
    """A person's file (职工思想动态档案): the notes, newest first, and the hardship cases, open ones first."""

    person_id: uuid.UUID
    person: str
    employee_no: str
    unit: str
    guardians: str
    notes: tuple[CareNoteRow, ...]
    cases: tuple[CaseRow, ...]


@dataclass(frozen=True, slots=True)
class CaseDraft:
    person_id: uuid.UUID
    hardship: str
    detail: str = ""
    steps: tuple[tuple[str, dt.date], ...] = ()  # the plan (脱困时间表): (action, due day)


@dataclass(frozen=True, slots=True)
class OverdueStep:
    """A step of an open case past its day, for the alert to the person's guardian."""

    case_id: uuid.UUID
    step_id: uuid.UUID
    person: str
    unit_id: uuid.UUID  # the person's home unit
    unit: str
    action: str
    due_on: dt.date


class BadPlanLine(ValueError):
    """A line of a typed plan without a day at its start (``line`` counts from 1)."""

    def __init__(self, line: int, text: str) -> None:
        super().__init__(f"line {line}: {text}")
        self.line = line
        self.text = text


def parse_plan(text: str) -> tuple[tuple[str, dt.date], ...]:
    """A plan (脱困时间表) typed one step a line, the day first: "2025-06-30 联系工会申请补助" (also 2025/6/30,
    2025.6.30, or 2025年6月30日). Blank lines are skipped."""
    steps = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        found = _PLAN_LINE.match(line)
        if found is None:
            raise BadPlanLine(number, line)
        year, month, day, action = found.groups()
        try:
            due = dt.date(int(year), int(month), int(day))
        except ValueError:
            raise BadPlanLine(number, line) from None
        if not action.strip():
            raise BadPlanLine(number, line)
        steps.append((action.strip(), due))
    return tuple(steps)


_PLAN_LINE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?[\s,，:：、]*(.*)$")


# Columns rather than ORM objects: the plant's list builds a few thousand rows, and each object costs more than its row.
CASE_COLUMNS = (
    CareCase.id,
    CareCase.person_id,
    CareCase.hardship,
    CareCase.detail,
    CareCase.opened_on,
    CareCase.opened_by_id,
    CareCase.closed_on,
    CareCase.closed_by_id,
    CareCase.closing_note,
)


def in_force(on: dt.date) -> tuple[Any, ...]:
    """Conditions of a guardianship link in force on ``on``."""
    return (
        Guardianship.deleted_at.is_(None),
        Guardianship.starts_on <= on,
        or_(Guardianship.ends_on.is_(None), Guardianship.ends_on >= on),
    )


def guardian_ids(session: Session, person_id: uuid.UUID, on: dt.date) -> list[uuid.UUID]:
    """The person's guardians (包保党员) whose link is in force on ``on``."""
    return list(
        session.scalars(
            select(Guardianship.guardian_id).where(
                Guardianship.ward_id == person_id,
                *in_force(on),
            )
        )
    )


class CareService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = plant_today) -> None:
        self._db = db
        self._today = today

    # who reads

    def _may_read(self, s: Session, actor: Actor | None, person: Person) -> bool:
        if actor is None:
            return False
        if actor.person_id is not None and actor.person_id in guardian_ids(s, person.id, self._today()):
            return True
        return may(s, actor, Right.CARE_READ, person.home_unit_id)

    def may_read(self, actor: Actor | None, person_id: uuid.UUID) -> bool:
        """Whether ``actor`` may open ``person_id``'s file (asking is not a read: nothing is audited)."""
        with self._db.read() as s:
            person = s.get(Person, person_id)
            return person is not None and self._may_read(s, actor, person)

    def is_guardian(self, actor: Actor | None, person_id: uuid.UUID) -> bool:
        """Whether ``actor`` is ``person_id``'s guardian today (and so writes the notes of their file)."""
        if actor is None or actor.person_id is None:
            return False
        with self._db.read() as s:
            return actor.person_id in guardian_ids(s, person_id, self._today())

    def _refuse_read(self, actor: Actor, action: str, person: Person | None, unit_id: uuid.UUID | None) -> None:
        target = _target(person) if person else ("unit", str(unit_id or ""), "", unit_id)
        self._db.audit_event(actor, action, AuditResult.DENIED, {"refused": f"right:{Right.CARE_READ.value}"}, target)
        raise AccessDenied(Right.CARE_READ, person.home_unit_id if person else unit_id)

    # reading

    def person_file(self, actor: Actor, person_id: uuid.UUID) -> CareFile:
        """``person_id``'s file; the read is audited, and a refused one too."""
        today = self._today()
        with self._db.read() as s:
            person = live(s, Person, person_id)
            allowed = self._may_read(s, actor, person)
            if allowed:
                index = UnitIndex(s)
                names = _names(s, [person.id])
                notes = tuple(
                    CareNoteRow(n.id, n.written_on, n.author_id, _name(s, names, n.author_id), n.text)
                    for n in s.scalars(
                        select(CareNote)
                        .where(CareNote.person_id == person.id, CareNote.deleted_at.is_(None))
                        .order_by(CareNote.written_on.desc(), CareNote.created_at.desc())
                    )
                )
                cases = s.execute(
                    select(*CASE_COLUMNS)
                    .where(CareCase.person_id == person.id, CareCase.deleted_at.is_(None))
                    .order_by(CareCase.closed_on.is_not(None), CareCase.opened_on.desc())
                ).all()
                guardians = self._guardian_names(s, [person.id], today)
                rows = _case_rows(s, cases, index, guardians, today)
                file = CareFile(
                    person.id,
                    person.name,
                    person.employee_no,
                    index.name.get(person.home_unit_id, ""),
                    guardians.get(person.id, ""),
                    notes,
                    tuple(rows),
                )
        if not allowed:
            self._refuse_read(actor, "care.read_file", person, None)
        self._db.audit_event(
            actor, "care.read_file", detail={"notes": len(notes), "cases": len(rows)}, target=_target(person)
        )
        return file

    def cases(self, actor: Actor, unit_id: uuid.UUID, open_only: bool = True) -> list[CaseRow]:
        """The hardship cases of people of ``unit_id``'s subtree (open ones only, by default) for the monthly
        analysis: all of them for a holder of CARE_READ over the unit; for a guardian, those of their wards. The
        read is audited. Without their progress notes (a case's person's file has them)."""
        today = self._today()
        with self._db.read() as s:
            index = UnitIndex(s)
            if unit_id not in index:
                return []
            whole = may(s, actor, Right.CARE_READ, unit_id)
            query = (
                select(*CASE_COLUMNS)
                .join(Person, Person.id == CareCase.person_id)
                .where(CareCase.deleted_at.is_(None), Person.home_unit_id.in_(index.descendants(unit_id)))
                .order_by(CareCase.opened_on, Person.name_pinyin)
            )
            if open_only:
                query = query.where(CareCase.closed_on.is_(None))
            if not whole:
                if actor.person_id is None:
                    return []
                wards = select(Guardianship.ward_id).where(
                    Guardianship.guardian_id == actor.person_id,
                    Guardianship.ward_id.is_not(None),
                    *in_force(today),
                )
                query = query.where(CareCase.person_id.in_(wards))
            found = s.connection().execute(query).all()  # Core rows: the ORM's per-row work costs more than the query
            guardians = self._guardian_names(s, list({c.person_id for c in found}), today)
            rows = _case_rows(s, found, index, guardians, today, with_progress=False)
        if rows or whole:
            detail = {
                "unit": str(unit_id),
                "cases": len(rows),
                "open_only": open_only,
                "as": "unit" if whole else "guardian",
            }
            self._db.audit_event(actor, "care.read_cases", detail=detail, target=("unit", str(unit_id), "", unit_id))
        return rows

    def overdue_for(self, guardian_id: uuid.UUID, today: dt.date | None = None) -> list[OverdueStep]:
        """Steps past their day in open cases of ``guardian_id``'s wards (the alert to the guardian)."""
        today = today or self._today()
        with self._db.read() as s:
            index = UnitIndex(s)
            wards = select(Guardianship.ward_id).where(
                Guardianship.guardian_id == guardian_id,
                *in_force(today),
            )
            rows = s.execute(
                select(CareStep.id, CareCase.id, Person.name, Person.home_unit_id, CareStep.action, CareStep.due_on)
                .join(CareCase, CareCase.id == CareStep.case_id)
                .join(Person, Person.id == CareCase.person_id)
                .where(
                    CareCase.person_id.in_(wards),
                    CareCase.deleted_at.is_(None),
                    CareCase.closed_on.is_(None),
                    CareStep.deleted_at.is_(None),
                    CareStep.done_on.is_(None),
                    CareStep.due_on < today,
                )
                .order_by(CareStep.due_on)
            ).all()
            return [
                OverdueStep(case, step, name, home, index.name.get(home, ""), action, due)
                for step, case, name, home, action, due in rows
            ]

    # writing

    def write_note(self, actor: Actor, person_id: uuid.UUID, text: str, written_on: dt.date | None = None) -> uuid.UUID:
        """A note in ``person_id``'s file, by the acting person, who must be the person's guardian today."""
        day = written_on or self._today()
        if not text.strip():
            raise PartyLifeRefused(Refusal.TEXT_REQUIRED)
        if day > self._today():
            raise PartyLifeRefused(Refusal.FUTURE_DATE)
        with self._db.write(actor) as s:
            person = live(s, Person, person_id)
            if actor.person_id is None or actor.person_id not in guardian_ids(s, person.id, self._today()):
                raise PartyLifeRefused(Refusal.NOT_GUARDIAN)
            note = CareNote(
                id=uuid.uuid4(), person_id=person.id, author_id=actor.person_id, written_on=day, text=text.strip()
            )
            s.add(note)
            s.flush()
            return note.id

    def open_case(self, actor: Actor, draft: CaseDraft) -> uuid.UUID:
        """Open a hardship case with its plan; by the person's guardian or a holder of CARE_READ over their unit."""
        if not draft.hardship.strip() or any(not action.strip() for action, _due in draft.steps):
            raise PartyLifeRefused(Refusal.TEXT_REQUIRED)
        if actor.person_id is None:
            raise AccessDenied(Right.CARE_READ)
        with self._db.write(actor) as s:
            person = live(s, Person, draft.person_id)
            self._require_reader(s, actor, person)
            case = CareCase(
                id=uuid.uuid4(),
                person_id=person.id,
                hardship=draft.hardship.strip(),
                detail=draft.detail.strip(),
                opened_on=self._today(),
                opened_by_id=actor.person_id,
            )
            s.add(case)
            for position, (action, due) in enumerate(draft.steps):
                s.add(CareStep(case_id=case.id, position=position, action=action.strip(), due_on=due))
            s.flush()
            return case.id

    def add_step(self, actor: Actor, case_id: uuid.UUID, action: str, due_on: dt.date) -> uuid.UUID:
        if not action.strip():
            raise PartyLifeRefused(Refusal.TEXT_REQUIRED)
        with self._db.write(actor) as s:
            case = self._open_case_for(s, actor, case_id)
            last = max((st.position for st in _steps(s, case.id)), default=-1)
            step = CareStep(id=uuid.uuid4(), case_id=case.id, position=last + 1, action=action.strip(), due_on=due_on)
            s.add(step)
            s.flush()
            return step.id

    def step_done(self, actor: Actor, step_id: uuid.UUID, note: str = "", done_on: dt.date | None = None) -> None:
        day = done_on or self._today()
        if day > self._today():
            raise PartyLifeRefused(Refusal.FUTURE_DATE)
        with self._db.write(actor) as s:
            step = live(s, CareStep, step_id)
            self._open_case_for(s, actor, step.case_id)
            step.done_on, step.done_note = day, note.strip()

    def add_progress(self, actor: Actor, case_id: uuid.UUID, text: str) -> uuid.UUID:
        if not text.strip():
            raise PartyLifeRefused(Refusal.TEXT_REQUIRED)
        if actor.person_id is None:
            raise AccessDenied(Right.CARE_READ)
        with self._db.write(actor) as s:
            case = self._open_case_for(s, actor, case_id)
            note = CareProgress(
                id=uuid.uuid4(), case_id=case.id, author_id=actor.person_id, written_on=self._today(), text=text.strip()
            )
            s.add(note)
            s.flush()
            return note.id

    def close_case(self, actor: Actor, case_id: uuid.UUID, note: str = "") -> None:
        """对账销户: every step done, confirmed by a holder of CARE_READ over the person's unit other than the opener."""
        with self._db.write(actor) as s:
            case = self._open_case_for(s, actor, case_id)
            person = live(s, Person, case.person_id)
            if not may(s, actor, Right.CARE_READ, person.home_unit_id):
                raise AccessDenied(Right.CARE_READ, person.home_unit_id)
            if actor.person_id == case.opened_by_id:
                raise PartyLifeRefused(Refusal.SAME_CONFIRMER)
            if any(st.done_on is None for st in _steps(s, case.id)):
                raise PartyLifeRefused(Refusal.STEPS_OPEN)
            case.closed_on, case.closed_by_id, case.closing_note = self._today(), actor.person_id, note.strip()

    # helpers

    def _require_reader(self, s: Session, actor: Actor, person: Person) -> None:
        if not self._may_read(s, actor, person):
            raise AccessDenied(Right.CARE_READ, person.home_unit_id)

    def _open_case_for(self, s: Session, actor: Actor, case_id: uuid.UUID) -> CareCase:
        case = live(s, CareCase, case_id)
        self._require_reader(s, actor, live(s, Person, case.person_id))
        if case.closed_on is not None:
            raise PartyLifeRefused(Refusal.CASE_CLOSED)
        return case

    def _guardian_names(self, s: Session, people: list[uuid.UUID], on: dt.date) -> dict[uuid.UUID, str]:
        if not people:
            return {}
        found: dict[uuid.UUID, list[str]] = {}
        for ward, name in s.execute(
            select(Guardianship.ward_id, Person.name)
            .join(Person, Person.id == Guardianship.guardian_id)
            .where(
                Guardianship.ward_id.in_(people),
                *in_force(on),
            )
            .order_by(Person.name_pinyin)
        ):
            found.setdefault(ward, []).append(name)
        return {ward: "、".join(names) for ward, names in found.items()}


def _target(person: Person) -> tuple[str, str, str, uuid.UUID | None]:
    return ("person", str(person.id), person.employee_no, person.home_unit_id)


def _steps(s: Session, case_id: uuid.UUID) -> list[CareStep]:
    return list(
        s.scalars(
            select(CareStep)
            .where(CareStep.case_id == case_id, CareStep.deleted_at.is_(None))
            .order_by(CareStep.position, CareStep.due_on)
        )
    )


def _names(s: Session, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {pid: name for pid, name in s.execute(select(Person.id, Person.name).where(Person.id.in_(wanted)))}


def _name(s: Session, names: dict[uuid.UUID, str], person_id: uuid.UUID | None) -> str:
    if person_id is None:
        return ""
    if person_id not in names:
        names.update(_names(s, [person_id]))
    return names.get(person_id, "")


def _case_rows(
    s: Session,
    cases: Iterable[Any],
    index: UnitIndex,
    guardians: dict[uuid.UUID, str],
    today: dt.date,
    with_progress: bool = True,
) -> list[CaseRow]:
    """CaseRows of ``cases`` (rows of CASE_COLUMNS) with their steps, and their progress notes if asked."""
    cases = list(cases)
    if not cases:
        return []
    ids = [c.id for c in cases]
    steps: dict[uuid.UUID, list[CareStepRow]] = {}
    core = s.connection()
    for st in core.execute(
        select(
            CareStep.id,
            CareStep.case_id,
            CareStep.position,
            CareStep.action,
            CareStep.due_on,
            CareStep.done_on,
            CareStep.done_note,
        )
        .where(CareStep.case_id.in_(ids), CareStep.deleted_at.is_(None))
        .order_by(CareStep.position, CareStep.due_on)
    ):
        overdue = st.done_on is None and st.due_on < today
        steps.setdefault(st.case_id, []).append(
            CareStepRow(st.id, st.position, st.action, st.due_on, st.done_on, st.done_note, overdue)
        )
    progress_rows = (
        []
        if not with_progress
        else core.execute(
            select(
                CareProgress.id,
                CareProgress.case_id,
                CareProgress.author_id,
                CareProgress.written_on,
                CareProgress.text,
            )
            .where(CareProgress.case_id.in_(ids), CareProgress.deleted_at.is_(None))
            .order_by(CareProgress.written_on.desc(), CareProgress.created_at.desc())
        ).all()
    )
    wanted = select(Person.id, Person.name, Person.employee_no, Person.home_unit_id)
    people = {p.id: p for p in core.execute(wanted.where(Person.id.in_({c.person_id for c in cases})))}
    names = _names(
        s,
        [c.opened_by_id for c in cases] + [c.closed_by_id for c in cases] + [p.author_id for p in progress_rows],
    )
    progress: dict[uuid.UUID, list[CareProgressRow]] = {}
    for p in progress_rows:
        progress.setdefault(p.case_id, []).append(
            CareProgressRow(p.id, p.written_on, names.get(p.author_id, ""), p.text)
        )
    rows = []
    for c in cases:
        person = people[c.person_id]
        rows.append(
            CaseRow(
                c.id,
                person.id,
                person.name,
                person.employee_no,
                index.name.get(person.home_unit_id, ""),
                guardians.get(person.id, ""),
                c.hardship,
                c.detail,
                c.opened_on,
                c.opened_by_id,
                names.get(c.opened_by_id, ""),
                c.closed_on,
                names.get(c.closed_by_id, "") if c.closed_by_id else "",
                c.closing_note,
                tuple(steps.get(c.id, ())),
                tuple(progress.get(c.id, ())),
            )
        )
    return rows
