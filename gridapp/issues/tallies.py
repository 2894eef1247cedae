"""Counts of issues that do not scan the issues: the board's columns and the table's total.

``issue_tally`` holds how many live issues are in each state per responsible unit, category and hazard flag; database
triggers on ``issue`` (migration 0018) keep it in the transaction of every change, whoever writes the row — a
service, the sync's merge or its re-derivation from events, a bulk load. A filter of unit subtree, states,
categories and hazards is answered from it exactly. Any other filter (overdue, dates, assignee, search) is counted
by a bounded scan: at most ``CAP`` issues per state are counted and a larger number is shown as "10,000+", so the
count never costs more than a bounded walk of an index and never delays the first page.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import ColumnElement, delete, func, insert, literal_column, select
from sqlalchemy.orm import Session

from gridapp.issues.kinds import IssueState
from gridapp.issues.models import Issue, IssueTally
from gridapp.issues.rows import IssueFilter, Overdue

CAP = 10_000  # a bounded count stops here: "10,000+"
KEY = ("unit_id", "state", "category_code", "is_hazard")


def answers(where: IssueFilter) -> bool:
    """Whether the tallies count ``where`` exactly (unit subtree, states, categories and hazards only)."""
    return (
        where.assignee_id is None
        and where.overdue is Overdue.ANY
        and where.reported_from is None
        and where.reported_to is None
        and not where.text.strip()
        and not getattr(where, "stages", None)  # the six-stage track (issue 19's diagnosis matrix) is not tallied
        and getattr(where, "todo_group", None) is None  # a to-do group's "more" line (gridapp.todo)
    )


def state_counts(
    s: Session, unit_ids: Collection[uuid.UUID] | None, categories: Collection[str], hazards_only: bool
) -> dict[IssueState, int]:
    """Live issues per state of the units ``unit_ids`` (None: every unit), from the tallies."""
    query = select(IssueTally.state, func.sum(IssueTally.issues)).group_by(IssueTally.state)
    if unit_ids is not None:
        query = query.where(IssueTally.unit_id.in_(list(unit_ids)))
    if categories:
        query = query.where(IssueTally.category_code.in_(sorted(categories)))
    if hazards_only:
        query = query.where(IssueTally.is_hazard.is_(True))
    counts = {IssueState(state): int(n or 0) for state, n in s.execute(query)}
    return {state: counts.get(state, 0) for state in IssueState}


def bounded_counts(
    s: Session, conditions: list[ColumnElement[bool]], states: Collection[IssueState] = tuple(IssueState)
) -> tuple[dict[IssueState, int], frozenset[IssueState]]:
    """Issues passing ``conditions`` per state, each counted up to ``CAP``; with the states whose count stopped
    there (more than ``CAP``). Each state's count walks at most ``CAP + 1`` entries of an index."""
    counts = {state: 0 for state in IssueState}
    capped = set()
    for state in states:
        found = (
            select(literal_column("1")).select_from(Issue).where(*conditions, Issue.state == state).limit(CAP + 1)
        ).subquery()
        n = s.scalar(select(func.count()).select_from(found)) or 0
        if n > CAP:
            n, _ = CAP, capped.add(state)
        counts[state] = n
    return counts, frozenset(capped)


def rebuild(s: Session) -> None:
    """Recompute the tallies from the issues (after a bulk load without the triggers, or to check them)."""
    s.execute(delete(IssueTally))
    columns = [getattr(Issue, name) for name in KEY]
    s.execute(
        insert(IssueTally).from_select(
            [*KEY, "issues"],
            select(*columns, func.count()).where(Issue.deleted_at.is_(None)).group_by(*columns),
        )
    )


def differences(s: Session) -> dict[tuple[object, ...], tuple[int, int]]:
    """Where the kept tallies differ from a count of the issues now: {key: (kept, counted)} (empty: they agree)."""
    columns = [getattr(Issue, name) for name in KEY]
    counted = {
        tuple(r[:-1]): r[-1]
        for r in s.execute(select(*columns, func.count()).where(Issue.deleted_at.is_(None)).group_by(*columns))
    }
    kept = {tuple(r[:-1]): r[-1] for r in s.execute(select(*(getattr(IssueTally, n) for n in KEY), IssueTally.issues))}
    return {
        key: (kept.get(key, 0), counted.get(key, 0))
        for key in counted.keys() | kept.keys()
        if kept.get(key, 0) != counted.get(key, 0)
    }
