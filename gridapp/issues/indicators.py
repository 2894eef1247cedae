"""Indicators of a unit subtree over a period (the measures of city grid management: 结案率, 按期结案率, 返工率 …).

Definitions (also in the README). An issue belongs to the subtree of the unit where it was found (its origin unit,
which escalation does not change). The period is a range of local dates, inclusive; "as of" is the end of the
period or now, whichever is earlier.

- reported: issues reported in the period.
- closed: issues closed in the period (and not reopened since).
- closure rate: issues reported in the period and closed by "as of" ÷ reported.
- on-time feedback rate: of the issues reported in the period that were assigned and whose feedback is decided by
  "as of" (fed back, or the feedback deadline passed without it), those whose first feedback met its deadline.
- on-time closure rate: of the issues closed in the period that had a completion deadline, those closed by it.
- self-resolution rate (自主解决率, "solved inside the grid where it was found"): issues closed in the period that
  never left the grid where they were found ÷ closed. The grid of an issue is the nearest unit at or above its
  origin unit of the configured level (org setting ``issues.self_resolution_level``, by default a 格 / grid); an
  issue left it when the unit it was escalated to (its current unit: escalation only moves up) lies outside that
  grid's subtree. An origin above every unit of that level is its own boundary. Team → zone inside a grid stays in.
- not-escalated rate (未上报率, the figure formerly shown as self-resolution): closed issues never escalated at all
  ÷ closed.
- rework rate: issues closed in the period that were returned for rework at least once ÷ closed.
- mean time to feedback: mean hours from first assignment to first feedback, over issues first fed back in the
  period; mean time to close: mean hours from report to closure, over issues closed in the period.
A rate whose denominator is zero is undefined (None), shown as "—".
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal_column, select
from sqlalchemy.orm import Session

from gridapp.issues.clock import Calendar
from gridapp.issues.kinds import IssueState
from gridapp.issues.models import Issue
from gridapp.org.kinds import UnitKind
from gridapp.org.models import Unit
from gridapp.org.service import subtree_ids
from gridapp.org.settings import SELF_RESOLUTION_LEVEL, read_setting


@dataclass(frozen=True, slots=True)
class Indicators:
    start: dt.date
    end: dt.date
    reported: int
    closed: int
    closure_rate: float | None
    on_time_feedback_rate: float | None
    on_time_closure_rate: float | None
    self_resolution_rate: float | None
    not_escalated_rate: float | None  # 未上报率: never escalated, not even inside the grid
    rework_rate: float | None
    mean_hours_to_feedback: float | None
    mean_hours_to_close: float | None
    open_now: int  # not closed, found in the subtree (whenever reported)
    overdue_now: int
    held_now: int


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    label: str  # "2026-03" or "03-05"
    reported: int
    closed: int


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _hours(later: Any, earlier: Any, dialect: str) -> ColumnElement[float]:
    if dialect == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 24.0
    return func.extract("epoch", later - earlier) / 3600.0


def bounds(start: dt.date, end: dt.date, calendar: Calendar) -> tuple[dt.datetime, dt.datetime]:
    lo = dt.datetime.combine(start, dt.time(), calendar.tz).astimezone(dt.UTC)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), calendar.tz).astimezone(dt.UTC)
    return lo, hi


def compute(
    s: Session, unit_id: uuid.UUID, start: dt.date, end: dt.date, now: dt.datetime, calendar: Calendar
) -> Indicators:
    dialect = s.get_bind().dialect.name
    lo, hi = bounds(start, end, calendar)
    as_of = min(now, hi)
    in_tree = Issue.origin_unit_id.in_(subtree_ids(unit_id))
    live = Issue.deleted_at.is_(None)
    reported_in = and_(Issue.reported_at >= lo, Issue.reported_at < hi)
    closed_in = and_(Issue.state == IssueState.CLOSED, Issue.closed_at >= lo, Issue.closed_at < hi)
    fed_by = and_(Issue.first_fed_back_at.is_not(None), Issue.first_fed_back_at <= as_of)
    decided = and_(
        Issue.first_assigned_at.is_not(None),
        Issue.first_assigned_at <= as_of,
        fed_by | (Issue.feedback_due_at < as_of),
    )
    row = s.execute(
        select(
            func.count().filter(reported_in),
            func.count().filter(reported_in, Issue.state == IssueState.CLOSED, Issue.closed_at <= as_of),
            func.count().filter(reported_in, decided),
            func.count().filter(reported_in, decided, fed_by, Issue.first_feedback_on_time.is_(True)),
            func.count().filter(closed_in),
            func.count().filter(closed_in, Issue.due_at.is_not(None)),
            func.count().filter(closed_in, Issue.due_at.is_not(None), Issue.closed_at <= Issue.due_at),
            func.count().filter(closed_in, Issue.escalation_count == 0),
            func.count().filter(closed_in, Issue.rework_count > 0),
            func.avg(_hours(Issue.closed_at, Issue.reported_at, dialect)).filter(closed_in),
            func.avg(_hours(Issue.first_fed_back_at, Issue.first_assigned_at, dialect)).filter(
                Issue.first_fed_back_at >= lo, Issue.first_fed_back_at < hi
            ),
            func.count().filter(Issue.state != IssueState.CLOSED),
            func.count().filter(Issue.state != IssueState.CLOSED, Issue.deadline_at < now),
            func.count().filter(Issue.state == IssueState.HELD),
        ).where(live, in_tree)
    ).one()
    (reported, closed_of_reported, decided_n, on_time_n, closed, with_due, by_due, never_escalated, reworked,
     mean_close, mean_feedback, open_now, overdue_now, held_now) = row  # fmt: skip
    return Indicators(
        start=start,
        end=end,
        reported=reported,
        closed=closed,
        closure_rate=_rate(closed_of_reported, reported),
        on_time_feedback_rate=_rate(on_time_n, decided_n),
        on_time_closure_rate=_rate(by_due, with_due),
        self_resolution_rate=_rate(closed - _left_grid(s, in_tree, live, closed_in), closed),
        not_escalated_rate=_rate(never_escalated, closed),
        rework_rate=_rate(reworked, closed),
        mean_hours_to_feedback=float(mean_feedback) if mean_feedback is not None else None,
        mean_hours_to_close=float(mean_close) if mean_close is not None else None,
        open_now=open_now,
        overdue_now=overdue_now,
        held_now=held_now,
    )


def _left_grid(s: Session, in_tree: ColumnElement[bool], live: ColumnElement[bool],
               closed_in: ColumnElement[bool]) -> int:  # fmt: skip
    """How many of the escalated issues closed in the period were escalated out of the grid where they were found."""
    pairs = s.execute(
        select(Issue.origin_unit_id, Issue.unit_id, func.count())
        .where(live, in_tree, closed_in, Issue.escalation_count > 0)
        .group_by(Issue.origin_unit_id, Issue.unit_id)
    ).all()
    if not pairs:
        return 0
    level = UnitKind(read_setting(s, SELF_RESOLUTION_LEVEL))
    units = {r[0]: (r[1], r[2]) for r in s.execute(select(Unit.id, Unit.parent_id, Unit.kind))}
    return sum(n for origin, now_at, n in pairs if not _inside(now_at, grid_of(origin, level, units), units))


def grid_of(unit_id: uuid.UUID, level: UnitKind, units: dict[uuid.UUID, tuple[Any, Any]]) -> uuid.UUID:
    """The nearest unit of kind ``level`` at or above ``unit_id``; ``unit_id`` itself when there is none."""
    at: uuid.UUID | None = unit_id
    while at is not None and at in units:
        if units[at][1] == level:
            return at
        at = units[at][0]
    return unit_id


def _inside(unit_id: uuid.UUID, root: uuid.UUID, units: dict[uuid.UUID, tuple[Any, Any]]) -> bool:
    at: uuid.UUID | None = unit_id
    while at is not None:
        if at == root:
            return True
        at = units[at][0] if at in units else None
    return False


def series(s: Session, unit_id: uuid.UUID, start: dt.date, end: dt.date, calendar: Calendar) -> list[SeriesPoint]:
    """Reported and closed per day (periods up to two months) or per month, for the chart."""
    dialect = s.get_bind().dialect.name
    lo, hi = bounds(start, end, calendar)
    daily = (end - start).days <= 62
    offset = calendar.utc_offset_minutes

    def bucket(column: Any) -> ColumnElement[str]:
        if dialect == "sqlite":
            return func.strftime("%Y-%m-%d" if daily else "%Y-%m", column, f"{offset:+d} minutes")
        shifted = column + literal_column(f"interval '{offset} minutes'")
        # Literal formats: PostgreSQL must see the GROUP BY expression identical to the selected one.
        return func.to_char(shifted, literal_column("'YYYY-MM-DD'" if daily else "'YYYY-MM'"))

    base = [Issue.deleted_at.is_(None), Issue.origin_unit_id.in_(subtree_ids(unit_id))]
    reported = dict(
        s.execute(
            select(bucket(Issue.reported_at), func.count())
            .where(*base, Issue.reported_at >= lo, Issue.reported_at < hi)
            .group_by(bucket(Issue.reported_at))
        ).all()
    )
    closed = dict(
        s.execute(
            select(bucket(Issue.closed_at), func.count())
            .where(*base, Issue.state == IssueState.CLOSED, Issue.closed_at >= lo, Issue.closed_at < hi)
            .group_by(bucket(Issue.closed_at))
        ).all()
    )
    keys: list[str] = []
    day = start
    while day <= end:
        key = day.isoformat() if daily else day.strftime("%Y-%m")
        if not keys or keys[-1] != key:
            keys.append(key)
        day += dt.timedelta(days=1)
    return [SeriesPoint(key[5:] if daily else key, reported.get(key, 0), closed.get(key, 0)) for key in keys]
