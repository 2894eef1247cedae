"""Time for the issue board: the clock services read, the shift calendar, and deadlines in calendar or working hours.

Working hours are counted in local wall-clock time of the plant (a fixed UTC offset: China has one zone and no DST)
over the calendar's weekly spans, skipping holidays and adding make-up working days (调休) with Monday's hours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from gridapp.issues.kinds import ClockKind, DueStatus
from gridapp.times import utcnow

DUE_SOON_FRACTION = 0.75  # a deadline is "due soon" once three quarters of its allowance are used
MAX_DAYS = 3 * 366  # working-hours arithmetic never looks further ahead than this

Span = tuple[int, int]  # minutes after local midnight, start < end ≤ 1440


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current time, timezone-aware (UTC)."""


class SystemClock:
    def now(self) -> dt.datetime:
        return utcnow()


@dataclass
class FakeClock:
    """A clock tests set and move by hand."""

    current: dt.datetime

    def now(self) -> dt.datetime:
        return self.current

    def advance(self, **delta: float) -> dt.datetime:
        self.current += dt.timedelta(**delta)
        return self.current


DAY_SHIFT: tuple[Span, ...] = ((8 * 60, 12 * 60), (13 * 60, 17 * 60))


@dataclass(frozen=True)
class Calendar:
    """The shift calendar used by working-hours clocks and by the handover sheet's shift changes."""

    week: tuple[tuple[Span, ...], ...] = (DAY_SHIFT,) * 5 + ((), ())  # Monday … Sunday
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()  # make-up working days: worked with Monday's spans
    shift_changes: tuple[int, ...] = (8 * 60, 20 * 60)  # two twelve-hour shifts in the control room
    utc_offset_minutes: int = 480
    name: str = ""
    tz: dt.timezone = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tz", dt.timezone(dt.timedelta(minutes=self.utc_offset_minutes)))

    def problems(self) -> list[str]:
        """What makes this calendar unusable (empty when it is fine)."""
        found = []
        if len(self.week) != 7:
            found.append("week must have 7 days")
        for day, spans in enumerate(self.week):
            last_end = -1
            for start, end in sorted(spans):
                if not (0 <= start < end <= 1440):
                    found.append(f"day {day}: span {start}-{end} out of the day")
                if start < last_end:
                    found.append(f"day {day}: spans overlap")
                last_end = end
        if not any(self.week) and not self.workdays:
            found.append("no working time at all")
        if any(not (0 <= m < 1440) for m in self.shift_changes):
            found.append("shift change outside the day")
        return found

    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.tz)

    def local_date(self, moment: dt.datetime) -> dt.date:
        return self.local(moment).date()

    def spans_on(self, day: dt.date) -> tuple[Span, ...]:
        if day in self.holidays:
            return ()
        if day in self.workdays:
            return self.week[0] or DAY_SHIFT
        return tuple(sorted(self.week[day.weekday()]))

    def _at(self, day: dt.date, minute: int) -> dt.datetime:
        midnight = dt.datetime.combine(day, dt.time(), self.tz)
        return (midnight + dt.timedelta(minutes=minute)).astimezone(dt.UTC)

    def add_working(self, start: dt.datetime, minutes: float) -> dt.datetime:
        """The moment when ``minutes`` of working time have passed after ``start``."""
        if minutes <= 0:
            return start
        remaining = dt.timedelta(minutes=minutes)
        local = self.local(start)
        day = local.date()
        offset = dt.timedelta(
            hours=local.hour, minutes=local.minute, seconds=local.second, microseconds=local.microsecond
        )
        for _ in range(MAX_DAYS):
            for span_start, span_end in self.spans_on(day):
                begin = max(dt.timedelta(minutes=span_start), offset)
                end = dt.timedelta(minutes=span_end)
                if begin >= end:
                    continue
                if remaining <= end - begin:
                    return (dt.datetime.combine(day, dt.time(), self.tz) + begin + remaining).astimezone(dt.UTC)
                remaining -= end - begin
            day += dt.timedelta(days=1)
            offset = dt.timedelta(0)
        raise ValueError("the shift calendar has no working time in the next three years")

    def working_between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """Working time between two moments (zero when ``end`` is not after ``start``)."""
        if end <= start:
            return dt.timedelta(0)
        total = dt.timedelta(0)
        day = self.local_date(start)
        last = self.local_date(end)
        while day <= last:
            for span_start, span_end in self.spans_on(day):
                lo = max(self._at(day, span_start), start)
                hi = min(self._at(day, span_end), end)
                if hi > lo:
                    total += hi - lo
            day += dt.timedelta(days=1)
        return total

    def last_shift_change(self, moment: dt.datetime) -> dt.datetime:
        """The latest shift change at or before ``moment`` (midnight when the calendar names none)."""
        changes = sorted(self.shift_changes) or [0]
        day = self.local_date(moment)
        for back in range(2):
            candidates = [self._at(day - dt.timedelta(days=back), m) for m in changes]
            earlier = [c for c in candidates if c <= moment]
            if earlier:
                return max(earlier)
        return self._at(day - dt.timedelta(days=1), changes[0])


@dataclass(frozen=True, slots=True)
class Deadline:
    due: dt.datetime
    soon: dt.datetime  # from here on the deadline shows as due soon


def deadline_after(start: dt.datetime, minutes: float, kind: ClockKind, calendar: Calendar) -> Deadline:
    """The deadline ``minutes`` after ``start`` counted on ``kind`` of clock."""
    if kind is ClockKind.WORKING:
        return Deadline(calendar.add_working(start, minutes), calendar.add_working(start, minutes * DUE_SOON_FRACTION))
    return Deadline(start + dt.timedelta(minutes=minutes), start + dt.timedelta(minutes=minutes * DUE_SOON_FRACTION))


def deadline_until(start: dt.datetime, due: dt.datetime) -> Deadline:
    """A deadline given as a moment (a hazard's rectification date): due soon after three quarters of the time."""
    span = max(due - start, dt.timedelta(0))
    return Deadline(due, start + span * DUE_SOON_FRACTION)


def end_of_local_day(day: dt.date, calendar: Calendar) -> dt.datetime:
    """A date-only deadline means the end of that day, local time."""
    return (dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), calendar.tz)).astimezone(dt.UTC)


def due_status(deadline: dt.datetime | None, soon: dt.datetime | None, now: dt.datetime) -> DueStatus:
    if deadline is None:
        return DueStatus.NONE
    if now > deadline:
        return DueStatus.OVERDUE
    if soon is not None and now >= soon:
        return DueStatus.DUE_SOON
    return DueStatus.ON_TRACK


def parse_spans(raw: Sequence[Sequence[int]]) -> tuple[Span, ...]:
    return tuple((int(a), int(b)) for a, b in raw)
