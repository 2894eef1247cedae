"""Time: the current moment (always timezone-aware UTC) and plant time, the one zone shown and printed.

UTC is stored; every time a user reads (on screen, in a print, in an export) is the plant's wall-clock time, UTC+8
unless the plant's calendar says otherwise (set from it when a database opens and when the calendar is saved).
Kept free of heavy imports: the UI's first screen uses it.
"""

from __future__ import annotations

import datetime as dt

DEFAULT_OFFSET_MINUTES = 480  # China Standard Time: one zone, no daylight saving
_plant = dt.timezone(dt.timedelta(minutes=DEFAULT_OFFSET_MINUTES))


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def plant_tz() -> dt.timezone:
    return _plant


def set_plant_offset(minutes: int) -> None:
    """The plant's zone, as minutes east of UTC (from the issue board's calendar)."""
    global _plant
    if not -14 * 60 <= minutes <= 14 * 60:
        raise ValueError(f"no time zone is {minutes} minutes from UTC")
    _plant = dt.timezone(dt.timedelta(minutes=minutes))


def plant_offset_text(minutes: int | None = None) -> str:
    """UTC+8, UTC+5:30, UTC-3."""
    if minutes is None:
        offset = _plant.utcoffset(None)
        minutes = int(offset.total_seconds() // 60) if offset is not None else DEFAULT_OFFSET_MINUTES
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def to_plant(moment: dt.datetime) -> dt.datetime:
    """The moment on the plant's clocks (a naive moment is taken as UTC, as the database stores it)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(_plant)


def plant_date(moment: dt.datetime) -> dt.date:
    return to_plant(moment).date()


def plant_today(now: dt.datetime | None = None) -> dt.date:
    return plant_date(now or utcnow())


def plant_midnight(day: dt.date) -> dt.datetime:
    """The start of a plant day, in UTC."""
    return dt.datetime.combine(day, dt.time(), _plant).astimezone(dt.UTC)


def plant_text(moment: dt.datetime | None, seconds: bool = False, year: bool = True) -> str:
    """2026-11-30 17:42 in plant time ("" for no moment); ``year=False``: 11-30 17:42."""
    if moment is None:
        return ""
    local = to_plant(moment)
    day = "%Y-%m-%d" if year else "%m-%d"
    return local.strftime(f"{day} %H:%M:%S" if seconds else f"{day} %H:%M")
