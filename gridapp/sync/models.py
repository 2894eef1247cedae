"""What sync keeps: each row's last version (the change log), this database's clock and identity, its peers, the
conflict archive, the history of exchanges, and the audit records stations sent to the plant.

None of these is a business table: they are not versioned themselves and never travel as rows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gridapp.db.base import Base, utcnow


class RowVersion(Base):
    """The change log, one line per row: the last change made to it, here or anywhere, and when it reached this
    database (``usn``, a counter local to this database that only grows). A bundle for a peer holds the rows whose
    ``usn`` is above what the peer has acknowledged; the rows' values are read from the tables themselves, so the
    log never holds a second copy of the data. Who changed what before that is in the audit trail."""

    __tablename__ = "sync_version"
    __table_args__ = (Index("ix_sync_version_usn", "usn", unique=True),)

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    usn: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[str] = mapped_column(String(56))  # gridapp.sync.clock: when, on the origin's hybrid clock
    base_hlc: Mapped[str | None] = mapped_column(String(56))  # the version this change was made on top of
    origin_id: Mapped[uuid.UUID]  # the station where the change was made
    author_id: Mapped[uuid.UUID | None]  # the person who made it
    deleted: Mapped[bool] = mapped_column(default=False)  # the row itself was removed (not a tombstone)
    source_id: Mapped[uuid.UUID | None]  # the peer it was received from; None when made in this database


class ClockState(Base):
    """The last reading of each station's hybrid clock in this database (one row per PC writing to it)."""

    __tablename__ = "sync_clock"

    station_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    wall_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    counter: Mapped[int] = mapped_column(Integer, default=0)


class Identity(Base):
    """Who this database is in sync: the plant, or one station. One row.

    A plant's identity is its database (every PC of a plant server speaks for it); a station's is the station PC.
    The private half of the key is in the OS keyring, never here."""

    __tablename__ = "sync_identity"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the sync identity (plant or station id)
    role: Mapped[str] = mapped_column(String(8))  # "plant" | "station"
    name: Mapped[str] = mapped_column(String(80))
    code: Mapped[str] = mapped_column(String(8), default="")  # a station's series in issue numbers ("B2")
    plant_id: Mapped[uuid.UUID | None]  # the plant this database belongs to (its own id for the plant)
    public_key: Mapped[str] = mapped_column(String(64))  # Ed25519, hex
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    warn_after_days: Mapped[int] = mapped_column(default=7)
    every_minutes: Mapped[int] = mapped_column(default=0)  # automatic network sync; 0 = by hand only
    plant_url: Mapped[str] = mapped_column(String(300), default="")  # a station's way to the plant (no password)


class Peer(Base):
    """A database this one exchanges with: the plant (for a station) or a registered station (for the plant)."""

    __tablename__ = "sync_peer"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(80))
    code: Mapped[str] = mapped_column(String(8), default="")
    public_key: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    registered_by: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(default=True)
    acked_usn: Mapped[int] = mapped_column(BigInteger, default=0)  # ours that it has confirmed having
    applied_usn: Mapped[int] = mapped_column(BigInteger, default=0)  # its own that we have applied
    acked_audit: Mapped[int] = mapped_column(BigInteger, default=0)  # our audit records it has (station → plant)
    last_sync_at: Mapped[dt.datetime | None]
    last_way: Mapped[str] = mapped_column(String(8), default="")  # "network" | "file"
    last_written: Mapped[str] = mapped_column(String(260), default="")
    last_written_at: Mapped[dt.datetime | None]
    last_read: Mapped[str] = mapped_column(String(260), default="")
    last_read_at: Mapped[dt.datetime | None]


class Conflict(Base):
    """A value that lost: overwritten by a later concurrent change, or refused (a right set at the plant only, a
    number taken). Kept until an administrator restores it or leaves it."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_open", "resolved_at", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID]
    reason: Mapped[str] = mapped_column(String(16))  # gridapp.sync.kinds.ConflictReason
    lost_hlc: Mapped[str] = mapped_column(String(56))
    lost_origin: Mapped[uuid.UUID]
    lost_author: Mapped[uuid.UUID | None]
    lost: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # the row as it was (None: it was removed)
    kept_hlc: Mapped[str] = mapped_column(String(56))
    resolved_at: Mapped[dt.datetime | None]
    resolved_by: Mapped[str] = mapped_column(String(80), default="")
    resolution: Mapped[str] = mapped_column(String(16), default="")  # "restored" | "dismissed"


class Exchange(Base):
    """One sync, export or import, as the history shows it."""

    __tablename__ = "sync_exchange"
    __table_args__ = (Index("ix_sync_exchange_at", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    peer_id: Mapped[uuid.UUID | None]
    peer_name: Mapped[str] = mapped_column(String(80), default="")
    way: Mapped[str] = mapped_column(String(8))  # "network" | "file"
    direction: Mapped[str] = mapped_column(String(8))  # "export" | "import"
    file: Mapped[str] = mapped_column(String(260), default="")
    rows: Mapped[int] = mapped_column(default=0)
    blobs: Mapped[int] = mapped_column(default=0)
    conflicts: Mapped[int] = mapped_column(default=0)
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    by: Mapped[str] = mapped_column(String(80), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")  # "" when it went through; else why not


class StationAuditRecord(Base):
    """An audit record made at a station, kept at the plant as the station sealed it (the union of all trails)."""

    __tablename__ = "sync_station_audit"
    __table_args__ = (Index("ix_sync_station_audit_station_seq", "station_id", "seq", unique=True),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    station_id: Mapped[uuid.UUID]
    seq: Mapped[int] = mapped_column(BigInteger)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
