"""Weekly zone reports (seed 004): every party member of a responsibility zone files a short report of the zone's
safety state each week, with the problems found (each can go to the issue board in one step); the week's list shows
who has not reported yet."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.kinds import PARTY_MEMBERS, UnitKind
from gridapp.org.models import Person
from gridapp.org.queries import UnitIndex
from gridapp.party_life.kinds import PartyLifeRefused, Refusal
from gridapp.party_life.models import ZoneReport, live
from gridapp.party_life.rows import ZoneReportRow
from gridapp.security.rights import plant_today


def week_of(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


class ZoneReportService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = plant_today) -> None:
        self._db = db
        self._today = today

    def file(self, actor: Actor, zone_id: uuid.UUID, state: str, problems: str = "") -> uuid.UUID:
        """File (or change) the acting party member's report of ``zone_id`` for this week."""
        week = week_of(self._today())
        with self._db.write(actor) as s:
            person = live(s, Person, actor.person_id)
            index = UnitIndex(s)
            if (
                zone_id not in index
                or index.kind[zone_id] is not UnitKind.ZONE
                or person.party_status not in PARTY_MEMBERS
                or zone_id not in index.ancestors(person.home_unit_id)
            ):
                raise PartyLifeRefused(Refusal.NOT_IN_ZONE)
            report = s.scalar(
                select(ZoneReport).where(
                    ZoneReport.zone_id == zone_id,
                    ZoneReport.reporter_id == person.id,
                    ZoneReport.week == week,
                    ZoneReport.deleted_at.is_(None),
                )
            )
            if report is None:
                report = ZoneReport(id=uuid.uuid4(), zone_id=zone_id, reporter_id=person.id, week=week)
                s.add(report)
            report.state, report.problems = state.strip(), problems.strip()
            s.flush()
            return report.id

    def week(self, unit_id: uuid.UUID, day: dt.date | None = None) -> list[ZoneReportRow]:
        """Every party member of every zone in ``unit_id``'s subtree (and the zone above it, when it lies in one)
        with their report of ``day``'s week; those who have not reported first."""
        week = week_of(day or self._today())
        with self._db.read() as s:
            index = UnitIndex(s)
            if unit_id not in index:
                return []
            below = index.descendants(unit_id)
            zones = [u for u in below if index.kind[u] is UnitKind.ZONE]
            zones += [u for u in index.ancestors(unit_id)[1:] if index.kind[u] is UnitKind.ZONE]
            zone_of: dict[uuid.UUID, uuid.UUID] = {}
            for zone in zones:
                for u in index.descendants(zone):
                    zone_of[u] = zone
            members = s.execute(
                select(Person.id, Person.name, Person.employee_no, Person.home_unit_id)
                .where(
                    Person.home_unit_id.in_(list(zone_of)),
                    Person.deleted_at.is_(None),
                    Person.left_on.is_(None),
                    Person.party_status.in_(PARTY_MEMBERS),
                )
                .order_by(Person.name_pinyin, Person.employee_no)
            ).all()
            reports = {
                (r.zone_id, r.reporter_id): r
                for r in s.scalars(
                    select(ZoneReport).where(
                        ZoneReport.week == week, ZoneReport.deleted_at.is_(None), ZoneReport.zone_id.in_(zones)
                    )
                )
            }
            rows = []
            for pid, name, number, home in members:
                zone = zone_of[home]
                r = reports.get((zone, pid))
                rows.append(
                    ZoneReportRow(
                        zone,
                        index.name[zone],
                        pid,
                        name,
                        number,
                        r.id if r else None,
                        r.updated_at if r else None,
                        r.state if r else "",
                        r.problems if r else "",
                    )
                )
        return sorted(rows, key=lambda row: (row.filed, row.zone))

    def zones_of(self, person_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        """The zones a party member reports on: the responsibility zones their home unit lies in."""
        with self._db.read() as s:
            person = s.get(Person, person_id)
            if person is None or person.party_status not in PARTY_MEMBERS:
                return []
            index = UnitIndex(s)
            return [(u, index.name[u]) for u in index.ancestors(person.home_unit_id) if index.kind[u] is UnitKind.ZONE]
