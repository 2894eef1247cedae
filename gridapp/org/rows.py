"""Plain read-only rows the organisation services hand to the UI (no ORM objects leave a service)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field

from gridapp.org.kinds import Gender, PartyStatus, RoleKind, UnitKind


class WarningKind(enum.Enum):
    NO_LEADER = "no_leader"  # a grid (or net) without an active leader
    EMPTY_OFFICER_ROLE = "empty_officer_role"  # an officer role in use that nobody holds in a grid
    NO_ZONE_LEAD = "no_zone_lead"  # a responsibility zone (责任区) without an active zone lead
    NOT_PARTY_MEMBER = "not_party_member"  # a role the plant reserves for party members, held by a non-member


@dataclass(frozen=True, slots=True)
class RoleWarning:
    """Flagged, never blocking: the branch secretary fixes it when they can."""

    kind: WarningKind
    unit_id: uuid.UUID
    unit_name: str
    role_name: str = ""  # the empty officer role; the role held by a non-member
    person_name: str = ""  # the non-member holding it


@dataclass(frozen=True, slots=True)
class UnitRow:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    kind: UnitKind
    name: str
    code: str
    position: int
    people: int  # active people whose home unit is in this subtree
    party_members: int
    warnings: tuple[RoleWarning, ...] = ()  # of this unit itself


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: uuid.UUID
    name: str
    employee_no: str
    gender: Gender | None
    post: str
    unit_id: uuid.UUID  # the home unit
    unit: str  # the home unit's name
    party_status: PartyStatus
    phone: str
    left_on: dt.date | None
    post_id: uuid.UUID | None = None
    team: str = ""  # the home unit's name when it is a team (班组)
    department: str = ""  # the unit the person works in above any team (a zone, a grid…)

    @property
    def active(self) -> bool:
        return self.left_on is None


class PersonSort(enum.Enum):
    EMPLOYEE_NO = "employee_no"
    NAME = "name"
    GENDER = "gender"
    POST = "post"
    UNIT = "unit"
    TEAM = "team"
    PARTY_STATUS = "party_status"
    PHONE = "phone"
    LEFT_ON = "left_on"


@dataclass(frozen=True, slots=True)
class PersonFields:
    """What a person is made of when added or edited (the dialog and the roster import fill it)."""

    name: str
    employee_no: str
    home_unit_id: uuid.UUID
    party_status: PartyStatus = PartyStatus.MASSES
    gender: Gender | None = None
    post_id: uuid.UUID | None = None
    phone: str = ""
    left_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PostRow:
    id: uuid.UUID
    unit_id: uuid.UUID
    unit: str
    name: str


@dataclass(frozen=True, slots=True)
class RoleRow:
    id: uuid.UUID
    code: str
    kind: RoleKind
    name: str
    duty: str
    in_use: bool
    position: int
    party_required: bool = False  # holders should be party members (a plant setting; flagged, never refused)


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    """A person holding a role in a unit for a period (``ends_on`` inclusive; None: still holds it)."""

    id: uuid.UUID
    role_id: uuid.UUID
    role_code: str
    role_kind: RoleKind
    role_name: str
    role_position: int
    person_id: uuid.UUID
    person_name: str
    employee_no: str
    unit_id: uuid.UUID
    unit_name: str
    starts_on: dt.date
    ends_on: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or self.ends_on >= day)


@dataclass(frozen=True, slots=True)
class OfficerSlot:
    """One officer role of a grid and who holds it now (empty: flagged)."""

    role: RoleRow
    holders: tuple[AssignmentRow, ...]


@dataclass(frozen=True, slots=True)
class ZoneLeads:
    zone_id: uuid.UUID
    zone_name: str
    leads: tuple[AssignmentRow, ...]


@dataclass(frozen=True, slots=True)
class UnitHeader:
    """A unit at a glance: who leads it, its officers, the leads of the zones below it, and what is missing."""

    unit: UnitRow
    path: str  # 东湖水厂 / 东湖水厂党支部红色网格 / …
    leaders: tuple[AssignmentRow, ...]
    secretaries: tuple[AssignmentRow, ...]
    officers: tuple[OfficerSlot, ...]
    zone_leads: tuple[ZoneLeads, ...]  # this unit's own zone leads first when it is a zone
    others: tuple[AssignmentRow, ...]
    warnings: tuple[RoleWarning, ...]


@dataclass(frozen=True, slots=True)
class GuardianshipRow:
    """A guardian answering for one person (1+N) or one area (包保)."""

    id: uuid.UUID
    guardian_id: uuid.UUID
    guardian_name: str
    ward_id: uuid.UUID | None
    ward_name: str
    ward_employee_no: str
    area_id: uuid.UUID | None
    area_name: str
    starts_on: dt.date
    ends_on: dt.date | None


@dataclass(frozen=True, slots=True)
class AreaRow:
    id: uuid.UUID
    unit_id: uuid.UUID
    unit: str
    name: str
    kind: str
    claimer_id: uuid.UUID | None
    claimer: str
    duties: str
    has_photo: bool
    guardians: tuple[str, ...] = ()
    code: str = ""  # the place code its placard's QR says (RG:AREA:<code>)


@dataclass(frozen=True, slots=True)
class AreaFields:
    unit_id: uuid.UUID
    name: str
    kind: str = ""
    claimer_id: uuid.UUID | None = None
    duties: str = ""


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """Everything the detail panel shows about one person."""

    person: PersonRow
    unit_path: str
    roles: tuple[AssignmentRow, ...]  # every role ever held, newest first
    guardians: tuple[GuardianshipRow, ...]  # who answers for this person (active)
    wards: tuple[GuardianshipRow, ...]  # whom and which areas this person answers for (active)
    claimed_areas: tuple[AreaRow, ...]


@dataclass(frozen=True, slots=True)
class UnitContents:
    """What stands in the way of deleting a unit."""

    children: int
    people: int  # live people (active or left) whose home unit it is
    posts: int
    areas: int
    active_roles: int

    @property
    def movable(self) -> int:
        return self.people + self.posts + self.areas


@dataclass(frozen=True, slots=True)
class DeletedUnit:
    """What deleting a unit did, so that undo can put everything back."""

    unit_id: uuid.UUID
    reassigned_to: uuid.UUID | None = None
    people: tuple[uuid.UUID, ...] = ()
    posts: tuple[uuid.UUID, ...] = ()
    areas: tuple[uuid.UUID, ...] = ()
    ended_roles: tuple[tuple[uuid.UUID, dt.date | None], ...] = ()  # assignment, its end before


@dataclass(frozen=True, slots=True)
class PeopleMove:
    """Where moved people were before, so that undo can put them back."""

    before: tuple[tuple[uuid.UUID, uuid.UUID, uuid.UUID | None], ...]  # person, home unit, post


@dataclass(frozen=True, slots=True)
class LeftRecord:
    """What marking a person as left ended, so that undo can reopen it."""

    person_id: uuid.UUID
    left_on_before: dt.date | None = None
    ended_roles: tuple[tuple[uuid.UUID, dt.date | None], ...] = ()  # assignment, its end before
    ended_links: tuple[tuple[uuid.UUID, dt.date | None], ...] = ()  # guardianship, its end before
    released_areas: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True, slots=True)
class UnitCoverage:
    """Guardianship and area coverage of one unit's subtree."""

    unit_id: uuid.UUID
    name: str
    depth: int
    staff: int  # active people who need a guardian
    covered: int
    areas: int
    claimed: int

    @property
    def uncovered(self) -> int:
        return self.staff - self.covered

    @property
    def unclaimed(self) -> int:
        return self.areas - self.claimed


@dataclass(frozen=True, slots=True)
class CoverageGap:
    """An employee without a guardian, or an area without a claimer."""

    unit_id: uuid.UUID
    unit_path: str
    id: uuid.UUID
    name: str
    detail: str  # employee no. / area kind
    extra: str = ""  # post / —


@dataclass(frozen=True, slots=True)
class GuardianLoad:
    guardian_id: uuid.UUID
    name: str
    unit: str
    wards: int
    party_member: bool


@dataclass(frozen=True, slots=True)
class CoverageReport:
    """ "全覆盖、无遗漏": who has no guardian, which area no claimer, per unit, on a day."""

    unit_id: uuid.UUID
    unit_path: str
    on: dt.date
    includes_party_members: bool  # whether party members themselves must have a guardian
    max_wards: int
    units: tuple[UnitCoverage, ...]
    unguarded: tuple[CoverageGap, ...]
    unclaimed: tuple[CoverageGap, ...]
    overloaded: tuple[GuardianLoad, ...] = field(default=())  # over the 1+N limit, or no longer party members

    @property
    def complete(self) -> bool:
        return not self.unguarded and not self.unclaimed
