"""Meetings (组织生活): the catalogue of kinds, recording a meeting with its attendance, the done-vs-due matrix per
unit and period, and the meetings missed at the end of their period.

An absence without reason (无故缺席) publishes ``MemberAbsent`` inside the recording's transaction; scoring proposes
the star rule's deduction from it, and a person confirms it as every point is confirmed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import String, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.events import EventBus, MemberAbsent
from gridapp.issues.photos import PhotoStore, StoredPhoto
from gridapp.org.kinds import PARTY_MEMBERS, RoleKind
from gridapp.org.models import Person, Role, RoleAssignment, Unit
from gridapp.org.queries import UnitIndex, active_on
from gridapp.party_life.catalogue import install_kinds, kind_row, read_kinds
from gridapp.party_life.kinds import Attendance, Attendees, MeetingFrequency, MeetingStatus, PartyLifeRefused, Refusal
from gridapp.party_life.models import Meeting, MeetingAttendance, MeetingKind, MeetingPhoto, live
from gridapp.party_life.rows import (
    Attendee,
    MatrixCell,
    MatrixRow,
    MeetingDetail,
    MeetingDraft,
    MeetingKindDraft,
    MeetingKindRow,
    MeetingMatrix,
    MeetingPhotoRow,
    MeetingRow,
    MissedMeeting,
)
from gridapp.security.rights import Right, plant_root, plant_today, require

COMMITTEE_ROLES = (RoleKind.LEADER, RoleKind.SECRETARY, RoleKind.OFFICER)
# Who is told that a unit's required meeting was missed: those who lead it or a unit above it.
ALERTED_ROLES = (RoleKind.LEADER, RoleKind.SECRETARY, RoleKind.ZONE_LEAD)


# periods: calendar months, quarters, half years and years


def period_of(frequency: MeetingFrequency, day: dt.date) -> tuple[dt.date, dt.date]:
    """The (first, last) day of the period of ``frequency`` holding ``day``."""
    span = frequency.months
    month = (day.month - 1) // span * span + 1
    start = dt.date(day.year, month, 1)
    return start, add_months(start, span) - dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def status_of(held: int, start: dt.date, end: dt.date, today: dt.date) -> MeetingStatus:
    if held:
        return MeetingStatus.DONE
    if start > today:
        return MeetingStatus.UPCOMING
    return MeetingStatus.OVERDUE if end < today else MeetingStatus.OPEN


def meeting_moment(day: dt.date) -> dt.datetime:
    """The moment a meeting of ``day`` stands for in events: noon UTC falls on the same calendar day in every zone
    from UTC−11 to UTC+11, so scoring books it on ``day`` in plant time."""
    return dt.datetime.combine(day, dt.time(12), dt.UTC)


# who is expected


def _people_in(session: Session, units: Iterable[uuid.UUID], on: dt.date, members_only: bool) -> list[Person]:
    query = select(Person).where(
        Person.home_unit_id.in_(list(units)),
        Person.deleted_at.is_(None),
        Person.left_on.is_(None) | (Person.left_on > on),
    )
    if members_only:
        query = query.where(Person.party_status.in_(PARTY_MEMBERS))
    return list(session.scalars(query.order_by(Person.name_pinyin, Person.employee_no)))


def _committee(session: Session, unit_id: uuid.UUID, on: dt.date) -> list[Person]:
    query = (
        select(Person)
        .join(RoleAssignment, RoleAssignment.person_id == Person.id)
        .join(Role, Role.id == RoleAssignment.role_id)
        .where(
            RoleAssignment.unit_id == unit_id,
            active_on(on),
            Role.kind.in_(COMMITTEE_ROLES),
            Role.deleted_at.is_(None),
            Person.deleted_at.is_(None),
        )
        .order_by(Person.name_pinyin, Person.employee_no)
    )
    return list(dict.fromkeys(session.scalars(query)))


def expected_people(session: Session, kind: MeetingKind, unit_id: uuid.UUID, on: dt.date) -> list[Person]:
    if kind.attendees is Attendees.COMMITTEE:
        return _committee(session, unit_id, on)
    units = UnitIndex(session).descendants(unit_id)
    return _people_in(session, units, on, kind.attendees is Attendees.PARTY_MEMBERS)


def _attendee(p: Person, attendance: Attendance = Attendance.PRESENT, note: str = "") -> Attendee:
    return Attendee(p.id, p.name, p.employee_no, p.party_status, attendance, note)


# which units owe which kinds


def _expected_counts(session: Session, index: UnitIndex, on: dt.date) -> dict[Attendees, Counter[uuid.UUID]]:
    """How many people each unit (with its subtree) would expect, per kind of attendance; one query each."""
    people = session.execute(
        select(Person.home_unit_id, Person.party_status, func.count())
        .where(Person.deleted_at.is_(None), Person.left_on.is_(None) | (Person.left_on > on))
        .group_by(Person.home_unit_id, Person.party_status)
    ).all()
    direct_all: Counter[uuid.UUID] = Counter()
    direct_members: Counter[uuid.UUID] = Counter()
    for unit_id, status, n in people:
        direct_all[unit_id] += n
        if status in PARTY_MEMBERS:
            direct_members[unit_id] += n
    everyone: Counter[uuid.UUID] = Counter()
    members: Counter[uuid.UUID] = Counter()
    for unit_id, n in direct_all.items():
        for above in index.ancestors(unit_id):
            everyone[above] += n
    for unit_id, n in direct_members.items():
        for above in index.ancestors(unit_id):
            members[above] += n
    committee: Counter[uuid.UUID] = Counter(
        dict(
            session.execute(
                select(RoleAssignment.unit_id, func.count(func.distinct(RoleAssignment.person_id)))
                .join(Role, Role.id == RoleAssignment.role_id)
                .where(active_on(on), Role.kind.in_(COMMITTEE_ROLES), Role.deleted_at.is_(None))
                .group_by(RoleAssignment.unit_id)
            ).all()
        )
    )
    return {Attendees.EVERYONE: everyone, Attendees.PARTY_MEMBERS: members, Attendees.COMMITTEE: committee}


def _owed(
    session: Session, units: list[uuid.UUID], index: UnitIndex, on: dt.date
) -> list[tuple[uuid.UUID, MeetingKind]]:
    """(unit, kind) pairs where the unit must hold the kind: a kind in use required of the unit's kind, and
    somebody to attend it (a team without party members holds no party group meeting)."""
    kinds = [k for k in session.scalars(_live_kinds()) if k.in_use and k.unit_kind is not None]
    if not kinds:
        return []
    counts = _expected_counts(session, index, on)
    return [(u, k) for u in units for k in kinds if index.kind[u] == k.unit_kind and counts[k.attendees][u] > 0]


def _live_kinds() -> Any:
    return select(MeetingKind).where(MeetingKind.deleted_at.is_(None)).order_by(MeetingKind.position, MeetingKind.code)


def _held(
    session: Session, units: list[uuid.UUID], first: dt.date, last: dt.date
) -> dict[tuple[uuid.UUID, uuid.UUID], list[dt.date]]:
    """The days each (unit, kind) met within ``first``..``last``. Ids are read as text and matched to the units'
    own: turning every row's two ids into UUID objects cost more than the query (two years of a plant's meetings)."""
    held: dict[tuple[uuid.UUID, uuid.UUID], list[dt.date]] = defaultdict(list)
    if not units:
        return held
    wanted = {_id_text(u): u for u in units}
    kinds = {_id_text(k): k for k in session.scalars(select(MeetingKind.id))}
    rows = (
        session.connection()
        .execute(
            select(type_coerce(Meeting.unit_id, String), type_coerce(Meeting.kind_id, String), Meeting.held_on).where(
                Meeting.deleted_at.is_(None), Meeting.held_on >= first, Meeting.held_on <= last
            )
        )
        .all()
    )
    for unit_id, kind_id, day in rows:
        unit = wanted.get(_id_text(unit_id))
        if unit is not None:
            held[(unit, kinds[_id_text(kind_id)])].append(day)
    return held


def _id_text(value: object) -> str:
    """A UUID as 32 hex digits, whether the driver gave it as text (SQLite) or as a UUID (PostgreSQL)."""
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "").lower()


def missed_meetings(session: Session, units: list[uuid.UUID], today: dt.date) -> list[MissedMeeting]:
    """Each required meeting of ``units`` whose last ended period (the month, quarter … before the current one)
    passed without it."""
    index = UnitIndex(session)
    units = [u for u in units if u in index]
    owed = _owed(session, units, index, today)
    if not owed:
        return []
    last: dict[uuid.UUID, tuple[dt.date, dt.date]] = {}
    for _unit, kind in owed:
        if kind.id not in last:
            start, _end = period_of(kind.frequency, today)
            last[kind.id] = period_of(kind.frequency, start - dt.timedelta(days=1))
    # which (unit, kind) met in its kind's last period: one row a pair, however many meetings
    met_rows = session.execute(
        select(type_coerce(Meeting.unit_id, String), type_coerce(Meeting.kind_id, String))
        .where(
            Meeting.deleted_at.is_(None),
            or_(*(
                (Meeting.kind_id == kind_id) & (Meeting.held_on >= a) & (Meeting.held_on <= b)
                for kind_id, (a, b) in last.items()
            )),
        )
        .distinct()
    ).all()  # fmt: skip
    met = {(_id_text(u), _id_text(k)) for u, k in met_rows}
    return [
        MissedMeeting(unit_id, index.name[unit_id], kind.id, kind.name, *last[kind.id])
        for unit_id, kind in owed
        if (unit_id.hex, kind.id.hex) not in met
    ]


def led_units(session: Session, person_id: uuid.UUID, today: dt.date) -> list[uuid.UUID]:
    """The units a person leads (leader, secretary, zone lead) and everything below them."""
    held = session.scalars(
        select(RoleAssignment.unit_id)
        .join(Role, Role.id == RoleAssignment.role_id)
        .where(
            RoleAssignment.person_id == person_id,
            active_on(today),
            Role.kind.in_(ALERTED_ROLES),
            Role.deleted_at.is_(None),
        )
    ).all()
    if not held:
        return []
    index = UnitIndex(session)
    out: dict[uuid.UUID, None] = {}
    for unit_id in held:
        if unit_id in index:
            out.update(dict.fromkeys(index.descendants(unit_id)))
    return list(out)


class MeetingService:
    def __init__(
        self,
        db: Database,
        events: EventBus,
        today: Callable[[], dt.date] = plant_today,
        photos: PhotoStore | None = None,
    ) -> None:
        self._db = db
        self._events = events
        self._photos = photos  # the issues' photo folder: a meeting's photos are stored and synced as theirs are
        self._today = today

    # the catalogue of kinds

    def ensure_kinds(self, actor: Actor) -> bool:
        """Install the shipped kinds the first time meetings are used; True if anything was added."""
        with self._db.read() as s:
            if s.scalar(select(MeetingKind.id).limit(1)) is not None:
                return False
        with self._db.write(actor) as s:
            return install_kinds(s)

    def kinds(self, in_use_only: bool = False) -> list[MeetingKindRow]:
        with self._db.read() as s:
            return read_kinds(s, in_use_only)

    def save_kind(self, actor: Actor, draft: MeetingKindDraft, kind_id: uuid.UUID | None = None) -> MeetingKindRow:
        """Add a kind (``kind_id`` None) or change one; the catalogue is plant-wide."""
        code, name = draft.code.strip(), draft.name.strip()
        if not code or not name:
            raise PartyLifeRefused(Refusal.NAME_REQUIRED)
        with self._db.write(actor) as s:
            require(s, actor, Right.MEETING_KINDS, plant_root(s))
            taken = s.scalar(
                select(MeetingKind.id).where(
                    MeetingKind.code == code, MeetingKind.deleted_at.is_(None), MeetingKind.id != kind_id
                )
            )
            if taken is not None:
                raise PartyLifeRefused(Refusal.DUPLICATE_CODE, code=code)
            if kind_id is None:
                last = s.scalar(select(func.max(MeetingKind.position)).where(MeetingKind.deleted_at.is_(None)))
                kind = MeetingKind(id=uuid.uuid4(), position=(last or 0) + 1)
                s.add(kind)
            else:
                kind = live(s, MeetingKind, kind_id)
            kind.code, kind.name = code, name
            kind.frequency, kind.attendees = draft.frequency, draft.attendees
            kind.unit_kind, kind.in_use = draft.unit_kind, draft.in_use
            s.flush()
            return kind_row(kind)

    def delete_kind(self, actor: Actor, kind_id: uuid.UUID) -> None:
        """Only a kind never used; one with meetings is switched off instead (its records keep their kind)."""
        with self._db.write(actor) as s:
            require(s, actor, Right.MEETING_KINDS, plant_root(s))
            kind = live(s, MeetingKind, kind_id)
            used = s.scalar(select(Meeting.id).where(Meeting.kind_id == kind_id, Meeting.deleted_at.is_(None)).limit(1))
            if used is not None:
                raise PartyLifeRefused(Refusal.KIND_IN_USE, kind=kind.name)
            kind.mark_deleted()

    # recording

    def expected(self, kind_id: uuid.UUID, unit_id: uuid.UUID, on: dt.date | None = None) -> list[Attendee]:
        """Who must attend a meeting of ``kind_id`` held by ``unit_id`` on ``on``, all ticked present."""
        with self._db.read() as s:
            kind = live(s, MeetingKind, kind_id)
            return [_attendee(p) for p in expected_people(s, kind, unit_id, on or self._today())]

    def record(self, actor: Actor, draft: MeetingDraft) -> uuid.UUID:
        """Record a meeting (or change the record ``draft.id``) with its attendance; each absence without reason
        that is new on this record proposes the deduction."""
        topic = draft.topic.strip()
        if not topic:
            raise PartyLifeRefused(Refusal.NAME_REQUIRED)
        if draft.held_on > self._today():
            raise PartyLifeRefused(Refusal.FUTURE_DATE)
        # files first (content-addressed: a failed transaction leaves only harmless unreferenced files)
        stored = [self._store_photo(path, actor) for path in draft.add_photos]
        with self._db.write(actor) as s:
            require(s, actor, Right.MEETING_RECORD, draft.unit_id)
            live(s, MeetingKind, draft.kind_id)
            live(s, Unit, draft.unit_id)
            for person_id in {draft.host_id, *(a[0] for a in draft.attendance)} - {None}:
                live(s, Person, person_id)  # type: ignore[arg-type]
            if draft.id is None:
                meeting = Meeting(id=uuid.uuid4())
                s.add(meeting)
                before: dict[uuid.UUID, MeetingAttendance] = {}
            else:
                meeting = live(s, Meeting, draft.id)
                require(s, actor, Right.MEETING_RECORD, meeting.unit_id)
                before = {
                    a.person_id: a
                    for a in s.scalars(
                        select(MeetingAttendance).where(
                            MeetingAttendance.meeting_id == meeting.id, MeetingAttendance.deleted_at.is_(None)
                        )
                    )
                }
            meeting.kind_id, meeting.unit_id, meeting.held_on = draft.kind_id, draft.unit_id, draft.held_on
            meeting.topic, meeting.place, meeting.host_id = topic, draft.place.strip(), draft.host_id
            meeting.minutes, meeting.decisions = draft.minutes, draft.decisions
            s.flush()
            absent_anew = []
            marks = {person_id: (mark, note) for person_id, mark, note in draft.attendance}
            for person_id, old in before.items():
                if person_id not in marks:
                    old.mark_deleted()
            for person_id, (mark, note) in marks.items():
                old = before.get(person_id)
                if old is None:
                    s.add(MeetingAttendance(meeting_id=meeting.id, person_id=person_id, attendance=mark, note=note))
                    if mark is Attendance.NO_REASON:
                        absent_anew.append(person_id)
                elif (old.attendance, old.note) != (mark, note):
                    if mark is Attendance.NO_REASON and old.attendance is not Attendance.NO_REASON:
                        absent_anew.append(person_id)
                    old.attendance, old.note = mark, note
            s.flush()
            _change_photos(s, meeting.id, stored, draft.remove_photos)
            at = meeting_moment(draft.held_on)
            for person_id in absent_anew:
                self._events.publish(s, MemberAbsent(meeting.id, draft.unit_id, person_id, at))
            return meeting.id

    def delete(self, actor: Actor, meeting_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            meeting = live(s, Meeting, meeting_id)
            require(s, actor, Right.MEETING_RECORD, meeting.unit_id)
            meeting.mark_deleted()

    # reading

    def meetings(self, unit_id: uuid.UUID, first: dt.date, last: dt.date) -> list[MeetingRow]:
        """Meetings held by ``unit_id`` and the units below it within ``first``..``last``, newest first."""
        with self._db.read() as s:
            units = UnitIndex(s).descendants(unit_id)
            return _meeting_rows(s, (Meeting.unit_id.in_(units), Meeting.held_on >= first, Meeting.held_on <= last))

    def detail(self, meeting_id: uuid.UUID) -> MeetingDetail:
        with self._db.read() as s:
            meeting = live(s, Meeting, meeting_id)
            rows = _meeting_rows(s, (Meeting.id == meeting_id,))
            marks = s.execute(
                select(Person, MeetingAttendance.attendance, MeetingAttendance.note)
                .join(MeetingAttendance, MeetingAttendance.person_id == Person.id)
                .where(MeetingAttendance.meeting_id == meeting_id, MeetingAttendance.deleted_at.is_(None))
                .order_by(Person.name_pinyin, Person.employee_no)
            ).all()
            photos = tuple(
                MeetingPhotoRow(p.id, p.sha256, p.suffix, p.name, p.width, p.height)
                for p in s.scalars(
                    select(MeetingPhoto)
                    .where(MeetingPhoto.meeting_id == meeting_id, MeetingPhoto.deleted_at.is_(None))
                    .order_by(MeetingPhoto.position, MeetingPhoto.created_at)
                )
            )
            return MeetingDetail(
                rows[0], meeting.minutes, meeting.decisions, tuple(_attendee(p, a, n) for p, a, n in marks), photos
            )

    # photos

    def _store_photo(self, path: Path, actor: Actor) -> StoredPhoto:
        if self._photos is None:
            raise RuntimeError("this MeetingService has no photo folder")
        return self._photos.add(Path(path), actor)

    def photo_file(self, photo: MeetingPhotoRow) -> Path | None:
        """This PC's file of ``photo`` (written from the plant server when need be); None when its bytes are not
        here (a photo taken elsewhere and not synced yet)."""
        return self._photos.ensure_local(photo.sha256, photo.suffix) if self._photos is not None else None

    def photo_thumbnail(self, photo: MeetingPhotoRow) -> Path | None:
        """The small JPEG of ``photo``; None when its file is not here."""
        if self.photo_file(photo) is None:
            return None
        assert self._photos is not None
        thumb = self._photos.thumbnail(photo.sha256)
        return thumb if thumb.exists() else None

    def matrix(
        self, unit_id: uuid.UUID, first: dt.date | None = None, months: int = 12, today: dt.date | None = None
    ) -> MeetingMatrix:
        """Done vs due per (unit, kind) of ``unit_id``'s subtree and month, from ``first`` (this year's January)."""
        today = today or self._today()
        first = (first or today.replace(month=1)).replace(day=1)
        columns = tuple(add_months(first, i) for i in range(months))
        with self._db.read() as s:
            index = UnitIndex(s)
            units = index.descendants(unit_id) if unit_id in index else []
            owed = _owed(s, units, index, today)
            # whole periods: a quarter begun before the first column counts its earlier months too
            since = min((period_of(k.frequency, first)[0] for _u, k in owed), default=first)
            until = max((period_of(k.frequency, columns[-1])[1] for _u, k in owed), default=first)
            held = _held(s, units, since, until)
        rows = []
        for uid, kind in owed:
            days = held.get((uid, kind.id), [])
            cells = []
            for month in columns:
                start, end = period_of(kind.frequency, month)
                n = sum(1 for d in days if start <= d <= end)
                cells.append(MatrixCell(status_of(n, start, end, today), n, start, end))
            rows.append(MatrixRow(uid, index.name[uid], kind.id, kind.name, kind.frequency, tuple(cells)))
        return MeetingMatrix(columns, tuple(rows), today)

    def missed(self, unit_id: uuid.UUID, today: dt.date | None = None) -> list[MissedMeeting]:
        """Required meetings of ``unit_id``'s subtree missed in their last ended period."""
        today = today or self._today()
        with self._db.read() as s:
            index = UnitIndex(s)
            return missed_meetings(s, index.descendants(unit_id) if unit_id in index else [], today)

    def missed_for(self, person_id: uuid.UUID, today: dt.date | None = None) -> list[MissedMeeting]:
        """What ``missed`` finds in the units ``person_id`` leads (for their alerts)."""
        today = today or self._today()
        with self._db.read() as s:
            return missed_meetings(s, led_units(s, person_id, today), today)


def _change_photos(
    session: Session, meeting_id: uuid.UUID, stored: list[StoredPhoto], removed: tuple[uuid.UUID, ...]
) -> None:
    """Take ``removed`` off the meeting's record and attach ``stored`` after its other photos."""
    photos = list(
        session.scalars(
            select(MeetingPhoto).where(MeetingPhoto.meeting_id == meeting_id, MeetingPhoto.deleted_at.is_(None))
        )
    )
    for photo in photos:
        if photo.id in removed:
            photo.mark_deleted()
    position = max((p.position for p in photos), default=-1)
    for offset, photo in enumerate(stored, start=1):
        session.add(
            MeetingPhoto(
                id=uuid.uuid4(),
                meeting_id=meeting_id,
                sha256=photo.sha256,
                suffix=photo.suffix,
                name=photo.name,
                size=photo.size,
                width=photo.width,
                height=photo.height,
                position=position + offset,
            )
        )
    session.flush()


def _meeting_rows(session: Session, conditions: tuple[object, ...]) -> list[MeetingRow]:
    host = aliased(Person)
    marks = (
        select(
            MeetingAttendance.meeting_id.label("meeting_id"),
            _count_of(MeetingAttendance.attendance == Attendance.PRESENT).label("present"),
            _count_of(MeetingAttendance.attendance != Attendance.PRESENT).label("absent"),
            _count_of(MeetingAttendance.attendance == Attendance.NO_REASON).label("no_reason"),
        )
        .where(MeetingAttendance.deleted_at.is_(None))
        .group_by(MeetingAttendance.meeting_id)
        .subquery()
    )
    query = (
        select(
            Meeting.id,
            Meeting.kind_id,
            MeetingKind.name,
            Meeting.unit_id,
            Unit.name,
            Meeting.held_on,
            Meeting.topic,
            Meeting.place,
            Meeting.host_id,
            host.name,
            marks.c.present,
            marks.c.absent,
            marks.c.no_reason,
        )
        .join(MeetingKind, MeetingKind.id == Meeting.kind_id)
        .join(Unit, Unit.id == Meeting.unit_id)
        .outerjoin(host, host.id == Meeting.host_id)
        .outerjoin(marks, marks.c.meeting_id == Meeting.id)
        .where(Meeting.deleted_at.is_(None), *conditions)  # type: ignore[arg-type]
        .order_by(Meeting.held_on.desc(), MeetingKind.position, Unit.name)
    )
    return [
        MeetingRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9] or "", r[10] or 0, r[11] or 0, r[12] or 0)
        for r in session.execute(query)
    ]


def _count_of(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))
