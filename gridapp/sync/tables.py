"""Which tables travel, how each merges, and a row's values as JSON and back.

Every business table travels, in foreign-key order. Derived tables (score tallies, the search index) are rebuilt by
the receiver; bookkeeping (the station registry, the audit chain, sync's own tables) stays where it is. The audit
trail travels apart, from stations up to the plant (``gridapp.sync.exchange``).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import uuid
from collections.abc import Callable
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
        "photo_blob",
        "alembic_version",
    }
)
# Rights are given at the plant: a station's change to these is refused there and the plant's row sent back.
PLANT_ONLY = frozenset({"account", "security_setting", "role", "role_assignment"})
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


# -- values as JSON ------------------------------------------------------------------------------------------------

Blobs = dict[str, bytes]


def _encoder(column_type: Any) -> Callable[[Any, Blobs], Any]:
    if isinstance(column_type, Uuid):
        return lambda v, _b: v.hex
    if isinstance(column_type, UTCDateTime):
        return lambda v, _b: v.astimezone(dt.UTC).isoformat()
    if isinstance(column_type, Date):
        return lambda v, _b: v.isoformat()
    if isinstance(column_type, Enum):
        return lambda v, _b: v.value if isinstance(v, enum.Enum) else v
    if isinstance(column_type, LargeBinary):
        return _blob_ref
    return lambda v, _b: v


def _blob_ref(value: bytes, blobs: Blobs) -> dict[str, str]:
    digest = hashlib.sha256(value).hexdigest()
    blobs[digest] = value
    return {"blob": digest}


def _decoder(column_type: Any) -> Callable[[Any, Blobs], Any]:
    if isinstance(column_type, Uuid):
        return lambda v, _b: uuid.UUID(v)
    if isinstance(column_type, UTCDateTime):
        return lambda v, _b: dt.datetime.fromisoformat(v)
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
    return lambda v, _b: v


class Codec:
    """One table's rows to JSON-safe lists (in column order) and back."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns = [c.name for c in table.columns]
        self._encode = [_encoder(c.type) for c in table.columns]
        self._decode = [_decoder(c.type) for c in table.columns]
        self.blob_columns = [i for i, c in enumerate(table.columns) if isinstance(c.type, LargeBinary)]
        self.json_columns = [i for i, c in enumerate(table.columns) if isinstance(c.type, JSON)]

    def encode(self, row: Any, blobs: Blobs) -> list[Any]:
        return [None if v is None else f(v, blobs) for v, f in zip(row, self._encode, strict=True)]

    def decode(self, values: list[Any], blobs: Blobs) -> dict[str, Any]:
        return {
            name: None if v is None else f(v, blobs)
            for name, v, f in zip(self.columns, values, self._decode, strict=True)
        }

    def blobs_of(self, values: list[Any]) -> list[str]:
        return [values[i]["blob"] for i in self.blob_columns if values[i] is not None]


CODECS: dict[str, Codec] = {t.name: Codec(t) for t in SYNCED}
