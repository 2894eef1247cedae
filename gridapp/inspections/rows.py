"""Plain rows and drafts the inspection services take and hand out (no ORM objects leave a service)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field

from gridapp.inspections.kinds import (
    ChangeAction,
    CheckLevel,
    DocumentKind,
    Frequency,
    ItemKind,
    Outcome,
    RoundSource,
)


class Refusal(enum.StrEnum):
    """Why a change was refused; the UI words each one."""

    CONTENT_REQUIRED = "content_required"
    TEXT_TOO_LONG = "text_too_long"
    INTERVAL_REQUIRED = "interval_required"  # custom frequency without a number of days
    LIMITS_REVERSED = "limits_reversed"  # lower limit above the upper one
    BAD_VERSION = "bad_version"  # not like 4 or 4.1
    VERSION_NOT_NEWER = "version_not_newer"
    NOTHING_TO_RELEASE = "nothing_to_release"
    NO_SUCH_DOCUMENT = "no_such_document"
    NO_SUCH_POST = "no_such_post"
    NO_ITEMS = "no_items"  # a round of a group that has no items
    SAME_POST = "same_post"  # copying a card onto the post it comes from
    NOT_IN_FORCE = "not_in_force"  # a round of a document never released
    NAME_REQUIRED = "name_required"
    READING_REQUIRED = "reading_required"  # a reading item recorded as done without its value
    FUTURE_ROUND = "future_round"  # a round for a period that has not started
    STALE_ITEMS = "stale_items"  # the card changed while the round was being entered
    BAD_QR_ADDRESS = "bad_qr_address"  # a reporting address with an unknown {placeholder}
    NO_SUCH_PERSON = "no_such_person"  # a round's owner who is not (or no longer) on the staff


class InspectionRefused(ValueError):
    def __init__(self, refusal: Refusal, detail: str = "") -> None:
        super().__init__(f"{refusal.value}: {detail}" if detail else refusal.value)
        self.refusal = refusal
        self.detail = detail


@dataclass(frozen=True, slots=True)
class PostRow:
    id: uuid.UUID
    unit_id: uuid.UUID
    unit: str
    name: str
    position: int


@dataclass(frozen=True, slots=True)
class DocumentTypeRow:
    id: uuid.UUID
    code: str
    kind: DocumentKind
    name: str
    has_items: bool
    position: int


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One entry of a post's set; ``id`` is None while the document has not been started."""

    id: uuid.UUID | None
    post_id: uuid.UUID
    type: DocumentTypeRow
    version: str
    changed_since_release: bool
    in_force_from: dt.date | None
    items: int
    updated_at: dt.datetime | None

    @property
    def started(self) -> bool:
        return self.id is not None


@dataclass(frozen=True, slots=True)
class ItemDraft:
    """What a user types for one checkpoint item (also one row of an imported workbook)."""

    content: str
    level: CheckLevel
    frequency: Frequency
    equipment: str = ""
    activity: str = ""
    standard: str = ""
    method: str = ""
    interval_days: int | None = None
    kind: ItemKind = ItemKind.PASS_FAIL
    lower: float | None = None
    upper: float | None = None
    unit: str = ""


@dataclass(frozen=True, slots=True)
class ItemRow:
    id: uuid.UUID
    document_id: uuid.UUID
    position: int  # 0-based; the sequence shown and printed is position + 1
    equipment: str
    activity: str
    content: str
    standard: str
    method: str
    level: CheckLevel
    frequency: Frequency
    interval_days: int | None
    kind: ItemKind
    lower: float | None
    upper: float | None
    unit: str

    @property
    def sequence(self) -> int:
        return self.position + 1

    def draft(self) -> ItemDraft:
        return ItemDraft(
            content=self.content,
            level=self.level,
            frequency=self.frequency,
            equipment=self.equipment,
            activity=self.activity,
            standard=self.standard,
            method=self.method,
            interval_days=self.interval_days,
            kind=self.kind,
            lower=self.lower,
            upper=self.upper,
            unit=self.unit,
        )


@dataclass(frozen=True, slots=True)
class EditionRow:
    id: uuid.UUID
    document_id: uuid.UUID
    version: str
    released_at: dt.datetime
    released_by: str
    note: str


@dataclass(frozen=True, slots=True)
class ChangeRow:
    at: dt.datetime
    actor_name: str
    action: ChangeAction
    item_position: int | None
    field: str
    old_value: str
    new_value: str


@dataclass(frozen=True, slots=True)
class DocumentContent:
    """A document as printed: the working copy or a released edition."""

    document_id: uuid.UUID
    type_code: str
    title: str
    kind: DocumentKind
    post: str
    unit: str
    unit_id: uuid.UUID
    post_id: uuid.UUID
    version: str
    draft: bool  # the working copy holds changes not yet released
    body: str
    items: tuple[ItemRow, ...]


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: uuid.UUID
    name: str
    phone: str = ""
    role: str = ""  # the role's (site) name, e.g. 宣传员; or the zone's name for a zone lead


@dataclass(frozen=True, slots=True)
class GridTeam:
    """The grid a post belongs to and its people: leader(s), officers (六大员/八大员) and zone leads."""

    grid: str
    leaders: tuple[PersonRef, ...]
    officers: tuple[PersonRef, ...]
    zone_leads: tuple[PersonRef, ...]  # role = the zone's name
    zone_lead_here: PersonRef | None  # the lead of the post's own zone


@dataclass(frozen=True, slots=True)
class ScheduleGroup:
    """The items of one document checked by one level at one frequency: one recurring round."""

    document_id: uuid.UUID
    document: str
    post_id: uuid.UUID
    post: str
    unit_id: uuid.UUID
    unit: str
    level: CheckLevel
    frequency: Frequency
    interval_days: int | None
    items: int
    in_force_from: dt.date


class DueStatus(enum.StrEnum):
    DONE = "done"
    OPEN = "open"  # the current period, not done yet
    OVERDUE = "overdue"  # the period ended without a round
    NOT_YET = "not_yet"  # the period has not started (or the card was not in force)


@dataclass(frozen=True, slots=True)
class DueRow:
    group: ScheduleGroup
    period_start: dt.date
    period_end: dt.date  # inclusive
    status: DueStatus
    responsible: tuple[PersonRef, ...]
    last_round_id: uuid.UUID | None
    last_inspector: str
    last_at: dt.datetime | None
    owner_chosen: bool = False  # the responsible person was chosen by hand, not by default

    @property
    def owner(self) -> PersonRef | None:
        """The one person named as answering for this round (``responsible`` holds just them)."""
        return self.responsible[0] if self.responsible else None

    @property
    def responsible_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.responsible)


@dataclass(frozen=True, slots=True)
class MatrixColumn:
    frequency: Frequency
    start: dt.date
    end: dt.date  # inclusive


@dataclass(frozen=True, slots=True)
class MatrixCell:
    due: int  # rounds that had started by today
    done: int
    overdue: int
    open: int
    upcoming: int  # rounds whose period has not started
    overdue_by: tuple[str, ...] = ()  # who answers for the overdue rounds of the cell ("" for a round with nobody)
    open_by: tuple[str, ...] = ()  # who answers for the open ones

    @property
    def empty(self) -> bool:
        return self.due == 0 and self.upcoming == 0


@dataclass(frozen=True, slots=True)
class DoneMatrix:
    """Rows are units, columns the day, week and month periods of the span (plus one for custom intervals)."""

    units: tuple[tuple[uuid.UUID, str], ...]
    columns: tuple[MatrixColumn, ...]
    cells: tuple[tuple[MatrixCell, ...], ...]
    today: dt.date


@dataclass(frozen=True, slots=True)
class PhotoDraft:
    name: str
    data: bytes
    mime: str = "image/jpeg"


@dataclass(frozen=True, slots=True)
class ResultDraft:
    item_id: uuid.UUID
    outcome: Outcome = Outcome.PASS
    reading: float | None = None
    note: str = ""
    photos: tuple[PhotoDraft, ...] = ()


@dataclass(frozen=True, slots=True)
class RoundDraft:
    document_id: uuid.UUID
    level: CheckLevel
    frequency: Frequency
    period_start: dt.date
    performed_at: dt.datetime
    inspector_id: uuid.UUID | None
    results: tuple[ResultDraft, ...]
    source: RoundSource = RoundSource.APP
    note: str = ""
    interval_days: int | None = None


@dataclass(frozen=True, slots=True)
class RoundRow:
    id: uuid.UUID
    document_id: uuid.UUID
    document: str
    post: str
    unit: str
    level: CheckLevel
    frequency: Frequency
    period_start: dt.date
    performed_at: dt.datetime
    inspector: str
    version: str
    source: RoundSource
    note: str
    passed: int
    failed: int
    not_applicable: int
    issues: int


@dataclass(frozen=True, slots=True)
class ResultRow:
    id: uuid.UUID
    item_id: uuid.UUID
    sequence: int
    content: str
    standard: str
    kind: ItemKind
    outcome: Outcome
    reading: float | None
    unit: str
    lower: float | None
    upper: float | None
    out_of_limit: bool
    note: str
    issue_id: uuid.UUID | None
    issue_number: str | None
    photos: int


@dataclass(frozen=True, slots=True)
class RecordedRound:
    """What recording a round did: the round and the issues its failed items raised."""

    round_id: uuid.UUID
    failed: int
    issues: tuple[tuple[uuid.UUID, str], ...] = field(default=())  # (issue id, number)


@dataclass(frozen=True, slots=True)
class RoundOwnerRow:
    """Who answers for one recurring round: the person chosen by hand, else the default (``chosen`` says which)."""

    group: ScheduleGroup
    owner: PersonRef | None
    default: PersonRef | None
    chosen: bool


@dataclass(frozen=True, slots=True)
class MissedRound:
    """A period that ended without its round, and the person named for it (None: nobody was named)."""

    person_id: uuid.UUID | None
    person: str
    group: ScheduleGroup
    period_start: dt.date
    period_end: dt.date  # inclusive
