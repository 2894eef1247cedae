"""Writes made elsewhere — another PC on the plant's server, another program on the same file — as change notices.

Every write appends one audit record, so the trail's head is a change counter that costs one primary-key look-up
to read, on SQLite and PostgreSQL alike (no LISTEN/NOTIFY connection to keep alive, and the same for a file). When
it has moved, the new records name the rows each write touched; this process's own records are skipped (their
notices went out at their commit). The notices are published on the database's board: one path for every change.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from gridapp.changes import Notice, notices_of
from gridapp.db.database import Database
from gridapp.security.models import AuditRecord

BATCH = 500  # records read per poll at most; a backlog is caught up over the next polls


class ChangeWatcher:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.seen = self.head()  # what was there before is on screen already

    def head(self) -> int:
        with self._db.read() as s:
            return int(s.scalar(select(AuditRecord.seq).order_by(AuditRecord.seq.desc()).limit(1)) or 0)

    def poll(self) -> list[Notice]:
        """Publish (and return) the notices of records written elsewhere since the last poll. Raises the
        database's error when it cannot be reached (the caller says so quietly and tries again)."""
        with self._db.read() as s:
            head = int(s.scalar(select(AuditRecord.seq).order_by(AuditRecord.seq.desc()).limit(1)) or 0)
            if head <= self.seen:
                return []
            records = s.execute(
                select(AuditRecord.seq, AuditRecord.station_id, AuditRecord.detail)
                .where(AuditRecord.seq > self.seen)
                .order_by(AuditRecord.seq)
                .limit(BATCH)
            ).all()
        notices: list[Notice] = []
        own = self._db.own_records
        for seq, station_id, detail in records:
            self.seen = seq
            if seq in own:
                own.discard(seq)
                continue
            notices += _notices(detail or {}, station_id)
        self._db.notices.publish(notices)
        return notices


def _notices(detail: dict[str, Any], station_id: uuid.UUID) -> list[Notice]:
    rows = {(table, row): op for op, table, row in detail.get("rows", [])}
    tables = [tuple(reversed(name.split(" ", 1))) for name in (*detail.get("counts", {}), *detail.get("bulk", {}))]
    return notices_of(rows, (), station_id, [t for t in tables if len(t) == 2])  # type: ignore[misc]
