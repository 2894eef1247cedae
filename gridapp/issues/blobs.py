"""The bytes of issue photos kept in a plant server's database, so every PC of the plant can show them.

On a server database a photo taken on one PC is also stored here (``gridapp.issues.photos.PhotoStore``); another PC
materialises its local file from this table when it first shows the photo. Not a Tracked table: a row is keyed by the
SHA-256 of its bytes, is written once and never changed, so it needs no station, tombstone or update stamp.
An SQLite database keeps its photos only as files beside the database file.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from gridapp.db.base import Base
from gridapp.times import utcnow


class PhotoBlob(Base):
    __tablename__ = "photo_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    suffix: Mapped[str] = mapped_column(String(8))
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
