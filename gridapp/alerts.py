"""Alerts (提醒): what newly needs the logged-in person, derived from their to-do, with read marks per person.

Alerts are computed from the data each time (``gridapp.todo`` decides what the person may see), so they survive a
restart and follow changes made on other PCs. An alert's key names the situation (kind, item, and the moment it
began: an assignment, an escalation, a deadline): when the situation changes the key changes and the alert is
unread again. Read marks are rows of ``alert_read`` written through ``Database.write`` like every other change.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import Mapped, mapped_column

from gridapp.actor import Actor
from gridapp.db.base import Base, Tracked, unique_while_live

if TYPE_CHECKING:
    from gridapp.services import Services


class AlertKind(enum.StrEnum):
    """What an alert is about; each can be switched off in the settings."""

    ASSIGNED = "assigned"  # an issue to work on (as assignee or lead)
    ESCALATED = "escalated"  # an issue escalated to a unit they manage or serve
    DUE = "due"  # something of theirs due soon or overdue
    VERIFY = "verify"  # an issue rectified, waiting for their verification
    ROUND = "round"  # a round they answer for, due today or missed
    HOLD_REVIEW = "hold_review"  # an issue held on the register (挂账) whose review date has come
    MEETING = "meeting"  # a required meeting of a unit they lead missed in its last period (组织生活)
    CARE = "care"  # a step of a ward's hardship plan past its day (脱困时间表), to the guardian
    PROJECT = "project"  # a milestone of a tackling project (攻关项目) past its day, to the project's leader


class Reason(enum.StrEnum):
    ASSIGNED = "assigned"
    ESCALATED = "escalated"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    VERIFY = "verify"
    ROUND_DUE = "round_due"
    ROUND_MISSED = "round_missed"
    HOLD_REVIEW = "hold_review"
    MEETING_MISSED = "meeting_missed"
    CARE_STEP_OVERDUE = "care_step_overdue"
    MILESTONE_OVERDUE = "milestone_overdue"


KIND_OF = {Reason.ASSIGNED: AlertKind.ASSIGNED, Reason.ESCALATED: AlertKind.ESCALATED,
           Reason.DUE_SOON: AlertKind.DUE, Reason.OVERDUE: AlertKind.DUE, Reason.VERIFY: AlertKind.VERIFY,
           Reason.ROUND_DUE: AlertKind.ROUND, Reason.ROUND_MISSED: AlertKind.ROUND, Reason.HOLD_REVIEW: AlertKind.HOLD_REVIEW,
           Reason.MEETING_MISSED: AlertKind.MEETING, Reason.CARE_STEP_OVERDUE: AlertKind.CARE,
           Reason.MILESTONE_OVERDUE: AlertKind.PROJECT}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert; ``id`` is the issue's, the round's document's, (a missed meeting, a ward's overdue care step)
    the unit's or (an overdue milestone) the project's; ``at`` when the situation began."""

    key: str
    reason: Reason
    id: uuid.UUID
    number: str  # the issue's number; "" for a round
    title: str
    unit: str
    at: dt.datetime
    read: bool = False
    person: str = ""  # a round's named responsible person

    @property
    def kind(self) -> AlertKind:
        return KIND_OF[self.reason]

    @property
    def is_issue(self) -> bool:
        return self.kind not in (AlertKind.ROUND, AlertKind.MEETING, AlertKind.CARE, AlertKind.PROJECT)


class AlertRead(Tracked, Base):
    """A person has seen one alert (by its key); a changed situation has a new key and so is unread again."""

    __tablename__ = "alert_read"
    __table_args__ = (unique_while_live("uq_alert_read_person_id_key_live", "person_id", "key"),)

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    key: Mapped[str] = mapped_column(String(120))


def alerts(services: Services, actor: Actor | None, off: Iterable[AlertKind] = ()) -> list[Alert]:
    """``actor``'s alerts, newest first, each marked read or not; none of the kinds in ``off``."""
    from gridapp.issues.models import Issue
    from gridapp.security.rights import plant_today
    from gridapp.times import plant_midnight
    from gridapp.todo import TodoKind, todo

    person = actor.person_id if actor else None
    if person is None:
        return []
    today = plant_today()
    now = services.issues.now()
    items = todo(services, actor, today).items
    issue_ids = [i.id for i in items if i.kind not in (TodoKind.ROUND, TodoKind.POINTS)]
    with services.db.read() as s:
        facts = {
            r[0]: r[1:]
            for r in s.execute(
                select(Issue.id, Issue.assigned_at, Issue.state_at, Issue.deadline_at, Issue.deadline_soon_at).where(
                    Issue.id.in_(issue_ids)
                )
            )
        }
        read = set(
            s.scalars(select(AlertRead.key).where(AlertRead.person_id == person, AlertRead.deleted_at.is_(None)))
        )
    found: list[Alert] = []

    def add(reason: Reason, item: object, stamp: dt.datetime | None) -> None:
        stamp = stamp or now
        key = f"{reason}:{item.id}:{stamp.isoformat()}"  # type: ignore[attr-defined]
        person = getattr(item, "person", "")
        if person and item.kind is TodoKind.ROUND:  # type: ignore[attr-defined]
            key = f"{key}:{item.detail}:{person}"  # type: ignore[attr-defined]  # two posts' rounds of one day
        found.append(Alert(key, reason, item.id, item.number, item.title, item.unit, stamp, key in read, person))  # type: ignore[attr-defined]

    for item in items:
        if item.kind is TodoKind.ROUND:
            if item.overdue or item.due == today:
                start = plant_midnight(item.due)  # type: ignore[arg-type]
                add(Reason.ROUND_MISSED if item.overdue else Reason.ROUND_DUE, item, start)
            continue
        if item.kind is TodoKind.REVIEW:
            # From the morning of the review day; a new review date makes a new, unread alert.
            add(Reason.HOLD_REVIEW, item, plant_midnight(item.due))  # type: ignore[arg-type]
            continue
        if item.id not in facts:
            continue
        assigned_at, state_at, deadline, soon = facts[item.id]
        if item.kind is TodoKind.WORK:
            add(Reason.ASSIGNED, item, assigned_at)
        elif item.kind is TodoKind.ESCALATED:
            add(Reason.ESCALATED, item, state_at)
        elif item.kind is TodoKind.VERIFY:
            add(Reason.VERIFY, item, state_at)
        # Partners and supervisors watch the issue; its clock is the business of those who act on it.
        if deadline is not None and item.kind is not TodoKind.INVOLVED:
            if deadline <= now:
                add(Reason.OVERDUE, item, deadline)
            elif soon is not None and soon <= now:
                add(Reason.DUE_SOON, item, soon)
    skipped = set(off)
    if AlertKind.MEETING not in skipped:
        for missed in services.party_life.meetings.missed_for(person, today):
            # The next period missed is a new, unread alert.
            key = f"{Reason.MEETING_MISSED}:{missed.unit_id}:{missed.kind_id}:{missed.period_start.isoformat()}"
            found.append(
                Alert(
                    key, Reason.MEETING_MISSED, missed.unit_id, "", missed.kind, missed.unit, missed.since, key in read
                )
            )
    if AlertKind.CARE not in skipped:
        for step in services.party_life.care.overdue_for(person, today):
            # Only the hardship's person and the step: the notes of state of mind stay in the file.
            key = f"{Reason.CARE_STEP_OVERDUE}:{step.step_id}:{step.due_on.isoformat()}"
            since = plant_midnight(step.due_on + dt.timedelta(days=1))
            title = f"{step.person} · {step.action}"
            found.append(Alert(key, Reason.CARE_STEP_OVERDUE, step.unit_id, "", title, step.unit, since, key in read))
    if AlertKind.PROJECT not in skipped:
        for late in services.projects.overdue_for(person, today):
            # A new day for the milestone is a new, unread alert.
            key = f"{Reason.MILESTONE_OVERDUE}:{late.milestone_id}:{late.due_on.isoformat()}"
            since = plant_midnight(late.due_on + dt.timedelta(days=1))
            title = f"{late.project} · {late.title}"
            found.append(
                Alert(key, Reason.MILESTONE_OVERDUE, late.project_id, late.number, title, late.unit, since, key in read)
            )
    return sorted((a for a in found if a.kind not in skipped), key=lambda a: (a.at, a.key), reverse=True)


def unread(found: Iterable[Alert]) -> list[Alert]:
    return [a for a in found if not a.read]


def mark_read(services: Services, actor: Actor, keys: Iterable[str]) -> int:
    """Marks ``keys`` read for ``actor``'s person; returns how many were unread. Nothing for a system account."""
    person = actor.person_id
    wanted = set(keys)
    if person is None or not wanted:
        return 0
    with services.db.read() as s:
        have = set(
            s.scalars(
                select(AlertRead.key).where(
                    AlertRead.person_id == person, AlertRead.key.in_(wanted), AlertRead.deleted_at.is_(None)
                )
            )
        )
    fresh = sorted(wanted - have)
    if fresh:
        with services.db.write(actor, "alerts.mark_read") as s:
            s.add_all(AlertRead(person_id=person, key=key) for key in fresh)
    return len(fresh)
