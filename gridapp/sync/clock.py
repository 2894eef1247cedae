"""Hybrid logical clocks (Kulkarni et al., 2014): wall time in milliseconds plus a counter, so that an event made
after hearing of another is ordered after it even when this PC's clock is wrong.

A reading is written as fixed-width text, ``WWWWWWWWWWWWW-CCCCC-<station>``, so that text order is time order on
every database and two stations that tick in the same millisecond are still told apart (by station).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

COUNTER_LIMIT = 99_999


@dataclass(frozen=True, slots=True, order=True)
class Hlc:
    wall_ms: int
    counter: int
    station: str  # the station's UUID as hex: the last tie-break

    def text(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.station}"

    @classmethod
    def parse(cls, value: str) -> Hlc:
        wall, counter, station = value.split("-", 2)
        return cls(int(wall), int(counter), station)


def tick(last: tuple[int, int], now_ms: int) -> tuple[int, int]:
    """The clock's next reading for a change made here, after ``last`` (wall, counter)."""
    wall, counter = last
    if now_ms > wall:
        return now_ms, 0
    return _next(wall, counter)


def receive(last: tuple[int, int], heard: tuple[int, int], now_ms: int) -> tuple[int, int]:
    """The clock after hearing of a change stamped ``heard``: never behind anything known."""
    wall = max(last[0], heard[0], now_ms)
    if wall == last[0] == heard[0]:
        return _next(wall, max(last[1], heard[1]))
    if wall == last[0]:
        return _next(wall, last[1])
    if wall == heard[0]:
        return _next(wall, heard[1])
    return wall, 0


def stamp(reading: tuple[int, int], station: uuid.UUID) -> str:
    return Hlc(reading[0], reading[1], station.hex).text()


def _next(wall: int, counter: int) -> tuple[int, int]:
    """One step on: a PC whose clock lags far behind the plant's runs on logical time, a millisecond per
    ``COUNTER_LIMIT`` changes, rather than ever stepping back."""
    if counter >= COUNTER_LIMIT:
        return wall + 1, 0
    return wall, counter + 1
