"""The default document catalogue (一册四卡三表, DESIGN.md §4), shipped as a data file and installed on first use."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.inspections.kinds import DocumentKind
from gridapp.inspections.models import DocumentType
from gridapp.paths import CATALOGUES

CATALOGUE = CATALOGUES / "inspections_documents.json"


def shipped_types() -> list[dict[str, object]]:
    return list(json.loads(CATALOGUE.read_text(encoding="utf-8"))["documents"])


def install_document_types(session: Session) -> dict[str, DocumentType]:
    """Add the catalogue's document types that are missing (by code); returns every live type by code.

    Types a site renamed keep their names: only missing codes are added.
    """
    types = {t.code: t for t in session.scalars(select(DocumentType).where(DocumentType.deleted_at.is_(None)))}
    added = False
    for position, entry in enumerate(shipped_types()):
        if entry["code"] in types:
            continue
        doc_type = DocumentType(
            code=str(entry["code"]),
            kind=DocumentKind(str(entry["kind"])),
            name=str(entry["name"]),
            has_items=bool(entry["has_items"]),
            position=position,
        )
        session.add(doc_type)
        types[doc_type.code] = doc_type
        added = True
    if added:
        session.flush()
    return types
