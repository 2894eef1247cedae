"""Verified backups of an SQLite database file, their manifests, thinning by the calendar, and restoring one.

A backup is ``backups/<stem>-<YYYYmmdd-HHMMSS>-<reason>.sqlite3`` beside the database, made with ``VACUUM INTO``
(a consistent snapshot read through SQLite, safe while the app writes under WAL — never a copy of the live file).
It is written under a ``.part`` name, checked (``PRAGMA integrity_check`` = ok, a row count of every table), renamed,
and only then given its manifest ``<same name>.json`` (also written under a temporary name and renamed). Only a file
with a manifest is a backup: a kill -9 at any moment leaves the earlier backups as they were and at most an unlisted
part file, which the next backup clears away. Thinning runs only after a verified backup, so a backup that failed
never displaces a good one.

Photos (content-addressed files in ``<stem>-photos/``) go to ``backups/<stem>-photos/``: each file once, hard linked
when the file system allows (safe: the photo store never rewrites a file in place) and copied otherwise.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER = "backups"
SETTINGS_FILE = "backup-settings.json"
PART = ".part"
MANIFEST_FORMAT = 1

# Why a backup was made; the newest of each of these kinds outlives the calendar's thinning.
DAILY = "daily"  # at start, when the newest backup is older than a day
PERIODIC = "periodic"  # every few hours of work
UPGRADE = "upgrade"  # before a schema upgrade
RESTORE = "restore"  # the current file, before a restore replaced it
MANUAL = "manual"  # made by hand on the restore page or the command line
KEPT_KINDS = (UPGRADE, RESTORE)


class BackupFailed(RuntimeError):
    """A backup could not be made or did not pass its check; earlier backups are untouched."""


@dataclass(frozen=True, slots=True)
class Retention:
    """How many backups thinning keeps, and when automatic ones are made (``backups/backup-settings.json``)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    every_hours: float = 4.0  # a backup after every this many hours of work; 0 turns it off
    start_after_hours: float = 24.0  # at start, a backup when the newest is older than this

    @classmethod
    def load(cls, folder: Path) -> Retention:
        """The settings file of ``folder``, written with the defaults when missing so an administrator can edit it."""
        path = folder / SETTINGS_FILE
        defaults = cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                _write_atomically(path, json.dumps(defaults.as_dict(), indent=2).encode())
            except OSError:
                pass
            return defaults
        except (OSError, ValueError):
            log.warning("backup settings %s unreadable; using the defaults", path)
            return defaults
        values = defaults.as_dict()
        for key in values:
            value = raw.get(key) if isinstance(raw, dict) else None
            if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
                values[key] = value
        return cls(
            daily=int(values["daily"]),
            weekly=int(values["weekly"]),
            monthly=int(values["monthly"]),
            every_hours=float(values["every_hours"]),
            start_after_hours=float(values["start_after_hours"]),
        )

    def as_dict(self) -> dict[str, float]:
        return {
            "daily": self.daily,
            "weekly": self.weekly,
            "monthly": self.monthly,
            "every_hours": self.every_hours,
            "start_after_hours": self.start_after_hours,
        }


@dataclass(frozen=True, slots=True)
class Backup:
    """One verified backup, as its manifest describes it."""

    path: Path
    name: str  # the file name without its folder: what `gridapp restore NAME` takes
    made_at: dt.datetime  # local time of the PC
    reason: str
    revision: str | None
    size: int
    sha256: str
    counts: dict[str, int] = field(default_factory=dict)
    photos: int = 0

    @property
    def manifest(self) -> Path:
        return manifest_of(self.path)


def backup_folder(database: Path) -> Path:
    return database.parent / FOLDER


def photo_root(database: Path) -> Path:
    """The same rule as gridapp.issues.photos.photo_root_for (kept here so a backup needs no SQLAlchemy)."""
    return database.with_name(f"{database.stem}-photos")


def backup_photo_root(database: Path) -> Path:
    return backup_folder(database) / f"{database.stem}-photos"


def manifest_of(path: Path) -> Path:
    return path.with_name(path.name + ".json")


# making and checking


def make_backup(
    database: Path,
    reason: str = MANUAL,
    now: dt.datetime | None = None,
    thin: bool = True,
    progress: Callable[[str], None] | None = None,
) -> Backup:
    """A verified backup of ``database`` (and its photos); raises BackupFailed and leaves earlier backups as they were."""
    database = Path(database)
    folder = backup_folder(database)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        clear_leftovers(database)
    except OSError as exc:
        raise BackupFailed(f"{folder}: {exc}") from exc
    now = now or dt.datetime.now()
    name = _free_name(folder, f"{database.stem}-{now:%Y%m%d-%H%M%S}-{reason}{database.suffix or '.sqlite3'}")
    target = folder / name
    part = target.with_name(target.name + PART)
    part.unlink(missing_ok=True)
    try:
        if progress:
            progress("copy")
        _snapshot(database, part)
        if progress:
            progress("verify")
        revision, counts = verify_file(part)
        _fsync(part)
        size, digest = _digest(part)
        os.replace(part, target)
        if progress:
            progress("photos")
        photos = copy_photos(photo_root(database), backup_photo_root(database))
        backup = Backup(target, name, now, reason, revision, size, digest, counts, photos)
        _write_atomically(manifest_of(target), json.dumps(_manifest(backup), ensure_ascii=False, indent=1).encode())
        _fsync_dir(folder)
    except BackupFailed:
        part.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        part.unlink(missing_ok=True)
        if target.exists() and not manifest_of(target).exists():
            target.unlink(missing_ok=True)
        raise BackupFailed(f"{database}: {exc}") from exc
    log.info("backup %s made and verified (%s, %d bytes)", target, reason, size)
    if thin:
        thin_backups(database)
    return backup


def _snapshot(database: Path, target: Path) -> None:
    """VACUUM INTO from a read-only connection: one read transaction, so a consistent state even while others write."""
    if not database.exists():
        raise BackupFailed(f"{database}: no such file")
    from gridapp.db.identify import read_only_uri

    # A file this PC cannot write is read as immutable: SQLite then leaves no -wal/-shm beside it (nothing can
    # change it under us); a writable one is read through the WAL like any reader, consistent while others write.
    unwritable = not os.access(database, os.W_OK) or not os.access(database.parent, os.W_OK)
    con = sqlite3.connect(read_only_uri(database, immutable=unwritable), uri=True, timeout=30, isolation_level=None)
    try:
        con.execute("VACUUM INTO ?", (str(target),))
    finally:
        con.close()


def verify_file(path: Path) -> tuple[str | None, dict[str, int]]:
    """(schema revision, rows per table) of a database file that passes ``PRAGMA integrity_check``; else BackupFailed."""
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise BackupFailed(f"{path}: {exc}") from exc
    try:
        result = [row[0] for row in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise BackupFailed(f"{path}: integrity check: {'; '.join(map(str, result[:5]))}")
        counts = {table: con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in _tables(con)}
        revision = None
        if "alembic_version" in counts:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        counts.pop("alembic_version", None)
        return revision, counts
    except sqlite3.Error as exc:
        raise BackupFailed(f"{path}: {exc}") from exc
    finally:
        con.close()


def _tables(con: sqlite3.Connection) -> list[str]:
    """Every table the app keeps rows in: not SQLite's own, not full-text indexes or their shadow tables."""
    rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, _sql in rows
        if not name.startswith("sqlite_") and not any(name == v or name.startswith(v + "_") for v in virtual)
    ]


def check_backup(backup: Backup, deep: bool = False) -> None:
    """The file is still the one its manifest describes, byte for byte (SHA-256), else BackupFailed; the same bytes
    passed the integrity check when the backup was made, so ``deep`` (running it again) is for tests and doubters."""
    try:
        size, digest = _digest(backup.path)
    except OSError as exc:
        raise BackupFailed(f"{backup.path}: {exc}") from exc
    if (size, digest) != (backup.size, backup.sha256):
        raise BackupFailed(f"{backup.path}: changed since it was made (SHA-256 differs)")
    if deep:
        verify_file(backup.path)


# listing and thinning


def list_backups(database: Path) -> list[Backup]:
    """The verified backups of ``database``, newest first (a file without a readable manifest is not one)."""
    database = Path(database)
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found = []
    prefix = database.stem + "-"
    for manifest in folder.glob("*.json"):
        if not manifest.name.startswith(prefix) or manifest.name == SETTINGS_FILE:
            continue
        backup = _read_manifest(manifest)
        if backup is not None and backup.path.exists() and backup.path.stat().st_size == backup.size:
            found.append(backup)
    found.sort(key=lambda b: (b.made_at, b.name), reverse=True)
    return found


def newest_backup(database: Path) -> Backup | None:
    backups = list_backups(database)
    return backups[0] if backups else None


def backup_due(database: Path, hours: float, now: dt.datetime | None = None) -> bool:
    """True when the newest verified backup is older than ``hours`` (or there is none)."""
    newest = newest_backup(database)
    now = now or dt.datetime.now()
    return newest is None or now - newest.made_at >= dt.timedelta(hours=hours)


def backups_to_keep(backups: Iterable[Backup], retention: Retention) -> set[str]:
    """Names thinning keeps: the newest backup of each of the last ``daily`` days, ``weekly`` ISO weeks and
    ``monthly`` months that have one; the newest backup overall; the newest made before an upgrade and before
    a restore."""
    ordered = sorted(backups, key=lambda b: b.made_at, reverse=True)
    keep: set[str] = set()
    if ordered:
        keep.add(ordered[0].name)
    for size, bucket in (
        (retention.daily, lambda b: b.made_at.date()),
        (retention.weekly, lambda b: tuple(b.made_at.isocalendar())[:2]),
        (retention.monthly, lambda b: (b.made_at.year, b.made_at.month)),
    ):
        seen: list[object] = []
        for backup in ordered:
            key = bucket(backup)
            if key in seen:
                continue
            if len(seen) >= size:
                break
            seen.append(key)
            keep.add(backup.name)
    for kind in KEPT_KINDS:
        newest = next((b for b in ordered if b.reason == kind), None)
        if newest is not None:
            keep.add(newest.name)
    return keep


def thin_backups(database: Path, retention: Retention | None = None) -> list[Backup]:
    """Delete the verified backups the retention rules no longer keep; returns them. The manifest goes first, so
    a kill half-way leaves an unlisted file (cleared later), never a listed backup without its file."""
    database = Path(database)
    retention = retention or Retention.load(backup_folder(database))
    backups = list_backups(database)
    keep = backups_to_keep(backups, retention)
    removed = []
    for backup in backups:
        if backup.name in keep:
            continue
        try:
            backup.manifest.unlink(missing_ok=True)
            backup.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove the old backup %s: %s", backup.path, exc)
            continue
        removed.append(backup)
    if removed:
        log.info("thinned %d old backups of %s", len(removed), database)
    return removed


def clear_leftovers(database: Path) -> None:
    """Remove what an interrupted backup or restore left: part files, and backup files that never got a manifest."""
    folder = backup_folder(database)
    prefix = database.stem + "-"
    if folder.is_dir():
        for path in folder.iterdir():
            if not path.name.startswith(prefix) or not path.is_file():
                continue
            if path.name.endswith(PART) or (path.suffix != ".json" and not manifest_of(path).exists()):
                path.unlink(missing_ok=True)
    for part in database.parent.glob(f".{database.name}.restore*"):
        part.unlink(missing_ok=True)


# photos


def copy_photos(source: Path, target: Path) -> int:
    """Every file under ``source`` also under ``target``, each once; returns how many ``target`` holds."""
    if not source.is_dir():
        return sum(1 for p in target.rglob("*") if p.is_file() and not p.name.endswith(PART)) if target.is_dir() else 0
    count = 0
    for path in source.rglob("*"):
        if not path.is_file() or path.name.startswith(".photo-"):
            continue
        copy = target / path.relative_to(source)
        count += 1
        if copy.exists():
            continue  # content-addressed: the same name is the same bytes
        copy.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, copy)
        except OSError:
            part = copy.with_name(copy.name + PART)
            shutil.copyfile(path, part)
            os.replace(part, copy)
    return count


def restore_photos(source: Path, target: Path) -> int:
    """Photos of the backup that the live folder lacks are put back (none is ever removed or replaced)."""
    if not source.is_dir():
        return 0
    restored = 0
    for path in source.rglob("*"):
        if not path.is_file() or path.name.endswith(PART):
            continue
        live = target / path.relative_to(source)
        if live.exists():
            continue
        live.parent.mkdir(parents=True, exist_ok=True)
        part = live.with_name(f".photo-{live.name}{PART}")
        shutil.copyfile(path, part)
        os.replace(part, live)
        restored += 1
    return restored


# restoring


@dataclass(frozen=True, slots=True)
class Restored:
    backup: Backup
    previous: Backup | None  # the file it replaced, backed up first (None when that file could not be verified)
    kept_damaged: Path | None  # where the replaced file's raw bytes went when it could not be backed up
    photos: int


def find_backup(database: Path, name: str) -> Backup:
    for backup in list_backups(database):
        if backup.name == name or backup.path.stem == name:
            return backup
    raise LookupError(name)


def restore_backup(database: Path, backup: Backup, now: dt.datetime | None = None) -> Restored:
    """Put ``backup`` in place of ``database``. Every connection to the database must be closed first.

    Order, so that a kill at any moment leaves either the old file or the restored one, whole: check the backup;
    back up the current file (or, when it is too damaged for that, keep its raw bytes); copy the backup beside the
    database under a temporary name and check the copy; fold the current file's WAL into it and remove WAL and
    shared memory; rename the copy over the database (one atomic step); put back missing photos.
    """
    database = Path(database)
    check_backup(backup)
    previous: Backup | None = None
    damaged: Path | None = None
    if database.exists():
        try:
            previous = make_backup(database, RESTORE, now=now, thin=False)
        except BackupFailed as exc:
            log.warning("the file being replaced could not be backed up (%s); keeping its raw bytes", exc)
            damaged = _keep_raw(database, now or dt.datetime.now())
    part = database.with_name(f".{database.name}.restore{PART}")
    shutil.copyfile(backup.path, part)
    _fsync(part)
    if _digest(part) != (backup.size, backup.sha256):
        part.unlink(missing_ok=True)
        raise BackupFailed(f"{part}: the copy differs from the backup")
    try:
        _settle_wal(database)
    except BackupFailed:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, database)
    _fsync_dir(database.parent)
    photos = restore_photos(backup_photo_root(database), photo_root(database))
    log.info("database %s restored from %s (previous file backed up as %s)", database, backup.path, previous)
    return Restored(backup, previous, damaged, photos)


def _settle_wal(database: Path) -> None:
    """Checkpoint the WAL into the file and remove ``-wal``/``-shm``: a WAL left beside the renamed-in file would
    be replayed onto it. Refused (BackupFailed) while another connection still has the file open."""
    wal = database.with_name(database.name + "-wal")
    shm = database.with_name(database.name + "-shm")
    if database.exists() and wal.exists():
        try:
            con = sqlite3.connect(database, timeout=30, isolation_level=None)
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                con.execute("PRAGMA journal_mode=DELETE")  # the last connection: removes the WAL file too
            finally:
                con.close()
        except sqlite3.Error as exc:
            raise BackupFailed(f"{database} is in use by another program or window: {exc}") from exc
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)


def _keep_raw(database: Path, now: dt.datetime) -> Path:
    folder = backup_folder(database) / f"damaged-{database.stem}-{now:%Y%m%d-%H%M%S}"
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        source = database.with_name(database.name + suffix)
        if source.exists():
            shutil.copyfile(source, folder / source.name)
    return folder


# files


def _manifest(backup: Backup) -> dict[str, object]:
    return {
        "format": MANIFEST_FORMAT,
        "file": backup.name,
        "made_at": backup.made_at.isoformat(timespec="microseconds"),  # orders two backups of one second
        "reason": backup.reason,
        "revision": backup.revision,
        "size": backup.size,
        "sha256": backup.sha256,
        "integrity_check": "ok",
        "counts": backup.counts,
        "photos": backup.photos,
    }


def _read_manifest(path: Path) -> Backup | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("integrity_check") != "ok":
            return None
        return Backup(
            path=path.with_name(str(raw["file"])),
            name=str(raw["file"]),
            made_at=dt.datetime.fromisoformat(str(raw["made_at"])),
            reason=str(raw.get("reason", MANUAL)),
            revision=raw.get("revision"),
            size=int(raw["size"]),
            sha256=str(raw["sha256"]),
            counts={str(k): int(v) for k, v in dict(raw.get("counts", {})).items()},
            photos=int(raw.get("photos", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("unreadable backup manifest %s", path)
        return None


def _free_name(folder: Path, name: str) -> str:
    stem, suffix = name.rsplit(".", 1)
    candidate, n = name, 1
    while (folder / candidate).exists() or manifest_of(folder / candidate).exists():
        n += 1
        candidate = f"{stem}-{n}.{suffix}"
    return candidate


def _digest(path: Path) -> tuple[int, str]:
    sha = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            sha.update(chunk)
            size += len(chunk)
    return size, sha.hexdigest()


def _write_atomically(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + PART)
    with part.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(part, path)


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
