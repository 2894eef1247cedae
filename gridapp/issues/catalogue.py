"""The shipped defaults: the category catalogue with its clocks, hazard deadlines and the shift calendar.

Nothing is written until it is needed: reads fall back to the shipped file, and the first report (or the first
change of a setting) installs the defaults into the database inside that same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.issues.clock import Calendar, parse_spans
from gridapp.issues.kinds import ClockKind, HazardGrade
from gridapp.issues.models import IssueCategory, WorkCalendar
from gridapp.issues.rows import CategoryRow
from gridapp.paths import CATALOGUES

ACCEPT_MINUTES = (15, 720 * 60)  # the acceptance clock's allowed range
COMPLETE_DAYS = (1, 365)  # the default completion's allowed range


@dataclass(frozen=True, slots=True)
class Limits:
    """A category's acceptance clock (受理/交办时限) and its default completion after feedback."""

    accept_minutes: int = 60  # like the city-grid standard's dispatch limit: one working hour
    accept_clock: ClockKind = ClockKind.WORKING
    complete_days: int = 3  # calendar days, to the end of the local day


def _shipped_limits(entry: dict[str, Any]) -> Limits:
    default = Limits()
    return Limits(
        round(entry.get("accept_hours", default.accept_minutes / 60) * 60),
        ClockKind(entry.get("accept_clock", default.accept_clock)),
        int(entry.get("complete_days", default.complete_days)),
    )


@cache
def shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CATALOGUES / "issues.json").read_text(encoding="utf-8"))
    return data


def shipped_categories() -> list[CategoryRow]:
    return [
        CategoryRow(
            code=entry["code"],
            name=entry["name"],
            feedback_minutes=round(entry["feedback_hours"] * 60),
            clock=ClockKind(entry["clock"]),
            hazard=bool(entry.get("hazard", False)),
            in_use=True,
        )
        for entry in shipped()["categories"]
    ]


def hazard_days(grade: HazardGrade) -> int | None:
    """Default days to rectify a hazard of ``grade``; None for a major hazard (its deadline is one of the five fixes)."""
    days = shipped()["hazard_days"].get(grade.value)
    return int(days) if days is not None else None


def calendar_from(raw: dict[str, Any] | WorkCalendar) -> Calendar:
    get = raw.get if isinstance(raw, dict) else lambda key: getattr(raw, key)
    return Calendar(
        week=tuple(parse_spans(day) for day in get("week")),
        holidays=frozenset(dt.date.fromisoformat(d) for d in get("holidays")),
        workdays=frozenset(dt.date.fromisoformat(d) for d in get("workdays")),
        shift_changes=tuple(int(m) for m in get("shift_changes")),
        utc_offset_minutes=int(get("utc_offset_minutes")),
        name=get("name") or "",
    )


def shipped_calendar() -> Calendar:
    return calendar_from(shipped()["calendar"])


def install_categories(session: Session) -> dict[str, IssueCategory]:
    """Every live category by code, adding the shipped ones when the catalogue is still empty."""
    found = {c.code: c for c in session.scalars(select(IssueCategory).where(IssueCategory.deleted_at.is_(None)))}
    if found:
        return found
    for position, (row, entry) in enumerate(zip(shipped_categories(), shipped()["categories"], strict=True)):
        limits = _shipped_limits(entry)
        category = IssueCategory(
            code=row.code,
            name=row.name,
            feedback_minutes=row.feedback_minutes,
            clock=row.clock,
            accept_minutes=limits.accept_minutes,
            accept_clock=limits.accept_clock,
            complete_days=limits.complete_days,
            hazard=row.hazard,
            in_use=True,
            position=position,
        )
        session.add(category)
        found[row.code] = category
    session.flush()
    return found


def read_limits(session: Session) -> dict[str, Limits]:
    """Every live category's limits by code (the shipped ones while the catalogue is not installed)."""
    rows = session.scalars(select(IssueCategory).where(IssueCategory.deleted_at.is_(None))).all()
    if rows:
        return {c.code: Limits(c.accept_minutes, c.accept_clock, c.complete_days) for c in rows}
    return {entry["code"]: _shipped_limits(entry) for entry in shipped()["categories"]}


def read_calendar(session: Session) -> Calendar:
    row = session.scalars(
        select(WorkCalendar).where(WorkCalendar.deleted_at.is_(None)).order_by(WorkCalendar.created_at).limit(1)
    ).first()
    return calendar_from(row) if row is not None else shipped_calendar()


def store_calendar(session: Session, calendar: Calendar) -> None:
    row = session.scalars(
        select(WorkCalendar).where(WorkCalendar.deleted_at.is_(None)).order_by(WorkCalendar.created_at).limit(1)
    ).first()
    if row is None:
        row = WorkCalendar()
        session.add(row)
    row.name = calendar.name
    row.utc_offset_minutes = calendar.utc_offset_minutes
    row.week = [[list(span) for span in day] for day in calendar.week]
    row.holidays = sorted(d.isoformat() for d in calendar.holidays)
    row.workdays = sorted(d.isoformat() for d in calendar.workdays)
    row.shift_changes = list(calendar.shift_changes)
