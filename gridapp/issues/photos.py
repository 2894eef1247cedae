"""Photos stored content-addressed in a folder beside the database, each with a small JPEG thumbnail.

A photo's file name is the SHA-256 of its bytes, so the same picture attached twice is stored once and a file is
never overwritten with different content. Files are written to a temporary name and moved into place, so a crash
never leaves half a photo. Files are written before the database transaction; if the transaction fails they stay as
harmless unreferenced files (the same bytes are reused next time).

On a server database (a plant's PostgreSQL) the folder is on one PC only, so every photo's bytes also go into the
``photo_blob`` table in a short transaction of their own; another PC writes its local file from there the first
time it shows the photo (``ensure_local``). An SQLite database keeps its photos only as files: the folder beside
the file is part of the data. ``read``, ``put`` and ``ensure_local`` carry photos by their bytes (offline sync).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridapp.issues.errors import InputProblem, IssueInputError

if TYPE_CHECKING:
    from gridapp.actor import Actor
    from gridapp.db.database import Database

MAX_BYTES = 30 * 1024 * 1024  # phone photos are 3–10 MB; anything far larger is not a photo of a problem
THUMBNAIL_PX = 320
SUFFIXES = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "BMP": ".bmp", "GIF": ".gif", "TIFF": ".tif"}
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,7}")  # a name from another PC or a sync file must not reach outside the folder


@dataclass(frozen=True, slots=True)
class StoredPhoto:
    sha256: str
    suffix: str
    name: str
    size: int
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class _Picture:
    kind: str  # PIL's format name
    width: int
    height: int
    thumb: Any  # a PIL image, RGB, at most THUMBNAIL_PX on its longer side


class PhotoStore:
    """The photo folder of this PC, and on a server database the plant-wide ``photo_blob`` table behind it."""

    def __init__(self, root: Path, db: Database | None = None) -> None:
        self.root = root
        # Only a server database carries the bytes: an SQLite file's photos are the folder beside it.
        self._server = db if db is not None and not db.location.is_sqlite else None

    @property
    def shared(self) -> bool:
        """True when photos are also kept in the server database for the other PCs of the plant."""
        return self._server is not None

    def path(self, sha256: str, suffix: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}{suffix}"

    def thumbnail(self, sha256: str) -> Path:
        return self.root / "thumbs" / sha256[:2] / f"{sha256}.jpg"

    def add(self, source: Path, actor: Actor | None = None) -> StoredPhoto:
        """Check that ``source`` is a picture, store it and its thumbnail; raises IssueInputError.

        On a server database the bytes also go into ``photo_blob`` on behalf of ``actor`` (the station by default).
        """
        try:
            size = source.stat().st_size
            if size > MAX_BYTES:
                raise IssueInputError(InputProblem.PHOTO_TOO_LARGE, name=source.name, size=size)
            data = source.read_bytes()
        except IssueInputError:
            raise
        except OSError as exc:
            raise IssueInputError(InputProblem.PHOTO_MISSING, name=source.name) from exc
        from gridapp.io.pictures import PictureProblem, PictureRefused

        try:
            picture = _picture(data)
        except PictureRefused as exc:
            if exc.problem is PictureProblem.TOO_MANY_PIXELS:
                raise IssueInputError(InputProblem.PHOTO_TOO_MANY_PIXELS, name=source.name, limit=exc.limit) from exc
            raise IssueInputError(InputProblem.PHOTO_NOT_IMAGE, name=source.name) from exc
        except Exception as exc:  # PIL raises many kinds for a file that is not a picture
            raise IssueInputError(InputProblem.PHOTO_NOT_IMAGE, name=source.name) from exc
        sha = hashlib.sha256(data).hexdigest()
        suffix = SUFFIXES.get(picture.kind) or source.suffix.lower()[:8]
        if not _SUFFIX.fullmatch(suffix):
            suffix = ".img"
        self._write_file(sha, suffix, data)
        self._write_thumbnail(sha, picture)
        if self._server is not None:
            self._store_blob(sha, suffix, data, actor)
        return StoredPhoto(sha, suffix, source.name[:200], size, picture.width, picture.height)

    # bytes, for offline sync and for the other PCs of a plant

    def read(self, sha256: str, suffix: str) -> bytes | None:
        """The photo's bytes: from this PC's file, else from the server database; None when they are nowhere."""
        _check_name(sha256, suffix)
        try:
            return self.path(sha256, suffix).read_bytes()
        except FileNotFoundError:
            pass
        return self._read_blob(sha256)

    def put(self, sha256: str, suffix: str, data: bytes, actor: Actor | None = None) -> None:
        """Store bytes received from elsewhere (a sync file, another station); the same bytes again change nothing.

        Raises ValueError when ``data`` is not what ``sha256`` names or the name is not a photo's. Bytes that are
        not a picture are stored all the same, without a thumbnail. On a server database they also go into
        ``photo_blob`` on behalf of ``actor`` (the station by default).
        """
        _check_name(sha256, suffix)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"the bytes given do not have the SHA-256 {sha256}")
        self._write_file(sha256, suffix, data)
        self._ensure_thumbnail(sha256, data)
        if self._server is not None:
            self._store_blob(sha256, suffix, data, actor)

    def ensure_local(self, sha256: str, suffix: str) -> Path | None:
        """This PC's file of the photo, written from the server database (with its thumbnail) when it is missing;
        None when the bytes are nowhere (a photo of another PC on an SQLite copy, or one not synced yet)."""
        _check_name(sha256, suffix)
        target = self.path(sha256, suffix)
        if target.exists():
            if not self.thumbnail(sha256).exists():
                self._ensure_thumbnail(sha256, target.read_bytes())
            return target
        data = self._read_blob(sha256)
        if data is None or hashlib.sha256(data).hexdigest() != sha256:
            return None
        self._write_file(sha256, suffix, data)
        self._ensure_thumbnail(sha256, data)
        return target

    # the parts

    def _write_file(self, sha256: str, suffix: str, data: bytes) -> None:
        target = self.path(sha256, suffix)
        if not target.exists():
            _write_atomically(target, lambda fh: fh.write(data))

    def _write_thumbnail(self, sha256: str, picture: _Picture) -> None:
        target = self.thumbnail(sha256)
        if not target.exists():
            _write_atomically(target, lambda fh: picture.thumb.save(fh, "JPEG", quality=82))

    def _ensure_thumbnail(self, sha256: str, data: bytes) -> None:
        if self.thumbnail(sha256).exists():
            return
        try:
            picture = _picture(data)
        except Exception:  # not a picture (or one PIL cannot read): the bytes are kept, without a thumbnail
            return
        self._write_thumbnail(sha256, picture)

    def _read_blob(self, sha256: str) -> bytes | None:
        if self._server is None:
            return None
        from sqlalchemy import select

        from gridapp.issues.blobs import PhotoBlob

        with self._server.read() as s:
            data = s.scalar(select(PhotoBlob.data).where(PhotoBlob.sha256 == sha256))
        return bytes(data) if data is not None else None

    def _store_blob(self, sha256: str, suffix: str, data: bytes, actor: Actor | None) -> None:
        """Insert the bytes unless the plant has them already, in a short write transaction of their own."""
        from sqlalchemy import insert, select

        from gridapp.issues.blobs import PhotoBlob
        from gridapp.security.audit import changes_of

        db = self._server
        assert db is not None
        with db.read() as s:
            if s.scalar(select(PhotoBlob.sha256).where(PhotoBlob.sha256 == sha256)) is not None:
                return
        values = {"sha256": sha256, "suffix": suffix, "size": len(data), "data": data}
        with db.write(actor or db.system_actor(), "photo.store") as s:
            changes = changes_of(s)
            changes.target = ("photo_blob", "", "", None)
            changes.extra["photo"] = {"sha256": sha256, "size": len(data)}
            if s.get_bind().dialect.name == "postgresql":
                from sqlalchemy.dialects.postgresql import insert as pg_insert

                # Two PCs storing the same picture at once: the second insert is a no-op, not an error.
                s.execute(pg_insert(PhotoBlob).values(values).on_conflict_do_nothing(index_elements=["sha256"]))
            elif s.get(PhotoBlob, sha256) is None:
                s.execute(insert(PhotoBlob).values(values))


def _picture(data: bytes) -> _Picture:
    """Decode ``data`` as a picture and make its thumbnail (upright, as phones tag their rotation); PictureRefused
    before decoding one too large, PIL errors."""
    from PIL import ImageOps

    from gridapp.io.pictures import open_picture

    with open_picture(data) as probe:
        kind = probe.format or ""
        probe.verify()
    with open_picture(data) as image:
        upright = ImageOps.exif_transpose(image)  # phones store "rotate 90°" as a tag
        width, height = upright.size
        thumb = upright.convert("RGB")
        thumb.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
    return _Picture(kind, width, height, thumb)


def _check_name(sha256: str, suffix: str) -> None:
    if not _SHA256.fullmatch(sha256) or not _SUFFIX.fullmatch(suffix):
        raise ValueError(f"not a stored photo's name: {sha256!r} {suffix!r}")


def _write_atomically(path: Path, write: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".photo-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)  # type: ignore[operator]
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def photo_root_for(database_path: str | None, data_dir: Path) -> Path:
    """Beside an SQLite file (``plant.sqlite3`` → ``plant-photos/``); in the data folder for a server database."""
    if database_path:
        db = Path(database_path)
        return db.with_name(f"{db.stem}-photos")
    return data_dir / "photos"
