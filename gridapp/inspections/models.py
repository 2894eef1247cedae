"""The inspection tables: document types (renameable), each post's documents, their checkpoint items, released
editions (snapshots), the change log, and the rounds with their per-item results and photos."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Float, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gridapp.db.base import Base, Tracked, code_enum, unique_while_live
from gridapp.inspections.kinds import ChangeAction, CheckLevel, DocumentKind, Frequency, ItemKind, Outcome, RoundSource


class DocumentType(Tracked, Base):
    """An entry of the document catalogue (一册四卡三表); sites rename entries, the code stays."""

    __tablename__ = "inspection_document_type"
    __table_args__ = (unique_while_live("uq_inspection_document_type_code_live", "code"),)

    code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[DocumentKind] = mapped_column(code_enum(DocumentKind))
    name: Mapped[str] = mapped_column(String(40))
    has_items: Mapped[bool] = mapped_column(default=False)  # a table of checkpoint items rather than text
    position: Mapped[int] = mapped_column(default=0)


class Document(Tracked, Base):
    """One document of a post's set. Its working copy is edited in place; releasing it stores an edition."""

    __tablename__ = "inspection_document"
    __table_args__ = (unique_while_live("uq_inspection_document_post_type_live", "post_id", "type_id"),)

    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post.id"), index=True)
    type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_document_type.id"), index=True)
    body: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[str] = mapped_column(String(16), default="")  # the last released edition, "" before the first
    changed_since_release: Mapped[bool] = mapped_column(default=True)
    # Rounds fall due from the day the document was first released (put in force), not while it is a draft.
    in_force_from: Mapped[dt.date | None]


class CheckItem(Tracked, Base):
    """A checkpoint item (点项): what to check, to which standard, how, by which grid level, how often."""

    __tablename__ = "inspection_item"
    __table_args__ = (Index("ix_inspection_item_document_position", "document_id", "position"),)

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_document.id"))
    position: Mapped[int] = mapped_column(default=0)
    equipment: Mapped[str] = mapped_column(String(40), default="")  # equipment category (设备类别)
    activity: Mapped[str] = mapped_column(String(40), default="")  # activity unit (作业活动单元)
    content: Mapped[str] = mapped_column(String(400))
    standard: Mapped[str] = mapped_column(String(400), default="")
    method: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[CheckLevel] = mapped_column(code_enum(CheckLevel))
    frequency: Mapped[Frequency] = mapped_column(code_enum(Frequency))
    interval_days: Mapped[int | None]  # only for Frequency.CUSTOM
    kind: Mapped[ItemKind] = mapped_column(code_enum(ItemKind), default=ItemKind.PASS_FAIL)
    lower: Mapped[float | None] = mapped_column(Float)
    upper: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16), default="")


class DocumentEdition(Tracked, Base):
    """A released version (e.g. 4.0): the whole document as it was, so earlier versions can be shown and printed."""

    __tablename__ = "inspection_edition"

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_document.id"), index=True)
    version: Mapped[str] = mapped_column(String(16))
    released_at: Mapped[dt.datetime]
    released_by: Mapped[str] = mapped_column(String(80), default="")  # the name, kept even if the person leaves
    note: Mapped[str] = mapped_column(String(400), default="")
    snapshot: Mapped[str] = mapped_column(Text)  # JSON: title, body, items


class DocumentChange(Tracked, Base):
    """One entry of a document's change log: who changed what, and when (append-only)."""

    __tablename__ = "inspection_change"
    __table_args__ = (Index("ix_inspection_change_document_at", "document_id", "at"),)

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_document.id"))
    at: Mapped[dt.datetime]
    actor_name: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[ChangeAction] = mapped_column(code_enum(ChangeAction))
    item_id: Mapped[uuid.UUID | None]
    item_position: Mapped[int | None]
    field: Mapped[str] = mapped_column(String(24), default="")
    old_value: Mapped[str] = mapped_column(String(400), default="")
    new_value: Mapped[str] = mapped_column(String(400), default="")


class InspectionRound(Tracked, Base):
    """One round: an inspector checked the items of one level and frequency of a document for one period."""

    __tablename__ = "inspection_round"
    __table_args__ = (
        Index("ix_inspection_round_unit_period", "unit_id", "period_start"),
        Index("ix_inspection_round_group", "document_id", "level", "frequency", "period_start"),
        Index("ix_inspection_round_performed_at", "performed_at"),
    )

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_document.id"))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"))
    level: Mapped[CheckLevel] = mapped_column(code_enum(CheckLevel))
    frequency: Mapped[Frequency] = mapped_column(code_enum(Frequency))
    interval_days: Mapped[int | None]
    period_start: Mapped[dt.date]
    performed_at: Mapped[dt.datetime]
    inspector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    inspector_name: Mapped[str] = mapped_column(String(40), default="")
    version: Mapped[str] = mapped_column(String(16), default="")  # the document's version checked against
    source: Mapped[RoundSource] = mapped_column(code_enum(RoundSource), default=RoundSource.APP)
    note: Mapped[str] = mapped_column(String(400), default="")


class RoundResult(Tracked, Base):
    """One item's result in a round; a failed item names the issue it raised on the issue board."""

    __tablename__ = "inspection_result"

    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_round.id"), index=True)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_item.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)  # the item's sequence at the time of the round
    outcome: Mapped[Outcome] = mapped_column(code_enum(Outcome))
    reading: Mapped[float | None] = mapped_column(Float)
    out_of_limit: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(String(400), default="")
    # The issue board's issue, by id and number: no foreign key, so the inspection tables do not depend on it.
    issue_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    issue_number: Mapped[str | None] = mapped_column(String(16))  # e.g. 2026-0012


class RoundPhoto(Tracked, Base):
    """A photo taken at an item, kept in the database (scaled down) so it travels with the data to the plant."""

    __tablename__ = "inspection_photo"

    result_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_result.id"), index=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    mime: Mapped[str] = mapped_column(String(40), default="image/jpeg")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RoundOwner(Tracked, Base):
    """The one person named as answering for a recurring round of a document (its level and frequency), chosen by
    hand; without a row the owner defaults from the zone's and the grid's role assignments (``people.default_owner``)."""

    __tablename__ = "inspection_round_owner"
    __table_args__ = (Index("ix_inspection_round_owner_document", "document_id"),)

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection_document.id"))
    level: Mapped[CheckLevel] = mapped_column(code_enum(CheckLevel))
    frequency: Mapped[Frequency] = mapped_column(code_enum(Frequency))
    interval_days: Mapped[int | None]
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
