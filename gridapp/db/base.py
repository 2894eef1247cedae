"""Declarative base, the columns every business table carries (DESIGN.md §5), and portable column types."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import DateTime, Dialect, Enum, Index, MetaData, String, TypeDecorator, Uuid, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from gridapp.times import utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


LIVE = text("deleted_at IS NULL")


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A point in time stored as naive UTC on every backend and always returned timezone-aware.

    Stations in different time zones and a plant server must agree on "when"; SQLite has no time zone type.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; pass an aware datetime (UTC)")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        str: String(),
    }


class Tracked:
    """Columns that make a business table sync-ready and auditable.

    ``station_id`` and ``updated_by`` are stamped at flush from the Actor the service opened its session with
    (see ``gridapp.db.database``), so no service can forget them.
    """

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)
    station_id: Mapped[uuid.UUID]
    updated_by: Mapped[uuid.UUID | None]
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def mark_deleted(self) -> None:
        """Tombstone the row: it stays for sync and audit, and every query of live rows skips it."""
        self.deleted_at = utcnow()


def code_enum(cls: type[enum.Enum]) -> Enum:
    """An enum column stored as its value string with no database CHECK, so a newer station's new member syncs in."""
    return Enum(
        cls,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        length=24,
        create_constraint=False,
        validate_strings=True,
    )


def unique_while_live(name: str, *columns: str) -> Index:
    """Unique among live rows only: a tombstoned row keeps its value without blocking a new one."""
    return Index(name, *columns, unique=True, sqlite_where=LIVE, postgresql_where=LIVE)
