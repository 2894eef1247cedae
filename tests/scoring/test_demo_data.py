"""The demo plant's points: dashboards are not empty on first start, proposals wait, old months are closed."""

from __future__ import annotations

from gridapp.scoring.kinds import EntrySource, EntryStatus
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import EntryQuery, StandingQuery
from gridapp.services import Services
from gridapp.times import plant_today


def test_the_demo_has_points_proposals_closed_months_and_warnings(services: Services) -> None:
    scoring = services.scoring
    plant = services.org.units()[0]
    today = plant_today()
    quarter = Period.of(PeriodKind.QUARTER, today).previous()
    ranking = scoring.standings.all(StandingQuery("star", quarter, plant.id))
    assert len(ranking) == 28 and sum(1 for r in ranking if r.points) > 20
    teams = scoring.standings.all(StandingQuery("team", quarter, plant.id))
    assert len(teams) == 6 and all(85 <= t.score <= 103 for t in teams)  # deductions, and a few bonus points
    waiting = scoring.entries.all(EntryQuery("star", status=EntryStatus.PROPOSED))
    waiting += scoring.entries.all(EntryQuery("team", status=EntryStatus.PROPOSED))
    assert len(waiting) == 11 and any(e.source is EntrySource.MANUAL for e in waiting)
    months = scoring.periods.periods(PeriodKind.MONTH, 6)
    assert [m.closed for m in months] == [False, False, False, True, True, True]
    corrections = scoring.entries.all(EntryQuery("star", status=EntryStatus.CONFIRMED, period=months[0].period))
    assert any(e.source is EntrySource.CORRECTION and e.corrects_id for e in corrections)
    secretary = services.org.search_people("DH0002")[0]
    staff = services.org.search_people("DH0012")[0]
    assert len(scoring.warnings.warnings(secretary.id)) == 3
    assert scoring.warnings.warnings(staff.id) == []
