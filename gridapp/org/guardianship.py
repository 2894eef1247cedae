"""Guardianship (包保) and 1+N links: a party member answers for named staff (at most N) and areas; the coverage check.

"全覆盖、无遗漏": the coverage report lists every active employee without a guardian and every area without a
claimer, with the counts of each unit's subtree. Party members are the guardians; whether they themselves need a
guardian is a plant setting (off by default, as in seeds 003 and 004).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import PARTY_MEMBERS
from gridapp.org.models import Area, Guardianship, Person, Post
from gridapp.org.queries import UnitIndex, today
from gridapp.org.rows import CoverageGap, CoverageReport, GuardianLoad, GuardianshipRow, UnitCoverage
from gridapp.org.settings import (
    COVER_PARTY_MEMBERS,
    MAX_WARDS,
    MAX_WARDS_LIMIT,
    read_setting,
    write_setting,
)
from gridapp.org.tree import require_units
from gridapp.security.rights import plant_root


def _active(day: dt.date) -> Any:
    return (
        Guardianship.deleted_at.is_(None)
        & (Guardianship.starts_on <= day)
        & (Guardianship.ends_on.is_(None) | (Guardianship.ends_on >= day))
    )


def _open_from(day: dt.date) -> Any:
    """Links in force on ``day`` or starting later."""
    return Guardianship.deleted_at.is_(None) & (Guardianship.ends_on.is_(None) | (Guardianship.ends_on >= day))


def link_rows(session: Session, condition: Any, day: dt.date | None = None) -> list[GuardianshipRow]:
    """Links matching ``condition`` (active on ``day``; every one, ended too, when ``day`` is None)."""
    guardian = aliased(Person)
    ward = aliased(Person)
    query = (
        select(
            Guardianship.id,
            guardian.id,
            guardian.name,
            ward.id,
            ward.name,
            ward.employee_no,
            Area.id,
            Area.name,
            Guardianship.starts_on,
            Guardianship.ends_on,
        )
        .join(guardian, guardian.id == Guardianship.guardian_id)
        .outerjoin(ward, ward.id == Guardianship.ward_id)
        .outerjoin(Area, Area.id == Guardianship.area_id)
        .where(
            Guardianship.deleted_at.is_(None),
            guardian.deleted_at.is_(None),
            Guardianship.ward_id.is_(None) | ward.deleted_at.is_(None),
            Guardianship.area_id.is_(None) | Area.deleted_at.is_(None),
            condition,
        )
        .order_by(guardian.name_pinyin, Area.name, ward.name_pinyin)
    )
    if day is not None:
        query = query.where(_active(day))
    return [
        GuardianshipRow(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6], r[7] or "", r[8], r[9])
        for r in session.execute(query)
    ]


class GuardianshipService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # settings

    def max_wards(self) -> int:
        with self._db.read() as s:
            return int(read_setting(s, MAX_WARDS))

    def set_max_wards(self, actor: Actor, limit: int) -> int:
        """The N of 1+N; returns the previous limit. Links over a lowered limit stay and are reported."""
        if not 1 <= limit <= MAX_WARDS_LIMIT:
            raise OrgError(OrgProblem.BAD_SETTING, key=MAX_WARDS, limit=MAX_WARDS_LIMIT)
        with self._db.write(actor) as s:
            require_units(s, actor, plant_root(s))  # a plant-wide setting
            return int(write_setting(s, MAX_WARDS, str(limit)))

    def covers_party_members(self) -> bool:
        with self._db.read() as s:
            return read_setting(s, COVER_PARTY_MEMBERS) == "1"

    def set_covers_party_members(self, actor: Actor, covers: bool) -> bool:
        with self._db.write(actor) as s:
            require_units(s, actor, plant_root(s))
            return write_setting(s, COVER_PARTY_MEMBERS, "1" if covers else "0") == "1"

    # links

    def link_person(
        self, actor: Actor, guardian_id: uuid.UUID, ward_id: uuid.UUID, starts_on: dt.date | None = None
    ) -> uuid.UUID:
        """``guardian_id`` answers for ``ward_id`` from ``starts_on`` (today): a 1+N link."""
        day = starts_on or today()
        with self._db.write(actor) as s:
            guardian = _guardian(s, guardian_id, day)
            ward = _active_person(s, ward_id, day)
            require_units(s, actor, ward.home_unit_id)
            if guardian.id == ward.id:
                raise OrgError(OrgProblem.GUARD_SELF)
            current = s.scalar(
                select(Person.name)
                .join(Guardianship, Guardianship.guardian_id == Person.id)
                .where(Guardianship.ward_id == ward_id, _open_from(day))
                .limit(1)
            )
            if current is not None:
                raise OrgError(OrgProblem.WARD_ALREADY_GUARDED, ward=ward.name, guardian=current)
            limit = int(read_setting(s, MAX_WARDS))
            held = s.scalar(
                select(func.count())
                .select_from(Guardianship)
                .where(Guardianship.guardian_id == guardian_id, Guardianship.ward_id.is_not(None), _open_from(day))
            )
            if (held or 0) >= limit:
                raise OrgError(OrgProblem.TOO_MANY_WARDS, guardian=guardian.name, limit=limit)
            link = Guardianship(id=uuid.uuid4(), guardian_id=guardian_id, ward_id=ward_id, starts_on=day)
            s.add(link)
            return link.id

    def link_area(
        self, actor: Actor, guardian_id: uuid.UUID, area_id: uuid.UUID, starts_on: dt.date | None = None
    ) -> uuid.UUID:
        """``guardian_id`` answers for the area ``area_id`` (包保 of a place; no 1+N limit)."""
        day = starts_on or today()
        with self._db.write(actor) as s:
            _guardian(s, guardian_id, day)
            area = s.get(Area, area_id)
            if area is None or area.deleted_at is not None:
                raise OrgError(OrgProblem.NOT_FOUND)
            require_units(s, actor, area.unit_id)
            current = s.scalar(
                select(Person.name)
                .join(Guardianship, Guardianship.guardian_id == Person.id)
                .where(Guardianship.area_id == area_id, _open_from(day))
                .limit(1)
            )
            if current is not None:
                raise OrgError(OrgProblem.AREA_ALREADY_GUARDED, area=area.name, guardian=current)
            link = Guardianship(id=uuid.uuid4(), guardian_id=guardian_id, area_id=area_id, starts_on=day)
            s.add(link)
            return link.id

    def set_end(self, actor: Actor, link_id: uuid.UUID, ends_on: dt.date | None) -> dt.date | None:
        """End a link on ``ends_on`` (None reopens it); returns its end before."""
        with self._db.write(actor) as s:
            link = _live_link(s, link_id)
            require_units(s, actor, _link_unit(s, link))
            if ends_on is not None and ends_on < link.starts_on:
                raise OrgError(OrgProblem.DATES_REVERSED)
            before = link.ends_on
            link.ends_on = ends_on
            return before

    def delete_link(self, actor: Actor, link_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            link = _live_link(s, link_id)
            require_units(s, actor, _link_unit(s, link))
            link.mark_deleted()

    def restore_link(self, actor: Actor, link_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            link = s.get(Guardianship, link_id)
            if link is None:
                raise OrgError(OrgProblem.NOT_FOUND)
            require_units(s, actor, _link_unit(s, link))
            link.deleted_at = None

    # reading

    def links(self, unit_id: uuid.UUID, on: dt.date | None = None) -> list[GuardianshipRow]:
        """Active links whose guardian, ward or area belongs to ``unit_id``'s subtree."""
        day = on or today()
        with self._db.read() as s:
            units = UnitIndex(s).descendants(unit_id)
            in_units = select(Person.id).where(Person.home_unit_id.in_(units))
            areas = select(Area.id).where(Area.unit_id.in_(units))
            return link_rows(
                s,
                Guardianship.guardian_id.in_(in_units)
                | Guardianship.ward_id.in_(in_units)
                | Guardianship.area_id.in_(areas),
                day,
            )

    def history(self, person_id: uuid.UUID) -> list[GuardianshipRow]:
        with self._db.read() as s:
            return link_rows(s, (Guardianship.guardian_id == person_id) | (Guardianship.ward_id == person_id))

    def coverage(self, unit_id: uuid.UUID, on: dt.date | None = None) -> CoverageReport:
        """Who in ``unit_id``'s subtree has no guardian, which area has no claimer, and the counts per unit."""
        day = on or today()
        with self._db.read() as s:
            index = UnitIndex(s)
            units = index.descendants(unit_id)
            cover_members = read_setting(s, COVER_PARTY_MEMBERS) == "1"
            limit = int(read_setting(s, MAX_WARDS))
            people = s.execute(
                select(Person.id, Person.name, Person.employee_no, Person.home_unit_id, Person.party_status, Post.name)
                .outerjoin(Post, Post.id == Person.post_id)
                .where(
                    Person.deleted_at.is_(None),
                    Person.left_on.is_(None) | (Person.left_on > day),
                    Person.home_unit_id.in_(units),
                )
                .order_by(Person.employee_no)
            ).all()
            guardian = aliased(Person)
            links = s.execute(
                select(Guardianship.guardian_id, Guardianship.ward_id, guardian.party_status)
                .join(guardian, guardian.id == Guardianship.guardian_id)
                .where(
                    _active(day),
                    Guardianship.ward_id.is_not(None),
                    guardian.deleted_at.is_(None),
                    guardian.left_on.is_(None) | (guardian.left_on > day),
                )
            ).all()
            areas = s.execute(
                select(Area.id, Area.name, Area.kind, Area.unit_id, Person.id)
                .outerjoin(
                    Person,
                    (Person.id == Area.claimer_id)
                    & Person.deleted_at.is_(None)
                    & (Person.left_on.is_(None) | (Person.left_on > day)),
                )
                .where(Area.deleted_at.is_(None), Area.unit_id.in_(units))
                .order_by(Area.name)
            ).all()
            loads = Counter(g for g, _w, _p in links)
            member = {g: p in PARTY_MEMBERS for g, _w, p in links}
            guarded = {w for _g, w, _p in links}
            names = dict(
                s.execute(select(Person.id, Person.name).where(Person.id.in_(list(loads)))).all() if loads else []
            )
            homes = dict(
                s.execute(select(Person.id, Person.home_unit_id).where(Person.id.in_(list(loads)))).all()
                if loads
                else []
            )
        direct: defaultdict[uuid.UUID, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        unguarded = []
        for pid, name, number, home, status, post in people:
            if status in PARTY_MEMBERS and not cover_members:
                continue
            counts = direct[home]
            counts[0] += 1
            if pid in guarded:
                counts[1] += 1
            else:
                unguarded.append(CoverageGap(home, index.path(home), pid, name, number, post or ""))
        unclaimed = []
        for area_id, name, kind, home, claimer in areas:
            counts = direct[home]
            counts[2] += 1
            if claimer is not None:
                counts[3] += 1
            else:
                unclaimed.append(CoverageGap(home, index.path(home), area_id, name, kind or ""))
        totals = _subtree_totals(index, units, direct)
        rows = tuple(UnitCoverage(u, index.name[u], index.depth(u) - index.depth(unit_id), *totals[u]) for u in units)
        subtree = set(units)
        overloaded = tuple(
            GuardianLoad(g, names.get(g, ""), index.name.get(homes.get(g), ""), n, member[g])  # type: ignore[arg-type]
            for g, n in sorted(loads.items(), key=lambda item: names.get(item[0], ""))
            if homes.get(g) in subtree and (n > limit or not member[g])
        )
        order = {u: i for i, u in enumerate(units)}
        unguarded.sort(key=lambda g: (order[g.unit_id], g.detail))
        unclaimed.sort(key=lambda g: (order[g.unit_id], g.name))
        return CoverageReport(
            unit_id=unit_id,
            unit_path=index.path(unit_id),
            on=day,
            includes_party_members=cover_members,
            max_wards=limit,
            units=rows,
            unguarded=tuple(unguarded),
            unclaimed=tuple(unclaimed),
            overloaded=overloaded,
        )


def _subtree_totals(
    index: UnitIndex, units: list[uuid.UUID], direct: dict[uuid.UUID, list[int]]
) -> dict[uuid.UUID, list[int]]:
    totals = {u: list(direct.get(u, [0, 0, 0, 0])) for u in units}
    for u in reversed(units):  # children come after their parents: add each into its parent, bottom-up
        parent = index.parent.get(u)
        if parent in totals and u != units[0]:
            totals[parent] = [a + b for a, b in zip(totals[parent], totals[u], strict=True)]
    return totals


def _guardian(session: Session, person_id: uuid.UUID, day: dt.date) -> Person:
    person = _active_person(session, person_id, day)
    if person.party_status not in PARTY_MEMBERS:
        raise OrgError(OrgProblem.GUARDIAN_NOT_MEMBER, name=person.name)
    return person


def _active_person(session: Session, person_id: uuid.UUID, day: dt.date) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise OrgError(OrgProblem.NOT_FOUND)
    if person.left_on is not None and person.left_on <= day:
        raise OrgError(OrgProblem.PERSON_HAS_LEFT, name=person.name)
    return person


def _link_unit(session: Session, link: Guardianship) -> uuid.UUID | None:
    """Where a link belongs, for the rights table: the ward's home unit, or the area's unit."""
    if link.ward_id is not None:
        return session.scalar(select(Person.home_unit_id).where(Person.id == link.ward_id))
    return session.scalar(select(Area.unit_id).where(Area.id == link.area_id))


def _live_link(session: Session, link_id: uuid.UUID) -> Guardianship:
    link = session.get(Guardianship, link_id)
    if link is None or link.deleted_at is not None:
        raise OrgError(OrgProblem.NOT_FOUND)
    return link
