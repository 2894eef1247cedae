"""Which tables travel, how each merges, and a row's values as JSON and back.

Every business table travels, in foreign-key order. Derived tables (score tallies, the search index) are rebuilt by
the receiver; bookkeeping (the station registry, the audit chain, sync's own tables) stays where it is. The audit
trail travels apart, from stations up to the plant (``gridapp.sync.exchange``).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import uuid
from collections.abc import Callable, MutableMapping
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Enum, Float, Integer, LargeBinary, Table, Uuid

import gridapp.db.models  # noqa: F401  (every model registered on the metadata)
from gridapp.db.base import Base, UTCDateTime

LOCAL = frozenset(
    {
        "audit_chain",
        "audit_record",
        "station",
        "score_person_tally",
        "score_unit_tally",
        "issue_tally",  # derived: kept by triggers on issue in every database, rebuilt by gridapp.issues.tallies
        "training_tally",  # derived: kept by triggers on training in every database, gridapp.training.tallies
        "photo_blob",
        "alembic_version",
    }
)
# Rights are given at the plant: a station's change to these is refused there and the plant's row sent back.
PLANT_ONLY = frozenset({"account", "security_setting", "role", "role_assignment"})
# Personal information (PIPL: talk summaries, state-of-mind notes): a station sends its rows up to the plant, which
# keeps them and sends them to no station (``gridapp.sync.exchange``); a station holds only the rows written there.
TO_PLANT_ONLY = frozenset({"party_talk_note", "party_care_note"})
# Rows naming a file of the photo folder by its SHA-256 and suffix: a bundle carries the files they name.
FILE_TABLES = ("issue_photo", "project_attachment", "party_meeting_photo")
# What a station may change of an account: its own password (people change it at first login, offline).
ACCOUNT_FROM_STATION = ("password_hash", "password_changed_at", "must_change")
# An account's logins on one PC (failed attempts, lock-out): not a change of rights, never a conflict.
ACCOUNT_PER_PC = ("failed_logins", "locked_until", "last_login_at")


def synced_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in LOCAL and not t.name.startswith("sync_")]


SYNCED: list[Table] = synced_tables()
BY_NAME: dict[str, Table] = {t.name: t for t in SYNCED}
ORDER: dict[str, int] = {t.name: i for i, t in enumerate(SYNCED)}


def live_keys(table: Table) -> list[tuple[str, ...]]:
    """The column sets unique among live rows (an employee number, a code): two stations may both take one."""
    return [
        tuple(c.name for c in index.columns)
        for index in table.indexes
        if index.unique and index.dialect_options["sqlite"].get("where") is not None
    ]


# -- values as they travel ---------------------------------------------------------------------------------------
#
# Each value travels in the form SQLite stores it (a UUID as 32 hex digits, a time as UTC "YYYY-MM-DD HH:MM:SS.ffffff",
# a day as "YYYY-MM-DD", a code as its text), except JSON (as JSON), booleans (true/false) and bytes (a reference to
# the bundle's blobs by SHA-256). So an SQLite database reads and writes its rows for sync without converting them
# (``from_sqlite`` / ``to_sqlite``: the bulk of an export or import), and PostgreSQL goes through the column types.

BlobMap = MutableMapping[str, bytes]  # bytes by SHA-256: gridapp.sync.bundle.Blobs, or a plain dict
TIME_TEXT = "%Y-%m-%d %H:%M:%S.%f"


def _time_text(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime(TIME_TEXT)


def _stored_time(value: str) -> str:
    """SQLite's own form of a time, as every writer of the app stores it (a shorter one made by hand, normalised)."""
    return value if len(value) == 26 else dt.datetime.fromisoformat(value).strftime(TIME_TEXT)


def _blob_ref(value: bytes, blobs: BlobMap) -> dict[str, str]:
    digest = hashlib.sha256(value).hexdigest()
    blobs[digest] = value
    return {"blob": digest}


def _same(value: Any, _blobs: BlobMap) -> Any:
    return value


def _encoder(column_type: Any) -> Callable[[Any, BlobMap], Any]:
    """A value as SQLAlchemy gives it → as it travels."""
    if isinstance(column_type, Uuid):
        return lambda v, _b: v.hex
    if isinstance(column_type, UTCDateTime):
        return lambda v, _b: _time_text(v)
    if isinstance(column_type, Date):
        return lambda v, _b: v.isoformat()
    if isinstance(column_type, Enum):
        return lambda v, _b: v.value if isinstance(v, enum.Enum) else v
    if isinstance(column_type, LargeBinary):
        return _blob_ref
    if isinstance(column_type, Boolean):
        return lambda v, _b: bool(v)
    return _same


def _decoder(column_type: Any) -> Callable[[Any, BlobMap], Any]:
    """As it travels → the value SQLAlchemy takes."""
    if isinstance(column_type, Uuid):
        return lambda v, _b: uuid.UUID(v)
    if isinstance(column_type, UTCDateTime):
        return lambda v, _b: dt.datetime.fromisoformat(v).replace(tzinfo=dt.UTC)
    if isinstance(column_type, Date):
        return lambda v, _b: dt.date.fromisoformat(v)
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        kind = column_type.enum_class
        return lambda v, _b: kind(v)
    if isinstance(column_type, LargeBinary):
        return lambda v, b: b[v["blob"]]
    if isinstance(column_type, Boolean):
        return lambda v, _b: bool(v)
    if isinstance(column_type, Integer):
        return lambda v, _b: int(v)
    if isinstance(column_type, Float):
        return lambda v, _b: float(v)
    return _same


def _from_sqlite(column_type: Any) -> Callable[[Any, BlobMap], Any] | None:
    """SQLite's stored value → as it travels (None: the same)."""
    if isinstance(column_type, UTCDateTime):
        return lambda v, _b: _stored_time(v)
    if isinstance(column_type, Boolean):
        return lambda v, _b: bool(v)
    if isinstance(column_type, JSON):
        return lambda v, _b: json.loads(v)
    if isinstance(column_type, LargeBinary):
        return _blob_ref
    return None


def _to_sqlite(column_type: Any) -> Callable[[Any, BlobMap], Any] | None:
    """As it travels → SQLite's stored value (None: the same)."""
    if isinstance(column_type, Boolean):
        return lambda v, _b: int(v)
    if isinstance(column_type, JSON):
        return lambda v, _b: json.dumps(v)
    if isinstance(column_type, LargeBinary):
        return lambda v, b: b[v["blob"]]
    return None


class Codec:
    """One table's rows to travelling lists (in column order) and back, through SQLAlchemy or straight to SQLite."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns = [c.name for c in table.columns]
        self._encode = [_encoder(c.type) for c in table.columns]
        self._decode = [_decoder(c.type) for c in table.columns]
        self._from_sqlite = [(i, f) for i, c in enumerate(table.columns) if (f := _from_sqlite(c.type)) is not None]
        self._to_sqlite = [(i, f) for i, c in enumerate(table.columns) if (f := _to_sqlite(c.type)) is not None]
        self.id_at = self.columns.index("id")
        names = ", ".join(f'"{c}"' for c in self.columns)
        self.sqlite_select = f'SELECT {names} FROM "{table.name}"'
        marks = ", ".join("?" for _ in self.columns)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in self.columns if c != "id")
        self.sqlite_upsert = (
            f'INSERT INTO "{table.name}" ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}'
        )
        self.sqlite_insert_new = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING'

    def encode(self, row: Any, blobs: BlobMap) -> list[Any]:
        return [None if v is None else f(v, blobs) for v, f in zip(row, self._encode, strict=True)]

    def decode(self, values: list[Any], blobs: BlobMap) -> dict[str, Any]:
        return {
            name: None if v is None else f(v, blobs)
            for name, v, f in zip(self.columns, values, self._decode, strict=True)
        }

    def from_sqlite(self, row: Any, blobs: BlobMap) -> list[Any]:
        values = list(row)
        for i, f in self._from_sqlite:
            if values[i] is not None:
                values[i] = f(values[i], blobs)
        return values

    def to_sqlite(self, values: list[Any], blobs: BlobMap) -> tuple[Any, ...]:
        stored = list(values)
        for i, f in self._to_sqlite:
            if stored[i] is not None:
                stored[i] = f(stored[i], blobs)
        return tuple(stored)


CODECS: dict[str, Codec] = {t.name: Codec(t) for t in SYNCED}


def read_rows(session: Any, name: str, ids: list[str], blobs: BlobMap) -> dict[str, list[Any]]:
    """Rows of table ``name`` by id (as it travels: hex), as they travel, keyed by their id."""
    from sqlalchemy import select

    codec = CODECS[name]
    found: dict[str, list[Any]] = {}
    sqlite = session.get_bind().dialect.name == "sqlite"
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        if sqlite:
            marks = ", ".join("?" for _ in chunk)
            rows = session.connection().exec_driver_sql(f"{codec.sqlite_select} WHERE id IN ({marks})", tuple(chunk))
            for row in rows:
                values = codec.from_sqlite(row, blobs)
                found[values[codec.id_at]] = values
        else:
            table = codec.table
            for row in session.execute(select(table).where(table.c.id.in_([uuid.UUID(i) for i in chunk]))):
                values = codec.encode(row, blobs)
                found[values[codec.id_at]] = values
    return found


def all_rows(session: Any, name: str) -> Any:
    """Every row of table ``name`` as it travels, in id order (for the digest)."""
    from sqlalchemy import select

    codec = CODECS[name]
    if session.get_bind().dialect.name == "sqlite":
        for row in session.connection().exec_driver_sql(f"{codec.sqlite_select} ORDER BY id"):
            yield codec.from_sqlite(row, {})
    else:
        for row in session.execute(select(codec.table).order_by(codec.table.c.id)):
            yield codec.encode(row, {})
