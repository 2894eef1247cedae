"""The auditor's view of the trail: filtered pages, one record's details, the full check, and the export."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.models import Unit
from gridapp.progress import Progress, no_progress
from gridapp.security.chain import ChainChecker, ChainReport
from gridapp.security.kinds import AuditResult
from gridapp.security.models import AuditRecord
from gridapp.security.rights import AccessDenied, Right, may


@dataclass(frozen=True, slots=True)
class AuditQuery:
    since: dt.datetime | None = None
    until: dt.datetime | None = None  # exclusive
    login: str = ""
    action: str = ""  # a part of the action's name
    unit_id: uuid.UUID | None = None  # the unit and every unit below it
    number: str = ""  # a business number such as 2026-0013
    result: str = ""


@dataclass(frozen=True, slots=True)
class AuditRow:
    seq: int
    at: dt.datetime
    login: str
    person: str
    station_id: uuid.UUID
    action: str
    target_table: str
    target_id: str
    target_number: str
    unit_id: uuid.UUID | None
    result: str
    detail: dict[str, Any]
    hash: str


class AuditTrail:
    """Only the auditor reads it (Right.AUDIT_READ); nothing here changes or deletes a record."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _allowed(self, actor: Actor) -> None:
        with self._db.read() as s:
            allowed = may(s, actor, Right.AUDIT_READ)
        if not allowed:
            refused = {"refused": f"right:{Right.AUDIT_READ.value}"}
            self._db.audit_event(actor, "audit.read", AuditResult.DENIED, refused)
            raise AccessDenied(Right.AUDIT_READ)

    def _query(self, query: AuditQuery) -> Select[tuple[AuditRecord]]:
        q = select(AuditRecord)
        if query.since:
            q = q.where(AuditRecord.at >= query.since)
        if query.until:
            q = q.where(AuditRecord.at < query.until)
        if query.login:
            q = q.where(AuditRecord.account_login == query.login)
        if query.action:
            q = q.where(AuditRecord.action.contains(query.action, autoescape=True))
        if query.number:
            q = q.where(AuditRecord.target_number == query.number)
        if query.result:
            q = q.where(AuditRecord.result == query.result)
        if query.unit_id:  # tombstoned units too (unlike org's subtree_ids): the trail outlives them
            below = select(Unit.id).where(Unit.id == query.unit_id).cte("audit_units", recursive=True)
            child = aliased(Unit)
            below = below.union_all(select(child.id).where(child.parent_id == below.c.id))
            q = q.where(AuditRecord.unit_id.in_(select(below.c.id)))
        return q

    def count(self, actor: Actor, query: AuditQuery) -> int:
        self._allowed(actor)
        with self._db.read() as s:
            return int(s.scalar(select(func.count()).select_from(self._query(query).subquery())) or 0)

    def page(
        self, actor: Actor, query: AuditQuery, offset: int, limit: int, newest_first: bool = True
    ) -> list[AuditRow]:
        self._allowed(actor)
        order = AuditRecord.seq.desc() if newest_first else AuditRecord.seq
        with self._db.read() as s:
            return [_row(r) for r in s.scalars(self._query(query).order_by(order).offset(offset).limit(limit))]

    def verify(self, actor: Actor, progress: Progress = no_progress) -> ChainReport:
        """Check the whole chain and every issue event; the check itself is audited."""
        self._allowed(actor)
        with self._db.read() as s:
            report = ChainChecker(s).full(progress)
        detail = {"records": report.records, "events": report.events, "intact": report.intact}
        if report.breach:
            detail |= {"breach": report.breach.kind.value, "seq": report.breach.seq, "where": report.breach.detail}
        self._db.audit_event(actor, "audit.verify", detail=detail)
        return report

    def export(
        self, actor: Actor, query: AuditQuery, path: Path, headers: list[str], progress: Progress = no_progress
    ) -> Path:
        """Write the matching records to ``path`` (.xlsx, atomically); the export is audited."""
        from gridapp.scoring.export import Sheet, write_xlsx

        self._allowed(actor)
        with self._db.read() as s:
            rows = [_row(r) for r in s.scalars(self._query(query).order_by(AuditRecord.seq))]
        table = [
            [
                r.seq,
                r.at,
                r.login,
                r.person,
                r.action,
                r.target_table,
                r.target_number or r.target_id,
                r.result,
                str(r.station_id),
                r.hash,
            ]
            for r in rows
        ]
        written = write_xlsx(path, [Sheet("audit", headers, table)], progress)
        self._db.audit_event(actor, "audit.export", detail={"rows": len(rows), "file": path.name})
        return written


def _row(r: AuditRecord) -> AuditRow:
    return AuditRow(
        seq=r.seq,
        at=r.at,
        login=r.account_login,
        person=r.person_name,
        station_id=r.station_id,
        action=r.action,
        target_table=r.target_table,
        target_id=r.target_id,
        target_number=r.target_number,
        unit_id=r.unit_id,
        result=r.result,
        detail=r.detail or {},
        hash=r.hash,
    )
