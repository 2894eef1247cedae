"""The organisation: units in a tree of any depth, posts, people, the role catalogue, role assignments,
guardianship (包保 / 1+N) links and claimed areas."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from gridapp.db.base import Base, Tracked, code_enum, unique_while_live
from gridapp.org.kinds import Gender, PartyStatus, RoleKind, UnitKind


class Unit(Tracked, Base):
    __tablename__ = "unit"
    __table_args__ = (unique_while_live("uq_unit_code_live", "code"),)

    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), index=True)
    kind: Mapped[UnitKind] = mapped_column(code_enum(UnitKind))
    name: Mapped[str] = mapped_column(String(80))
    code: Mapped[str] = mapped_column(String(40))  # unique in the plant, like a city grid's coded unit
    position: Mapped[int] = mapped_column(default=0)  # order among siblings


class Post(Tracked, Base):
    """A job position (岗位) in a unit; inspection cards and document sets belong to posts."""

    __tablename__ = "post"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(default=0)
    # The place code its board and pocket cards print (RG:POST:<code>); not unique in the database: two offline
    # stations may make the same one, and the scan box then offers both.
    code: Mapped[str] = mapped_column(String(32), default="", index=True)


class Person(Tracked, Base):
    __tablename__ = "person"
    __table_args__ = (unique_while_live("uq_person_employee_no_live", "employee_no"),)

    name: Mapped[str] = mapped_column(String(40))
    employee_no: Mapped[str] = mapped_column(String(32))
    gender: Mapped[Gender | None] = mapped_column(code_enum(Gender))
    home_unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    post_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("post.id"), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    party_status: Mapped[PartyStatus] = mapped_column(code_enum(PartyStatus), default=PartyStatus.MASSES)
    left_on: Mapped[dt.date | None]  # None while the person works here
    # Search keys kept beside the name so pinyin search is an indexed LIKE, not Python over every row.
    name_pinyin: Mapped[str] = mapped_column(String(160), default="")
    name_initials: Mapped[str] = mapped_column(String(40), default="", index=True)


class Role(Tracked, Base):
    """An entry of the role catalogue; sites rename roles and choose which officer roles they use."""

    __tablename__ = "role"
    __table_args__ = (unique_while_live("uq_role_code_live", "code"),)

    code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[RoleKind] = mapped_column(code_enum(RoleKind))
    name: Mapped[str] = mapped_column(String(40))
    duty: Mapped[str] = mapped_column(String(400), default="")
    in_use: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)


class RoleAssignment(Tracked, Base):
    """A person holds a role in a unit from ``starts_on`` until ``ends_on`` (open-ended when None)."""

    __tablename__ = "role_assignment"

    role_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("role.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date | None]


class Area(Tracked, Base):
    """A place in a unit (office, pump room, dormitory…) that a person claims (区域认领)."""

    __tablename__ = "area"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(40), default="")
    claimer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    duties: Mapped[str] = mapped_column(String(400), default="")  # what the claimer answers for, on the placard
    code: Mapped[str] = mapped_column(String(32), default="", index=True)  # printed on its placard: RG:AREA:<code>


class AreaPhoto(Tracked, Base):
    """The photo printed in an area's placard; kept apart so listing areas never loads image bytes."""

    __tablename__ = "area_photo"
    __table_args__ = (unique_while_live("uq_area_photo_area_id_live", "area_id"),)

    area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("area.id"))
    media_type: Mapped[str] = mapped_column(String(40))
    image: Mapped[bytes] = mapped_column(LargeBinary)


class Guardianship(Tracked, Base):
    """A party member (the guardian) answers for one person or one area (包保; 1+N when the ward is a person)."""

    __tablename__ = "guardianship"
    __table_args__ = (CheckConstraint("(ward_id IS NULL) <> (area_id IS NULL)", name="one_ward"),)

    guardian_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    ward_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    area_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("area.id"), index=True)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date | None]


class OrgSetting(Tracked, Base):
    """A plant-wide setting of the organisation (e.g. the 1+N limit), synced like any other row."""

    __tablename__ = "org_setting"
    __table_args__ = (unique_while_live("uq_org_setting_key_live", "key"),)

    key: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(String(400))


@event.listens_for(Area, "before_insert")
@event.listens_for(Post, "before_insert")
def _give_place_code(_mapper: Mapper[Any], connection: Connection, target: Area | Post) -> None:
    """Every area and post gets its place code when it is first written, whichever service or import made it."""
    from gridapp.org.place_codes import free_code

    if target.id is None:
        target.id = uuid.uuid4()
    if not target.code:
        target.code = free_code(connection, type(target), target.id)
