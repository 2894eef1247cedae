"""Indicators against a hand-computed fixture (the numbers in the comments were worked out on paper), and the chart."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from gridapp.issues.charts import indicator_chart
from gridapp.issues.kinds import Action
from tests.issues.conftest import LEADER, SECRETARY, STAFF_2, Plant

CST = dt.timezone(dt.timedelta(hours=8))


def at(plant: Plant, month: int, day: int, hour: int, minute: int = 0) -> None:
    plant.clock.current = dt.datetime(2026, month, day, hour, minute, tzinfo=CST).astimezone(dt.UTC)


@pytest.fixture
def march(plant: Plant) -> Plant:
    """Eight issues around March 2026; "now" is 20 March 10:00."""
    svc, leader, worker = plant.service, plant.actor(LEADER), plant.actor(STAFF_2)
    zone_lead = plant.actor("DH0007")

    def report(unit: str = "DH-W-01-1") -> uuid.UUID:
        return plant.report(unit=unit).id

    def finish(issue: uuid.UUID, closed: tuple[int, int, int]) -> None:
        svc.act(worker, issue, Action.RECTIFY)
        svc.act(zone_lead, issue, Action.VERIFY)
        at(plant, *closed)
        svc.act(leader, issue, Action.CLOSE)

    # F: reported 25 Feb, fed back on time, closed 1 March 09:00 before its 5 March deadline (96 h to close).
    at(plant, 2, 25, 9)
    f = report()
    svc.assign(leader, f, plant.people[STAFF_2], due=dt.date(2026, 3, 5))
    svc.act(worker, f, Action.FEED_BACK, "ok")
    finish(f, (3, 1, 9))
    # A: 2 March; assigned 10:00, fed back 12:00 (2 h, on time); closed 4 March 09:00, due 10 March (48 h).
    at(plant, 3, 2, 9)
    a = report()
    at(plant, 3, 2, 10)
    svc.assign(leader, a, plant.people[STAFF_2], due=dt.date(2026, 3, 10))
    at(plant, 3, 2, 12)
    svc.act(worker, a, Action.FEED_BACK, "ok")
    finish(a, (3, 4, 9))
    # B: 3 March 09:00, assigned at once, fed back 19:00 (10 h, late); returned once; closed 10 March (168 h).
    at(plant, 3, 3, 9)
    b = report()
    svc.assign(leader, b, plant.people[STAFF_2])
    at(plant, 3, 3, 19)
    svc.act(worker, b, Action.FEED_BACK, "ok")
    svc.act(worker, b, Action.RECTIFY)
    svc.act(zone_lead, b, Action.RETURN, "未修好")
    svc.act(worker, b, Action.START)
    finish(b, (3, 10, 9))
    # C: 5 March 09:00, escalated 10:00, assigned 11:00 due 8 March, fed back 12:00 (1 h); closed 9 March (96 h,
    # after its deadline).
    at(plant, 3, 5, 9)
    c = report()
    at(plant, 3, 5, 10)
    svc.act(zone_lead, c, Action.ESCALATE, "班组无法解决")
    at(plant, 3, 5, 11)
    svc.assign(leader, c, plant.people[STAFF_2], due=dt.date(2026, 3, 8))
    at(plant, 3, 5, 12)
    svc.act(worker, c, Action.FEED_BACK, "ok")
    svc.act(worker, c, Action.RECTIFY)
    svc.act(plant.actor("DH0003"), c, Action.VERIFY)
    at(plant, 3, 9, 9)
    svc.act(leader, c, Action.CLOSE)
    # D: 6 March, assigned, never fed back: its deadline passed long ago.
    at(plant, 3, 6, 9)
    d = report()
    svc.assign(leader, d, plant.people[STAFF_2])
    # H: 8 March, held on the register.
    at(plant, 3, 8, 9)
    h = report()
    svc.act(leader, h, Action.HOLD, "待大修")
    # G: 7 March at the plant itself, outside the grid's subtree.
    at(plant, 3, 7, 9)
    report(unit="DH")
    # E: 20 March 08:00, assigned 08:30: its feedback deadline (16:30) has not come yet.
    at(plant, 3, 20, 8)
    e = report()
    at(plant, 3, 20, 8, 30)
    svc.assign(leader, e, plant.people[STAFF_2])
    at(plant, 3, 20, 10)
    return plant


def test_indicators_of_the_grid_for_march(march: Plant) -> None:
    got = march.service.indicators(march.units["DH-W"], dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert got.reported == 6  # A B C D E H
    assert got.closed == 4  # F A C B
    assert got.closure_rate == pytest.approx(3 / 6)  # A B C of the six reported
    assert got.on_time_feedback_rate == pytest.approx(2 / 4)  # A C on time; B late; D past its deadline; E pending
    # F A by their deadlines; C after; B after the default completion (three days from its feedback: 6 March).
    assert got.on_time_closure_rate == pytest.approx(2 / 4)
    # C was escalated from the team to its zone, still inside the grid DH-W: solved in the grid where it was found.
    assert got.self_resolution_rate == pytest.approx(4 / 4)
    assert got.not_escalated_rate == pytest.approx(3 / 4)  # 未上报率: C was escalated at all
    assert got.rework_rate == pytest.approx(1 / 4)  # B
    assert got.mean_hours_to_feedback == pytest.approx((2 + 10 + 1) / 3)  # A B C (F fed back in February)
    assert got.mean_hours_to_close == pytest.approx((96 + 48 + 168 + 96) / 4)
    assert (got.open_now, got.overdue_now, got.held_now) == (3, 1, 1)  # D E H; D overdue; H held


def test_indicators_of_a_narrower_period_and_unit(march: Plant) -> None:
    first_week = march.service.indicators(march.units["DH-W"], dt.date(2026, 3, 1), dt.date(2026, 3, 7))
    assert (first_week.reported, first_week.closed) == (4, 2)  # A B C D; F A
    plant_wide = march.service.indicators(march.units["DH"], dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert plant_wide.reported == 7  # G too
    other = march.service.indicators(march.units["DH-W-04"], dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert (other.reported, other.closure_rate, other.rework_rate) == (0, None, None)


def test_self_resolution_counts_only_escalations_that_leave_the_grid(plant: Plant) -> None:
    """Three issues found in the team DH-W-01-1 (grid DH-W → zone DH-W-01 → team), all closed on 10 March:
    P stays in the team; Q goes team → zone (inside the grid); R goes team → zone → grid → plant DH (out of the grid).
    Grid level: P Q solved in the grid, R not: 2/3; never escalated at all (未上报率): P only, 1/3.
    With the level set to 责任区 (zone): Q reached the zone DH-W-01 itself, still its own zone: 2/3 again; measured
    at the team level (班组), Q and R both left the team: 1/3."""
    from sqlalchemy import select

    from gridapp.org.models import Role, RoleAssignment
    from gridapp.org.settings import SELF_RESOLUTION_LEVEL, write_setting

    svc, worker = plant.service, plant.actor(STAFF_2)
    with plant.db.write(plant.db.system_actor()) as s:  # someone at the plant to receive R
        role = s.scalars(select(Role).where(Role.code == "grid_leader")).one()
        s.add(RoleAssignment(role_id=role.id, person_id=plant.people[SECRETARY], unit_id=plant.units["DH"],
                             starts_on=dt.date(2024, 1, 1)))  # fmt: skip
    at(plant, 3, 2, 9)
    p, q, r = (plant.report().id for _ in range(3))
    svc.act(plant.actor("DH0007"), q, Action.ESCALATE, "班组无法解决")
    for _ in range(3):  # team → zone → grid → plant
        svc.act(plant.actor(SECRETARY), r, Action.ESCALATE, "需要厂里协调")
    at(plant, 3, 2, 10)
    for issue in (p, q, r):
        svc.assign(plant.actor(SECRETARY), issue, plant.people[STAFF_2])
        svc.act(worker, issue, Action.FEED_BACK, "ok")
        svc.act(worker, issue, Action.RECTIFY)
        svc.act(plant.actor(SECRETARY), issue, Action.VERIFY)
    at(plant, 3, 10, 9)
    for issue in (p, q, r):
        svc.act(plant.actor(SECRETARY), issue, Action.CLOSE)
    got = svc.indicators(plant.units["DH-W"], dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert got.closed == 3
    assert got.self_resolution_rate == pytest.approx(2 / 3)
    assert got.not_escalated_rate == pytest.approx(1 / 3)
    for level, expected in (("zone", 2 / 3), ("team", 1 / 3), ("plant", 3 / 3)):
        with plant.db.write(plant.db.system_actor()) as s:
            write_setting(s, SELF_RESOLUTION_LEVEL, level)
        got = svc.indicators(plant.units["DH-W"], dt.date(2026, 3, 1), dt.date(2026, 3, 31))
        assert got.self_resolution_rate == pytest.approx(expected), level


def test_series_and_chart(march: Plant, output_dir: object) -> None:
    points = march.service.indicator_series(march.units["DH-W"], dt.date(2026, 3, 1), dt.date(2026, 3, 10))
    assert [p.label for p in points][:3] == ["03-01", "03-02", "03-03"]
    by_label = {p.label: (p.reported, p.closed) for p in points}
    assert by_label["03-01"] == (0, 1) and by_label["03-02"] == (1, 0) and by_label["03-04"] == (0, 1)
    monthly = march.service.indicator_series(march.units["DH-W"], dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert [(p.label, p.reported) for p in monthly][:3] == [("2026-01", 0), ("2026-02", 1), ("2026-03", 6)]
    png = indicator_chart(points)
    assert png.startswith(b"\x89PNG")
    from pathlib import Path

    (Path(str(output_dir)) / "indicators-chart.png").write_bytes(png)
