"""Calendar periods (month, quarter, year): their dates, their keys, and the period a day falls in."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class PeriodKind(enum.StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_PREFIX = {PeriodKind.MONTH: "M", PeriodKind.QUARTER: "Q", PeriodKind.YEAR: "Y"}
_MONTHS = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}


@dataclass(frozen=True, order=True, slots=True)
class Period:
    """One month (index 1–12), quarter (1–4) or year (index 1) of a calendar year."""

    kind: PeriodKind
    year: int
    index: int = 1

    def __post_init__(self) -> None:
        limit = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.YEAR: 1}[self.kind]
        if not 1 <= self.index <= limit or not 1900 <= self.year <= 9999:
            raise ValueError(f"no such period: {self.kind} {self.year} {self.index}")

    @classmethod
    def of(cls, kind: PeriodKind, day: dt.date) -> Period:
        """The period of ``kind`` that ``day`` falls in."""
        if kind is PeriodKind.MONTH:
            return cls(kind, day.year, day.month)
        if kind is PeriodKind.QUARTER:
            return cls(kind, day.year, (day.month - 1) // 3 + 1)
        return cls(kind, day.year, 1)

    @classmethod
    def from_key(cls, key: str) -> Period:
        """The inverse of ``key``: "M2025-03", "Q2025-1", "Y2025"."""
        kind = {v: k for k, v in _PREFIX.items()}[key[0]]
        year, _, index = key[1:].partition("-")
        return cls(kind, int(year), int(index or 1))

    @property
    def key(self) -> str:
        """A short sortable key, also the key of the period's tallies."""
        if self.kind is PeriodKind.YEAR:
            return f"Y{self.year}"
        if self.kind is PeriodKind.QUARTER:
            return f"Q{self.year}-{self.index}"
        return f"M{self.year}-{self.index:02d}"

    @property
    def first_month(self) -> int:
        return {PeriodKind.MONTH: self.index, PeriodKind.QUARTER: 3 * self.index - 2, PeriodKind.YEAR: 1}[self.kind]

    @property
    def month_count(self) -> int:
        return _MONTHS[self.kind]

    @property
    def starts_on(self) -> dt.date:
        return dt.date(self.year, self.first_month, 1)

    @property
    def ends_on(self) -> dt.date:
        """The last day of the period (inclusive)."""
        last = self.first_month + self.month_count - 1
        following = dt.date(self.year + 1, 1, 1) if last == 12 else dt.date(self.year, last + 1, 1)
        return following - dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def months(self) -> list[Period]:
        return [
            Period(PeriodKind.MONTH, self.year, m) for m in range(self.first_month, self.first_month + self.month_count)
        ]

    def within(self) -> list[Period]:
        """Every shorter period inside this one (a year's quarters and months, a quarter's months)."""
        if self.kind is PeriodKind.YEAR:
            return [Period(PeriodKind.QUARTER, self.year, q) for q in range(1, 5)] + self.months()
        if self.kind is PeriodKind.QUARTER:
            return self.months()
        return []

    def enclosing(self) -> list[Period]:
        """The longer periods this one lies in (a month's quarter and year)."""
        if self.kind is PeriodKind.YEAR:
            return []
        if self.kind is PeriodKind.QUARTER:
            return [Period(PeriodKind.YEAR, self.year)]
        return [Period.of(PeriodKind.QUARTER, self.starts_on), Period(PeriodKind.YEAR, self.year)]

    def previous(self) -> Period:
        return Period.of(self.kind, self.starts_on - dt.timedelta(days=1))

    def next(self) -> Period:
        return Period.of(self.kind, self.ends_on + dt.timedelta(days=1))


def keys_of_day(day: dt.date) -> tuple[str, str, str]:
    """The month, quarter and year keys of ``day``: the tallies an entry booked on ``day`` adds to."""
    return tuple(Period.of(kind, day).key for kind in PeriodKind)  # type: ignore[return-value]


def recent(kind: PeriodKind, today: dt.date, count: int) -> list[Period]:
    """The ``count`` periods of ``kind`` up to the one holding ``today``, newest first."""
    out = [Period.of(kind, today)]
    while len(out) < count:
        out.append(out[-1].previous())
    return out
