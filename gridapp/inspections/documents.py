"""Each post's document set: the working copies of the book, cards and tables, their checkpoint items, the change
log of who changed what and when, released editions (versions), and copying a card to another post."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.base import utcnow
from gridapp.db.database import Database
from gridapp.inspections.catalogue import install_document_types
from gridapp.inspections.kinds import ChangeAction
from gridapp.inspections.models import CheckItem, Document, DocumentChange, DocumentType
from gridapp.inspections.rows import (
    DocumentRow,
    DocumentTypeRow,
    InspectionRefused,
    ItemDraft,
    ItemRow,
    PostRow,
    Refusal,
)
from gridapp.inspections.rules import ITEM_FIELDS, check_item
from gridapp.org.models import Post, Unit
from gridapp.org.normalize import single_line
from gridapp.security.rights import Right, plant_root, require


def item_row(item: CheckItem) -> ItemRow:
    return ItemRow(
        item.id,
        item.document_id,
        item.position,
        item.equipment,
        item.activity,
        item.content,
        item.standard,
        item.method,
        item.level,
        item.frequency,
        item.interval_days,
        item.kind,
        item.lower,
        item.upper,
        item.unit,
    )


def type_row(t: DocumentType) -> DocumentTypeRow:
    return DocumentTypeRow(t.id, t.code, t.kind, t.name, t.has_items, t.position)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)[:400]


class DocumentService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._catalogue_checked = False

    # catalogue

    def _ensure_catalogue(self) -> None:
        """The catalogue is installed once, on the first look (a database from before this capability has none)."""
        if self._catalogue_checked:
            return
        with self._db.read() as s:
            present = s.scalar(select(func.count()).select_from(DocumentType).where(DocumentType.deleted_at.is_(None)))
        if not present:
            with self._db.write(self._db.system_actor()) as s:
                install_document_types(s)
        self._catalogue_checked = True

    def document_types(self) -> list[DocumentTypeRow]:
        self._ensure_catalogue()
        with self._db.read() as s:
            types = s.scalars(
                select(DocumentType).where(DocumentType.deleted_at.is_(None)).order_by(DocumentType.position)
            ).all()
            return [type_row(t) for t in types]

    def rename_document_type(self, actor: Actor, type_id: uuid.UUID, name: str) -> DocumentTypeRow:
        """Sites name their documents their own way; every post's set shows the new name."""
        name = single_line(name)
        if not name:
            raise InspectionRefused(Refusal.NAME_REQUIRED)
        if len(name) > 40:
            raise InspectionRefused(Refusal.TEXT_TOO_LONG, "name")
        with self._db.write(actor) as s:
            require(s, actor, Right.CARD_EDIT, plant_root(s))  # the catalogue's names are plant-wide
            doc_type = s.get(DocumentType, type_id)
            if doc_type is None or doc_type.deleted_at is not None:
                raise InspectionRefused(Refusal.NO_SUCH_DOCUMENT)
            doc_type.name = name
            s.flush()
            return type_row(doc_type)

    # posts and sets

    def posts(self) -> list[PostRow]:
        """Every live post with its unit, in the organisation's order."""
        with self._db.read() as s:
            rows = s.execute(
                select(Post.id, Post.unit_id, Unit.name, Post.name, Post.position)
                .join(Unit, Unit.id == Post.unit_id)
                .where(Post.deleted_at.is_(None), Unit.deleted_at.is_(None))
                .order_by(Unit.position, Post.position, Post.name)
            ).all()
        return [PostRow(*r) for r in rows]

    def document_set(self, post_id: uuid.UUID) -> list[DocumentRow]:
        """The post's book, cards and tables in catalogue order; those not started yet have no id."""
        types = self.document_types()
        with self._db.read() as s:
            docs = {d.type_id: d for d in s.scalars(_live_documents().where(Document.post_id == post_id))}
            counts = dict(
                s.execute(
                    select(CheckItem.document_id, func.count())
                    .where(CheckItem.deleted_at.is_(None), CheckItem.document_id.in_([d.id for d in docs.values()]))
                    .group_by(CheckItem.document_id)
                ).all()
            )
        out = []
        for t in types:
            d = docs.get(t.id)
            if d is None:
                out.append(DocumentRow(None, post_id, t, "", False, None, 0, None))
            else:
                out.append(
                    DocumentRow(
                        d.id,
                        post_id,
                        t,
                        d.version,
                        d.changed_since_release,
                        d.in_force_from,
                        counts.get(d.id, 0),
                        d.updated_at,
                    )
                )
        return out

    def document(self, document_id: uuid.UUID) -> DocumentRow:
        with self._db.read() as s:
            d = get_document(s, document_id)
            t = s.get(DocumentType, d.type_id)
            assert t is not None
            count = s.scalar(select(func.count()).where(CheckItem.document_id == d.id, CheckItem.deleted_at.is_(None)))
            return DocumentRow(
                d.id,
                d.post_id,
                type_row(t),
                d.version,
                d.changed_since_release,
                d.in_force_from,
                count or 0,
                d.updated_at,
            )

    def start_document(self, actor: Actor, post_id: uuid.UUID, type_id: uuid.UUID) -> uuid.UUID:
        """The post's document of ``type_id``, created (empty, unreleased) if it does not exist yet."""
        with self._db.write(actor) as s:
            require_on_post(s, actor, Right.CARD_EDIT, post_id)
            return ensure_document(s, actor, post_id, type_id).id

    # working copy

    def items(self, document_id: uuid.UUID) -> list[ItemRow]:
        """Every item of a document in sequence (a card holds hundreds at most, so all are read at once)."""
        with self._db.read() as s:
            return [item_row(i) for i in s.scalars(live_items(document_id))]

    def set_body(self, actor: Actor, document_id: uuid.UUID, body: str) -> None:
        with self._db.write(actor) as s:
            d = editable_document(s, actor, document_id)
            if d.body == body:
                return
            old = d.body
            d.body = body
            _touch(d)
            removed, added = _line_changes(old, body)
            log_change(s, actor, d.id, ChangeAction.BODY_EDITED, old_value=removed, new_value=added)

    def add_item(self, actor: Actor, document_id: uuid.UUID, draft: ItemDraft, position: int | None = None) -> ItemRow:
        """Add an item at ``position`` (0-based; at the end when None); later items move down one."""
        draft = check_item(draft)
        with self._db.write(actor) as s:
            d = editable_document(s, actor, document_id)
            count = _count_items(s, d.id)
            at = count if position is None else max(0, min(position, count))
            # Row by row rather than one UPDATE, so every moved row is stamped for sync like any other change.
            for later in s.scalars(live_items(d.id).where(CheckItem.position >= at)):
                later.position += 1
            item = CheckItem(id=uuid.uuid4(), document_id=d.id, position=at, **_fields(draft))
            s.add(item)
            _touch(d)
            log_change(s, actor, d.id, ChangeAction.ITEM_ADDED, item, new_value=draft.content)
            s.flush()
            return item_row(item)

    def update_item(self, actor: Actor, item_id: uuid.UUID, draft: ItemDraft) -> ItemRow:
        draft = check_item(draft)
        with self._db.write(actor) as s:
            item = _get_item(s, item_id)
            d = editable_document(s, actor, item.document_id)
            changed = False
            for name, value in _fields(draft).items():
                old = getattr(item, name)
                if old != value:
                    setattr(item, name, value)
                    log_change(s, actor, d.id, ChangeAction.ITEM_CHANGED, item, name, _text(old), _text(value))
                    changed = True
            if changed:
                _touch(d)
            s.flush()
            return item_row(item)

    def remove_items(self, actor: Actor, item_ids: Iterable[uuid.UUID]) -> None:
        """Tombstone items (their round results stay) and close the gaps in the sequence."""
        ids = set(item_ids)
        if not ids:
            return
        with self._db.write(actor) as s:
            items = [_get_item(s, i) for i in ids]
            documents = {i.document_id for i in items}
            for document_id in documents:
                editable_document(s, actor, document_id)
            for item in items:
                log_change(s, actor, item.document_id, ChangeAction.ITEM_REMOVED, item, old_value=item.content)
                item.mark_deleted()
            s.flush()
            for document_id in documents:
                _renumber(s, document_id)
                _touch(get_document(s, document_id))

    def move_items(self, actor: Actor, document_id: uuid.UUID, item_ids: Sequence[uuid.UUID], to: int) -> None:
        """Move ``item_ids`` (in their current order) so that they sit before the item now at position ``to``
        (a drag and drop in the item table); ``to`` past the end moves them to the end."""
        with self._db.write(actor) as s:
            d = editable_document(s, actor, document_id)
            items = list(s.scalars(live_items(d.id)))
            moving_ids = set(item_ids)
            moving = [i for i in items if i.id in moving_ids]
            if not moving:
                return
            staying = [i for i in items if i.id not in moving_ids]
            before = sum(1 for i in items[: max(0, min(to, len(items)))] if i.id not in moving_ids)
            order = staying[:before] + moving + staying[before:]
            if [i.id for i in order] == [i.id for i in items]:
                return
            for position, item in enumerate(order):
                item.position = position
            _touch(d)
            log_change(
                s,
                actor,
                d.id,
                ChangeAction.ITEMS_REORDERED,
                new_value="、".join(str(items.index(i) + 1) for i in moving) + f" → {order.index(moving[0]) + 1}",
            )

    def replace_items(
        self, actor: Actor, document_id: uuid.UUID, rows: Sequence[tuple[uuid.UUID | None, ItemDraft]], source: str
    ) -> int:
        """Make the document's items exactly ``rows`` (an import): rows with an id update that item, rows without
        one are new, items not named are removed. One transaction; returns the number of changes logged."""
        drafts = [(item_id, check_item(draft)) for item_id, draft in rows]
        with self._db.write(actor) as s:
            d = editable_document(s, actor, document_id)
            existing = {i.id: i for i in s.scalars(live_items(d.id))}
            before = s.scalar(select(func.count()).where(DocumentChange.document_id == d.id)) or 0
            kept: set[uuid.UUID] = set()
            for position, (item_id, draft) in enumerate(drafts):
                item = existing.get(item_id) if item_id else None
                if item is None:
                    item = CheckItem(id=uuid.uuid4(), document_id=d.id, position=position, **_fields(draft))
                    s.add(item)
                    log_change(s, actor, d.id, ChangeAction.ITEM_ADDED, item, new_value=draft.content)
                    continue
                kept.add(item.id)
                item.position = position
                for name, value in _fields(draft).items():
                    old = getattr(item, name)
                    if old != value:
                        setattr(item, name, value)
                        log_change(s, actor, d.id, ChangeAction.ITEM_CHANGED, item, name, _text(old), _text(value))
            for item_id, item in existing.items():
                if item_id not in kept:
                    log_change(s, actor, d.id, ChangeAction.ITEM_REMOVED, item, old_value=item.content)
                    item.mark_deleted()
            log_change(s, actor, d.id, ChangeAction.IMPORTED, new_value=source[:400])
            _touch(d)
            s.flush()
            after = s.scalar(select(func.count()).where(DocumentChange.document_id == d.id)) or 0
            return after - before - 1

    # copying

    def copy_document(
        self, actor: Actor, document_id: uuid.UUID, target_post_id: uuid.UUID, replace: bool
    ) -> uuid.UUID:
        """Copy a card (its items, or its text) to the same document of another post; ``replace`` clears what the
        target holds first, otherwise the copied items follow the existing ones. Returns the target document."""
        with self._db.write(actor) as s:
            source = get_document(s, document_id)
            if source.post_id == target_post_id:
                raise InspectionRefused(Refusal.SAME_POST)
            source_post = s.get(Post, source.post_id)
            assert source_post is not None
            require_on_post(s, actor, Right.CARD_EDIT, target_post_id)
            target = ensure_document(s, actor, target_post_id, source.type_id)
            existing = list(s.scalars(live_items(target.id)))
            if replace:
                for item in existing:
                    item.mark_deleted()
                existing = []
                target.body = source.body
            elif source.body:
                target.body = f"{target.body}\n\n{source.body}" if target.body else source.body
            start = len(existing)
            for offset, item in enumerate(s.scalars(live_items(source.id)).all()):
                copied = CheckItem(
                    id=uuid.uuid4(), document_id=target.id, position=start + offset, **_fields(item_row(item).draft())
                )
                s.add(copied)
            _touch(target)
            label = f"{source_post.name} {source.version}".strip()
            log_change(
                s,
                actor,
                target.id,
                ChangeAction.COPIED_FROM,
                old_value=label,
                new_value="replace" if replace else "append",
            )
            return target.id


def ensure_document(s: Session, actor: Actor, post_id: uuid.UUID, type_id: uuid.UUID) -> Document:
    d = s.scalar(_live_documents().where(Document.post_id == post_id, Document.type_id == type_id))
    if d is not None:
        return d
    post = s.get(Post, post_id)
    if post is None or post.deleted_at is not None:
        raise InspectionRefused(Refusal.NO_SUCH_POST)
    doc_type = s.get(DocumentType, type_id)
    if doc_type is None or doc_type.deleted_at is not None:
        raise InspectionRefused(Refusal.NO_SUCH_DOCUMENT)
    d = Document(id=uuid.uuid4(), post_id=post_id, type_id=type_id, body="", version="", changed_since_release=True)
    s.add(d)
    s.flush()
    log_change(s, actor, d.id, ChangeAction.CREATED)
    return d


def _live_documents() -> Any:
    return select(Document).where(Document.deleted_at.is_(None))


def live_items(document_id: uuid.UUID) -> Any:
    return (
        select(CheckItem)
        .where(CheckItem.document_id == document_id, CheckItem.deleted_at.is_(None))
        .order_by(CheckItem.position, CheckItem.created_at)
    )


def get_document(s: Session, document_id: uuid.UUID) -> Document:
    d = s.get(Document, document_id)
    if d is None or d.deleted_at is not None:
        raise InspectionRefused(Refusal.NO_SUCH_DOCUMENT)
    return d


def require_on_post(s: Session, actor: Actor, right: Right, post_id: uuid.UUID) -> None:
    """A post's documents belong to its unit: the right is asked over that unit."""
    require(s, actor, right, s.scalar(select(Post.unit_id).where(Post.id == post_id)))


def editable_document(s: Session, actor: Actor, document_id: uuid.UUID, right: Right = Right.CARD_EDIT) -> Document:
    d = get_document(s, document_id)
    require_on_post(s, actor, right, d.post_id)
    return d


def _get_item(s: Session, item_id: uuid.UUID) -> CheckItem:
    item = s.get(CheckItem, item_id)
    if item is None or item.deleted_at is not None:
        raise InspectionRefused(Refusal.NO_SUCH_DOCUMENT, "item")
    return item


def _count_items(s: Session, document_id: uuid.UUID) -> int:
    return (
        s.scalar(select(func.count()).where(CheckItem.document_id == document_id, CheckItem.deleted_at.is_(None))) or 0
    )


def _renumber(s: Session, document_id: uuid.UUID) -> None:
    for position, item in enumerate(s.scalars(live_items(document_id))):
        if item.position != position:
            item.position = position


def _fields(draft: ItemDraft) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in ITEM_FIELDS}


def _touch(d: Document) -> None:
    d.changed_since_release = True
    d.updated_at = utcnow()


def _line_changes(old: str, new: str) -> tuple[str, str]:
    """The lines taken out and the lines put in (what a reader of the change log wants to see), each cut to fit."""
    import difflib

    removed, added = [], []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        if line.startswith("- ") and line[2:].strip():
            removed.append(line[2:].strip())
        elif line.startswith("+ ") and line[2:].strip():
            added.append(line[2:].strip())

    def cut(lines: list[str]) -> str:
        text = " / ".join(lines)
        return text if len(text) <= 400 else text[:399] + "…"

    return cut(removed), cut(added)


def log_change(
    s: Session,
    actor: Actor,
    document_id: uuid.UUID,
    action: ChangeAction,
    item: CheckItem | None = None,
    field: str = "",
    old_value: str = "",
    new_value: str = "",
) -> None:
    s.add(
        DocumentChange(
            document_id=document_id,
            at=utcnow(),
            actor_name=actor.name,
            action=action,
            item_id=item.id if item is not None else None,
            item_position=item.position + 1 if item is not None else None,
            field=field,
            old_value=old_value[:400],
            new_value=new_value[:400],
        )
    )
