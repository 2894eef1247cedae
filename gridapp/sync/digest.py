"""One digest of a database's business content, equal on two databases exactly when sync has made them the same.

Every business table that travels (``gridapp.sync.tables.SYNCED``), every row including tombstones, every column in
the form it travels in (JSON, keys sorted), in id order, hashed with SHA-256 per table; the digest is SHA-256 over
"table:digest" in table name order. Left out: what each database keeps for itself
— the station registry, the audit trail and chain (each PC seals its own), sync's bookkeeping, and what is derived
and rebuilt on arrival (score tallies, the search index), and the personal information that travels to the plant only.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy.orm import Session

from gridapp.sync.tables import SYNCED, TO_PLANT_ONLY, all_rows


def content_digest(session: Session) -> str:
    digest = hashlib.sha256()
    for name, table_digest in sorted(table_digests(session).items()):
        digest.update(f"{name}:{table_digest}".encode())
    return digest.hexdigest()


def table_digests(session: Session) -> dict[str, str]:
    """The digest of each table: to say which table two databases differ in."""
    found = {}
    for table in SYNCED:
        if table.name in TO_PLANT_ONLY:
            continue  # the plant holds every station's, a station only its own
        digest = hashlib.sha256()
        for values in all_rows(session, table.name):
            digest.update(json.dumps(values, ensure_ascii=False, sort_keys=True).encode())
        found[table.name] = digest.hexdigest()
    return found
