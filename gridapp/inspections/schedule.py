"""The periods of recurring rounds: days, ISO weeks (Monday first), calendar months, and custom intervals of N days
counted from the day a document came into force. Pure date arithmetic, no database."""

from __future__ import annotations

import datetime as dt

from gridapp.inspections.kinds import Frequency


def period_start(
    frequency: Frequency, day: dt.date, interval_days: int | None = None, anchor: dt.date | None = None
) -> dt.date:
    """The first day of the period of ``frequency`` that contains ``day``."""
    match frequency:
        case Frequency.DAILY:
            return day
        case Frequency.WEEKLY:
            return day - dt.timedelta(days=day.weekday())
        case Frequency.MONTHLY:
            return day.replace(day=1)
        case Frequency.CUSTOM:
            n = max(1, interval_days or 1)
            base = anchor or dt.date(2000, 1, 3)  # any fixed Monday keeps custom periods stable without an anchor
            return base + dt.timedelta(days=((day - base).days // n) * n)
    raise ValueError(frequency)


def period_end(frequency: Frequency, start: dt.date, interval_days: int | None = None) -> dt.date:
    """The last day (inclusive) of the period that begins on ``start``."""
    match frequency:
        case Frequency.DAILY:
            return start
        case Frequency.WEEKLY:
            return start + dt.timedelta(days=6)
        case Frequency.MONTHLY:
            return next_month(start) - dt.timedelta(days=1)
        case Frequency.CUSTOM:
            return start + dt.timedelta(days=max(1, interval_days or 1) - 1)
    raise ValueError(frequency)


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def periods(
    frequency: Frequency,
    first: dt.date,
    last: dt.date,
    interval_days: int | None = None,
    anchor: dt.date | None = None,
) -> list[tuple[dt.date, dt.date]]:
    """Every period of ``frequency`` that overlaps the days ``first``..``last`` (inclusive), as (start, end)."""
    out: list[tuple[dt.date, dt.date]] = []
    start = period_start(frequency, first, interval_days, anchor)
    while start <= last:
        end = period_end(frequency, start, interval_days)
        out.append((start, end))
        start = end + dt.timedelta(days=1)
    return out


def month_span(day: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar month of ``day`` as (first day, last day)."""
    first = day.replace(day=1)
    return first, next_month(first) - dt.timedelta(days=1)
