"""Shift handovers as records (交接班记录): the outgoing person writes notes and 交接事项 lines over the handover sheet
of the moment, which is kept as it was; the incoming person, logged in, acknowledges it; past handovers are looked up
and reprinted exactly as handed over."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.issues import catalogue
from gridapp.issues.clock import Clock
from gridapp.issues.errors import InputProblem, IssueInputError, Refusal, TransitionRefused
from gridapp.issues.handover import HandoverLine, HandoverNotes, HandoverSheet, handover_sheet
from gridapp.issues.kinds import Change, DueStatus, IssueState
from gridapp.issues.models import IssueHandover
from gridapp.issues.projection import text_time, time_text
from gridapp.org.models import Unit
from gridapp.security.rights import Right, require

MAX_NOTES = 4000
MAX_ITEMS = 20
MAX_ITEM = 200


@dataclass(frozen=True, slots=True)
class HandoverRecord:
    """One recorded handover (the sheet as it was handed over)."""

    id: uuid.UUID
    unit_id: uuid.UUID
    unit: str
    since: dt.datetime
    until: dt.datetime
    handed_by_id: uuid.UUID | None
    handed_by: str
    notes: str
    items: tuple[str, ...]
    acknowledged_by_id: uuid.UUID | None
    acknowledged_by: str
    acknowledged_at: dt.datetime | None
    acknowledge_note: str
    sheet: HandoverSheet

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None

    @property
    def printed_notes(self) -> HandoverNotes:
        return HandoverNotes(self.notes, self.items, self.acknowledged_by, self.acknowledged_at, self.acknowledge_note)


def _line_data(line: HandoverLine) -> list[Any]:
    return [line.number, line.title, line.unit, line.state.value, line.assignee, time_text(line.deadline),
            line.due.value, time_text(line.reported_at), line.hold_reason]  # fmt: skip


def _line(data: list[Any]) -> HandoverLine:
    deadline, reported = text_time(data[5]), text_time(data[7])
    assert reported is not None
    return HandoverLine(data[0], data[1], data[2], IssueState(data[3]), data[4], deadline, DueStatus(data[6]),
                        reported, data[8])  # fmt: skip


def sheet_data(sheet: HandoverSheet) -> dict[str, Any]:
    """The sheet as JSON, kept with the handover (a reprint shows what was handed over, not today's state)."""
    return {
        "unit": sheet.unit,
        "since": time_text(sheet.since),
        "until": time_text(sheet.until),
        "new": [_line_data(x) for x in sheet.new],
        "overdue": [_line_data(x) for x in sheet.overdue],
        "open": [_line_data(x) for x in sheet.open],
        "totals": [
            sheet.new_total,
            sheet.new_overdue,
            sheet.overdue_total,
            sheet.others_total,
            sheet.open_total,
            sheet.closed_in_shift,
        ],
    }


def sheet_from(data: dict[str, Any]) -> HandoverSheet:
    since, until = text_time(data["since"]), text_time(data["until"])
    assert since is not None and until is not None
    lines = [tuple(_line(x) for x in data[key]) for key in ("new", "overdue", "open")]
    return HandoverSheet(data["unit"], since, until, lines[0], lines[1], lines[2], *data["totals"])


def _record(row: IssueHandover, unit: str) -> HandoverRecord:
    return HandoverRecord(
        row.id, row.unit_id, unit, row.since, row.until, row.handed_by_id, row.handed_by_name, row.notes,
        tuple(row.items), row.acknowledged_by_id, row.acknowledged_by_name, row.acknowledged_at,
        row.acknowledge_note, sheet_from(row.sheet),
    )  # fmt: skip


class HandoverRecords:
    """The handover records' part of the issue service (``IssueService`` inherits it)."""

    _db: Database
    _clock: Clock

    def hand_over(self, actor: Actor, unit_id: uuid.UUID, notes: str = "", items: Sequence[str] = ()) -> uuid.UUID:
        """Record the handover of ``unit_id``'s shift now by ``actor`` (logged in): the sheet since the last recorded
        handover of the unit (or the last shift change), the notes and the 交接事项 lines (empty lines dropped)."""
        if actor.person_id is None:
            raise TransitionRefused(Change.HANDOVER, Refusal.NO_PERSON)
        notes = notes.strip()
        lines = [" ".join(item.split()) for item in items]
        lines = [line for line in lines if line]
        if len(notes) > MAX_NOTES or len(lines) > MAX_ITEMS or any(len(line) > MAX_ITEM for line in lines):
            raise IssueInputError(InputProblem.DESCRIPTION_TOO_LONG, limit=MAX_NOTES)
        now = self._clock.now()
        with self._db.write(actor) as s:
            require(s, actor, Right.SHIFT_HANDOVER, unit_id)
            calendar = catalogue.read_calendar(s)
            last = s.scalar(
                select(IssueHandover.until)
                .where(IssueHandover.unit_id == unit_id, IssueHandover.deleted_at.is_(None), IssueHandover.until <= now)
                .order_by(IssueHandover.until.desc())
                .limit(1)
            )
            since = last or calendar.last_shift_change(now)
            sheet = handover_sheet(s, unit_id, since, now)
            row = IssueHandover(
                id=uuid.uuid4(), unit_id=unit_id, since=since, until=now, handed_by_id=actor.person_id,
                handed_by_name=actor.name[:40], notes=notes, items=lines, sheet=sheet_data(sheet),
                acknowledged_by_name="", acknowledge_note="",
            )  # fmt: skip
            s.add(row)
            return row.id

    def acknowledge_handover(self, actor: Actor, handover_id: uuid.UUID, note: str = "") -> None:
        """The incoming person takes the shift over: logged in, not the outgoing person, once."""
        if actor.person_id is None:
            raise TransitionRefused(Change.HANDOVER, Refusal.NO_PERSON)
        with self._db.write(actor) as s:
            row = s.scalars(
                select(IssueHandover)
                .where(IssueHandover.id == handover_id, IssueHandover.deleted_at.is_(None))
                .with_for_update()
            ).first()
            if row is None:
                raise IssueInputError(InputProblem.ISSUE_UNKNOWN)
            require(s, actor, Right.SHIFT_HANDOVER, row.unit_id)
            if row.handed_by_id == actor.person_id:
                raise TransitionRefused(Change.HANDOVER, Refusal.SAME_PERSON)
            if row.acknowledged_at is not None:
                raise TransitionRefused(Change.HANDOVER, Refusal.WRONG_STATE)
            row.acknowledged_by_id = actor.person_id
            row.acknowledged_by_name = actor.name[:40]
            row.acknowledged_at = self._clock.now()
            row.acknowledge_note = note.strip()[:MAX_NOTES]

    def handovers(self, unit_id: uuid.UUID | None = None, limit: int = 200) -> list[HandoverRecord]:
        """Recorded handovers, newest first (of one unit, or all)."""
        with self._db.read() as s:
            query = (
                select(IssueHandover, Unit.name)
                .join(Unit, Unit.id == IssueHandover.unit_id)
                .where(IssueHandover.deleted_at.is_(None))
                .order_by(IssueHandover.until.desc(), IssueHandover.id)
                .limit(limit)
            )
            if unit_id is not None:
                query = query.where(IssueHandover.unit_id == unit_id)
            return [_record(row, unit) for row, unit in s.execute(query)]

    def handover_record(self, handover_id: uuid.UUID) -> HandoverRecord | None:
        with self._db.read() as s:
            found = s.execute(
                select(IssueHandover, Unit.name)
                .join(Unit, Unit.id == IssueHandover.unit_id)
                .where(IssueHandover.id == handover_id, IssueHandover.deleted_at.is_(None))
            ).first()
            return _record(found[0], found[1]) if found else None
