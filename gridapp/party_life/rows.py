"""What party life hands the UI: frozen rows, never live ORM objects."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from gridapp.org.kinds import PartyStatus, UnitKind
from gridapp.party_life.kinds import (
    Attendance,
    Attendees,
    MeetingFrequency,
    MeetingStatus,
    SuggestionCategory,
    SuggestionState,
    TalkKind,
)
from gridapp.times import plant_midnight


@dataclass(frozen=True, slots=True)
class MeetingKindRow:
    id: uuid.UUID
    code: str
    name: str
    frequency: MeetingFrequency
    attendees: Attendees
    unit_kind: UnitKind | None
    in_use: bool
    position: int


@dataclass(frozen=True, slots=True)
class MeetingKindDraft:
    code: str
    name: str
    frequency: MeetingFrequency
    attendees: Attendees
    unit_kind: UnitKind | None
    in_use: bool = True


@dataclass(frozen=True, slots=True)
class Attendee:
    """A person expected at a meeting, or ticked on its record."""

    person_id: uuid.UUID
    name: str
    employee_no: str
    party_status: PartyStatus
    attendance: Attendance = Attendance.PRESENT
    note: str = ""


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    """A meeting as recorded (``id`` set to change an existing record); ``attendance`` is (person, mark, note)."""

    kind_id: uuid.UUID
    unit_id: uuid.UUID
    held_on: dt.date
    topic: str
    place: str = ""
    host_id: uuid.UUID | None = None
    minutes: str = ""
    decisions: str = ""
    attendance: tuple[tuple[uuid.UUID, Attendance, str], ...] = ()
    id: uuid.UUID | None = None
    add_photos: tuple[Path, ...] = ()  # picture files to attach
    remove_photos: tuple[uuid.UUID, ...] = ()  # photos of the record to take off


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: uuid.UUID
    kind_id: uuid.UUID
    kind: str
    unit_id: uuid.UUID
    unit: str
    held_on: dt.date
    topic: str
    place: str
    host_id: uuid.UUID | None
    host: str
    present: int
    absent: int
    absent_without_reason: int


@dataclass(frozen=True, slots=True)
class MeetingPhotoRow:
    """A photo of a meeting's record; its file is named by SHA-256 in the photo folder."""

    id: uuid.UUID
    sha256: str
    suffix: str
    name: str
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    meeting: MeetingRow
    minutes: str
    decisions: str
    attendees: tuple[Attendee, ...]
    photos: tuple[MeetingPhotoRow, ...] = ()


@dataclass(frozen=True, slots=True)
class MatrixCell:
    """One (unit, kind) row's status in one month: that of the kind's period holding the month."""

    status: MeetingStatus
    held: int  # meetings of the period
    period_start: dt.date
    period_end: dt.date


@dataclass(frozen=True, slots=True)
class MatrixRow:
    unit_id: uuid.UUID
    unit: str
    kind_id: uuid.UUID
    kind: str
    frequency: MeetingFrequency
    cells: tuple[MatrixCell, ...]

    @property
    def overdue(self) -> int:
        return len({c.period_start for c in self.cells if c.status is MeetingStatus.OVERDUE})


@dataclass(frozen=True, slots=True)
class MeetingMatrix:
    """Done vs due per unit and kind (rows) and month (columns: ``months`` holds each column's first day)."""

    months: tuple[dt.date, ...]
    rows: tuple[MatrixRow, ...]
    today: dt.date


@dataclass(frozen=True, slots=True)
class MissedMeeting:
    """A required meeting whose period ended without it."""

    unit_id: uuid.UUID
    unit: str
    kind_id: uuid.UUID
    kind: str
    period_start: dt.date
    period_end: dt.date

    @property
    def since(self) -> dt.datetime:
        """The plant's midnight after the period ended: when the meeting became missed."""
        return plant_midnight(self.period_end + dt.timedelta(days=1))


@dataclass(frozen=True, slots=True)
class TalkDraft:
    talker_id: uuid.UUID
    person_id: uuid.UUID
    held_on: dt.date
    kind: TalkKind
    summary: str = ""
    follow_up: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class TalkRow:
    """A talk; ``summary`` and ``follow_up`` are None for a reader the privacy rule keeps out."""

    id: uuid.UUID
    held_on: dt.date
    kind: TalkKind
    talker_id: uuid.UUID
    talker: str
    person_id: uuid.UUID
    person: str
    unit: str  # the person's home unit
    summary: str | None
    follow_up: str | None

    @property
    def restricted(self) -> bool:
        return self.summary is None


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """One 1+N link in force during the quarter and its quarterly talk, if it happened."""

    guardian_id: uuid.UUID
    guardian: str
    ward_id: uuid.UUID
    ward: str
    ward_employee_no: str
    unit: str  # the ward's home unit
    talked_on: dt.date | None

    @property
    def covered(self) -> bool:
        return self.talked_on is not None


@dataclass(frozen=True, slots=True)
class TalkCoverage:
    """The quarter's 1+N talks (一访谈): every link, and the ones whose talk is missing ("全覆盖、无遗漏")."""

    first: dt.date
    last: dt.date
    rows: tuple[CoverageRow, ...]

    @property
    def missing(self) -> tuple[CoverageRow, ...]:
        return tuple(r for r in self.rows if not r.covered)


@dataclass(frozen=True, slots=True)
class SuggestionDraft:
    unit_id: uuid.UUID
    title: str
    category: SuggestionCategory
    content: str = ""
    submitter_id: uuid.UUID | None = None  # None: the acting person


@dataclass(frozen=True, slots=True)
class SuggestionRow:
    id: uuid.UUID
    number: int  # 1, 2, … in order of submission within the list asked for
    unit_id: uuid.UUID
    unit: str
    submitter_id: uuid.UUID
    submitter: str
    submitted_on: dt.date
    title: str
    content: str
    category: SuggestionCategory
    state: SuggestionState
    reviewer: str
    reviewed_on: dt.date | None
    review_note: str
    merged_into_id: uuid.UUID | None
    merged_into: str  # the other suggestion's title
    done_on: dt.date | None
    done_note: str


@dataclass(frozen=True, slots=True)
class ZoneReportRow:
    """One party member of a zone in a week: the report they filed, or None for not yet."""

    zone_id: uuid.UUID
    zone: str
    person_id: uuid.UUID
    person: str
    employee_no: str
    report_id: uuid.UUID | None
    filed_at: dt.datetime | None
    state: str
    problems: str

    @property
    def filed(self) -> bool:
        return self.report_id is not None
