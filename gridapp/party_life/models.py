"""Party life's tables: the catalogue of meeting kinds, meetings with their attendance and photos; talks;
suggestions; weekly zone reports; people's state of mind and hardship cases (思想动态与帮扶)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TypeVar

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, Session, mapped_column

from gridapp.db.base import Base, Tracked, code_enum, unique_while_live
from gridapp.org.kinds import UnitKind
from gridapp.party_life.kinds import (
    Attendance,
    Attendees,
    MeetingFrequency,
    PartyLifeRefused,
    Refusal,
    SuggestionCategory,
    SuggestionState,
    TalkKind,
)

T = TypeVar("T")


class MeetingKind(Tracked, Base):
    """An entry of the site's catalogue (支部党员大会, 支委会, 党小组会, 党课, 主题党日, 学习研讨会 …): which units
    must hold it, how often, and who must attend."""

    __tablename__ = "party_meeting_kind"
    __table_args__ = (unique_while_live("uq_party_meeting_kind_code_live", "code"),)

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(60))
    frequency: Mapped[MeetingFrequency] = mapped_column(code_enum(MeetingFrequency))
    attendees: Mapped[Attendees] = mapped_column(code_enum(Attendees))
    unit_kind: Mapped[UnitKind | None] = mapped_column(code_enum(UnitKind))  # None: not required of any unit
    in_use: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)


class Meeting(Tracked, Base):
    """One meeting held by a unit (会议记录): when, where, on what, who hosted, the minutes and decisions."""

    __tablename__ = "party_meeting"

    kind_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("party_meeting_kind.id"), index=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(index=True)
    place: Mapped[str] = mapped_column(String(80), default="")
    topic: Mapped[str] = mapped_column(String(200))
    host_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")  # one decision a line


class MeetingAttendance(Tracked, Base):
    """Whether one person expected at a meeting came, or why not (病假 / 公假 / 无故)."""

    __tablename__ = "party_meeting_attendance"
    __table_args__ = (
        unique_while_live("uq_party_meeting_attendance_meeting_id_person_id_live", "meeting_id", "person_id"),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("party_meeting.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    attendance: Mapped[Attendance] = mapped_column(code_enum(Attendance))
    note: Mapped[str] = mapped_column(String(200), default="")


class MeetingPhoto(Tracked, Base):
    """A photo of a meeting (会议照片); the file lives content-addressed in the issues' photo folder
    (``gridapp.issues.photos.PhotoStore``) and travels with sync as the issues' photos do."""

    __tablename__ = "party_meeting_photo"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("party_meeting.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    suffix: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200), default="")
    size: Mapped[int] = mapped_column(default=0)
    width: Mapped[int] = mapped_column(default=0)
    height: Mapped[int] = mapped_column(default=0)
    position: Mapped[int] = mapped_column(default=0)


class Talk(Tracked, Base):
    """A talk (谈心谈话) of a party member with a person: when and why; its summary and follow-ups are its
    ``TalkNote``. Everyone who may see the talk sees that it happened, on every PC (the quarterly coverage counts it
    wherever it was recorded)."""

    __tablename__ = "party_talk"
    # the coverage seeks a guardian's talks with one ward in a quarter
    __table_args__ = (Index("ix_party_talk_talker_id_person_id_held_on", "talker_id", "person_id", "held_on"),)

    talker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(index=True)
    kind: Mapped[TalkKind] = mapped_column(code_enum(TalkKind))


class TalkNote(Tracked, Base):
    """A talk's summary and follow-ups, its id the talk's. Personal information (PIPL): only the talker and those who
    lead the person's unit read it (``Right.TALK_READ``), and it syncs to the plant only
    (``gridapp.sync.tables.TO_PLANT_ONLY``), so a station holds the notes of the talks recorded there."""

    __tablename__ = "party_talk_note"

    summary: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")


class Suggestion(Tracked, Base):
    """A rationalisation suggestion (合理化建议, seed 003's 一记): anyone submits it in a unit; the unit's officer
    adopts it, declines it with a reason or merges it into another; an adopted one is followed until done."""

    __tablename__ = "party_suggestion"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    submitter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    submitted_on: Mapped[dt.date] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(120))
    content: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[SuggestionCategory] = mapped_column(code_enum(SuggestionCategory))
    state: Mapped[SuggestionState] = mapped_column(code_enum(SuggestionState), default=SuggestionState.SUBMITTED)
    reviewer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    reviewed_on: Mapped[dt.date | None]
    review_note: Mapped[str] = mapped_column(String(400), default="")  # the reason when not adopted
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("party_suggestion.id"))
    done_on: Mapped[dt.date | None]
    done_note: Mapped[str] = mapped_column(String(400), default="")


class ZoneReport(Tracked, Base):
    """A party member's weekly report of the safety state of their responsibility zone (seed 004: at least weekly);
    one per member, zone and week (Monday), changed in place when filed again."""

    __tablename__ = "party_zone_report"
    __table_args__ = (
        unique_while_live("uq_party_zone_report_zone_id_reporter_id_week_live", "zone_id", "reporter_id", "week"),
    )

    zone_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    reporter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    week: Mapped[dt.date] = mapped_column(index=True)  # the Monday
    state: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")  # one a line; each can go to the issue board


class CareNote(Tracked, Base):
    """A dated note of a person's state of mind (职工思想动态) written by their guardian (包保党员).

    Personal information: read only by the person's guardian, the grid leader and the branch secretary
    (``Right.CARE_READ``), every read audited; synced to the plant only (``gridapp.sync.tables.TO_PLANT_ONLY``)."""

    __tablename__ = "party_care_note"
    __table_args__ = (Index("ix_party_care_note_person_id_written_on", "person_id", "written_on"),)

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    written_on: Mapped[dt.date]
    text: Mapped[str] = mapped_column(Text)


class CareCase(Tracked, Base):
    """A hardship case (帮扶) of one person: the hardship, a plan of dated steps (脱困时间表), progress notes, and its
    closure (对账销户) confirmed by someone other than the one who opened it."""

    __tablename__ = "party_care_case"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    hardship: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text, default="")
    opened_on: Mapped[dt.date] = mapped_column(index=True)
    opened_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    closed_on: Mapped[dt.date | None] = mapped_column(index=True)
    closed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    closing_note: Mapped[str] = mapped_column(String(400), default="")


class CareStep(Tracked, Base):
    """A step of a case's plan with the day it is due; done when ``done_on`` is set, overdue when past due."""

    __tablename__ = "party_care_step"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("party_care_case.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    action: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date] = mapped_column(index=True)
    done_on: Mapped[dt.date | None]
    done_note: Mapped[str] = mapped_column(String(400), default="")


class CareProgress(Tracked, Base):
    """A dated progress note on a case (who helped, what changed)."""

    __tablename__ = "party_care_progress"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("party_care_case.id"), index=True)
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    written_on: Mapped[dt.date]
    text: Mapped[str] = mapped_column(Text)


def live(session: Session, model: type[T], row_id: uuid.UUID | None) -> T:
    """The live row ``row_id`` of ``model`` (any Tracked table); refused as unknown when missing or tombstoned."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is None or row.deleted_at is not None:  # type: ignore[attr-defined]
        raise PartyLifeRefused(Refusal.UNKNOWN)
    return row
