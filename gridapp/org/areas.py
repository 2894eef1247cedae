"""Areas (区域认领): named places of a unit claimed by a person, their placard photo, and what a placard prints."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import PartyStatus
from gridapp.org.models import Area, AreaPhoto, Guardianship, Person, Unit
from gridapp.org.normalize import clean_text
from gridapp.org.queries import UnitIndex, today
from gridapp.org.rows import AreaFields, AreaRow, AssignmentRow
from gridapp.org.tree import require_units

PHOTO_MAX_PIXELS = 1600  # longest side kept: sharp on an A4 placard, small in the database
PHOTO_MAX_BYTES = 30 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class PlacardData:
    """Everything an area's placard (目视化公示牌) shows."""

    area: AreaRow
    unit_path: str
    plant: str
    claimer_party_status: PartyStatus | None
    claimer_phone: str
    claimer_post: str
    claimer_roles: tuple[AssignmentRow, ...]
    photo: bytes | None


def area_rows(session: Session, condition: Any) -> list[AreaRow]:
    claimer = aliased(Person)
    has_photo = exists().where(AreaPhoto.area_id == Area.id, AreaPhoto.deleted_at.is_(None))
    rows = session.execute(
        select(
            Area.id,
            Area.unit_id,
            Unit.name,
            Area.name,
            Area.kind,
            claimer.id,
            claimer.name,
            Area.duties,
            has_photo,
            Area.code,
        )
        .join(Unit, Unit.id == Area.unit_id)
        .outerjoin(claimer, (claimer.id == Area.claimer_id) & claimer.deleted_at.is_(None))
        .where(Area.deleted_at.is_(None), condition)
        .order_by(Unit.position, Area.name)
    ).all()
    guardians: dict[uuid.UUID, list[str]] = {}
    if rows:
        day = today()
        for area_id, name in session.execute(
            select(Guardianship.area_id, Person.name)
            .join(Person, Person.id == Guardianship.guardian_id)
            .where(
                Guardianship.area_id.in_([r[0] for r in rows]),
                Guardianship.deleted_at.is_(None),
                Guardianship.starts_on <= day,
                Guardianship.ends_on.is_(None) | (Guardianship.ends_on >= day),
            )
        ):
            guardians.setdefault(area_id, []).append(name)
    return [
        AreaRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4] or "",
            r[5],
            r[6] or "",
            r[7] or "",
            bool(r[8]),
            tuple(guardians.get(r[0], ())),
            r[9] or "",
        )
        for r in rows
    ]


class AreaService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def areas(self, unit_id: uuid.UUID, subtree: bool = True) -> list[AreaRow]:
        with self._db.read() as s:
            units = UnitIndex(s).descendants(unit_id) if subtree else [unit_id]
            rows = area_rows(s, Area.unit_id.in_(units))
        order = {u: i for i, u in enumerate(units)}
        return sorted(rows, key=lambda a: (order[a.unit_id], a.name))

    def area(self, area_id: uuid.UUID) -> AreaRow | None:
        with self._db.read() as s:
            rows = area_rows(s, Area.id == area_id)
        return rows[0] if rows else None

    def fields(self, area_id: uuid.UUID) -> AreaFields:
        with self._db.read() as s:
            return _fields(_live(s, area_id))

    def add_area(self, actor: Actor, fields: AreaFields) -> uuid.UUID:
        with self._db.write(actor) as s:
            require_units(s, actor, fields.unit_id)
            area = Area(id=uuid.uuid4())
            _apply(s, area, fields)
            s.add(area)
            return area.id

    def update_area(self, actor: Actor, area_id: uuid.UUID, fields: AreaFields) -> AreaFields:
        """Rename, move, re-kind or re-claim an area; returns it as it was."""
        with self._db.write(actor) as s:
            area = _live(s, area_id)
            require_units(s, actor, area.unit_id, fields.unit_id)
            before = _fields(area)
            _apply(s, area, fields)
            return before

    def claim(self, actor: Actor, area_id: uuid.UUID, claimer_id: uuid.UUID | None) -> uuid.UUID | None:
        """Set who claims an area (None: nobody); returns the claimer before."""
        with self._db.write(actor) as s:
            area = _live(s, area_id)
            require_units(s, actor, area.unit_id)
            before = area.claimer_id
            _apply(s, area, dataclasses.replace(_fields(area), claimer_id=claimer_id))
            return before

    def delete_area(self, actor: Actor, area_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            area = _live(s, area_id)
            require_units(s, actor, area.unit_id)
            area.mark_deleted()

    def restore_area(self, actor: Actor, area_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            area = s.get(Area, area_id)
            if area is None:
                raise OrgError(OrgProblem.NOT_FOUND)
            unit = s.get(Unit, area.unit_id)
            if unit is None or unit.deleted_at is not None:
                raise OrgError(OrgProblem.NOT_FOUND)
            require_units(s, actor, area.unit_id)
            area.deleted_at = None

    def photo(self, area_id: uuid.UUID) -> bytes | None:
        with self._db.read() as s:
            return s.scalar(select(AreaPhoto.image).where(AreaPhoto.area_id == area_id, AreaPhoto.deleted_at.is_(None)))

    def set_photo(self, actor: Actor, area_id: uuid.UUID, image: bytes | None) -> bytes | None:
        """Store the placard photo (any common image format, made a JPEG of at most 1600 px; None removes it).

        Returns the stored photo before, for undo.
        """
        prepared = prepare_photo(image) if image is not None else None
        with self._db.write(actor) as s:
            require_units(s, actor, _live(s, area_id).unit_id)
            row = s.scalar(select(AreaPhoto).where(AreaPhoto.area_id == area_id, AreaPhoto.deleted_at.is_(None)))
            before = row.image if row is not None else None
            if prepared is None:
                if row is not None:
                    row.mark_deleted()
            elif row is None:
                s.add(AreaPhoto(id=uuid.uuid4(), area_id=area_id, media_type="image/jpeg", image=prepared))
            else:
                row.image, row.media_type = prepared, "image/jpeg"
            return before

    def placard(self, area_id: uuid.UUID, on: dt.date | None = None) -> PlacardData:
        from gridapp.org.roles import RoleService

        with self._db.read() as s:
            rows = area_rows(s, Area.id == area_id)
            if not rows:
                raise OrgError(OrgProblem.NOT_FOUND)
            area = rows[0]
            index = UnitIndex(s)
            plant = index.name[index.ancestors(area.unit_id)[-1]]
            claimer = s.get(Person, area.claimer_id) if area.claimer_id else None
            post = None
            if claimer is not None and claimer.post_id is not None:
                from gridapp.org.models import Post

                found = s.get(Post, claimer.post_id)
                post = found.name if found else None
            photo = s.scalar(
                select(AreaPhoto.image).where(AreaPhoto.area_id == area_id, AreaPhoto.deleted_at.is_(None))
            )
            path = index.path(area.unit_id)
        day = on or today()
        roles: tuple[AssignmentRow, ...] = ()
        if claimer is not None:
            roles = tuple(a for a in RoleService(self._db).history(person_id=claimer.id) if a.active_on(day))
        return PlacardData(
            area=area,
            unit_path=path,
            plant=plant,
            claimer_party_status=claimer.party_status if claimer else None,
            claimer_phone=(claimer.phone or "") if claimer else "",
            claimer_post=post or "",
            claimer_roles=roles,
            photo=photo,
        )


def prepare_photo(image: bytes) -> bytes:
    """Check ``image`` is a picture and make it a JPEG of at most PHOTO_MAX_PIXELS on its longest side."""
    from PIL import ImageOps

    from gridapp.io.pictures import PictureProblem, PictureRefused, open_picture

    if not image or len(image) > PHOTO_MAX_BYTES:
        raise OrgError(OrgProblem.PHOTO_UNREADABLE)
    try:
        with open_picture(image) as picture:
            picture = ImageOps.exif_transpose(picture)  # phones store "rotated" as a tag
            picture.thumbnail((PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS))
            out = io.BytesIO()
            picture.convert("RGB").save(out, "JPEG", quality=85)
    except PictureRefused as exc:
        if exc.problem is PictureProblem.TOO_MANY_PIXELS:
            raise OrgError(OrgProblem.PHOTO_TOO_MANY_PIXELS, limit=exc.limit) from exc
        raise OrgError(OrgProblem.PHOTO_UNREADABLE) from exc
    return out.getvalue()


def _live(session: Session, area_id: uuid.UUID) -> Area:
    area = session.get(Area, area_id)
    if area is None or area.deleted_at is not None:
        raise OrgError(OrgProblem.NOT_FOUND)
    return area


def _fields(area: Area) -> AreaFields:
    return AreaFields(area.unit_id, area.name, area.kind or "", area.claimer_id, area.duties or "")


def _apply(session: Session, area: Area, fields: AreaFields) -> None:
    name = clean_text(fields.name).value
    if not name:
        raise OrgError(OrgProblem.NAME_REQUIRED)
    if len(name) > 80:
        raise OrgError(OrgProblem.NAME_TOO_LONG, limit=80)
    kind = clean_text(fields.kind).value
    if len(kind) > 40:
        raise OrgError(OrgProblem.NAME_TOO_LONG, limit=40)
    duties = fields.duties.strip()
    if len(duties) > 400:
        raise OrgError(OrgProblem.NAME_TOO_LONG, limit=400)
    unit = session.get(Unit, fields.unit_id)
    if unit is None or unit.deleted_at is not None:
        raise OrgError(OrgProblem.NOT_FOUND)
    if fields.claimer_id is not None:
        claimer = session.get(Person, fields.claimer_id)
        if claimer is None or claimer.deleted_at is not None:
            raise OrgError(OrgProblem.NOT_FOUND)
        if claimer.left_on is not None and fields.claimer_id != area.claimer_id:
            raise OrgError(OrgProblem.PERSON_HAS_LEFT, name=claimer.name)
    area.unit_id, area.name, area.kind, area.claimer_id, area.duties = (
        fields.unit_id,
        name,
        kind,
        fields.claimer_id,
        duties,
    )
