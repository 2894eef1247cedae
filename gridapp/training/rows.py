"""What training hands the UI and the prints: plain frozen rows, never live ORM objects."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from gridapp.training.kinds import RequirementPeriod, SignInProblem, TrainingKind


@dataclass(frozen=True, slots=True)
class ClassroomRow:
    id: uuid.UUID
    code: str
    name: str
    in_use: bool
    position: int


@dataclass(frozen=True, slots=True)
class ClassroomDraft:
    code: str
    name: str
    in_use: bool = True


@dataclass(frozen=True, slots=True)
class Trainee:
    """A person of the unit, as the session's list and the sign-in sheet show them."""

    person_id: uuid.UUID
    name: str
    employee_no: str
    unit: str  # the home unit's name


@dataclass(frozen=True, slots=True)
class SessionDraft:
    unit_id: uuid.UUID
    kind: TrainingKind
    classroom_id: uuid.UUID
    topic: str
    teacher: str
    held_on: dt.date
    hours: float
    attendees: tuple[uuid.UUID, ...] = ()
    place: str = ""
    id: uuid.UUID | None = None  # None: a new session


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: uuid.UUID
    unit_id: uuid.UUID
    unit: str
    kind: TrainingKind
    classroom_id: uuid.UUID
    classroom: str
    topic: str
    teacher: str
    held_on: dt.date
    hours: float
    place: str
    attendees: int


@dataclass(frozen=True, slots=True)
class SessionDetail:
    session: SessionRow
    attendees: tuple[Trainee, ...]


@dataclass(frozen=True, slots=True)
class Requirement:
    """The hours of ``kind`` required per ``period`` of each person of ``unit_id`` (set there or above it)."""

    kind: TrainingKind
    period: RequirementPeriod
    hours: float
    set_at: uuid.UUID  # the unit whose setting applies
    set_at_name: str


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One person of the training matrix: hours by kind in the span, and the kinds where they are short."""

    person_key: str  # the person's id as 32 hex digits (made into a UUID when asked: 10,000 rows a matrix)
    name: str
    employee_no: str
    unit: str
    hours: tuple[float, ...]  # in TrainingKind order
    required: tuple[float | None, ...]  # None: no requirement for the kind

    @property
    def person_id(self) -> uuid.UUID:
        return uuid.UUID(self.person_key)

    @property
    def total(self) -> float:
        return sum(self.hours)

    def short(self, index: int) -> float:
        """Hours missing for the kind at ``index`` (0 when met or not required)."""
        need = self.required[index]
        return max(0.0, round(need - self.hours[index], 2)) if need is not None else 0.0

    @property
    def is_short(self) -> bool:
        return any(self.short(i) > 0 for i in range(len(self.hours)))


@dataclass(frozen=True, slots=True)
class Shortfall:
    person_key: str  # 32 hex digits
    name: str
    unit: str
    kind: TrainingKind
    hours: float
    required: float

    @property
    def person_id(self) -> uuid.UUID:
        return uuid.UUID(self.person_key)

    @property
    def missing(self) -> float:
        return round(self.required - self.hours, 2)


@dataclass(frozen=True, slots=True)
class TrainingMatrix:
    """People × kinds of a unit's subtree over ``first``..``last``, with what each person owes."""

    first: dt.date
    last: dt.date
    kinds: tuple[TrainingKind, ...]
    rows: tuple[MatrixRow, ...]

    @property
    def shortfalls(self) -> list[Shortfall]:
        out = []
        add = out.append
        kinds = self.kinds
        for row in self.rows:
            for kind, need, hours in zip(kinds, row.required, row.hours, strict=True):
                if need is not None and need > hours and round(need - hours, 2) > 0:
                    add(Shortfall(row.person_key, row.name, row.unit, kind, hours, need))
        return out

    def totals(self) -> tuple[float, ...]:
        return tuple(round(sum(r.hours[i] for r in self.rows), 2) for i in range(len(self.kinds)))


@dataclass(frozen=True, slots=True)
class SignInRow:
    """One row of a sign-in sheet: the name written, who it matched, or why it matched nobody."""

    line: int
    name: str
    unit: str
    signed_at: str
    person_id: uuid.UUID | None
    matched: str  # the person as the app knows them: 姓名（单位）
    problem: SignInProblem | None
    candidates: tuple[str, ...] = ()  # for an ambiguous name: each person it could be

    @property
    def blocking(self) -> bool:
        return self.problem is not None and self.problem not in (SignInProblem.TWICE, SignInProblem.NOT_SIGNED)


@dataclass(frozen=True, slots=True)
class SignInPreview:
    rows: tuple[SignInRow, ...]

    @property
    def people(self) -> tuple[uuid.UUID, ...]:
        return tuple(dict.fromkeys(r.person_id for r in self.rows if r.person_id is not None and r.problem is None))

    @property
    def errors(self) -> tuple[SignInRow, ...]:
        return tuple(r for r in self.rows if r.blocking)
