"""Plain read-only rows the scoring services hand to the UI (no ORM objects leave a service)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from gridapp.org.kinds import PartyStatus, UnitKind
from gridapp.scoring.kinds import EntrySource, EntryStatus, Mark, ScoreMode, SubjectKind, WarningLevel
from gridapp.scoring.periods import Period, PeriodKind

STAR_LEVELS = 5


@dataclass(frozen=True, slots=True)
class CategoryRow:
    code: str
    name: str
    full: Decimal | None  # an assessment category's full score; None for star criteria
    position: int


@dataclass(frozen=True, slots=True)
class CatalogueRow:
    code: str
    name: str
    subject: SubjectKind
    mode: ScoreMode
    base: Decimal
    thresholds: dict[PeriodKind, tuple[Decimal, ...]] | None  # five-star minimum first; None: no stars
    top_n: int
    bottom_n: int
    categories: tuple[CategoryRow, ...]
    unit_kind: UnitKind | None = None  # the kind of unit a unit catalogue scores (None: a person catalogue)

    def stars(self, score: Decimal, kind: PeriodKind) -> int | None:
        """Stars earned by ``score`` over a period of ``kind`` (0 below one star); None when the scheme has none."""
        if not self.thresholds:
            return None
        for index, minimum in enumerate(self.thresholds[kind]):
            if score >= minimum:
                return STAR_LEVELS - index
        return 0

    def category(self, code: str) -> CategoryRow | None:
        return next((c for c in self.categories if c.code == code), None)


@dataclass(frozen=True, slots=True)
class RuleRow:
    id: uuid.UUID
    catalogue: str
    code: str
    version: int
    name: str
    category: str
    standard: str
    points: Decimal
    cap: Decimal | None
    cap_period: PeriodKind
    evidence_required: bool
    grantor_roles: tuple[str, ...]
    trigger: EntrySource | None
    position: int
    valid_from: dt.datetime
    superseded_at: dt.datetime | None
    retired_at: dt.datetime | None
    owner_unit_id: uuid.UUID | None = None  # None: a plant rule; else the unit whose own rule it is

    @property
    def plant_wide(self) -> bool:
        return self.owner_unit_id is None

    @property
    def in_force(self) -> bool:
        return self.superseded_at is None and self.retired_at is None


@dataclass(frozen=True, slots=True)
class RuleDraft:
    """What a person fills in to add or change a rule."""

    code: str
    name: str
    category: str
    points: Decimal
    cap: Decimal | None = None
    cap_period: PeriodKind = PeriodKind.MONTH
    evidence_required: bool = False
    grantor_roles: tuple[str, ...] = ()
    trigger: EntrySource | None = None
    standard: str = ""
    owner_unit_id: uuid.UUID | None = None  # None: the plant's rule; else a unit's own (its subtree only)


@dataclass(frozen=True, slots=True)
class EntryRow:
    id: uuid.UUID
    catalogue: str
    rule_id: uuid.UUID
    rule_code: str
    rule_name: str
    rule_version: int
    category: str
    person_id: uuid.UUID | None
    person_name: str
    employee_no: str
    unit_id: uuid.UUID
    unit_name: str
    booked_on: dt.date
    quantity: int
    requested: Decimal
    points: Decimal
    status: EntryStatus
    source: EntrySource
    source_id: uuid.UUID | None
    occurred_at: dt.datetime
    reason: str
    evidence: str
    proposed_by: str  # a person's name; "" when an event proposed it
    proposed_at: dt.datetime
    decided_by: str
    decided_at: dt.datetime | None
    decision_note: str
    corrects_id: uuid.UUID | None

    @property
    def subject(self) -> str:
        return self.person_name or self.unit_name

    @property
    def capped(self) -> bool:
        """Confirmed for fewer points than asked because the rule's cap for the period was reached."""
        return (
            self.status is EntryStatus.CONFIRMED
            and self.source is not EntrySource.CORRECTION
            and (self.points != self.requested)
        )


@dataclass(frozen=True, slots=True)
class EntryQuery:
    """Which entries a list shows; ``unit_id`` takes the unit's whole subtree."""

    catalogue: str
    period: Period | None = None
    unit_id: uuid.UUID | None = None
    status: EntryStatus | None = None
    person_id: uuid.UUID | None = None
    subject_unit_id: uuid.UUID | None = None  # entries of this unit itself (a team's assessment), no subtree


@dataclass(frozen=True, slots=True)
class StandingQuery:
    """A ranking: catalogue, period, the unit whose subtree is ranked, and for people whether only party members."""

    catalogue: str
    period: Period
    unit_id: uuid.UUID
    party_members_only: bool = True
    viewer_id: uuid.UUID | None = None  # the operator: warnings are shown only where they may see them


@dataclass(frozen=True, slots=True)
class StandingRow:
    subject_id: uuid.UUID
    name: str
    employee_no: str
    unit_id: uuid.UUID
    unit_name: str
    party_status: PartyStatus | None
    unit_kind: UnitKind | None
    by_category: tuple[Decimal, ...]  # in the catalogue's category order; an assessment's are category scores
    points: Decimal  # the sum of confirmed points in the period
    score: Decimal  # base + points (÷ months for a monthly assessment)
    entries: int
    stars: int | None
    rank: int  # 1 is best; ties share a rank (1, 2, 2, 4)
    rank_from_bottom: int
    tied: bool
    mark: Mark
    warning: WarningLevel | None  # None when there is none, or the viewer may not see it


@dataclass(frozen=True, slots=True)
class StandingSettings:
    """The rules a period is scored by: a closed period's own copy, or the current ones."""

    catalogue: CatalogueRow
    period: Period
    closed: bool


@dataclass(frozen=True, slots=True)
class ScorecardItem:
    rule: RuleRow
    times: int  # the quantities of the entries (3 × 三违 in one entry counts 3), not the number of entries
    points: Decimal  # what counted
    requested: Decimal = Decimal(0)  # what was asked: more than ``points`` where a cap or the floor cut it off

    @property
    def cut_off(self) -> Decimal:
        """Points asked that did not count (a cap, or a category's floor at zero), as a positive amount."""
        return abs(self.requested - self.points)


@dataclass(frozen=True, slots=True)
class ScorecardCategory:
    category: CategoryRow
    items: tuple[ScorecardItem, ...]
    points: Decimal
    score: Decimal  # full + points (÷ months for a monthly assessment), never below zero when there is a full score

    @property
    def cut_off(self) -> Decimal:
        return sum((i.cut_off for i in self.items), Decimal(0))


@dataclass(frozen=True, slots=True)
class Scorecard:
    subject_id: uuid.UUID
    subject_name: str
    period: Period
    closed: bool
    base: Decimal
    categories: tuple[ScorecardCategory, ...]
    score: Decimal
    unit_name: str = ""  # a team's parent unit, a person's home unit


@dataclass(frozen=True, slots=True)
class TrendPoint:
    period: Period  # a month
    by_category: tuple[Decimal, ...]
    points: Decimal


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    unit_id: uuid.UUID | None  # None for the people booked to the scope unit itself
    name: str
    by_category: tuple[Decimal, ...]
    points: Decimal
    members: int  # people (party members for a person catalogue) in that branch

    @property
    def per_member(self) -> Decimal:
        return (self.points / self.members).quantize(Decimal("0.1")) if self.members else Decimal(0)


@dataclass(frozen=True, slots=True)
class PeriodRow:
    period: Period
    closed: bool
    closed_at: dt.datetime | None
    closed_by: str
    waiting: int  # proposals waiting in the period, in the scope asked for (closing.waiting_conditions)
    waiting_plant: int = 0  # every catalogue's in the whole plant: these hold the closing back


@dataclass(frozen=True, slots=True)
class WarningRow:
    id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    employee_no: str
    unit_name: str
    level: WarningLevel
    situation: str
    measures: str
    raised_on: dt.date
    raised_by: str
    closed_on: dt.date | None
    closed_by: str
    closing_note: str


@dataclass(frozen=True, slots=True)
class Permissions:
    """What the operator may do here: the scoring rights the rights table gives them (``scoring.access``)."""

    person_id: uuid.UUID | None
    manage: bool = False  # the plant's rules and star thresholds (SCORE_RULES over the plant)
    manage_units: frozenset[uuid.UUID] = field(default_factory=frozenset)  # units whose own rules they keep
    see_warnings: bool = False  # warnings about people of the units they lead (WARNING_SEE)
    role_codes: frozenset[str] = field(default_factory=frozenset)
    close_periods: bool = False
    raise_warnings: bool = False
    confirm: bool = False  # points, where they also hold one of the rule's grantor roles
    export: bool = False  # rankings and score tables (RANKING_EXPORT)
    export_warnings: bool = False  # the warning column in such an export (WARNING_EXPORT)

    def may_keep(self, owner_unit_id: uuid.UUID | None) -> bool:
        """Whether they may add, change or retire a rule of this owner (None: a plant rule)."""
        return self.manage if owner_unit_id is None else self.manage or owner_unit_id in self.manage_units


class EntrySort(enum.Enum):
    BOOKED_ON = "booked_on"
    SUBJECT = "subject"
    RULE = "rule"
    CATEGORY = "category"
    POINTS = "points"
    STATUS = "status"
    SOURCE = "source"
    PROPOSED_AT = "proposed_at"


class StandingSort(enum.Enum):
    RANK = "rank"
    NAME = "name"
    EMPLOYEE_NO = "employee_no"
    UNIT = "unit"
    ENTRIES = "entries"
