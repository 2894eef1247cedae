"""A held issue (挂账) whose review date has come is in its unit's managers' to-do and raises an alert; one whose
date has not come, or a held issue without a date, does neither."""

from __future__ import annotations

import datetime as dt

from gridapp.alerts import AlertKind, Reason, alerts
from gridapp.issues.kinds import Action
from gridapp.issues.rows import ReportDraft
from gridapp.security.rights import plant_today
from gridapp.services import Services
from gridapp.todo import TodoKind, todo
from tests.alerts.test_alerts import LEADER, REPORTER, WORKER, actor


def test_a_due_review_is_a_todo_and_an_alert_for_the_managers(services: Services) -> None:
    """Three held issues of DH-W-01-1, held by the grid leader: D to review today, L tomorrow, N with no date.
    The leader's to-do lists D under REVIEW (and neither L nor N); the alert is HOLD_REVIEW for D alone; a worker
    of the team (no manager) sees none of them. A review setting D's next date to tomorrow ends both."""
    unit = next(u.id for u in services.org.units() if u.code == "DH-W-01-1")
    reporter, leader = actor(services, REPORTER), actor(services, LEADER)
    today = plant_today()
    ids = {}
    for name, review in (("D", today), ("L", today + dt.timedelta(days=1)), ("N", None)):
        ids[name] = services.issues.report(reporter, ReportDraft(f"挂账问题 {name}", unit, "production")).id
        services.issues.act(leader, ids[name], Action.HOLD, "等待停产检修", review_on=review)
    mine = [i for i in todo(services, leader, today).items if i.id in ids.values()]
    assert [(i.kind, i.id, i.due, i.overdue) for i in mine] == [(TodoKind.REVIEW, ids["D"], today, False)]
    found = [a for a in alerts(services, leader) if a.id in ids.values()]
    assert [(a.reason, a.kind, a.id) for a in found] == [(Reason.HOLD_REVIEW, AlertKind.HOLD_REVIEW, ids["D"])]
    assert not [a for a in alerts(services, actor(services, WORKER)) if a.id in ids.values()]
    services.issues.review_hold(leader, ids["D"], "仍在等待停产窗口", today + dt.timedelta(days=1))
    assert not [i for i in todo(services, leader, today).items if i.id in ids.values()]
    assert not [a for a in alerts(services, leader) if a.id in ids.values()]
