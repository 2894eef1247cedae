"""One digest of a database's business content, equal on two databases exactly when sync has made them the same.

Every business table that travels (``gridapp.sync.tables.SYNCED``), every row including tombstones, every column in
the form it travels in, ordered by table and id, hashed with SHA-256. Left out: what each database keeps for itself
— the station registry, the audit trail and chain (each PC seals its own), sync's bookkeeping, and what is derived
and rebuilt on arrival (score tallies, the search index).
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.sync.tables import CODECS, SYNCED


def content_digest(session: Session) -> str:
    digest = hashlib.sha256()
    for table in sorted(SYNCED, key=lambda t: t.name):
        codec = CODECS[table.name]
        digest.update(table.name.encode())
        for row in session.execute(select(table).order_by(table.c.id)):
            digest.update(json.dumps(codec.encode(row, {}), ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()


def table_digests(session: Session) -> dict[str, str]:
    """The same per table: to say which table two databases differ in."""
    found = {}
    for table in SYNCED:
        codec = CODECS[table.name]
        digest = hashlib.sha256()
        for row in session.execute(select(table).order_by(table.c.id)):
            digest.update(json.dumps(codec.encode(row, {}), ensure_ascii=False, sort_keys=True).encode())
        found[table.name] = digest.hexdigest()
    return found
