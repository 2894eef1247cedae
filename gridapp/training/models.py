"""Training's tables: the catalogue of classrooms, sessions, who attended each, and the units' required hours."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TypeVar

from sqlalchemy import Float, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, Session, mapped_column

from gridapp.db.base import Base, Tracked, code_enum, unique_while_live
from gridapp.training.kinds import Refusal, RequirementPeriod, TrainingKind, TrainingRefused

T = TypeVar("T")


class TrainingClassroom(Tracked, Base):
    """An entry of the site's catalogue of classrooms (四课堂: 实践课堂, 骨干课堂, 夜校云课堂, 导师课堂)."""

    __tablename__ = "training_classroom"
    __table_args__ = (unique_while_live("uq_training_classroom_code_live", "code"),)

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(60))
    in_use: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)


class TrainingSession(Tracked, Base):
    """One training session held by a unit: kind (领学 / 联学 / 专学), classroom, topic, teacher, day and hours."""

    __tablename__ = "training_session"
    # the matrix reads a period's sessions with their kind and hours from the index alone
    __table_args__ = (Index("ix_training_session_held_on_kind_hours", "held_on", "kind", "hours"),)

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    kind: Mapped[TrainingKind] = mapped_column(code_enum(TrainingKind))
    classroom_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_classroom.id"), index=True)
    topic: Mapped[str] = mapped_column(String(200))
    teacher: Mapped[str] = mapped_column(String(60), default="")
    held_on: Mapped[dt.date]
    hours: Mapped[float] = mapped_column(Float)
    place: Mapped[str] = mapped_column(String(80), default="")


class TrainingAttendance(Tracked, Base):
    """One person present at a session (ticked, or matched from the signed sheet)."""

    __tablename__ = "training_attendance"
    __table_args__ = (
        unique_while_live("uq_training_attendance_session_id_person_id_live", "session_id", "person_id"),
        Index("ix_training_attendance_person_id", "person_id"),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_session.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))


class TrainingRequirement(Tracked, Base):
    """The hours of one kind a unit requires of each of its people per period; a unit without its own takes the
    nearest unit above that has one."""

    __tablename__ = "training_requirement"
    __table_args__ = (unique_while_live("uq_training_requirement_unit_id_kind_live", "unit_id", "kind"),)

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    kind: Mapped[TrainingKind] = mapped_column(code_enum(TrainingKind))
    period: Mapped[RequirementPeriod] = mapped_column(code_enum(RequirementPeriod))
    hours: Mapped[float] = mapped_column(Float)


class TrainingTally(Base):
    """Derived: a person's hours (in hundredths) and sessions of one kind in one year, quarter or month (the
    scoring periods' keys: "Y2025", "Q2025-2", "M2025-04"), so that a matrix of the plant for a year reads one row
    per person and kind instead of every attendance of the year.

    Kept by database triggers on ``training_attendance`` and ``training_session`` (migration 0026) in the
    transaction of every change, whoever makes it. Not synced: each database keeps its own, and
    ``gridapp.training.tallies.rebuild`` recomputes it from the attendance."""

    __tablename__ = "training_tally"
    __table_args__ = {"sqlite_with_rowid": False}

    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    kind: Mapped[TrainingKind] = mapped_column(code_enum(TrainingKind), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    centihours: Mapped[int]
    sessions: Mapped[int]


def live(session: Session, model: type[T], row_id: uuid.UUID | None) -> T:
    """The live row ``row_id`` of ``model``; refused as unknown when missing or tombstoned."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is None or row.deleted_at is not None:  # type: ignore[attr-defined]
        raise TrainingRefused(Refusal.UNKNOWN)
    return row
