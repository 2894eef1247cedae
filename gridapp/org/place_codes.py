"""Place codes: the short stable code of an area or a post, what its printed QR code says (``RG:AREA:3F9A2C``),
and reading back what a barcode scanner (or a person) typed into the scan box."""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass
from urllib.parse import unquote

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from gridapp.db.database import Database
from gridapp.org.models import Area, Post, Unit
from gridapp.org.queries import UnitIndex

PREFIX = "RG"
CODE_LENGTH = 6  # hex digits of the row's id: typeable by hand, no O/0 or I/1 to confuse
# A scanner types like a keyboard: the layout or an IME may turn ':' into '：' or ';', Caps Lock swaps the case.
_CODE = re.compile(r"RG[:：;](AREA|POST)[:：;]([0-9A-F]{4,32})", re.IGNORECASE)
_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.IGNORECASE)


class PlaceKind(enum.StrEnum):
    AREA = "AREA"  # a claimed area: the placard (区域认领公示牌)
    POST = "POST"  # a post: its display board and pocket cards


@dataclass(frozen=True, slots=True)
class ScanCode:
    """What the scan box read: a place code, or (old placards, a site address) a row id."""

    kind: PlaceKind | None
    code: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class ScannedPlace:
    kind: PlaceKind
    id: uuid.UUID  # the area's or the post's
    code: str
    name: str
    unit_id: uuid.UUID
    unit_path: str
    area_id: uuid.UUID | None  # the area itself, for a quick report there


def qr_payload(kind: PlaceKind, code: str) -> str:
    """What every printed QR code of a place says: plain ASCII, so a USB scanner in keyboard mode types it."""
    return f"{PREFIX}:{kind.value}:{code}"


def short_code(row_id: uuid.UUID, length: int = CODE_LENGTH) -> str:
    return row_id.hex[:length].upper()


def free_code(connection: Connection, table: type[Area] | type[Post], row_id: uuid.UUID) -> str:
    """The shortest prefix of the id (6 digits, longer on a clash) that no other row of ``table`` has."""
    for length in range(CODE_LENGTH, 33):
        code = short_code(row_id, length)
        clash = connection.execute(select(table.id).where(table.code == code, table.id != row_id).limit(1)).first()
        if clash is None:
            return code
    return row_id.hex.upper()


def parse_scan(text: str) -> ScanCode | None:
    """A place code anywhere in ``text`` (inside a site address too), else a row id; None when neither."""
    plain = unquote(text.strip())
    if found := _CODE.search(plain):
        return ScanCode(PlaceKind(found.group(1).upper()), found.group(2).upper())
    if found := _UUID.search(plain):
        return ScanCode(None, id=uuid.UUID(found.group(0)))
    return None


def looks_like_scan(text: str) -> bool:
    """Whether the search field received a scanned code rather than a name to find."""
    return parse_scan(text) is not None


def resolve(session: Session, text: str) -> list[ScannedPlace]:
    """The live places ``text`` names (usually one; two when offline stations made the same code; none when
    unknown or deleted)."""
    scan = parse_scan(text)
    if scan is None:
        return []
    index: UnitIndex | None = None
    found: list[ScannedPlace] = []
    for kind, table in ((PlaceKind.AREA, Area), (PlaceKind.POST, Post)):
        if scan.kind not in (None, kind):
            continue
        condition = table.id == scan.id if scan.id is not None else func.upper(table.code) == scan.code
        rows = session.execute(
            select(table.id, table.code, table.name, table.unit_id)
            .join(Unit, Unit.id == table.unit_id)
            .where(condition, table.deleted_at.is_(None), Unit.deleted_at.is_(None))
            .order_by(table.created_at)
        ).all()
        for row_id, code, name, unit_id in rows:
            index = index or UnitIndex(session)
            area_id = row_id if kind is PlaceKind.AREA else None
            found.append(ScannedPlace(kind, row_id, code, name, unit_id, index.path(unit_id), area_id))
    return found


class PlaceService:
    """The scan box's question: which area or post does this scanned (or typed) code name?"""

    def __init__(self, db: Database) -> None:
        self._db = db

    def resolve(self, text: str) -> list[ScannedPlace]:
        if parse_scan(text) is None:
            return []
        with self._db.read() as s:
            return resolve(s, text)
