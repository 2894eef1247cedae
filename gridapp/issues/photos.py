"""Photos stored content-addressed in a folder beside the database, each with a small JPEG thumbnail.

A photo's file name is the SHA-256 of its bytes, so the same picture attached twice is stored once and a file is
never overwritten with different content. Files are written to a temporary name and moved into place, so a crash
never leaves half a photo. Files are written before the database transaction; if the transaction fails they stay as
harmless unreferenced files (the same bytes are reused next time).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from gridapp.issues.errors import InputProblem, IssueInputError

MAX_BYTES = 30 * 1024 * 1024  # phone photos are 3–10 MB; anything far larger is not a photo of a problem
THUMBNAIL_PX = 320
SUFFIXES = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "BMP": ".bmp", "GIF": ".gif", "TIFF": ".tif"}


@dataclass(frozen=True, slots=True)
class StoredPhoto:
    sha256: str
    suffix: str
    name: str
    size: int
    width: int
    height: int


class PhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str, suffix: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}{suffix}"

    def thumbnail(self, sha256: str) -> Path:
        return self.root / "thumbs" / sha256[:2] / f"{sha256}.jpg"

    def add(self, source: Path) -> StoredPhoto:
        """Check that ``source`` is a picture, store it and its thumbnail; raises IssueInputError."""
        from PIL import Image, ImageOps, UnidentifiedImageError

        try:
            size = source.stat().st_size
            if size > MAX_BYTES:
                raise IssueInputError(InputProblem.PHOTO_TOO_LARGE, name=source.name, size=size)
            data = source.read_bytes()
        except IssueInputError:
            raise
        except OSError as exc:
            raise IssueInputError(InputProblem.PHOTO_MISSING, name=source.name) from exc
        try:
            with Image.open(source) as probe:
                kind = probe.format or ""
                probe.verify()
            with Image.open(source) as image:
                image = ImageOps.exif_transpose(image)  # phones store "rotate 90°" as a tag
                width, height = image.size
                thumb = image.convert("RGB")
                thumb.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            raise IssueInputError(InputProblem.PHOTO_NOT_IMAGE, name=source.name) from exc
        sha = hashlib.sha256(data).hexdigest()
        suffix = SUFFIXES.get(kind, source.suffix.lower()[:8] or ".img")
        target = self.path(sha, suffix)
        if not target.exists():
            _write_atomically(target, lambda fh: fh.write(data))
        thumb_path = self.thumbnail(sha)
        if not thumb_path.exists():
            _write_atomically(thumb_path, lambda fh: thumb.save(fh, "JPEG", quality=82))
        return StoredPhoto(sha, suffix, source.name[:200], size, width, height)


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
