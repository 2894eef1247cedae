"""Training hours that do not scan the attendance: the tallies the triggers keep (per person, kind and year, quarter,
month) equal a sum of the attendance and a rebuild from scratch after random sessions, changes, tombstones and raw
writes (as a sync's merge makes); the matrix reads them, and a span of part months adds the days at its ends."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import replace

import pytest
from sqlalchemy import delete, select, update

from gridapp.training import tallies
from gridapp.training.kinds import TrainingKind
from gridapp.training.models import TrainingAttendance, TrainingSession, TrainingTally
from gridapp.training.rows import SessionDraft
from gridapp.training.service import TrainingService
from tests.scoring.conftest import Plant
from tests.test_postgresql import postgres_url  # noqa: F401  (the throw-away server fixture)
from tests.training.test_training import session

NOW = dt.datetime(2025, 5, 15, 2, tzinfo=dt.UTC)

KINDS = list(TrainingKind)
PEOPLE = ["甲一", "甲二", "甲三", "甲群", "乙一", "乙二", "郑区长"]


def _kept(plant: Plant) -> list[tuple[object, ...]]:
    with plant.db.read() as s:
        return sorted((tuple(r) for r in s.execute(select(TrainingTally.__table__)) if r.sessions), key=str)


def _agree(plant: Plant) -> None:
    with plant.db.read() as s:
        assert not tallies.differences(s)
    kept = _kept(plant)
    with plant.db.write(plant.db.system_actor(), "test.rebuild") as s:
        tallies.rebuild(s)
    assert _kept(plant) == kept


def test_pieces_of_a_span() -> None:
    d = dt.date
    assert tallies.pieces(d(2025, 1, 1), d(2025, 12, 31)) == (["Y2025"], [])
    assert tallies.pieces(d(2025, 4, 1), d(2025, 6, 30)) == (["Q2025-2"], [])
    assert tallies.pieces(d(2025, 1, 1), d(2025, 6, 30)) == (["Q2025-1", "Q2025-2"], [])
    assert tallies.pieces(d(2024, 11, 1), d(2026, 2, 28)) == (["M2024-11", "M2024-12", "Y2025", "M2026-01", "M2026-02"], [])  # fmt: skip
    assert tallies.pieces(d(2025, 3, 15), d(2025, 7, 3)) == (
        ["Q2025-2"],
        [(d(2025, 3, 15), d(2025, 3, 31)), (d(2025, 7, 1), d(2025, 7, 3))],
    )
    assert tallies.pieces(d(2025, 5, 2), d(2025, 5, 9)) == ([], [(d(2025, 5, 2), d(2025, 5, 9))])


def test_tallies_follow_random_changes(plant: Plant, training: TrainingService) -> None:
    rng = random.Random(19)
    sessions = []
    for n in range(30):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(500))
        who = rng.sample(PEOPLE, rng.randint(0, 4))
        hours = rng.choice([0.5, 1, 1.5, 2.25, 3.33])
        sessions.append(session(plant, training, rng.choice(KINDS), "一网格", day, hours, *who))
        step = rng.random()
        if step < 0.2:
            training.add_attendees(plant.actor("林网格长"), rng.choice(sessions), [plant.people[rng.choice(PEOPLE)]])
        elif step < 0.3:
            gone = sessions.pop(rng.randrange(len(sessions)))
            training.delete(plant.actor("林网格长"), gone)
        elif step < 0.45:  # a session changed: another day, kind, hours and people
            again = rng.choice(sessions)
            detail = training.detail(again)
            draft = SessionDraft(
                detail.session.unit_id, rng.choice(KINDS), detail.session.classroom_id, detail.session.topic,
                detail.session.teacher, detail.session.held_on - dt.timedelta(days=rng.randrange(60)), 1.75,
                tuple(plant.people[p] for p in rng.sample(PEOPLE[:4], 2)),
            )  # fmt: skip
            training.record(plant.actor("林网格长"), replace(draft, id=again))
        if n % 10 == 9:
            _agree(plant)
    assert _kept(plant)
    with plant.db.write(plant.db.system_actor(), "test.raw") as s:
        # Writes past the services (a sync's merge writes rows this way): a session moved to another year, given
        # another kind and length, tombstoned and revived; an attendance tombstoned, moved to another person, deleted.
        first, second, third = sessions[:3]
        s.execute(update(TrainingSession).where(TrainingSession.id == first).values(held_on=dt.date(2023, 12, 31)))
        s.execute(
            update(TrainingSession).where(TrainingSession.id == second).values(kind=TrainingKind.SPECIAL, hours=7)
        )
        s.execute(update(TrainingSession).where(TrainingSession.id == third).values(deleted_at=NOW))
        s.execute(update(TrainingSession).where(TrainingSession.id == first).values(topic="只改题目"))
        marks = list(s.scalars(select(TrainingAttendance).where(TrainingAttendance.deleted_at.is_(None))))
        s.execute(update(TrainingAttendance).where(TrainingAttendance.id == marks[0].id).values(deleted_at=NOW))
        s.execute(delete(TrainingAttendance).where(TrainingAttendance.id == marks[1].id))
        taken = {m.person_id for m in marks if m.session_id == marks[2].session_id}
        free = next(p for p in plant.people.values() if p not in taken)
        s.execute(update(TrainingAttendance).where(TrainingAttendance.id == marks[2].id).values(person_id=free))
    _agree(plant)
    with plant.db.write(plant.db.system_actor(), "test.raw") as s:
        s.execute(update(TrainingSession).where(TrainingSession.id == third).values(deleted_at=None))
        s.execute(update(TrainingAttendance).where(TrainingAttendance.id == marks[0].id).values(deleted_at=None))
    _agree(plant)


def test_the_matrix_reads_the_tallies_and_the_days_at_the_ends(plant: Plant, training: TrainingService) -> None:
    grid = plant.units["一网格"]
    session(plant, training, TrainingKind.LEAD, "一网格", dt.date(2025, 3, 31), 1.5, "甲一", "乙一")
    session(plant, training, TrainingKind.LEAD, "一网格", dt.date(2025, 4, 2), 2.25, "甲一")
    session(plant, training, TrainingKind.JOINT, "一网格", dt.date(2025, 5, 14), 3, "甲一", "乙二")

    def got(first: dt.date, last: dt.date, name: str = "甲一") -> tuple[float, ...]:
        return next(r.hours for r in training.matrix(grid, first, last).rows if r.name == name)

    for first, last in [
        (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        (dt.date(2025, 3, 31), dt.date(2025, 4, 2)),  # two part months
        (dt.date(2025, 3, 15), dt.date(2025, 5, 14)),  # part, a whole month, part
        (dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
    ]:
        person = training.person_hours(plant.people["甲一"], first, last)
        assert got(first, last) == tuple(person[k] for k in KINDS)
    assert got(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == (3.75, 3.0, 0.0)
    # Proof that the whole periods are the tallies' own: a tally changed by hand shows in the matrix (grid and plant).
    with plant.db.write(plant.db.system_actor(), "test.raw") as s:
        s.execute(
            update(TrainingTally)
            .where(TrainingTally.period == "Y2025", TrainingTally.kind == TrainingKind.LEAD)
            .values(centihours=TrainingTally.centihours + 100)
        )
    assert got(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == (4.75, 3.0, 0.0)
    plant_root = plant.units["东风厂"]
    import gridapp.training.service as service

    for few in (0, 5000):  # the plant's period read whole, and looked up person by person
        service.FEW_PEOPLE = few
        try:
            rows = training.matrix(plant_root, dt.date(2025, 1, 1), dt.date(2025, 12, 31)).rows
        finally:
            service.FEW_PEOPLE = 2000
        assert next(r.hours for r in rows if r.name == "乙一") == (2.5, 0.0, 0.0)


@pytest.mark.postgres
def test_tallies_follow_changes_on_postgresql(postgres_url: str) -> None:  # noqa: F811
    from gridapp.demo import load_demo
    from gridapp.services import open_workspace

    opened = open_workspace(postgres_url)
    db = opened.services.db
    try:
        load_demo(db, db.system_actor())
        with db.read() as s:
            assert not tallies.differences(s)
            assert s.scalar(select(TrainingTally.period).limit(1)) is not None
        with db.write(db.system_actor(), "test.raw") as s:
            ids = list(s.scalars(select(TrainingSession.id).where(TrainingSession.deleted_at.is_(None))))
            s.execute(update(TrainingSession).where(TrainingSession.id == ids[0]).values(held_on=dt.date(2020, 2, 29)))
            s.execute(update(TrainingSession).where(TrainingSession.id == ids[1]).values(hours=0.33, kind="special"))
            s.execute(update(TrainingSession).where(TrainingSession.id == ids[2]).values(deleted_at=NOW))
            mark = s.scalars(select(TrainingAttendance.id).where(TrainingAttendance.deleted_at.is_(None))).first()
            s.execute(delete(TrainingAttendance).where(TrainingAttendance.id == mark))
        with db.read() as s:
            assert not tallies.differences(s)
            assert s.scalar(select(TrainingTally.sessions).where(TrainingTally.period == "Q2020-1")) is not None
        with db.write(db.system_actor(), "test.rebuild") as s:
            tallies.rebuild(s)
        with db.read() as s:
            assert not tallies.differences(s)
        # the matrix from the tallies (whole periods and part months) equals each person's hours summed from the rows
        training = opened.services.training
        root = opened.services.org.units()[0].id
        import gridapp.training.service as service

        spans = [(dt.date(2020, 1, 1), dt.date(2030, 12, 31)), (dt.date(2020, 2, 10), dt.date(2030, 5, 3))]
        for (first, last), few in itertools.product(spans, (0, 2000)):  # the period read whole; people looked up
            service.FEW_PEOPLE = few
            try:
                rows = training.matrix(root, first, last).rows
            finally:
                service.FEW_PEOPLE = 2000
            assert any(sum(r.hours) for r in rows)
            for row in rows:
                person = training.person_hours(row.person_id, first, last)
                assert row.hours == tuple(person[k] for k in KINDS), row.name
        kept = _kept_of(opened.services)
        _down_and_up(
            db,
            "SELECT (SELECT count(*) FROM pg_proc WHERE left(proname, 14) = 'training_tally') "
            "+ (SELECT count(*) FROM pg_trigger WHERE left(tgname, 14) = 'training_tally') "
            "+ CASE WHEN to_regclass('training_tally') IS NULL THEN 0 ELSE 1 END",
        )
        assert _kept_of(opened.services) == kept
        with db.read() as s:
            assert not tallies.differences(s)
    finally:
        opened.services.close()


def _down_and_up(db, leftovers: str) -> None:  # type: ignore[no-untyped-def]
    """Migration 0026 undone (table, triggers and functions gone), then done again (filled from the attendance)."""
    from alembic import command
    from alembic.config import Config

    from gridapp.db.schema import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0025")
        conn.commit()
        assert conn.exec_driver_sql(leftovers).scalar() == 0
        command.upgrade(config, "0026")
        conn.commit()


def test_the_migration_fills_the_tallies_and_goes_back(demo_db) -> None:  # type: ignore[no-untyped-def]
    """0026 both ways on the demo: down drops the table and its triggers, up fills it from the attendance."""

    with demo_db.read() as s:
        before = sorted(map(tuple, s.execute(select(TrainingTally.__table__)).all()), key=str)
    assert before
    _down_and_up(demo_db, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'training_tally%'")
    with demo_db.read() as s:
        assert sorted(map(tuple, s.execute(select(TrainingTally.__table__)).all()), key=str) == before
        assert not tallies.differences(s)


def test_tallies_after_a_sync_merge(_templates, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The tallies do not travel: each database's triggers keep its own while the merge writes the rows that came."""
    from tests.sync.helpers import exchange, plant_and_stations

    plant, (station,) = plant_and_stations(_templates, tmp_path, stations=1)
    try:
        here, there = TrainingService(plant.db), TrainingService(station.db)
        root = next(iter(_roots(plant)))
        year = (dt.date(2000, 1, 1), dt.date(2099, 12, 31))
        done = here.sessions(root, *year)
        assert len(done) >= 2
        changed = here.detail(done[0].id)
        draft = SessionDraft(
            changed.session.unit_id, TrainingKind.SPECIAL, changed.session.classroom_id, changed.session.topic,
            changed.session.teacher, changed.session.held_on - dt.timedelta(days=40), 3.5,
            tuple(p.person_id for p in changed.attendees[1:]), id=changed.session.id,
        )  # fmt: skip
        here.record(plant.actor, draft)
        there.delete(station.actor, done[1].id)
        exchange(plant, station)
        exchange(station, plant)
        for site in (plant, station):
            with site.db.read() as s:
                assert not tallies.differences(s), site.name
        assert _kept_of(plant) == _kept_of(station) and _kept_of(plant)
    finally:
        plant.db.dispose()
        station.db.dispose()


def _roots(site) -> list:  # type: ignore[no-untyped-def]
    from gridapp.org.models import Unit

    with site.db.read() as s:
        return list(s.scalars(select(Unit.id).where(Unit.parent_id.is_(None), Unit.deleted_at.is_(None))))


def _kept_of(site) -> list:  # type: ignore[no-untyped-def]
    with site.db.read() as s:
        return sorted((tuple(r) for r in s.execute(select(TrainingTally.__table__)) if r.sessions), key=str)
