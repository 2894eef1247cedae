"""A station's registration file: its name, code and public key, signed, for the plant to register it from.

A stopgap until the sync service writes it (``SyncService`` exports only to a registered peer, and a new station
has none): it is an ordinary bundle with no rows, addressed to nobody, so importing it anywhere is refused and
``SyncService.register_station`` reads its sender like any other file's.
"""

from __future__ import annotations

from pathlib import Path

from gridapp import __version__
from gridapp.sync.service import IdentityRow
from gridapp.times import utcnow


def write_request(me: IdentityRow, path: Path) -> int:
    """Write the file; returns its size. Raises SyncKeyMissing / NoSecureStore when this PC cannot sign."""
    from gridapp.db.schema import HEAD
    from gridapp.sync import bundle, keys

    private = keys.private_key(me.id)
    header = {
        "app": __version__,
        "schema": HEAD,
        "from": {
            "id": me.id.hex,
            "role": str(me.role),
            "name": me.name,
            "code": me.code,
            "public_key": keys.public_hex(private),
        },
        "to": "",
        "plant": "",
        "created_at": utcnow().isoformat(),
        "request": True,
    }
    return bundle.write(path, bundle.Contents(header=header), private)
