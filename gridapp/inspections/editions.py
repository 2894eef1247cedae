"""Released versions of a document: releasing the working copy as an edition (a snapshot kept for ever), the list of
editions, the change log of who changed what and when, and a document's content as printed (working copy or edition)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.base import utcnow
from gridapp.db.database import Database
from gridapp.inspections.documents import editable_document, get_document, item_row, live_items, log_change
from gridapp.inspections.kinds import ChangeAction, CheckLevel, DocumentKind, Frequency, ItemKind
from gridapp.inspections.models import Document, DocumentChange, DocumentEdition, DocumentType
from gridapp.inspections.rows import ChangeRow, DocumentContent, EditionRow, InspectionRefused, ItemRow, Refusal
from gridapp.inspections.rules import ITEM_FIELDS, parse_version
from gridapp.org.models import Post, Unit
from gridapp.security.rights import Right
from gridapp.times import plant_today


class EditionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def release(
        self, actor: Actor, document_id: uuid.UUID, version: str, note: str = "", today: dt.date | None = None
    ) -> EditionRow:
        """Release the working copy as ``version``: a snapshot is kept, the document comes into force."""
        new = parse_version(version)
        version = f"{new[0]}.{new[1]}"
        with self._db.write(actor) as s:
            d = editable_document(s, actor, document_id, Right.CARD_RELEASE)
            if d.version and new <= parse_version(d.version):
                raise InspectionRefused(Refusal.VERSION_NOT_NEWER, d.version)
            if d.version and not d.changed_since_release:
                raise InspectionRefused(Refusal.NOTHING_TO_RELEASE)
            content = _content(s, d)
            now = utcnow()
            edition = DocumentEdition(
                document_id=d.id,
                version=version,
                released_at=now,
                released_by=actor.name,
                note=note.strip()[:400],
                snapshot=json.dumps(snapshot_of(content, version), ensure_ascii=False),
            )
            s.add(edition)
            d.version = version
            d.changed_since_release = False
            if d.in_force_from is None:
                d.in_force_from = today or plant_today()
            log_change(s, actor, d.id, ChangeAction.RELEASED, new_value=version, old_value=note.strip()[:400])
            s.flush()
            return EditionRow(edition.id, d.id, version, now, actor.name, edition.note)

    def editions(self, document_id: uuid.UUID) -> list[EditionRow]:
        with self._db.read() as s:
            rows = s.scalars(
                select(DocumentEdition)
                .where(DocumentEdition.document_id == document_id, DocumentEdition.deleted_at.is_(None))
                .order_by(DocumentEdition.released_at.desc())
            ).all()
            return [EditionRow(e.id, e.document_id, e.version, e.released_at, e.released_by, e.note) for e in rows]

    def changes(self, document_id: uuid.UUID, limit: int = 2000) -> list[ChangeRow]:
        """The change log, newest first."""
        with self._db.read() as s:
            rows = s.scalars(
                select(DocumentChange)
                .where(DocumentChange.document_id == document_id)
                .order_by(DocumentChange.at.desc(), DocumentChange.created_at.desc())
                .limit(limit)
            ).all()
            return [
                ChangeRow(c.at, c.actor_name, c.action, c.item_position, c.field, c.old_value, c.new_value)
                for c in rows
            ]

    def content(self, document_id: uuid.UUID) -> DocumentContent:
        """The working copy as it would print."""
        with self._db.read() as s:
            return _content(s, get_document(s, document_id))

    def edition_content(self, edition_id: uuid.UUID) -> DocumentContent:
        """A released edition exactly as it was released."""
        with self._db.read() as s:
            edition = s.get(DocumentEdition, edition_id)
            if edition is None:
                raise InspectionRefused(Refusal.NO_SUCH_DOCUMENT)
            data = json.loads(edition.snapshot)
            d = get_document(s, edition.document_id)
            post = s.get(Post, d.post_id)
            assert post is not None
        items = tuple(
            ItemRow(
                uuid.UUID(i["id"]),
                edition.document_id,
                n,
                i["equipment"],
                i["activity"],
                i["content"],
                i["standard"],
                i["method"],
                CheckLevel(i["level"]),
                Frequency(i["frequency"]),
                i["interval_days"],
                ItemKind(i["kind"]),
                i["lower"],
                i["upper"],
                i["unit"],
            )
            for n, i in enumerate(data["items"])
        )
        return DocumentContent(
            edition.document_id,
            data["type"],
            data["title"],
            DocumentKind(data["kind"]),
            data["post"],
            data["unit"],
            post.unit_id,
            d.post_id,
            edition.version,
            False,
            data["body"],
            items,
        )


def _content(s: Session, d: Document) -> DocumentContent:
    doc_type = s.get(DocumentType, d.type_id)
    post = s.get(Post, d.post_id)
    assert doc_type is not None and post is not None
    unit = s.get(Unit, post.unit_id)
    items = tuple(item_row(i) for i in s.scalars(live_items(d.id)))
    return DocumentContent(
        d.id,
        doc_type.code,
        doc_type.name,
        doc_type.kind,
        post.name,
        unit.name if unit else "",
        post.unit_id,
        post.id,
        d.version,
        d.changed_since_release or not d.version,
        d.body,
        items,
    )


def snapshot_of(content: DocumentContent, version: str) -> dict[str, Any]:
    return {
        "version": version,
        "type": content.type_code,
        "kind": content.kind.value,
        "title": content.title,
        "post": content.post,
        "unit": content.unit,
        "body": content.body,
        "items": [
            {
                "id": str(i.id),
                **{name: getattr(i, name) for name in ITEM_FIELDS if name not in ("level", "frequency", "kind")},
                "level": i.level.value,
                "frequency": i.frequency.value,
                "kind": i.kind.value,
            }
            for i in content.items
        ],
    }
