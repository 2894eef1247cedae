"""What an existing SQLite file is — ours (current, older, newer), empty, another program's, or damaged — found out
without writing a byte and without leaving a ``-wal`` or ``-shm`` file beside it.

A WAL-mode file opened even read-only makes SQLite create its ``-shm`` (and ``-wal``) beside it, with the database
file's permissions; so when no ``-wal`` exists yet the look uses ``immutable=1`` (SQLite's documented way to read a
file nobody else is writing), and reads the header itself before SQLite sees the file at all.
"""

from __future__ import annotations

import enum
import re
import sqlite3
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
# Our revisions begin with four digits ("0001"); another program's Alembic revisions are hex ids ("3f1c2a9b7d10").
_OUR_REVISION = re.compile(r"^\d{4}(?![0-9a-f])")
# Tables every Red Grid database has had since its first revision: a newer revision with these is ours.
_OUR_TABLES = {"station", "unit", "person"}


class FileKind(enum.Enum):
    EMPTY = "empty"  # no tables: a new database (an empty file, or one another tool just created)
    CURRENT = "current"  # ours, at this version's revision
    OLDER = "older"  # ours, upgradable by this version
    NEWER = "newer"  # ours, written by a newer version
    FOREIGN = "foreign"  # another program's database (perhaps Alembic-managed, with revisions not ours)
    DAMAGED = "damaged"  # not SQLite, truncated, or unreadable


@dataclass(frozen=True, slots=True)
class FileLook:
    kind: FileKind
    revisions: frozenset[str] = frozenset()
    detail: str = ""


def known_revisions() -> tuple[str, ...]:
    """This version's revisions, oldest first, from the migration scripts' names (no Alembic import)."""
    found = sorted(p.name[:4] for p in VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py"))
    return tuple(found)


def wal_beside(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def read_only_uri(path: Path, immutable: bool) -> str:
    """An SQLite URI opening ``path`` for reading only; ``immutable`` also keeps SQLite from creating -wal/-shm."""
    uri = "file:" + urllib.parse.quote(str(path.resolve()).replace("\\", "/"), safe="/:")
    return uri + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def header_problem(path: Path) -> str | None:
    """Why the file cannot be an intact SQLite database, judged from its first 100 bytes and its size."""
    with path.open("rb") as fh:
        header = fh.read(100)
    size = path.stat().st_size
    if not header:
        return None  # empty: SQLite treats it as a new database
    if len(header) < 100 or header[:16] != SQLITE_HEADER:
        return "no SQLite header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"bad page size {page_size}"
    if size % page_size:
        return f"truncated: {size} bytes is not a whole number of {page_size}-byte pages"
    pages = int.from_bytes(header[28:32], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    if pages and change_counter == valid_for and pages * page_size > size and not wal_beside(path):
        return f"truncated: the header counts {pages} pages, the file holds {size // page_size}"
    return None


def look(path: Path) -> FileLook:
    """What the file at ``path`` is; reads it only. Raises OSError when it cannot be read at all."""
    problem = header_problem(path)
    if problem:
        return FileLook(FileKind.DAMAGED, detail=problem)
    if path.stat().st_size == 0:
        return FileLook(FileKind.EMPTY)
    wal = wal_beside(path)
    try:
        con = sqlite3.connect(read_only_uri(path, immutable=not wal), uri=True, timeout=2)
    except sqlite3.Error as exc:
        return FileLook(FileKind.DAMAGED, detail=str(exc))
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revisions: set[str] = set()
        if "alembic_version" in tables:
            revisions = {str(row[0]) for row in con.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.Error as exc:
        message = str(exc)
        if "locked" in message or "busy" in message:
            raise
        return FileLook(FileKind.DAMAGED, detail=message)
    finally:
        con.close()
    return classify(tables, revisions)


def classify(tables: set[str], revisions: set[str]) -> FileLook:
    own = {t for t in tables if not t.startswith("sqlite_")} - {"alembic_version"}
    found = frozenset(revisions)
    if not own and not revisions:
        return FileLook(FileKind.EMPTY)
    if not revisions:
        return FileLook(FileKind.FOREIGN, detail="tables without a schema version")
    known = known_revisions()
    if not all(_OUR_REVISION.match(r) for r in revisions) or not own >= _OUR_TABLES:
        return FileLook(FileKind.FOREIGN, found, "schema revisions of another program: " + ", ".join(sorted(found)))
    unknown = revisions - set(known)
    if unknown:
        if max(unknown) > known[-1]:
            return FileLook(FileKind.NEWER, found, ", ".join(sorted(unknown)))
        return FileLook(FileKind.FOREIGN, found, "unknown revisions: " + ", ".join(sorted(unknown)))
    if revisions == {known[-1]}:
        return FileLook(FileKind.CURRENT, found)
    return FileLook(FileKind.OLDER, found)


def ready_for_login(path: Path) -> bool:
    """Whether the file is ours at this version's schema and holds a plant and a system administrator: then the
    login can be asked while the program opens it (nothing to upgrade, no first-start questions). Read with
    sqlite3 alone, in a few milliseconds; any doubt answers False and the login waits for the open database."""
    try:
        if look(path).kind is not FileKind.CURRENT:
            return False
        con = sqlite3.connect(read_only_uri(path, immutable=not wal_beside(path)), uri=True, timeout=2)
        try:
            admin = con.execute(
                "SELECT 1 FROM account WHERE system_role = 'system_admin' AND active AND deleted_at IS NULL LIMIT 1"
            ).fetchone()
            plant = con.execute("SELECT 1 FROM unit WHERE deleted_at IS NULL LIMIT 1").fetchone()
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return False
    return admin is not None and plant is not None
