"""My to-do (我的待办): what waits for the logged-in person across the issue board, the rounds and the points.

Issues come from three reads of the ``issue`` table: by the units where the person is a manager or an officer (the
subtree below each such role, over the ``(unit_id, state)`` index), as assignee (the ``(assignee_id, state)``
index), and as lead, supervisor or reporter (one read; the planner combines the partial lead and supervisor indexes
and the reporter index, migration 0024); partners
come through ``issue_partner.person_id``. Each issue is listed once, under the first kind of ``TodoKind`` it
fits. Due rounds come from ``RoundService.due`` and points from the proposals the person may confirm.

With ``first`` (the dock), each issue group holds only its ``first`` most urgent issues, read by one ordered, limited
statement per group (the group's rows are a union of index look-ups, so the read never grows with the plant), and its
true count: from the tallies for the unit groups (to assign, escalated, to close), counted up to ``tallies.CAP``
otherwise. The rest of a group is on the issue board, through ``IssueFilter.todo_group`` (``group_condition``).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, case, false, func, literal, not_, or_, select, union
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.inspections.rows import DueStatus
from gridapp.issues import tallies
from gridapp.issues.kinds import HazardGrade, IssueState
from gridapp.issues.models import Issue, IssuePartner
from gridapp.issues.permissions import MANAGER_ROLES, OFFICER_ROLES
from gridapp.issues.rows import Count
from gridapp.org.kinds import RoleKind
from gridapp.org.models import Person, Post, Role, RoleAssignment, Unit
from gridapp.org.queries import active_on
from gridapp.scoring.access import as_person
from gridapp.scoring.kinds import EntrySource, EntryStatus
from gridapp.scoring.models import ScoreEntry, ScoreRule
from gridapp.security.rights import Right, may, plant_today

if TYPE_CHECKING:
    from gridapp.services import Services

S = IssueState


class TodoKind(enum.StrEnum):
    """What the person has to do, in the order the to-do shows it (an issue is listed under the first that fits)."""

    WORK = "work"  # start, feed back, rectify: as assignee or lead (牵头人)
    VERIFY = "verify"  # rectified by someone else: verify or accept (核验 / 验收)
    ESCALATED = "escalated"  # escalated to a unit they manage or serve as officer: to assign there
    ASSIGN = "assign"  # reported or reopened in such a unit: to assign (交办)
    CLOSE = "close"  # verified: to close (销号)
    REVIEW = "review"  # held on the register (挂账) in a unit they manage, its review date come: to review
    INVOLVED = "involved"  # open issues where they are partner (合伙人) or supervisor (督导人)
    ROUND = "round"  # a round they answer for, due in its current period or missed
    POINTS = "points"  # points proposed for someone else that they may confirm


ISSUE_KINDS = frozenset(
    {TodoKind.WORK, TodoKind.VERIFY, TodoKind.ESCALATED, TodoKind.ASSIGN, TodoKind.CLOSE, TodoKind.REVIEW,
     TodoKind.INVOLVED}
)  # fmt: skip
WORK_STATES = (S.ASSIGNED, S.IN_PROGRESS, S.FED_BACK, S.RETURNED)
UNIT_STATES = {S.REPORTED: TodoKind.ASSIGN, S.REOPENED: TodoKind.ASSIGN, S.ESCALATED: TodoKind.ESCALATED,
               S.RECTIFIED: TodoKind.VERIFY, S.VERIFIED: TodoKind.CLOSE}  # fmt: skip
# A partner or supervisor is told while someone still works on the issue (held: it waits on the register).
INVOLVED_STATES = tuple(s for s in IssueState if s not in (S.CLOSED, S.HELD))


@dataclass(frozen=True, slots=True)
class TodoItem:
    """One line of the to-do. ``id`` is the issue's, the round's document's, or the score entry's, as ``kind`` says;
    ``due`` is the issue's running deadline (a time), or the last day of a round's period or a proposal's day."""

    kind: TodoKind
    id: uuid.UUID
    number: str  # the issue's number; "" otherwise
    title: str
    unit: str
    due: dt.datetime | dt.date | None
    overdue: bool
    detail: str = ""  # a round's post, the person a proposal is for
    person: str = ""  # a round's named responsible person (the person themself, or whom a leader follows up)


FIRST = 50  # the dock's issues per group, most urgent first; "N more" opens the rest on the board


@dataclass(frozen=True, slots=True)
class Todo:
    """``items`` in the order the to-do shows them; ``totals``: each group's true count when ``items`` holds only the
    first of each issue group (a ``Count`` with ``more`` when counting stopped at ``tallies.CAP``)."""

    items: tuple[TodoItem, ...]
    totals: dict[TodoKind, Count] | None = field(default=None, compare=False, hash=False)

    @property
    def counts(self) -> dict[TodoKind, int]:
        if self.totals is not None:
            return {kind: self.totals[kind] for kind in TodoKind if self.totals.get(kind)}
        found = Counter(item.kind for item in self.items)
        return {kind: found[kind] for kind in TodoKind if found[kind]}

    def hidden(self, kind: TodoKind) -> int:
        """How many of the group are not among ``items`` (on the board behind the group's "more" line)."""
        return self.counts.get(kind, 0) - sum(1 for item in self.items if item.kind is kind)

    @property
    def capped(self) -> bool:
        """Some group's count stopped at ``tallies.CAP`` (the total is "at least")."""
        return any(getattr(n, "more", False) for n in self.counts.values())

    def __len__(self) -> int:
        return sum(self.counts.values())


def todo(services: Services, actor: Actor | None, today: dt.date | None = None, first: int | None = None) -> Todo:
    """What waits for ``actor``'s person now; nothing for the station itself or a system account (no person).
    ``first``: only that many issues per group, the most urgent, with every group's true count."""
    person = actor.person_id if actor else None
    if person is None:
        return Todo(())
    today = today or plant_today()
    now = services.issues.now()
    totals: dict[TodoKind, Count] | None = None
    with services.db.read() as s:
        if first is None:
            issues = issue_items(s, person, now, today)
        else:
            issues, totals = first_issue_items(s, person, now, today, first)
        points = point_items(s, person, today)
        post_unit = s.scalar(select(Post.unit_id).join(Person, Person.post_id == Post.id).where(Person.id == person))
        role_units = _role_units(s, person, today)
        lead_units = _role_units(s, person, today, (RoleKind.LEADER, RoleKind.SECRETARY))
    rounds = round_items(services, person, role_units, post_unit, today, lead_units)
    if totals is not None:
        for kind, listed in ((TodoKind.ROUND, rounds), (TodoKind.POINTS, points)):
            if listed:
                totals[kind] = Count(len(listed))  # few: all of them listed
    return Todo(tuple(issues + rounds + points), totals)


# Each issue group as SQL: a union of arms, each an index look-up (a unit's state range, a person's assignee, lead,
# supervisor, reporter or partner rows), so a group's count and its first rows never walk the plant's issues.
UNIT_GROUPS = {
    TodoKind.ESCALATED: (S.ESCALATED,),
    TodoKind.ASSIGN: (S.REPORTED, S.REOPENED),
    TodoKind.CLOSE: (S.VERIFIED,),
}  # fmt: skip  (counted from the tallies: unit × state exactly)


_STATES = {TodoKind.WORK: frozenset(WORK_STATES), TodoKind.VERIFY: frozenset({S.RECTIFIED}),
           **{kind: frozenset(states) for kind, states in UNIT_GROUPS.items()}, TodoKind.REVIEW: frozenset({S.HELD}),
           TodoKind.INVOLVED: frozenset(INVOLVED_STATES)}  # fmt: skip


def group_states(kind: TodoKind) -> frozenset[IssueState]:
    """The states an issue of the group can be in (the board's columns that the group's "more" line opens)."""
    return _STATES.get(kind, frozenset())


def _arms(kind: TodoKind, person: uuid.UUID, units: dict[uuid.UUID, bool], today: dt.date
          ) -> list[tuple[ColumnElement[bool], bool]]:  # fmt: skip
    """The group's rows as (condition on ``issue``, joined with the person's partner rows): their union is the
    group, each issue under the first kind it fits (``issue_items`` decides the same in Python)."""
    managers = [u for u, manager in units.items() if manager]
    officers = [u for u, manager in units.items() if not manager]
    if kind is TodoKind.WORK:
        work = Issue.state.in_(WORK_STATES)
        return [(and_(Issue.assignee_id == person, work), False), (and_(Issue.lead_id == person, work), False)]
    if kind is TodoKind.VERIFY:
        rectified = Issue.state == S.RECTIFIED
        arms = [
            (and_(Issue.reporter_id == person, rectified, _accepts(person, False)), False),
            (and_(Issue.supervisor_id == person, rectified, _accepts(person, False)), False),
        ]
        if managers:
            arms.append((and_(Issue.unit_id.in_(managers), rectified, _accepts(person, True)), False))
        if officers:
            arms.append((and_(Issue.unit_id.in_(officers), rectified, _accepts(person, False)), False))
        return arms
    if kind in UNIT_GROUPS:
        states = UNIT_GROUPS[kind]
        state = Issue.state == states[0] if len(states) == 1 else Issue.state.in_(states)
        return [(and_(Issue.unit_id.in_(list(units)), state), False)] if units else []
    if kind is TodoKind.REVIEW:
        due = and_(Issue.unit_id.in_(managers), Issue.state == S.HELD, Issue.hold_review_on <= today)
        return [(due, False)] if managers else []
    if kind is TodoKind.INVOLVED:
        # Not already under an earlier kind (each condition made two-valued: NULL columns compare to nothing).
        earlier = [
            func.coalesce(condition, false())
            for k in (TodoKind.WORK, TodoKind.VERIFY, *UNIT_GROUPS)
            for condition, _partner in _arms(k, person, units, today)
        ]
        involved = and_(Issue.state.in_(INVOLVED_STATES), not_(or_(*earlier)))
        return [(and_(Issue.supervisor_id == person, involved), False), (involved, True)]
    return []


def _accepts(person: uuid.UUID, manager: bool) -> ColumnElement[bool]:
    """``_may_accept`` in SQL."""
    conditions = [
        Issue.rectifier_id.is_distinct_from(person),
        or_(Issue.is_hazard.is_(False), Issue.responsible_id.is_distinct_from(person)),
    ]
    if not manager:
        conditions.append(Issue.hazard_grade.is_distinct_from(HazardGrade.MAJOR))
    return and_(*conditions)


def _arm_selects(
    arms: list[tuple[ColumnElement[bool], bool]], person: uuid.UUID, columns: tuple[Any, ...]
) -> list[Select[Any]]:
    selects = []
    for condition, partner in arms:
        query = select(*columns).where(Issue.deleted_at.is_(None), condition)
        if partner:
            query = query.join(IssuePartner, IssuePartner.issue_id == Issue.id).where(
                IssuePartner.person_id == person, IssuePartner.deleted_at.is_(None)
            )
        selects.append(query)
    return selects


def group_condition(s: Session, person: uuid.UUID, kind: TodoKind, today: dt.date | None = None
                    ) -> ColumnElement[bool]:  # fmt: skip
    """The issues of ``person``'s to-do group ``kind`` as a condition on ``issue`` (the board's filter)."""
    today = today or plant_today()
    arms = _arms(kind, person, _managed_units(s, person, today), today) if kind in ISSUE_KINDS else []
    if not arms:
        return Issue.id.is_(None)
    states = Issue.state.in_([state for state in IssueState if state in _STATES[kind]])
    if len(arms) == 1 and not arms[0][1]:
        return and_(states, arms[0][0])  # one index range per unit: a per-state statement reads only its own
    # Several look-ups (assignee and lead, ...): their union's ids, which the planners walk by the primary key (an OR
    # of the arms lets SQLite read the state's whole index range instead).
    return and_(states, Issue.id.in_(union(*_arm_selects(arms, person, (Issue.id,)))))


def first_issue_items(
    s: Session, person: uuid.UUID, now: dt.datetime, today: dt.date, first: int
) -> tuple[list[TodoItem], dict[TodoKind, Count]]:
    """Each issue group's ``first`` most urgent issues (the order ``issue_items`` lists them in) and its count."""
    units = _managed_units(s, person, today)
    by_state = tallies.state_counts(s, list(units), (), False) if units else {}
    items: list[TodoItem] = []
    totals: dict[TodoKind, Count] = {}
    for kind in TodoKind:
        arms = _arms(kind, person, units, today) if kind in ISSUE_KINDS else []
        if not arms:
            continue
        if kind in UNIT_GROUPS:
            total = Count(sum(by_state[state] for state in UNIT_GROUPS[kind]))
        else:
            found = union(*_arm_selects(arms, person, (Issue.id,))).limit(tallies.CAP + 1).subquery()
            n = s.scalar(select(func.count()).select_from(found)) or 0
            total = Count(tallies.CAP, more=True) if n > tallies.CAP else Count(n)
        if not total:
            continue
        due = Issue.hold_review_on if kind is TodoKind.REVIEW else Issue.deadline_at
        columns = (Issue.id, Issue.number, Issue.title, Issue.unit_id, due.label("due"), Issue.urgency_at)
        selects = _arm_selects(arms, person, columns)
        if len(selects) == 1:
            query = selects[0].add_columns(Unit.name).join(Unit, Unit.id == Issue.unit_id)
            query = query.order_by(Issue.urgency_at, Issue.id).limit(first)
        else:
            rows = union(*selects).subquery()
            query = (
                select(rows.c.id, rows.c.number, rows.c.title, rows.c.unit_id, rows.c.due, rows.c.urgency_at,
                       Unit.name)
                .join(Unit, Unit.id == rows.c.unit_id)
                .order_by(rows.c.urgency_at, rows.c.id)
                .limit(first)
            )  # fmt: skip
        for issue_id, number, title, _unit_id, due_at, _urgency, unit in s.execute(query):
            items.append(TodoItem(kind, issue_id, number, title, unit, due_at, _late(kind, due_at, now, today)))
        totals[kind] = total
    return items, totals


def _columns() -> tuple[object, ...]:
    return (Issue.id, Issue.number, Issue.title, Unit.name, Issue.deadline_at, Issue.urgency_at)


def issue_items(s: Session, person: uuid.UUID, now: dt.datetime, today: dt.date) -> list[TodoItem]:
    found: dict[uuid.UUID, tuple[TodoKind, tuple[object, ...]]] = {}

    def keep(kind: TodoKind, row: tuple[object, ...]) -> None:
        held = found.get(row[0])  # type: ignore[arg-type]
        if held is None or _rank(kind) < _rank(held[0]):
            found[row[0]] = (kind, row)  # type: ignore[index]

    live = Issue.deleted_at.is_(None)
    units = _managed_units(s, person, today)
    if units:
        rows = s.execute(
            select(
                *_columns(),
                Issue.state,
                Issue.rectifier_id,
                Issue.is_hazard,
                Issue.responsible_id,
                Issue.hazard_grade,
                Issue.unit_id,
            )
            .join(Unit, Unit.id == Issue.unit_id)
            .where(live, Issue.unit_id.in_(list(units)), Issue.state.in_(list(UNIT_STATES)))
        ).all()
        for r in rows:
            state, rectifier, hazard, responsible, grade, unit_id = r[6:]
            if state is S.RECTIFIED and not _may_accept(person, rectifier, hazard, responsible, grade, units[unit_id]):
                continue
            keep(UNIT_STATES[state], tuple(r[:6]))
        # 挂账复核: a held issue whose review date has come, for the managers of its unit (who decide on holds).
        reviews = s.execute(
            select(*_columns(), Issue.unit_id, Issue.hold_review_on)
            .join(Unit, Unit.id == Issue.unit_id)
            .where(live, Issue.unit_id.in_([u for u, manager in units.items() if manager]), Issue.state == S.HELD,
                   Issue.hold_review_on <= today)
        ).all()  # fmt: skip
        for r in reviews:
            review_on = r[7]
            row = (*r[:4], review_on, r[5])
            found.setdefault(r[0], (TodoKind.REVIEW, row))
    assigned = s.execute(
        select(*_columns())
        .join(Unit, Unit.id == Issue.unit_id)
        .where(live, Issue.assignee_id == person, Issue.state.in_(WORK_STATES))
    ).all()
    for r in assigned:
        keep(TodoKind.WORK, tuple(r))
    # Lead, supervisor, reporter: one read over their indexes (the lead's and supervisor's partial: rows naming one).
    named = s.execute(
        select(
            *_columns(),
            Issue.state,
            Issue.lead_id,
            Issue.supervisor_id,
            Issue.rectifier_id,
            Issue.is_hazard,
            Issue.responsible_id,
            Issue.hazard_grade,
        )
        .join(Unit, Unit.id == Issue.unit_id)
        .where(
            live,
            Issue.state.in_(INVOLVED_STATES),  # rows the state index leads to: never the closed bulk of the table
            or_(
                and_(Issue.lead_id == person, Issue.state.in_(WORK_STATES)),
                and_(Issue.supervisor_id == person, Issue.state.in_(INVOLVED_STATES)),
                and_(Issue.reporter_id == person, Issue.state == S.RECTIFIED),
            ),
        )
    ).all()
    for r in named:
        state, lead, supervisor, rectifier, hazard, responsible, grade = r[6:]
        if lead == person and state in WORK_STATES:
            keep(TodoKind.WORK, tuple(r[:6]))
        if state is S.RECTIFIED and _may_accept(person, rectifier, hazard, responsible, grade, False):
            keep(TodoKind.VERIFY, tuple(r[:6]))
        if supervisor == person:
            keep(TodoKind.INVOLVED, tuple(r[:6]))
    partnered = s.execute(
        select(*_columns())
        .join(Unit, Unit.id == Issue.unit_id)
        .join(IssuePartner, IssuePartner.issue_id == Issue.id)
        .where(
            live, IssuePartner.person_id == person, IssuePartner.deleted_at.is_(None), Issue.state.in_(INVOLVED_STATES)
        )
    ).all()
    for r in partnered:
        keep(TodoKind.INVOLVED, tuple(r))
    ordered = sorted(found.values(), key=lambda kr: (_rank(kr[0]), kr[1][5], str(kr[1][0])))
    return [
        TodoItem(kind, r[0], r[1], r[2], r[3], r[4], _late(kind, r[4], now, today))  # type: ignore[arg-type]
        for kind, r in ordered
    ]


def _late(kind: TodoKind, due: object, now: dt.datetime, today: dt.date) -> bool:
    """An issue's clock has run out; a held issue's review date (a day) has passed."""
    if kind is TodoKind.REVIEW:
        return isinstance(due, dt.date) and due < today
    return due is not None and due <= now  # type: ignore[operator]


def _rank(kind: TodoKind) -> int:
    return list(TodoKind).index(kind)


def _may_accept(
    person: uuid.UUID,
    rectifier: object,
    hazard: object,
    responsible: object,
    grade: object,
    manager: bool,
) -> bool:
    """Verify or return (``gridapp.issues.workflow``): never the rectifier nor a hazard's responsible person; a major
    hazard only a manager."""
    if rectifier == person or (hazard and responsible == person):
        return False
    return manager or grade is not HazardGrade.MAJOR


def _managed_units(s: Session, person: uuid.UUID, today: dt.date) -> dict[uuid.UUID, bool]:
    """Every unit at or below one where ``person`` is a manager or an officer today: unit → as a manager."""
    seeds = (
        select(
            RoleAssignment.unit_id.label("id"),
            case((Role.kind.in_(sorted(MANAGER_ROLES)), 1), else_=0).label("manager"),
        )
        .join(Role, Role.id == RoleAssignment.role_id)
        .where(
            RoleAssignment.person_id == person,
            active_on(today),
            Role.deleted_at.is_(None),
            Role.kind.in_(sorted(MANAGER_ROLES | OFFICER_ROLES)),
        )
        .cte("mine", recursive=True)
    )
    child = aliased(Unit)
    tree = seeds.union_all(
        select(child.id, seeds.c.manager).where(child.parent_id == seeds.c.id, child.deleted_at.is_(None))
    )
    rows = s.execute(select(tree.c.id, func.max(tree.c.manager)).group_by(tree.c.id)).all()
    return {r[0]: bool(r[1]) for r in rows}


def _role_units(
    s: Session, person: uuid.UUID, today: dt.date, kinds: tuple[RoleKind, ...] | None = None
) -> list[uuid.UUID]:
    """Units where ``person`` holds a role (of ``kinds``) today (the rounds they may answer for lie at or below)."""
    query = (
        select(RoleAssignment.unit_id)
        .join(Role, Role.id == RoleAssignment.role_id)
        .where(RoleAssignment.person_id == person, active_on(today), Role.deleted_at.is_(None))
    )
    if kinds is not None:
        query = query.where(Role.kind.in_(kinds))
    return list(s.scalars(query.distinct()))


def point_items(s: Session, person: uuid.UUID, today: dt.date) -> list[TodoItem]:
    """Proposals for someone else under a rule of which ``person`` holds a grantor role in the subject's unit or
    above, and that the rights table lets them confirm there (``gridapp.scoring.entries``)."""
    seeds = (
        select(RoleAssignment.unit_id.label("id"), Role.code.label("code"))
        .join(Role, Role.id == RoleAssignment.role_id)
        .where(RoleAssignment.person_id == person, active_on(today), Role.deleted_at.is_(None))
        .cte("grants", recursive=True)
    )
    child = aliased(Unit)
    grants = seeds.union_all(
        select(child.id, seeds.c.code).where(child.parent_id == seeds.c.id, child.deleted_at.is_(None))
    )
    subject = aliased(Person)
    granted = (
        select(grants.c.id)
        .where(
            grants.c.id == ScoreEntry.unit_id,
            (literal(",") + ScoreRule.grantor_roles + literal(",")).like("%," + grants.c.code + ",%"),
        )
        .exists()
    )
    rows = s.execute(
        select(ScoreEntry.id, ScoreRule.name, Unit.name, ScoreEntry.booked_on, subject.name, ScoreEntry.unit_id)
        .join(ScoreRule, ScoreRule.id == ScoreEntry.rule_id)
        .join(Unit, Unit.id == ScoreEntry.unit_id)
        .outerjoin(subject, subject.id == ScoreEntry.person_id)
        .where(
            ScoreEntry.status == EntryStatus.PROPOSED,
            ScoreEntry.deleted_at.is_(None),
            or_(ScoreEntry.person_id.is_(None), ScoreEntry.person_id != person),
            # A correction waits for someone other than who wrote it (four eyes): not on its maker's list.
            or_(ScoreEntry.source != EntrySource.CORRECTION, ScoreEntry.proposed_by != person),
            granted,
        )
        .order_by(ScoreEntry.booked_on, ScoreEntry.id)
    ).all()
    allowed: dict[uuid.UUID, bool] = {}
    items = []
    for entry_id, rule, unit, booked_on, name, unit_id in rows:
        if unit_id not in allowed:
            allowed[unit_id] = may(s, as_person(person), Right.POINTS_CONFIRM, unit_id, today)
        if allowed[unit_id]:
            items.append(TodoItem(TodoKind.POINTS, entry_id, "", rule, unit, booked_on, False, name or ""))
    return items


def round_items(
    services: Services,
    person: uuid.UUID,
    role_units: list[uuid.UUID],
    post_unit: uuid.UUID | None,
    today: dt.date,
    lead_units: list[uuid.UUID] | None = None,
) -> list[TodoItem]:
    """Rounds ``person`` is named for whose current period is not done yet, or whose last period ended without a
    round; and, for a grid leader (``lead_units``), every missed round below them, naming who answers for it."""
    seen: set[tuple[object, ...]] = set()
    items = []
    lead = set(lead_units or ())
    for unit_id in dict.fromkeys([*role_units, *([post_unit] if post_unit else [])]):
        for row in services.inspections.rounds.due(unit_id, today):
            g = row.group
            key = (g.document_id, g.level, g.frequency, g.interval_days, row.period_start)
            if key in seen or row.status not in (DueStatus.OPEN, DueStatus.OVERDUE):
                continue
            owner = row.owner
            mine = owner is not None and owner.id == person
            if not mine and not (unit_id in lead and row.status is DueStatus.OVERDUE):
                continue
            seen.add(key)
            overdue = row.status is DueStatus.OVERDUE
            name = owner.name if owner else ""
            items.append(
                TodoItem(TodoKind.ROUND, g.document_id, "", g.document, g.unit, row.period_end, overdue, g.post, name)
            )
    items.sort(key=lambda i: (not i.overdue, i.due, i.unit, i.title))
    return items
