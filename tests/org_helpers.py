"""Shared helpers of the organisation tests: finding demo units and people by code or number."""

from __future__ import annotations

import uuid

from gridapp.actor import Actor
from gridapp.org.rows import PersonRow, UnitRow
from gridapp.services import Services


def unit(services: Services, code: str) -> UnitRow:
    return next(u for u in services.org.units() if u.code == code)


def person(services: Services, employee_no: str) -> PersonRow:
    found = [p for p in services.org.search_people(employee_no, include_left=True) if p.employee_no == employee_no]
    assert found, employee_no
    return found[0]


def actor(services: Services, employee_no: str = "DH0002") -> Actor:
    """The branch secretary of the demo plant at this station."""
    who = person(services, employee_no)
    return Actor(station_id=services.db.station.id, person_id=who.id, name=who.name)


def ids(rows: list) -> list[uuid.UUID]:  # type: ignore[type-arg]
    return [r.id for r in rows]
