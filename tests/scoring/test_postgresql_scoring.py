"""Scoring on a PostgreSQL server: tally upserts and rebuild, rankings with window frames, JSON settings, closing."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.demo import load_demo
from gridapp.events import IssueReported
from gridapp.scoring import tallies
from gridapp.scoring.kinds import EntryStatus
from gridapp.scoring.models import ScorePersonTally, ScoreUnitTally
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import EntryQuery, StandingQuery
from gridapp.services import open_workspace
from gridapp.times import plant_today
from tests.test_postgresql import postgres_url  # noqa: F401 - the server fixture


def test_scoring_on_postgresql(postgres_url: str) -> None:  # noqa: F811
    opened = open_workspace(postgres_url)
    services = opened.services
    try:
        if opened.empty:
            load_demo(services.db, services.db.system_actor())
        scoring = services.scoring
        plant = services.org.units()[0]
        quarter = Period.of(PeriodKind.QUARTER, plant_today()).previous()
        ranking = scoring.standings.all(StandingQuery("star", quarter, plant.id))
        assert len(ranking) == 28 and ranking[0].rank == 1
        assert [r.rank for r in ranking] == sorted(r.rank for r in ranking)
        assert len(scoring.standings.page(StandingQuery("star", quarter, plant.id), 0, 5, sort=2, descending=True)) == 5
        teams = scoring.standings.all(StandingQuery("team", quarter, plant.id))
        assert len(teams) == 6
        assert (
            sum(len(c.items) for c in scoring.standings.scorecard("team", teams[0].subject_id, quarter).categories)
            == 44
        )
        assert len(scoring.standings.trend("star", plant.id, quarter)) == 12
        assert len(scoring.standings.comparison("star", plant.id, quarter)) >= 5

        def snapshot() -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
            with services.db.read() as s:
                people = {tuple(r) for r in s.execute(select(*ScorePersonTally.__table__.columns))}
                units = {tuple(r) for r in s.execute(select(*ScoreUnitTally.__table__.columns))}
            return people, units

        before = snapshot()
        with services.db.write(services.db.system_actor()) as s:
            tallies.rebuild(s)
        assert snapshot() == before

        secretary = services.org.search_people("DH0002")[0]
        actor = Actor(services.db.station.id, secretary.id, secretary.name)
        reporter = services.org.search_people("DH0012")[0]
        with services.db.write(actor) as s:
            services.events.publish(
                s, IssueReported(uuid.uuid4(), reporter.unit_id, reporter.id, dt.datetime.now(dt.UTC))
            )
        waiting = scoring.entries.all(EntryQuery("star", status=EntryStatus.PROPOSED))
        scoring.entries.confirm(actor, [e.id for e in waiting if e.person_id != secretary.id])
        month = scoring.periods.periods(PeriodKind.MONTH, 3)[2]
        if not month.closed:
            scoring.periods.close(actor, month.period)
        assert scoring.standings.settings("star", month.period).closed
    finally:
        services.close()
