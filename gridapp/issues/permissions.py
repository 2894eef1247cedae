"""How the acting person stands to an issue (manager, officer, assignee, …), from today's role assignments.

The logged-in person acts, and what they may do follows from the roles they hold in the organisation tree (see the
rule table in ``gridapp.issues.workflow``, which ``gridapp.security.rights`` names for every other action).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.issues.kinds import Party
from gridapp.issues.models import Issue, IssuePartner
from gridapp.org.kinds import RoleKind
from gridapp.org.models import Role, RoleAssignment, Unit
from gridapp.org.queries import ancestor_ids

MANAGER_ROLES = frozenset({RoleKind.LEADER, RoleKind.SECRETARY, RoleKind.ZONE_LEAD})
OFFICER_ROLES = frozenset({RoleKind.OFFICER})


def plant_of(session: Session, unit_id: uuid.UUID) -> uuid.UUID:
    """The root of the tree ``unit_id`` belongs to."""
    chain = select(Unit.id, Unit.parent_id).where(Unit.id == unit_id).cte("chain", recursive=True)
    parent = aliased(Unit)
    chain = chain.union_all(select(parent.id, parent.parent_id).where(parent.id == chain.c.parent_id))
    root = session.scalar(select(chain.c.id).where(chain.c.parent_id.is_(None)))
    return root or unit_id


def live_parent(session: Session, unit_id: uuid.UUID) -> uuid.UUID | None:
    parent = aliased(Unit)
    return session.scalar(
        select(parent.id)
        .select_from(Unit)
        .join(parent, parent.id == Unit.parent_id)
        .where(Unit.id == unit_id, parent.deleted_at.is_(None))
    )


def role_kinds_above(session: Session, person_id: uuid.UUID, unit_id: uuid.UUID, today: dt.date) -> set[RoleKind]:
    """The kinds of role ``person_id`` holds today in ``unit_id`` or any unit above it."""
    kinds = session.scalars(
        select(Role.kind)
        .join(RoleAssignment, RoleAssignment.role_id == Role.id)
        .where(
            RoleAssignment.person_id == person_id,
            RoleAssignment.deleted_at.is_(None),
            RoleAssignment.starts_on <= today,
            or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= today),
            RoleAssignment.unit_id.in_(ancestor_ids(unit_id)),
        )
    )
    return set(kinds)


def anyone_in_charge(session: Session, unit_id: uuid.UUID, today: dt.date) -> bool:
    """Whether someone holds a manager's or an officer's role today in ``unit_id`` or above (who could take over an
    escalated issue)."""
    found = session.scalar(
        select(RoleAssignment.id)
        .join(Role, Role.id == RoleAssignment.role_id)
        .where(
            Role.kind.in_(sorted(MANAGER_ROLES | OFFICER_ROLES)),
            RoleAssignment.deleted_at.is_(None),
            RoleAssignment.starts_on <= today,
            or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= today),
            RoleAssignment.unit_id.in_(ancestor_ids(unit_id)),
        )
        .limit(1)
    )
    return found is not None


def parties_of(session: Session, actor: Actor, issue: Issue, today: dt.date) -> frozenset[Party]:
    if actor.is_station:
        return frozenset({Party.SYSTEM})
    person = actor.person_id
    if person is None:  # a system account (三员) holds no business role
        return frozenset()
    found: set[Party] = set()
    kinds = role_kinds_above(session, person, issue.unit_id, today)
    if kinds & MANAGER_ROLES:
        found.add(Party.MANAGER)
    if kinds & OFFICER_ROLES:
        found.add(Party.OFFICER)
    if person in (issue.assignee_id, issue.lead_id):
        found.add(Party.ASSIGNEE)
    if person == issue.supervisor_id:
        found.add(Party.SUPERVISOR)
    if person == issue.reporter_id:
        found.add(Party.REPORTER)
    partner = session.scalar(
        select(IssuePartner.id).where(
            IssuePartner.issue_id == issue.id, IssuePartner.person_id == person, IssuePartner.deleted_at.is_(None)
        )
    )
    if partner is not None:
        found.add(Party.PARTNER)
    return frozenset(found)
