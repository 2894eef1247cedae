"""Hours that do not scan the attendance: each person's hours and sessions per kind in every year, quarter and month.

``training_tally`` holds, per period key ("Y2025", "Q2025-2", "M2025-04", the keys of the scoring periods), kind and
person, the hundredths of an hour and the number of sessions attended. Database triggers on ``training_attendance``
and ``training_session`` (migration 0026) keep it in the transaction of every change, whoever writes the row — a
service, the sync's merge, a bulk load: an attendance added, removed or tombstoned, a session's day, kind or hours
changed or the session tombstoned. Hours are kept in whole hundredths (sessions' hours are rounded so), so adding and
taking away never drifts.

A span is read as the fewest whole periods that fill it (a year is one key, a half two quarters) plus the days of
a part month at either end, which are summed from the attendance by their day index. The table is derived and does
not sync; ``rebuild`` recomputes it, ``differences`` checks it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection

from sqlalchemy import String, func, select, text, type_coerce
from sqlalchemy.orm import Session

from gridapp.org.models import Person
from gridapp.training.kinds import TrainingKind
from gridapp.training.models import TrainingAttendance, TrainingSession, TrainingTally

Hours = dict[str, dict[str, int]]  # kind -> person (32 hex digits) -> hundredths of an hour
GRAINS = "(SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2) AS g"


def _month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def pieces(first: dt.date, last: dt.date) -> tuple[list[str], list[tuple[dt.date, dt.date]]]:
    """The period keys whose tallies fill ``first``..``last``, and the day spans (part months) left over."""
    keys: list[str] = []
    days: list[tuple[dt.date, dt.date]] = []
    day = first
    while day <= last:
        month_end = _month_end(day)
        quarter_end = _month_end(dt.date(day.year, (day.month - 1) // 3 * 3 + 3, 1))
        if day.day == 1 and day.month == 1 and dt.date(day.year, 12, 31) <= last:
            keys.append(f"Y{day.year}")
            day = dt.date(day.year + 1, 1, 1)
        elif day.day == 1 and day.month % 3 == 1 and quarter_end <= last:
            keys.append(f"Q{day.year}-{(day.month + 2) // 3}")
            day = quarter_end + dt.timedelta(days=1)
        elif day.day == 1 and month_end <= last:
            keys.append(f"M{day.year}-{day.month:02d}")
            day = month_end + dt.timedelta(days=1)
        else:
            end = min(month_end, last)
            days.append((day, end))
            day = end + dt.timedelta(days=1)
    return keys, days


def _hex(s: Session, column: object) -> object:
    if s.get_bind().dialect.name == "sqlite":
        return type_coerce(column, String)
    return func.replace(func.cast(column, String), "-", "")


def hundredths(s: Session, first: dt.date, last: dt.date, units: Collection[uuid.UUID] | None = None) -> Hours:
    """Hundredths of an hour by kind and person (32 hex digits) within ``first``..``last``: of everybody, or of the
    people whose home is one of ``units`` (a grid's: found by the tallies' key, not by a walk of the period)."""
    keys, days = pieces(first, last)
    out: Hours = {k.value: {} for k in TrainingKind}
    conn = s.connection()
    sqlite = s.get_bind().dialect.name == "sqlite"
    people = (
        select(Person.id).where(Person.home_unit_id.in_(list(units)), Person.deleted_at.is_(None))
        if units is not None
        else None
    )
    if keys:
        # Each (period, kind)'s people as one string "person hundredths person hundredths ...", in the order of the
        # key (no sort), split and paired in C: a year of the 10,000-person plant is three strings, not 26,000 rows.
        person = _hex(s, TrainingTally.person_id)
        pairs = person.concat(" ").concat(func.cast(TrainingTally.centihours, String))  # type: ignore[attr-defined]
        joined = func.group_concat(pairs, " ") if sqlite else func.string_agg(pairs, " ")
        query = (
            select(TrainingTally.period, type_coerce(TrainingTally.kind, String), joined)
            .where(
                TrainingTally.period.in_(keys), TrainingTally.kind.in_(list(TrainingKind)), TrainingTally.sessions > 0
            )
            .group_by(TrainingTally.period, TrainingTally.kind)
        )
        if people is not None:
            # every column of the key named: the database looks each person up instead of reading the period
            query = query.where(TrainingTally.person_id.in_(people))
        for _, kind, text_ in conn.execute(query).all():
            words = (text_ or "").split()
            got = out[kind]
            if not got:
                got.update(zip(words[::2], map(int, words[1::2]), strict=True))
            else:
                for pid, n in zip(words[::2], map(int, words[1::2]), strict=True):
                    got[pid] = got.get(pid, 0) + n
    for start, end in days:
        query = (
            select(
                _hex(s, TrainingAttendance.person_id),
                type_coerce(TrainingSession.kind, String),
                func.sum(func.round(TrainingSession.hours * 100)),
            )
            .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
            .where(
                TrainingSession.held_on.between(start, end),
                TrainingSession.deleted_at.is_(None),
                TrainingAttendance.deleted_at.is_(None),
            )
            .group_by(TrainingAttendance.person_id, TrainingSession.kind)
        )
        if people is not None:
            query = query.where(TrainingAttendance.person_id.in_(people))
        for pid, kind, n in conn.execute(query).all():
            got = out[kind]
            got[pid] = got.get(pid, 0) + int(n)
    return out


def _period_sql(dialect: str, day: str) -> str:
    """The period key of grain ``g.n`` (0 year, 1 quarter, 2 month) of the date ``day``, in ``dialect``'s SQL."""
    if dialect == "sqlite":
        return (
            f"CASE g.n WHEN 0 THEN 'Y' || strftime('%Y', {day}) "
            f"WHEN 1 THEN 'Q' || strftime('%Y', {day}) || '-' || ((CAST(strftime('%m', {day}) AS INTEGER) + 2) / 3) "
            f"ELSE 'M' || strftime('%Y-%m', {day}) END"
        )
    return (
        f"CASE g.n WHEN 0 THEN 'Y' || to_char({day}, 'YYYY') "
        f"WHEN 1 THEN 'Q' || to_char({day}, 'YYYY') || '-' || to_char({day}, 'Q') "
        f"ELSE 'M' || to_char({day}, 'YYYY-MM') END"
    )


def _summed(dialect: str) -> str:
    """Every live attendance summed per period key (year, quarter, month), kind and person: what the tallies hold."""
    return (
        f"SELECT {_period_sql(dialect, 's.held_on')}, s.kind, a.person_id, "
        "CAST(sum(round(s.hours * 100)) AS INTEGER), count(*) "
        f"FROM training_attendance a JOIN training_session s ON s.id = a.session_id CROSS JOIN {GRAINS} "
        "WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL GROUP BY 1, s.kind, a.person_id"
    )


def rebuild(s: Session) -> None:
    """Recompute the tallies from the attendance (after a bulk load without the triggers, or to check them)."""
    dialect = s.get_bind().dialect.name
    s.execute(text("DELETE FROM training_tally"))
    s.execute(text(f"INSERT INTO training_tally (period, kind, person_id, centihours, sessions) {_summed(dialect)}"))


def differences(s: Session) -> dict[tuple[str, str, str], tuple[tuple[int, int], tuple[int, int]]]:
    """Where the kept tallies differ from a sum of the attendance now: {(period, kind, person): (kept, counted)}
    with (hundredths, sessions) each; rows of no sessions count as absent. Empty: they agree."""
    dialect = s.get_bind().dialect.name
    counted = {(p, k, _id(person)): (int(h), int(n)) for p, k, person, h, n in s.execute(text(_summed(dialect)))}
    kept = {
        (p, k, _id(person)): (int(h), int(n))
        for p, k, person, h, n in s.execute(
            text("SELECT period, kind, person_id, centihours, sessions FROM training_tally")
        )
        if n or h
    }
    return {
        key: (kept.get(key, (0, 0)), counted.get(key, (0, 0)))
        for key in counted.keys() | kept.keys()
        if kept.get(key, (0, 0)) != counted.get(key, (0, 0))
    }


def _id(value: object) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "").lower()
