"""The projects' tests run on the demo plant (东湖水厂), with people found by their employee numbers."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.org.models import Person, Unit
from gridapp.services import Services


def person(services: Services, employee_no: str) -> tuple[uuid.UUID, str, uuid.UUID]:
    with services.db.read() as s:
        p = s.scalars(select(Person).where(Person.employee_no == employee_no)).one()
        return p.id, p.name, p.home_unit_id


def actor(services: Services, employee_no: str) -> Actor:
    pid, name, _home = person(services, employee_no)
    return Actor(services.db.station.id, pid, name)


def unit(services: Services, name: str) -> uuid.UUID:
    with services.db.read() as s:
        return s.scalars(select(Unit.id).where(Unit.name == name)).one()
