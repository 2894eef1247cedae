"""The issue board's tables: issues (a projection of their events), the append-only event history, photos, links,
partners, the category catalogue with its clocks, and the shift calendar.

An issue's current state is derived from its events: every change appends an ``IssueEvent`` and then applies that
same event to the ``Issue`` row with ``gridapp.issues.projection.apply_event``; replaying the events rebuilds the row
exactly (tested). The row exists so that 100,000 issues can be filtered, sorted and counted with indexes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from gridapp.db.base import LIVE, Base, Tracked, code_enum, unique_while_live
from gridapp.issues.kinds import (
    ClockKind,
    DeadlineKind,
    EventKind,
    HazardGrade,
    IssueState,
    RiskColour,
    Stage,
)

# Open issues on the six-stage track; a query uses the partial index only when its WHERE repeats these terms as
# written (as ``gridapp.issues.diagnosis`` does): the state as a literal, not a bound parameter.
OPEN_ON_TRACK = text("deleted_at IS NULL AND stage IS NOT NULL AND state <> 'closed'")


LEAD_SET = text("lead_id IS NOT NULL")
SUPERVISOR_SET = text("supervisor_id IS NOT NULL")


def _live(name: str, *columns: str) -> Index:
    return Index(name, *columns, sqlite_where=LIVE, postgresql_where=LIVE)


class IssueCategory(Tracked, Base):
    """An entry of the category catalogue (生产运行, 风险隐患, …) with its acceptance, feedback and completion clocks."""

    __tablename__ = "issue_category"
    __table_args__ = (unique_while_live("uq_issue_category_code_live", "code"),)

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(40))
    feedback_minutes: Mapped[int] = mapped_column(default=480)  # 8 hours
    clock: Mapped[ClockKind] = mapped_column(code_enum(ClockKind), default=ClockKind.CALENDAR)
    accept_minutes: Mapped[int] = mapped_column(default=60)  # 受理/交办时限: until someone assigns a waiting issue
    accept_clock: Mapped[ClockKind] = mapped_column(code_enum(ClockKind), default=ClockKind.WORKING)
    complete_days: Mapped[int] = mapped_column(default=3)  # after feedback when neither leader nor hazard set a date
    hazard: Mapped[bool] = mapped_column(default=False)  # reports in it are hazards (隐患) from the start
    in_use: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)


class WorkCalendar(Tracked, Base):
    """The shift calendar: working hours per weekday, holidays, make-up working days and shift change times.

    Times are local wall-clock minutes after midnight at ``utc_offset_minutes`` (China has one zone and no DST).
    """

    __tablename__ = "work_calendar"

    name: Mapped[str] = mapped_column(String(40), default="")
    utc_offset_minutes: Mapped[int] = mapped_column(default=480)
    week: Mapped[list[Any]] = mapped_column(JSON)  # 7 lists (Mon…Sun) of [start, end] minute pairs
    holidays: Mapped[list[Any]] = mapped_column(JSON)  # ISO dates off work
    workdays: Mapped[list[Any]] = mapped_column(JSON)  # ISO dates worked with Monday's hours (调休)
    shift_changes: Mapped[list[Any]] = mapped_column(JSON)  # minutes after midnight, e.g. [480, 1200]


class Issue(Tracked, Base):
    __tablename__ = "issue"
    # Partial indexes over live rows, each ending in the columns its lists sort by (and ``id``, the tiebreak), so
    # that the board's and the table's pages and counts over 100,000 issues are index walks, not sorts; the list
    # indexes carry ``search_key`` so a full-text match is tested without reading the row.
    __table_args__ = (
        # A station numbers its issues in a series of its own ("2026-B2-0001"): numbers never collide or change.
        Index("uq_issue_plant_year_series_seq", "plant_id", "year", "series", "seq", unique=True),
        _live("ix_issue_live_reported", "reported_at", "id", "search_key"),
        _live("ix_issue_live_state_reported", "state", "reported_at", "id", "search_key"),
        _live("ix_issue_live_state_urgency", "state", "urgency_at", "id", "search_key"),
        _live("ix_issue_live_urgency", "urgency_at", "id", "search_key"),
        _live("ix_issue_live_search", "search_key", "state"),
        _live("ix_issue_live_state", "state"),  # narrow: the board's counts per state
        _live("ix_issue_live_unit_state_urgency", "unit_id", "state", "urgency_at"),  # a subtree's overdue
        # Most issues have no lead or supervisor: only the named rows are indexed, so a planner with statistics
        # still sees "lead_id = ?" as the few rows it is (the to-do's one pass over a person's roles).
        Index("ix_issue_lead_id", "lead_id", sqlite_where=LEAD_SET, postgresql_where=LEAD_SET),
        Index("ix_issue_supervisor_id", "supervisor_id", sqlite_where=SUPERVISOR_SET, postgresql_where=SUPERVISOR_SET),
        _live("ix_issue_live_origin_reported", "origin_unit_id", "reported_at"),
        _live("ix_issue_live_origin_closed", "origin_unit_id", "closed_at"),
        _live("ix_issue_live_category_reported", "category_code", "reported_at"),
        _live("ix_issue_live_assignee_state", "assignee_id", "state"),
        _live("ix_issue_live_hazard", "is_hazard", "origin_unit_id"),
        # The diagnosis matrix (gridapp.issues.diagnosis): open issues on the six-stage track counted per unit and
        # stage, and how many of them are overdue, without reading a row.
        Index(
            "ix_issue_open_stage",
            "unit_id",
            "stage",
            "urgency_at",
            sqlite_where=OPEN_ON_TRACK,
            postgresql_where=OPEN_ON_TRACK,
        ),
    )

    plant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"))  # the root of the unit's tree
    year: Mapped[int]  # local year of the report; numbers restart every year
    series: Mapped[str] = mapped_column(String(4), default="")  # "" at the plant, the station's code elsewhere
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(16), index=True)  # "2026-0001", "2026-B2-0001"
    search_key: Mapped[int] = mapped_column(BigInteger)  # its row in the full-text index (gridapp.issues.search)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category_code: Mapped[str] = mapped_column(String(40))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"))  # responsible now; escalation moves it up
    origin_unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"))  # where it was found
    area_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("area.id"))
    reporter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    reported_at: Mapped[dt.datetime]

    state: Mapped[IssueState] = mapped_column(code_enum(IssueState))
    state_at: Mapped[dt.datetime]
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    assigned_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    assigned_at: Mapped[dt.datetime | None]
    first_assigned_at: Mapped[dt.datetime | None]
    accept_due_at: Mapped[dt.datetime | None]  # the acceptance clock of the last wait for an assignment
    accept_soon_at: Mapped[dt.datetime | None]
    feedback_due_at: Mapped[dt.datetime | None]
    feedback_soon_at: Mapped[dt.datetime | None]
    fed_back_at: Mapped[dt.datetime | None]
    first_fed_back_at: Mapped[dt.datetime | None]
    first_feedback_on_time: Mapped[bool | None]
    due_at: Mapped[dt.datetime | None]  # completion / hazard rectification deadline
    due_soon_at: Mapped[dt.datetime | None]
    # The clock that runs now (acceptance while unassigned, feedback, then completion), kept so "overdue" is one
    # indexed comparison.
    deadline_at: Mapped[dt.datetime | None]
    deadline_soon_at: Mapped[dt.datetime | None]
    deadline_kind: Mapped[DeadlineKind | None] = mapped_column(code_enum(DeadlineKind))
    urgency_at: Mapped[dt.datetime]  # deadline_at, or NO_DEADLINE: sorts "most urgent first" with an index
    rectifier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    rectified_at: Mapped[dt.datetime | None]
    verifier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    verified_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]
    rework_count: Mapped[int] = mapped_column(default=0)
    escalation_count: Mapped[int] = mapped_column(default=0)
    reopen_count: Mapped[int] = mapped_column(default=0)
    comment_count: Mapped[int] = mapped_column(default=0)
    photo_count: Mapped[int] = mapped_column(default=0)
    hold_reason: Mapped[str | None] = mapped_column(Text)
    # Who decided to hold it (挂账): a person's id without a foreign key (like ``updated_by``), added by a plain ADD
    # COLUMN — recreating the issue table to add a constraint would drop what refers to it.
    held_by_id: Mapped[uuid.UUID | None]
    hold_review_on: Mapped[dt.date | None]  # when the held issue is to be reviewed again (an alert from that day)

    lead_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))  # 牵头人 (ix_issue_lead_id)
    supervisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))  # 督导人 (ix_issue_supervisor_id)
    stage: Mapped[Stage | None] = mapped_column(code_enum(Stage))  # the six-stage track, when used

    is_hazard: Mapped[bool] = mapped_column(default=False)
    hazard_grade: Mapped[HazardGrade | None] = mapped_column(code_enum(HazardGrade))
    risk_colour: Mapped[RiskColour | None] = mapped_column(code_enum(RiskColour))
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))  # 责任人 (五落实)
    measures: Mapped[str] = mapped_column(Text, default="")
    funds: Mapped[str] = mapped_column(String(200), default="")
    contingency_plan: Mapped[str] = mapped_column(Text, default="")

    event_count: Mapped[int] = mapped_column(default=0)


class IssueEvent(Tracked, Base):
    """One entry of an issue's history: who, when, what, note. Never updated or deleted (database triggers)."""

    __tablename__ = "issue_event"
    # Not unique: two PCs offline may each add the n-th event; the history's order is HISTORY_ORDER everywhere.
    __table_args__ = (
        Index("ix_issue_event_issue_seq", "issue_id", "seq"),
        Index("ix_issue_event_kind_at", "kind", "at", "issue_id"),  # e.g. the stages reached in a month
    )

    issue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issue.id"))
    seq: Mapped[int]  # 1, 2, 3… per issue
    kind: Mapped[EventKind] = mapped_column(code_enum(EventKind))
    at: Mapped[dt.datetime] = mapped_column(index=True)  # when it happened (the service's clock)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    actor_name: Mapped[str] = mapped_column(String(40), default="")  # as the actor was named then
    from_state: Mapped[IssueState | None] = mapped_column(code_enum(IssueState))
    to_state: Mapped[IssueState | None] = mapped_column(code_enum(IssueState))
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class IssuePhoto(Tracked, Base):
    """A photo of an issue; the file lives content-addressed in the photo folder beside the database."""

    __tablename__ = "issue_photo"

    issue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issue.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    suffix: Mapped[str] = mapped_column(String(8))  # ".jpg", ".png"
    name: Mapped[str] = mapped_column(String(200), default="")  # the file name it came from
    size: Mapped[int] = mapped_column(default=0)
    width: Mapped[int] = mapped_column(default=0)
    height: Mapped[int] = mapped_column(default=0)
    position: Mapped[int] = mapped_column(default=0)


class IssueLink(Tracked, Base):
    """A link from an issue to an area, an inspection item or round, or another issue."""

    __tablename__ = "issue_link"

    issue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issue.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # a LinkKind value; kept open for later capabilities
    target_id: Mapped[uuid.UUID] = mapped_column(index=True)
    label: Mapped[str] = mapped_column(String(200), default="")


class IssuePartner(Tracked, Base):
    """A partner (合伙人) on a cross-grid issue; removing one tombstones the row."""

    __tablename__ = "issue_partner"

    issue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issue.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)


class IssueHandover(Tracked, Base):
    """A shift handover (交接班) of a unit: the sheet as it was handed over (kept, so a reprint shows what was handed
    over, not today's state), the outgoing person's notes and 交接事项 lines, and the incoming person's
    acknowledgement (logged in, never the outgoing person)."""

    __tablename__ = "issue_handover"
    __table_args__ = (Index("ix_issue_handover_unit_until", "unit_id", "until"),)

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"))
    since: Mapped[dt.datetime]  # the window the sheet covers
    until: Mapped[dt.datetime]  # when it was handed over
    handed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    handed_by_name: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")  # free text of the outgoing shift
    items: Mapped[list[Any]] = mapped_column(JSON)  # 交接事项: one line each
    sheet: Mapped[dict[str, Any]] = mapped_column(JSON)  # the handover sheet as handed over (handovers.sheet_data)
    acknowledged_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    acknowledged_by_name: Mapped[str] = mapped_column(String(40), default="")
    acknowledged_at: Mapped[dt.datetime | None]
    acknowledge_note: Mapped[str] = mapped_column(Text, default="")


# An issue's history in the one order every PC replays it in: two events made offline on two PCs with the same
# number come in the order they happened, and in id order if they happened at the same moment.
HISTORY_ORDER = (IssueEvent.seq, IssueEvent.at, IssueEvent.id)


class IssueTally(Base):
    """Derived: how many live issues are in each state per responsible unit, category and hazard flag, so that the
    board's column counts and the table's total are sums of a few thousand rows, not counts of a million issues.

    Kept by database triggers on ``issue`` (migration 0018) in the transaction of every change, whoever makes it:
    the services, the sync's merge and re-derivation, a bulk load. Not synced: each database keeps its own, and
    ``gridapp.issues.tallies.rebuild`` recomputes it from the issues."""

    __tablename__ = "issue_tally"
    __table_args__ = {"sqlite_with_rowid": False}

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    state: Mapped[IssueState] = mapped_column(code_enum(IssueState), primary_key=True)
    category_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    is_hazard: Mapped[bool] = mapped_column(primary_key=True)
    issues: Mapped[int]
