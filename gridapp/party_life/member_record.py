"""A party member's yearly record of organisation life (个人组织生活记录), for the 民主评议 review: every meeting they
were marked at (present, or absent and why), their talks counted per quarter with the 1+N links they covered, the
suggestions they submitted and how many were adopted, and the weekly zone reports they filed or missed.

Talk summaries are personal information (PIPL): the record carries them only when the one asking gives a reason,
and then only those they may read; the reason, with how many summaries went out, is written to the audit trail
(``talk.export_summaries``) — never exported in bulk without a reason recorded.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.kinds import PartyStatus, UnitKind
from gridapp.org.models import Guardianship, Person, Unit
from gridapp.org.queries import UnitIndex
from gridapp.party_life.kinds import Attendance, SuggestionState, TalkKind
from gridapp.party_life.models import (
    Meeting,
    MeetingAttendance,
    MeetingKind,
    Suggestion,
    Talk,
    TalkNote,
    ZoneReport,
    live,
)
from gridapp.party_life.talks import may_read, quarter_span
from gridapp.party_life.zone_reports import week_of
from gridapp.security.rights import plant_today

ADOPTED = (SuggestionState.ADOPTED, SuggestionState.DONE)
EXPORT_ACTION = "talk.export_summaries"


@dataclass(frozen=True, slots=True)
class RecordMeeting:
    held_on: dt.date
    kind: str
    unit: str
    topic: str
    attendance: Attendance
    note: str


@dataclass(frozen=True, slots=True)
class QuarterTalks:
    """One quarter of the member's talks: how many they held, and of their 1+N links in force, how many talked."""

    quarter: int
    started: bool  # False: the quarter lies after today
    talks: int
    links: int
    covered: int


@dataclass(frozen=True, slots=True)
class RecordTalk:
    """A talk with its summary: only in a record printed with a reason (and only one the printer may read)."""

    held_on: dt.date
    kind: TalkKind
    person: str
    summary: str
    follow_up: str


@dataclass(frozen=True, slots=True)
class RecordSuggestion:
    submitted_on: dt.date
    title: str
    state: SuggestionState


@dataclass(frozen=True, slots=True)
class MemberRecord:
    person_id: uuid.UUID
    name: str
    employee_no: str
    party_status: PartyStatus
    unit: str  # the home unit's path
    year: int
    meetings: tuple[RecordMeeting, ...]
    quarters: tuple[QuarterTalks, ...]
    suggestions: tuple[RecordSuggestion, ...]
    zones: tuple[str, ...]  # the responsibility zones the member reports on
    weeks_due: tuple[dt.date, ...]  # Mondays of the ended weeks of the year (none without a zone)
    weeks_filed: tuple[dt.date, ...]
    summaries: tuple[RecordTalk, ...] = ()
    summaries_reason: str = ""  # empty: the record holds no summaries

    @property
    def present(self) -> int:
        return sum(1 for m in self.meetings if m.attendance is Attendance.PRESENT)

    @property
    def absent_without_reason(self) -> int:
        return sum(1 for m in self.meetings if m.attendance is Attendance.NO_REASON)

    @property
    def on_leave(self) -> int:
        return len(self.meetings) - self.present - self.absent_without_reason

    @property
    def adopted(self) -> int:
        return sum(1 for s in self.suggestions if s.state in ADOPTED)

    @property
    def weeks_missed(self) -> tuple[dt.date, ...]:
        filed = set(self.weeks_filed)
        return tuple(w for w in self.weeks_due if w not in filed)


class MemberRecordService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = plant_today) -> None:
        self._db = db
        self._today = today

    def record(self, actor: Actor, person_id: uuid.UUID, year: int, summaries_reason: str = "") -> MemberRecord:
        """``person_id``'s record of ``year``. With a ``summaries_reason``, the talks' summaries ``actor`` may read
        go in too, and the export is audited with its reason; without one, no summary leaves the database."""
        today = self._today()
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        reason = summaries_reason.strip()
        with self._db.read() as s:
            person = live(s, Person, person_id)
            home_unit = person.home_unit_id
            index = UnitIndex(s)
            meetings = tuple(
                RecordMeeting(day, kind, unit, topic, mark, note)
                for day, kind, unit, topic, mark, note in s.execute(
                    select(
                        Meeting.held_on,
                        MeetingKind.name,
                        Unit.name,
                        Meeting.topic,
                        MeetingAttendance.attendance,
                        MeetingAttendance.note,
                    )
                    .join(Meeting, Meeting.id == MeetingAttendance.meeting_id)
                    .join(MeetingKind, MeetingKind.id == Meeting.kind_id)
                    .join(Unit, Unit.id == Meeting.unit_id)
                    .where(
                        MeetingAttendance.person_id == person.id,
                        MeetingAttendance.deleted_at.is_(None),
                        Meeting.deleted_at.is_(None),
                        Meeting.held_on >= first,
                        Meeting.held_on <= last,
                    )
                    .order_by(Meeting.held_on, MeetingKind.position)
                )
            )
            ward = aliased(Person)
            talks = s.execute(
                select(Talk, ward.name, ward.home_unit_id, TalkNote.summary, TalkNote.follow_up)
                .join(ward, ward.id == Talk.person_id)
                .outerjoin(TalkNote, (TalkNote.id == Talk.id) & TalkNote.deleted_at.is_(None))
                .where(
                    Talk.talker_id == person.id,
                    Talk.deleted_at.is_(None),
                    Talk.held_on >= first,
                    Talk.held_on <= last,
                )
                .order_by(Talk.held_on)
            ).all()
            links = s.execute(
                select(Guardianship.ward_id, Guardianship.starts_on, Guardianship.ends_on).where(
                    Guardianship.guardian_id == person.id,
                    Guardianship.deleted_at.is_(None),
                    Guardianship.ward_id.is_not(None),
                    Guardianship.starts_on <= last,
                    Guardianship.ends_on.is_(None) | (Guardianship.ends_on >= first),
                )
            ).all()
            quarters = []
            for q in range(1, 5):
                q_first, q_last = quarter_span(year, q)
                held = [t for t, *_rest in talks if q_first <= t.held_on <= q_last]
                wards = {w for w, start, end in links if start <= q_last and (end is None or end >= q_first)}
                talked = {t.person_id for t in held}
                quarters.append(QuarterTalks(q, q_first <= today, len(held), len(wards), len(wards & talked)))
            summaries: tuple[RecordTalk, ...] = ()
            if reason and actor is not None:
                readable: dict[uuid.UUID, bool] = {}
                chosen = []
                for t, name, home, summary, follow_up in talks:
                    if home not in readable:
                        readable[home] = may_read(s, actor, t.talker_id, home)
                    if readable[home]:
                        chosen.append(RecordTalk(t.held_on, t.kind, name, summary or "", follow_up or ""))
                summaries = tuple(chosen)
            suggestions = tuple(
                RecordSuggestion(day, title, state)
                for day, title, state in s.execute(
                    select(Suggestion.submitted_on, Suggestion.title, Suggestion.state)
                    .where(
                        Suggestion.submitter_id == person.id,
                        Suggestion.deleted_at.is_(None),
                        Suggestion.submitted_on >= first,
                        Suggestion.submitted_on <= last,
                    )
                    .order_by(Suggestion.submitted_on, Suggestion.created_at)
                )
            )
            zones = (
                [u for u in index.ancestors(person.home_unit_id) if index.kind[u] is UnitKind.ZONE]
                if person.party_status.is_party_member and person.home_unit_id in index
                else []
            )
            filed = sorted(
                set(
                    s.scalars(
                        select(ZoneReport.week).where(
                            ZoneReport.reporter_id == person.id,
                            ZoneReport.deleted_at.is_(None),
                            ZoneReport.week >= week_of(first),
                            ZoneReport.week <= last,
                        )
                    )
                )
            )
            due = _ended_weeks(first, last, today) if zones else []
            record = MemberRecord(
                person.id,
                person.name,
                person.employee_no,
                person.party_status,
                index.path(person.home_unit_id) if person.home_unit_id in index else "",
                year,
                meetings,
                tuple(quarters),
                suggestions,
                tuple(index.name[z] for z in zones),
                tuple(due),
                tuple(filed),
                summaries,
                reason if summaries else "",
            )
        if record.summaries:
            self._db.audit_event(
                actor,
                EXPORT_ACTION,
                detail={"reason": reason, "summaries": len(record.summaries), "year": year, "what": "member_record"},
                target=("person", str(person_id), record.employee_no, home_unit),
            )
        return record


def _ended_weeks(first: dt.date, last: dt.date, today: dt.date) -> list[dt.date]:
    """The Mondays of the weeks that begin in ``first``..``last`` and ended before ``today``."""
    monday = week_of(first)
    if monday < first:
        monday += dt.timedelta(days=7)
    weeks = []
    while monday <= last and monday + dt.timedelta(days=6) < today:
        weeks.append(monday)
        monday += dt.timedelta(days=7)
    return weeks
