"""The one permission table: which kind of account may do which action, and over which part of the tree.

Every service asks ``require`` (or ``may``) with the Actor it was given; the UI asks the same to hide or disable
what the account may not do. Issue transitions and edits keep their own finer table (``gridapp.issues.workflow``:
who stands how to *this* issue); this table governs everything else, and the README shows both.

Holders: the three system accounts (三员), and for a person's account the roles they hold today in the
organisation tree: a grid leader or party secretary (LEADER), a zone lead, an officer; every active person is
STAFF. Scopes: ALL (anywhere), SUBTREE (the unit lies at or below a unit where the role is held; with no unit
named, holding the role anywhere), HOME (the unit lies on the line of the person's home unit: at, above or below it).
The plant above its only grid counts as that grid (``plant_root``), so the plant's grid leader holds what is asked
over the plant.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from gridapp import times
from gridapp.actor import Actor
from gridapp.org.kinds import RoleKind
from gridapp.org.models import Person, Role, RoleAssignment, Unit
from gridapp.org.queries import ancestor_ids
from gridapp.security.kinds import AuditResult, SystemRole

if TYPE_CHECKING:
    from gridapp.db.database import Database


class Right(enum.StrEnum):
    REPORT_ISSUE = "report_issue"
    CLOCK_SETTINGS = "clock_settings"  # feedback clocks per category and the shift calendar (plant-wide)
    CARD_EDIT = "card_edit"  # the book, cards and tables of a post, their items
    CARD_RELEASE = "card_release"  # put a card version in force
    ROUND_RECORD = "round_record"  # record a daily / weekly / monthly round for a unit
    SCORE_RULES = "score_rules"  # point rules and star thresholds
    POINTS_CONFIRM = "points_confirm"  # confirm or reject points (also needs one of the rule's grantor roles)
    PERIOD_CLOSE = "period_close"
    WARNING_SEE = "warning_see"  # red/yellow/blue warnings (seed 004: confidential)
    WARNING_RAISE = "warning_raise"
    WARNING_EXPORT = "warning_export"  # warnings in an export of rankings
    RANKING_EXPORT = "ranking_export"  # rankings and score tables to Excel or PDF
    ROSTER_IMPORT = "roster_import"
    ROSTER_EXPORT = "roster_export"  # personal data of the roster
    UNIT_TREE = "unit_tree"  # units, people, roles, guardianship and areas
    ACCOUNT_ADMIN = "account_admin"  # accounts: create, disable, reset passwords
    SECURITY_POLICY = "security_policy"  # password and session policy
    AUDIT_READ = "audit_read"  # read, verify and export the audit trail
    SYNC_SETUP = "sync_setup"  # this database's sync identity, registering stations, the plant's key
    SYNC_RUN = "sync_run"  # sync now, write and read sync files (a pump station's staff carry the USB stick)
    SYNC_CONFLICTS = "sync_conflicts"  # review the conflict archive and restore a value that lost
    SHIFT_HANDOVER = "shift_handover"  # record a unit's shift handover (交接班) and acknowledge one handed over
    PROJECT_EDIT = "project_edit"  # set up a unit's tackling projects (攻关项目), change, finish or stop them
    MEETING_RECORD = "meeting_record"  # record a unit's meetings of party life (组织生活) and their attendance
    MEETING_KINDS = "meeting_kinds"  # the catalogue of meeting kinds, their frequencies and attendees (plant-wide)
    TALK_RECORD = "talk_record"  # record a talk (谈心谈话) with a person of the unit
    SUGGESTION_SUBMIT = "suggestion_submit"  # submit a rationalisation suggestion (合理化建议) in a unit
    SUGGESTION_REVIEW = "suggestion_review"  # adopt, decline or merge a unit's suggestions; follow them to done
    TALK_READ = "talk_read"  # read talk summaries about people of the unit (personal information; the talker may too)
    CARE_READ = "care_read"  # state-of-mind files and hardship cases of the unit's people; confirm a case closed
    TRAINING_RECORD = (
        "training_record"  # record a unit's training sessions (三学四课堂) and who attended, sign-in sheets
    )
    TRAINING_SETTINGS = (
        "training_settings"  # a unit's required training hours; the catalogue of classrooms (plant-wide)
    )


class Holder(enum.StrEnum):
    SYSTEM_ADMIN = "system_admin"
    SECURITY_ADMIN = "security_admin"
    AUDITOR = "auditor"
    LEADER = "leader"  # 网格长 or 党支部书记
    ZONE_LEAD = "zone_lead"
    OFFICER = "officer"
    STAFF = "staff"


class Scope(enum.StrEnum):
    ALL = "all"
    SUBTREE = "subtree"
    HOME = "home"


H = Holder
A = Scope.ALL
T = Scope.SUBTREE

# The specification; tests/security/test_permission_matrix.py walks it for every kind of account on the demo plant.
TABLE: dict[Right, dict[Holder, Scope]] = {
    Right.REPORT_ISSUE: {H.LEADER: A, H.ZONE_LEAD: A, H.OFFICER: A, H.STAFF: A},
    Right.CLOCK_SETTINGS: {H.LEADER: T},
    Right.CARD_EDIT: {H.LEADER: T, H.ZONE_LEAD: T, H.OFFICER: T},
    Right.CARD_RELEASE: {H.LEADER: T},
    Right.ROUND_RECORD: {H.LEADER: T, H.ZONE_LEAD: T, H.OFFICER: T, H.STAFF: Scope.HOME},
    Right.SCORE_RULES: {H.LEADER: T},
    Right.POINTS_CONFIRM: {H.LEADER: T, H.ZONE_LEAD: T, H.OFFICER: T},
    Right.PERIOD_CLOSE: {H.LEADER: T},
    Right.WARNING_SEE: {H.LEADER: T},
    Right.WARNING_RAISE: {H.LEADER: T},
    Right.WARNING_EXPORT: {H.LEADER: T},
    Right.RANKING_EXPORT: {H.LEADER: A, H.ZONE_LEAD: A, H.OFFICER: A},
    Right.ROSTER_IMPORT: {H.SYSTEM_ADMIN: A, H.LEADER: T},
    Right.ROSTER_EXPORT: {H.SYSTEM_ADMIN: A, H.LEADER: T},
    Right.UNIT_TREE: {H.SYSTEM_ADMIN: A, H.LEADER: T},
    Right.ACCOUNT_ADMIN: {H.SYSTEM_ADMIN: A},
    Right.SECURITY_POLICY: {H.SECURITY_ADMIN: A},
    Right.AUDIT_READ: {H.AUDITOR: A},
    Right.SYNC_SETUP: {H.SYSTEM_ADMIN: A},
    Right.SYNC_RUN: {H.SYSTEM_ADMIN: A, H.LEADER: A, H.ZONE_LEAD: A, H.OFFICER: A, H.STAFF: A},
    Right.SYNC_CONFLICTS: {H.SYSTEM_ADMIN: A, H.LEADER: A},
    Right.SHIFT_HANDOVER: {H.LEADER: T, H.ZONE_LEAD: T, H.OFFICER: T, H.STAFF: Scope.HOME},
    Right.PROJECT_EDIT: {H.LEADER: T, H.OFFICER: T},
    Right.MEETING_RECORD: {H.LEADER: T, H.ZONE_LEAD: T, H.OFFICER: T},
    Right.MEETING_KINDS: {H.LEADER: T},
    Right.TALK_RECORD: {H.LEADER: T, H.ZONE_LEAD: T, H.OFFICER: T, H.STAFF: Scope.HOME},
    Right.TALK_READ: {H.LEADER: T},
    Right.CARE_READ: {H.LEADER: T},
    Right.TRAINING_RECORD: {H.LEADER: T, H.ZONE_LEAD: T, H.OFFICER: T},
    Right.TRAINING_SETTINGS: {H.LEADER: T},
    Right.SUGGESTION_SUBMIT: {H.LEADER: A, H.ZONE_LEAD: A, H.OFFICER: A, H.STAFF: A},
    Right.SUGGESTION_REVIEW: {H.LEADER: T, H.ZONE_LEAD: T, H.OFFICER: T},
}

ROLE_HOLDERS: dict[RoleKind, Holder] = {
    RoleKind.LEADER: H.LEADER,
    RoleKind.SECRETARY: H.LEADER,
    RoleKind.ZONE_LEAD: H.ZONE_LEAD,
    RoleKind.OFFICER: H.OFFICER,
}
SYSTEM_HOLDERS: dict[SystemRole, Holder] = {
    SystemRole.SYSTEM_ADMIN: H.SYSTEM_ADMIN,
    SystemRole.SECURITY_ADMIN: H.SECURITY_ADMIN,
    SystemRole.AUDITOR: H.AUDITOR,
}


class AccessDenied(Exception):
    """The account lacks ``right`` (over ``unit_id``, when one is named); nothing was written."""

    def __init__(self, right: Right, unit_id: uuid.UUID | None = None) -> None:
        super().__init__(f"{right.value}" + (f" on {unit_id}" if unit_id else ""))
        self.right = right
        self.unit_id = unit_id


def plant_today() -> dt.date:
    return times.plant_today()


def _role_kinds(holders: Iterable[Holder]) -> list[RoleKind]:
    wanted = set(holders)
    return sorted(kind for kind, holder in ROLE_HOLDERS.items() if holder in wanted)


def _holds(
    session: Session, person_id: uuid.UUID, kinds: list[RoleKind], unit_id: uuid.UUID | None, on: dt.date
) -> bool:
    if not kinds:
        return False
    condition = [
        RoleAssignment.person_id == person_id,
        RoleAssignment.role_id == Role.id,
        Role.kind.in_(kinds),
        RoleAssignment.deleted_at.is_(None),
        Role.deleted_at.is_(None),
        RoleAssignment.starts_on <= on,
        or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= on),
    ]
    if unit_id is not None:
        condition.append(RoleAssignment.unit_id.in_(ancestor_ids(unit_id)))
    return bool(session.scalar(select(exists().where(*condition))))


def _on_home_line(session: Session, person_id: uuid.UUID, unit_id: uuid.UUID | None) -> bool:
    home = session.scalar(
        select(Person.home_unit_id).where(Person.id == person_id, Person.deleted_at.is_(None), Person.left_on.is_(None))
    )
    if home is None:
        return False
    if unit_id is None or unit_id == home:
        return True
    above_unit = set(session.scalars(ancestor_ids(unit_id)))
    if home in above_unit:
        return True
    return unit_id in set(session.scalars(ancestor_ids(home)))


def _active_person(session: Session, person_id: uuid.UUID) -> bool:
    return (
        session.scalar(
            select(Person.id).where(Person.id == person_id, Person.deleted_at.is_(None), Person.left_on.is_(None))
        )
        is not None
    )


def may(
    session: Session, actor: Actor, right: Right, unit_id: uuid.UUID | None = None, on: dt.date | None = None
) -> bool:
    """Whether ``actor`` may do ``right`` (over ``unit_id``); the station itself may do everything."""
    if actor.is_station:
        return True
    grants = TABLE[right]
    if actor.system_role is not None:
        return SYSTEM_HOLDERS[actor.system_role] in grants
    person = actor.person_id
    if person is None:
        return False
    on = on or plant_today()
    anywhere = [h for h, scope in grants.items() if scope is Scope.ALL]
    if H.STAFF in anywhere and _active_person(session, person):
        return True
    if _holds(session, person, _role_kinds(anywhere), None, on):
        return True
    if unit_id is not None:
        chain = _root_chain(session)
        if unit_id in chain:  # the plant above its only grid is the grid's (see plant_root)
            unit_id = chain[-1]
    in_subtree = [h for h, scope in grants.items() if scope is Scope.SUBTREE]
    if _holds(session, person, _role_kinds(in_subtree), unit_id, on):
        return True
    return grants.get(H.STAFF) is Scope.HOME and _on_home_line(session, person, unit_id)


def require(
    session: Session, actor: Actor, right: Right, unit_id: uuid.UUID | None = None, on: dt.date | None = None
) -> None:
    """Raise AccessDenied unless ``actor`` may do ``right``; the write it guards rolls back and the refusal is audited."""
    if not may(session, actor, right, unit_id, on):
        raise AccessDenied(right, unit_id)


def audited_export(
    db: Database, actor: Actor, right: Right, what: str, detail: dict[str, Any], unit_id: uuid.UUID | None = None
) -> None:
    """Personal or confidential data is about to leave the app (a file or a print): raise AccessDenied unless
    ``actor`` may do ``right``. Either way the trail records it as ``export.<what>``, since no write transaction
    (which audits by itself) is involved."""
    with db.read() as s:
        allowed = may(s, actor, right, unit_id)
    action = f"export.{what}"
    if not allowed:
        db.audit_event(actor, action, AuditResult.DENIED, {"refused": f"right:{right.value}", **detail})
        raise AccessDenied(right, unit_id)
    db.audit_event(actor, action, detail=detail)


def _root_chain(session: Session) -> list[uuid.UUID]:
    """The root and, while a unit has one child only, that child: units that hold the same organisation."""
    chain: list[uuid.UUID] = []
    unit = session.scalar(select(Unit.id).where(Unit.parent_id.is_(None), Unit.deleted_at.is_(None)).limit(1))
    while unit is not None:
        chain.append(unit)
        children = session.scalars(
            select(Unit.id).where(Unit.parent_id == unit, Unit.deleted_at.is_(None)).limit(2)
        ).all()
        unit = children[0] if len(children) == 1 else None
    return chain


def plant_root(session: Session) -> uuid.UUID | None:
    """The unit a plant-wide setting is asked over: the root, or the unit below it while it has one child only.

    A plant is usually one party branch's grid (东湖水厂 → 东湖水厂党支部红色网格): its grid leader is the plant's, though
    the role is held on the grid and not on the plant above it. Where a plant holds several grids, only a role held
    above all of them covers a plant-wide setting.
    """
    chain = _root_chain(session)
    return chain[-1] if chain else None
