"""Who checks: the staff of a post, and the leader, officers and zone leads of the grid above it (read from the
organisation tables, which issue 3 owns)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gridapp.inspections.kinds import CheckLevel
from gridapp.inspections.rows import GridTeam, PersonRef
from gridapp.org.kinds import RoleKind, UnitKind
from gridapp.org.models import Person, Role, RoleAssignment, Unit


@dataclass(frozen=True, slots=True)
class _UnitNode:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    kind: UnitKind
    name: str
    position: int


class OrgSnapshot:
    """The live units and the role assignments in force on one day, read once for many look-ups."""

    def __init__(self, session: Session, on: dt.date) -> None:
        self.units = {
            r[0]: _UnitNode(*r)
            for r in session.execute(
                select(Unit.id, Unit.parent_id, Unit.kind, Unit.name, Unit.position).where(Unit.deleted_at.is_(None))
            )
        }
        rows = session.execute(
            select(RoleAssignment.unit_id, Role.kind, Role.name, Role.position, Person.id, Person.name, Person.phone)
            .join(Role, Role.id == RoleAssignment.role_id)
            .join(Person, Person.id == RoleAssignment.person_id)
            .where(
                RoleAssignment.deleted_at.is_(None),
                Role.deleted_at.is_(None),
                Person.deleted_at.is_(None),
                Person.left_on.is_(None),
                RoleAssignment.starts_on <= on,
                or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= on),
            )
            .order_by(Role.position, Person.employee_no)
        ).all()
        self.roles: dict[uuid.UUID, list[tuple[RoleKind, PersonRef]]] = {}
        for unit_id, kind, role_name, _position, person_id, name, phone in rows:
            self.roles.setdefault(unit_id, []).append((kind, PersonRef(person_id, name, phone or "", role_name)))

    def ancestors(self, unit_id: uuid.UUID) -> list[uuid.UUID]:
        """``unit_id`` and every unit above it, nearest first."""
        out: list[uuid.UUID] = []
        current: uuid.UUID | None = unit_id
        while current is not None and current in self.units and current not in out:
            out.append(current)
            current = self.units[current].parent_id
        return out

    def holders(self, unit_id: uuid.UUID, kind: RoleKind) -> tuple[PersonRef, ...]:
        """Holders of ``kind`` in the nearest unit at or above ``unit_id`` that has any (a grid's officers serve
        every zone and team below it)."""
        for uid in self.ancestors(unit_id):
            found = tuple(ref for k, ref in self.roles.get(uid, ()) if k == kind)
            if found:
                return found
        return ()

    def grid_of(self, unit_id: uuid.UUID) -> uuid.UUID | None:
        """The nearest grid at or above ``unit_id``; else the nearest unit with a grid leader."""
        chain = self.ancestors(unit_id)
        for uid in chain:
            if self.units[uid].kind == UnitKind.GRID:
                return uid
        for uid in chain:
            if any(k == RoleKind.LEADER for k, _ in self.roles.get(uid, ())):
                return uid
        return chain[-1] if chain else None

    def team(self, unit_id: uuid.UUID) -> GridTeam:
        grid = self.grid_of(unit_id)
        if grid is None:
            return GridTeam("", (), (), (), None)
        below = self._subtree(grid)
        zone_leads = []
        for uid in below:
            for kind, ref in self.roles.get(uid, ()):
                if kind == RoleKind.ZONE_LEAD:
                    zone_leads.append(PersonRef(ref.id, ref.name, ref.phone, self.units[uid].name))
        here_ref = None
        for uid in self.ancestors(unit_id):
            leads = [ref for kind, ref in self.roles.get(uid, ()) if kind == RoleKind.ZONE_LEAD]
            if leads:
                here_ref = PersonRef(leads[0].id, leads[0].name, leads[0].phone, self.units[uid].name)
                break
        return GridTeam(
            grid=self.units[grid].name,
            leaders=tuple(ref for k, ref in self.roles.get(grid, ()) if k == RoleKind.LEADER),
            officers=tuple(ref for k, ref in self.roles.get(grid, ()) if k == RoleKind.OFFICER),
            zone_leads=tuple(zone_leads),
            zone_lead_here=here_ref,
        )

    def _subtree(self, root: uuid.UUID) -> list[uuid.UUID]:
        children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
        for node in self.units.values():
            children.setdefault(node.parent_id, []).append(node.id)
        for siblings in children.values():
            siblings.sort(key=lambda uid: (self.units[uid].position, self.units[uid].name))
        out, stack = [], [root]
        while stack:
            uid = stack.pop()
            out.append(uid)
            stack.extend(reversed(children.get(uid, ())))
        return out


def post_staff(session: Session, post_id: uuid.UUID) -> tuple[PersonRef, ...]:
    rows = session.execute(
        select(Person.id, Person.name, Person.phone)
        .where(Person.post_id == post_id, Person.deleted_at.is_(None), Person.left_on.is_(None))
        .order_by(Person.employee_no)
    ).all()
    return tuple(PersonRef(r[0], r[1], r[2] or "") for r in rows)


def responsible(
    org: OrgSnapshot,
    staff: dict[uuid.UUID, tuple[PersonRef, ...]],
    post_id: uuid.UUID,
    unit_id: uuid.UUID,
    level: CheckLevel,
) -> tuple[PersonRef, ...]:
    """Who checks ``level`` items of a post's card: its staff, the grid's officers, or the grid leader(s)."""
    match level:
        case CheckLevel.STAFF:
            return staff.get(post_id, ())
        case CheckLevel.OFFICER:
            return org.holders(unit_id, RoleKind.OFFICER)
        case CheckLevel.LEADER:
            return org.holders(unit_id, RoleKind.LEADER)
    return ()


def default_owner(
    org: OrgSnapshot,
    staff: dict[uuid.UUID, tuple[PersonRef, ...]],
    post_id: uuid.UUID,
    unit_id: uuid.UUID,
    level: CheckLevel,
) -> PersonRef | None:
    """The one person a round is named after until someone chooses another: the first of the post's staff for
    its daily round; for an officer's or a leader's round the holder assigned nearest the post's zone. When that
    unit has several (a grid's six officers, its two leaders), each zone below it gets the next one in turn
    (zones in tree order; holders in role order), so no two zones share an officer while there are enough."""
    if level == CheckLevel.STAFF:
        people = staff.get(post_id, ())
        return people[0] if people else None
    kind = RoleKind.OFFICER if level == CheckLevel.OFFICER else RoleKind.LEADER
    chain = org.ancestors(unit_id)
    for depth, uid in enumerate(chain):
        found = list({ref.id: ref for k, ref in org.roles.get(uid, ()) if k == kind}.values())
        if not found:
            continue
        if len(found) == 1 or depth == 0:
            return found[0]
        branch = chain[depth - 1]  # the zone (or unit) below the holders' unit on the way to the post
        siblings = sorted((n for n in org.units.values() if n.parent_id == uid), key=lambda n: (n.position, n.name))
        index = next((i for i, n in enumerate(siblings) if n.id == branch), 0)
        return found[index % len(found)]
    return None
