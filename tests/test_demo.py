"""The demo plant: seed 000's shape, loaded all-or-nothing, only into an empty database."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from gridapp.db.database import Database
from gridapp.demo import load_demo
from gridapp.errors import NotEmptyError
from gridapp.org.kinds import PARTY_MEMBERS, RoleKind, UnitKind
from gridapp.org.models import Area, Guardianship, Person, Post, Role, RoleAssignment, Unit
from gridapp.org.service import OrgService
from gridapp.progress import Cancelled


def test_demo_plant_has_the_shape_of_seed_000(db: Database) -> None:
    progress: list[tuple[int, int]] = []
    load_demo(db, db.system_actor(), lambda done, total, text="": progress.append((done, total)))
    assert progress and progress[-1][0] == progress[-1][1]
    with db.read() as s:
        kinds = dict(s.execute(select(Unit.kind, func.count()).group_by(Unit.kind)).all())
        assert kinds[UnitKind.PLANT] == 1 and kinds[UnitKind.GRID] == 1 and kinds[UnitKind.ZONE] == 5
        assert s.scalar(select(func.count()).select_from(Post)) == 12
        people = s.scalars(select(Person)).all()
        assert 50 <= len(people) <= 70
        assert {p.party_status for p in people} >= set(PARTY_MEMBERS)
        held = s.execute(
            select(Role.kind, func.count(RoleAssignment.id)).join(RoleAssignment).group_by(Role.kind)
        ).all()
        assert dict(held) == {RoleKind.LEADER: 2, RoleKind.SECRETARY: 1, RoleKind.OFFICER: 6, RoleKind.ZONE_LEAD: 5}
        officers_in_use = s.scalar(select(func.count()).where(Role.kind == RoleKind.OFFICER, Role.in_use))
        assert officers_in_use == 6  # 六大员 of the eight in the catalogue
        assert s.scalar(select(func.count()).select_from(Guardianship)) >= 3
        assert s.scalar(select(func.count()).select_from(Area)) >= 5
        # Every row says which station wrote it.
        assert s.scalar(select(func.count()).where(Person.station_id != db.station.id)) == 0


def test_demo_goes_only_into_an_empty_database(demo_db: Database) -> None:
    with pytest.raises(NotEmptyError):
        load_demo(demo_db, demo_db.system_actor())


def test_cancelled_demo_load_leaves_nothing_behind(db: Database) -> None:
    def cancel_midway(done: int, total: int, text: str = "") -> None:
        if done > 0:
            raise Cancelled("demo")

    with pytest.raises(Cancelled):
        load_demo(db, db.system_actor(), cancel_midway)
    assert OrgService(db).is_empty()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
