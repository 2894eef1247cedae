"""Roles: the catalogue (and which roles are for party members), who holds which role in which unit when, a unit's
header, and what is missing or held by the wrong person."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import PARTY_MEMBERS, RoleKind, UnitKind
from gridapp.org.models import Person, Role, RoleAssignment, Unit
from gridapp.org.queries import UnitIndex, active_on, today
from gridapp.org.rows import (
    AssignmentRow,
    OfficerSlot,
    RoleRow,
    RoleWarning,
    UnitHeader,
    UnitRow,
    WarningKind,
    ZoneLeads,
)
from gridapp.org.settings import PARTY_REQUIRED_ROLES, read_setting, write_setting
from gridapp.org.tree import require_units
from gridapp.security.rights import plant_root

KIND_ORDER = {RoleKind.LEADER: 0, RoleKind.SECRETARY: 1, RoleKind.OFFICER: 2, RoleKind.ZONE_LEAD: 3, RoleKind.OTHER: 4}
LEADER_EXPECTED = frozenset({UnitKind.GRID, UnitKind.NET})  # 网格长 / 网长
OFFICERS_EXPECTED = frozenset({UnitKind.GRID})  # 六大员 / 八大员 work in a grid
LEAD_EXPECTED = frozenset({UnitKind.ZONE})  # 责任区负责人


def assignment_query() -> Select[Any]:
    return (
        select(
            RoleAssignment.id,
            Role.id,
            Role.code,
            Role.kind,
            Role.name,
            Role.position,
            Person.id,
            Person.name,
            Person.employee_no,
            Unit.id,
            Unit.name,
            RoleAssignment.starts_on,
            RoleAssignment.ends_on,
        )
        .join(Role, Role.id == RoleAssignment.role_id)
        .join(Person, Person.id == RoleAssignment.person_id)
        .join(Unit, Unit.id == RoleAssignment.unit_id)
        .where(RoleAssignment.deleted_at.is_(None), Person.deleted_at.is_(None), Unit.deleted_at.is_(None))
    )


def _row(r: Any) -> AssignmentRow:
    return AssignmentRow(*r)


def _role_row(role: Role, reserved: set[uuid.UUID] | frozenset[uuid.UUID] = frozenset()) -> RoleRow:
    return RoleRow(role.id, role.code, role.kind, role.name, role.duty, role.in_use, role.position, role.id in reserved)


def _sort_key(a: AssignmentRow) -> tuple[Any, ...]:
    return (KIND_ORDER[a.role_kind], a.role_position, a.starts_on, a.person_name)


def party_required_ids(session: Session) -> set[uuid.UUID]:
    """The roles the plant reserves for party members (the setting names role codes or ``@<kind>``)."""
    tokens = {t.strip() for t in read_setting(session, PARTY_REQUIRED_ROLES).split(",") if t.strip()}
    return {
        role_id
        for role_id, code, kind in session.execute(
            select(Role.id, Role.code, Role.kind).where(Role.deleted_at.is_(None))
        )
        if code in tokens or f"@{kind.value}" in tokens
    }


def role_warnings(session: Session, on: dt.date | None = None) -> dict[uuid.UUID, list[RoleWarning]]:
    """Grids and nets without an active leader, officer roles in use that nobody holds in a grid, responsibility
    zones without a lead, and roles reserved for party members held by someone who is not one."""
    day = on or today()
    units = session.execute(
        select(Unit.id, Unit.name, Unit.kind).where(
            Unit.deleted_at.is_(None), Unit.kind.in_(LEADER_EXPECTED | LEAD_EXPECTED)
        )
    ).all()
    reserved = party_required_ids(session)
    held: defaultdict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    led: set[uuid.UUID] = set()
    non_members: defaultdict[uuid.UUID, list[RoleWarning]] = defaultdict(list)
    for unit_id, unit_name, role_id, kind, role_name, person_name, status in session.execute(
        select(RoleAssignment.unit_id, Unit.name, Role.id, Role.kind, Role.name, Person.name, Person.party_status)
        .join(Role, Role.id == RoleAssignment.role_id)
        .join(Person, Person.id == RoleAssignment.person_id)
        .join(Unit, Unit.id == RoleAssignment.unit_id)
        .where(
            active_on(day),
            Person.deleted_at.is_(None),
            Person.left_on.is_(None) | (Person.left_on > day),
            Unit.deleted_at.is_(None),
        )
        .order_by(Role.position, Person.name)
    ):
        held[unit_id].add(role_id)
        if kind in (RoleKind.LEADER, RoleKind.ZONE_LEAD):
            led.add(unit_id)
        if role_id in reserved and status not in PARTY_MEMBERS:
            non_members[unit_id].append(
                RoleWarning(WarningKind.NOT_PARTY_MEMBER, unit_id, unit_name, role_name, person_name)
            )
    officers = session.execute(
        select(Role.id, Role.name)
        .where(Role.deleted_at.is_(None), Role.in_use, Role.kind == RoleKind.OFFICER)
        .order_by(Role.position)
    ).all()
    found: dict[uuid.UUID, list[RoleWarning]] = {}
    for unit_id, name, kind in units:
        warnings = []
        if unit_id not in led:
            # a zone's lead is its 责任区负责人, a grid's or net's its leader: both are the unit's head
            warnings.append(
                RoleWarning(WarningKind.NO_ZONE_LEAD if kind in LEAD_EXPECTED else WarningKind.NO_LEADER, unit_id, name)
            )
        if kind in OFFICERS_EXPECTED:
            warnings += [
                RoleWarning(WarningKind.EMPTY_OFFICER_ROLE, unit_id, name, role_name)
                for role_id, role_name in officers
                if role_id not in held[unit_id]
            ]
        if warnings:
            found[unit_id] = warnings
    for unit_id, warnings in non_members.items():
        found.setdefault(unit_id, []).extend(warnings)
    return found


class RoleService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # the catalogue

    def roles(self, in_use_only: bool = False) -> list[RoleRow]:
        query = select(Role).where(Role.deleted_at.is_(None))
        if in_use_only:
            query = query.where(Role.in_use)
        with self._db.read() as s:
            reserved = party_required_ids(s)
            rows = [_role_row(r, reserved) for r in s.scalars(query)]
        return sorted(rows, key=lambda r: (KIND_ORDER[r.kind], r.position, r.name))

    def update_role(self, actor: Actor, role_id: uuid.UUID, name: str, in_use: bool) -> RoleRow:
        """Rename a role or take it in or out of use (a site picks six officers of eight); returns it as it was."""
        from gridapp.org.normalize import clean_text

        clean = clean_text(name).value
        if not clean:
            raise OrgError(OrgProblem.NAME_REQUIRED)
        if len(clean) > 40:
            raise OrgError(OrgProblem.NAME_TOO_LONG, limit=40)
        with self._db.write(actor) as s:
            require_units(s, actor, plant_root(s))  # the catalogue of roles is plant-wide
            role = s.get(Role, role_id)
            if role is None or role.deleted_at is not None:
                raise OrgError(OrgProblem.NOT_FOUND)
            before = _role_row(role)
            role.name, role.in_use = clean, in_use
        return before

    def set_party_required(self, actor: Actor, role_id: uuid.UUID, required: bool) -> bool:
        """Reserve a role for party members (or not); returns whether it was. Holders who are not members are
        then flagged, never removed."""
        with self._db.write(actor) as s:
            require_units(s, actor, plant_root(s))  # a plant-wide setting, like the catalogue
            role = s.get(Role, role_id)
            if role is None or role.deleted_at is not None:
                raise OrgError(OrgProblem.NOT_FOUND)
            reserved = party_required_ids(s)
            before = role_id in reserved
            reserved = reserved | {role_id} if required else reserved - {role_id}
            # Written out as role codes from now on: a role added to the catalogue later starts unreserved.
            codes = s.scalars(select(Role.code).where(Role.id.in_(reserved)).order_by(Role.position)).all()
            write_setting(s, PARTY_REQUIRED_ROLES, ",".join(codes))
            return before

    def appointment_warning(self, role_id: uuid.UUID, person_id: uuid.UUID) -> RoleWarning | None:
        """What to tell the person appointing before ``person_id`` takes ``role_id``: a non-member in a role the
        plant reserves for party members (the seeds choose party members as 网格长 and officers)."""
        with self._db.read() as s:
            role, person = s.get(Role, role_id), s.get(Person, person_id)
            if role is None or person is None or role_id not in party_required_ids(s):
                return None
            if person.party_status in PARTY_MEMBERS:
                return None
            return RoleWarning(WarningKind.NOT_PARTY_MEMBER, uuid.UUID(int=0), "", role.name, person.name)

    # assignments

    def assign(
        self,
        actor: Actor,
        role_id: uuid.UUID,
        person_id: uuid.UUID,
        unit_id: uuid.UUID,
        starts_on: dt.date,
        ends_on: dt.date | None = None,
    ) -> uuid.UUID:
        """``person_id`` holds ``role_id`` in ``unit_id`` from ``starts_on`` (to ``ends_on`` inclusive)."""
        if ends_on is not None and ends_on < starts_on:
            raise OrgError(OrgProblem.DATES_REVERSED)
        with self._db.write(actor) as s:
            require_units(s, actor, unit_id)
            role = s.get(Role, role_id)
            person = s.get(Person, person_id)
            unit = s.get(Unit, unit_id)
            if any(x is None or x.deleted_at is not None for x in (role, person, unit)):
                raise OrgError(OrgProblem.NOT_FOUND)
            assert role is not None and person is not None and unit is not None
            if not role.in_use:
                raise OrgError(OrgProblem.ROLE_NOT_IN_USE, role=role.name)
            if person.left_on is not None and person.left_on <= starts_on:
                raise OrgError(OrgProblem.PERSON_HAS_LEFT, name=person.name)
            assignment = RoleAssignment(
                id=uuid.uuid4(),
                role_id=role_id,
                person_id=person_id,
                unit_id=unit_id,
                starts_on=starts_on,
                ends_on=ends_on,
            )
            _check_overlap(s, assignment)
            s.add(assignment)
            return assignment.id

    def set_end(self, actor: Actor, assignment_id: uuid.UUID, ends_on: dt.date | None) -> dt.date | None:
        """End an assignment on ``ends_on`` (or reopen it with None); returns the end it had before."""
        with self._db.write(actor) as s:
            assignment = _live(s, assignment_id)
            require_units(s, actor, assignment.unit_id)
            if ends_on is not None and ends_on < assignment.starts_on:
                raise OrgError(OrgProblem.DATES_REVERSED)
            before = assignment.ends_on
            assignment.ends_on = ends_on
            if ends_on is None or (before is not None and ends_on > before):
                _check_overlap(s, assignment)
            return before

    def delete_assignment(self, actor: Actor, assignment_id: uuid.UUID) -> None:
        """Remove an assignment entered by mistake (ending it keeps history; this does not)."""
        with self._db.write(actor) as s:
            assignment = _live(s, assignment_id)
            require_units(s, actor, assignment.unit_id)
            assignment.mark_deleted()

    def restore_assignment(self, actor: Actor, assignment_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            assignment = s.get(RoleAssignment, assignment_id)
            if assignment is None:
                raise OrgError(OrgProblem.NOT_FOUND)
            require_units(s, actor, assignment.unit_id)
            assignment.deleted_at = None
            _check_overlap(s, assignment)

    # reading

    def assignment(self, assignment_id: uuid.UUID) -> AssignmentRow | None:
        with self._db.read() as s:
            row = s.execute(assignment_query().where(RoleAssignment.id == assignment_id)).first()
        return _row(row) if row else None

    def history(self, unit_id: uuid.UUID | None = None, person_id: uuid.UUID | None = None) -> list[AssignmentRow]:
        """Who held which role when (ended ones too), newest start first within each role."""
        query = assignment_query()
        if unit_id is not None:
            query = query.where(RoleAssignment.unit_id == unit_id)
        if person_id is not None:
            query = query.where(RoleAssignment.person_id == person_id)
        with self._db.read() as s:
            rows = [_row(r) for r in s.execute(query)]
        rows.sort(key=lambda a: (KIND_ORDER[a.role_kind], a.role_position, a.role_name, -a.starts_on.toordinal()))
        return rows

    def unit_roles(
        self, unit_id: uuid.UUID, on: dt.date | None = None, zone_leads_below: bool = True
    ) -> list[AssignmentRow]:
        day = on or today()
        with self._db.read() as s:
            index = UnitIndex(s)
            if unit_id not in index:
                return []
            return _unit_roles(s, index, unit_id, day, zone_leads_below)

    def header(self, unit: UnitRow, on: dt.date | None = None) -> UnitHeader:
        """``unit`` at a glance (one read: the tree's row is reused, nothing is counted again)."""
        day = on or today()
        with self._db.read() as s:
            index = UnitIndex(s)
            if unit.id not in index:
                raise OrgError(OrgProblem.NOT_FOUND)
            rows = _unit_roles(s, index, unit.id, day, True)
            reserved = party_required_ids(s)
            catalogue = [_role_row(r, reserved) for r in s.scalars(select(Role).where(Role.deleted_at.is_(None)))]
            warnings = role_warnings(s, day)
        catalogue.sort(key=lambda r: (KIND_ORDER[r.kind], r.position, r.name))
        own = [a for a in rows if a.unit_id == unit.id]
        held_officers = {a.role_id for a in own if a.role_kind == RoleKind.OFFICER}
        officers = [
            r
            for r in catalogue
            if r.kind == RoleKind.OFFICER and (r.id in held_officers or (r.in_use and unit.kind in OFFICERS_EXPECTED))
        ]
        slots = tuple(OfficerSlot(role, tuple(a for a in own if a.role_id == role.id)) for role in officers)
        subtree = index.descendants(unit.id)
        zones = [u for u in subtree if index.kind[u] == UnitKind.ZONE]
        if unit.kind != UnitKind.ZONE and any(a.role_kind == RoleKind.ZONE_LEAD for a in own):
            zones.insert(0, unit.id)
        leads: dict[uuid.UUID, list[AssignmentRow]] = {}
        for a in rows:
            if a.role_kind == RoleKind.ZONE_LEAD:
                leads.setdefault(a.unit_id, []).append(a)
        zone_leads = tuple(ZoneLeads(zone, index.name[zone], tuple(leads.get(zone, ()))) for zone in zones)
        return UnitHeader(
            unit=unit,
            path=index.path(unit.id),
            leaders=tuple(a for a in own if a.role_kind == RoleKind.LEADER),
            secretaries=tuple(a for a in own if a.role_kind == RoleKind.SECRETARY),
            officers=slots,
            zone_leads=zone_leads,
            others=tuple(a for a in own if a.role_kind == RoleKind.OTHER),
            warnings=tuple(w for u in subtree for w in warnings.get(u, ())),
        )


def _unit_roles(
    session: Session, index: UnitIndex, unit_id: uuid.UUID, day: dt.date, zone_leads_below: bool
) -> list[AssignmentRow]:
    below = [u for u in index.descendants(unit_id)[1:] if index.kind[u] == UnitKind.ZONE]
    query = assignment_query().where(active_on(day), Person.left_on.is_(None) | (Person.left_on > day))
    own = [_row(r) for r in session.execute(query.where(RoleAssignment.unit_id == unit_id))]
    zones: list[AssignmentRow] = []
    if zone_leads_below and below:
        order = {u: i for i, u in enumerate(below)}
        zones = [
            _row(r)
            for r in session.execute(query.where(RoleAssignment.unit_id.in_(below), Role.kind == RoleKind.ZONE_LEAD))
        ]
        zones.sort(key=lambda a: (order[a.unit_id], a.starts_on, a.person_name))
    own.sort(key=_sort_key)
    head = [a for a in own if a.role_kind != RoleKind.OTHER]
    tail = [a for a in own if a.role_kind == RoleKind.OTHER]
    return head + zones + tail


def _live(session: Session, assignment_id: uuid.UUID) -> RoleAssignment:
    assignment = session.get(RoleAssignment, assignment_id)
    if assignment is None or assignment.deleted_at is not None:
        raise OrgError(OrgProblem.NOT_FOUND)
    return assignment


def _check_overlap(session: Session, assignment: RoleAssignment) -> None:
    """The same person cannot hold the same role in the same unit twice over any day."""
    far = dt.date.max
    clash = session.execute(
        select(Person.name, Role.name, Unit.name)
        .select_from(RoleAssignment)
        .join(Person, Person.id == RoleAssignment.person_id)
        .join(Role, Role.id == RoleAssignment.role_id)
        .join(Unit, Unit.id == RoleAssignment.unit_id)
        .where(
            RoleAssignment.deleted_at.is_(None),
            RoleAssignment.id != assignment.id,
            RoleAssignment.person_id == assignment.person_id,
            RoleAssignment.role_id == assignment.role_id,
            RoleAssignment.unit_id == assignment.unit_id,
            RoleAssignment.starts_on <= (assignment.ends_on or far),
            RoleAssignment.ends_on.is_(None) | (RoleAssignment.ends_on >= assignment.starts_on),
        )
        .limit(1)
    ).first()
    if clash:
        raise OrgError(OrgProblem.ROLE_OVERLAP, name=clash[0], role=clash[1], unit=clash[2])
