"""Plain read-only rows the organisation services hand to the UI (no ORM objects leave a service)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass

from gridapp.org.kinds import Gender, PartyStatus, UnitKind


@dataclass(frozen=True, slots=True)
class UnitRow:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    kind: UnitKind
    name: str
    code: str
    position: int
    people: int  # active people whose home unit is in this subtree
    party_members: int


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: uuid.UUID
    name: str
    employee_no: str
    gender: Gender | None
    post: str
    unit_id: uuid.UUID
    unit: str
    party_status: PartyStatus
    phone: str
    left_on: dt.date | None


class PersonSort(enum.Enum):
    EMPLOYEE_NO = "employee_no"
    NAME = "name"
    GENDER = "gender"
    POST = "post"
    UNIT = "unit"
    PARTY_STATUS = "party_status"
    PHONE = "phone"
    LEFT_ON = "left_on"
