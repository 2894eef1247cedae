"""Alerts on the demo plant: who is told of an assignment, read marks that outlive the services, kinds switched off."""

from __future__ import annotations

import uuid
from pathlib import Path

from gridapp.actor import Actor
from gridapp.alerts import AlertKind, Reason, alerts, mark_read, unread
from gridapp.db.connect import open_database
from gridapp.issues.kinds import Action
from gridapp.issues.rows import ReportDraft
from gridapp.services import Services
from gridapp.station import load_or_create_station
from tests.conftest import DEMO_PASSWORD

LEADER = "DH0001"  # 网格长 of the grid DH-W
ZONE_LEAD = "DH0007"  # 责任区负责人 of DH-W-01
REPORTER = "DH0013"  # a pump worker in DH-W-01-1
WORKER = "DH0014"  # another, who gets the work
STRANGER = "DH0030"  # a worker of DH-W-03-1 who may not see DH-W-01's issues


def actor(services: Services, login: str) -> Actor:
    return services.security.accounts.login(login, DEMO_PASSWORD).actor


def assign(services: Services, title: str) -> uuid.UUID:
    unit = next(u.id for u in services.org.units() if u.code == "DH-W-01-1")
    issue = services.issues.report(actor(services, REPORTER), ReportDraft(title, unit, "production")).id
    worker = actor(services, WORKER)
    services.issues.act(actor(services, LEADER), issue, Action.ASSIGN, assignee_id=worker.person_id)
    return issue


def test_an_assignment_alerts_the_assignee_and_not_a_stranger(services: Services) -> None:
    stranger = actor(services, STRANGER)
    before = {a.key for a in alerts(services, stranger)}
    issue = assign(services, "1号取水泵异响")
    mine = [a for a in alerts(services, actor(services, WORKER)) if a.id == issue]
    assert [(a.reason, a.kind, a.read) for a in mine] == [(Reason.ASSIGNED, AlertKind.ASSIGNED, False)]
    assert mine[0].number and mine[0].title == "1号取水泵异响"
    assert all(a.id != issue for a in alerts(services, stranger))
    assert {a.key for a in alerts(services, stranger)} == before


def test_an_escalation_alerts_the_unit_above(services: Services) -> None:
    unit = next(u.id for u in services.org.units() if u.code == "DH-W-01-1")
    issue = services.issues.report(actor(services, REPORTER), ReportDraft("取水口拦污栅损坏", unit, "production")).id
    services.issues.act(actor(services, ZONE_LEAD), issue, Action.ESCALATE, "需厂级协调")
    found = {(a.reason, a.id) for a in alerts(services, actor(services, LEADER))}
    assert (Reason.ESCALATED, issue) in found


def test_read_marks_outlive_the_services_and_a_new_situation_is_unread(services: Services, data_dir: Path) -> None:
    issue = assign(services, "出口阀门滴漏")
    worker = actor(services, WORKER)
    key = next(a.key for a in alerts(services, worker) if a.id == issue)
    assert mark_read(services, worker, [key]) == 1
    assert mark_read(services, worker, [key]) == 0  # already read: nothing written twice
    assert services.db.location.path is not None
    again = Services.over(open_database(Path(services.db.location.path), load_or_create_station(data_dir)))
    try:
        found = [a for a in alerts(again, worker) if a.id == issue]
        assert [a.read for a in found] == [True] and issue not in {a.id for a in unread(found)}
        # Assigned again (back to the leader, then to the worker): a new assignment, a new alert.
        leader = actor(again, LEADER)
        again.issues.act(leader, issue, Action.ASSIGN, assignee_id=leader.person_id)
        again.issues.act(leader, issue, Action.ASSIGN, assignee_id=worker.person_id)
        assert [a.read for a in alerts(again, worker) if a.id == issue] == [False]
    finally:
        again.db.dispose()


def test_a_kind_switched_off_is_not_listed(services: Services) -> None:
    issue = assign(services, "泵房排水沟堵塞")
    worker = actor(services, WORKER)
    assert issue in {a.id for a in alerts(services, worker)}
    assert issue not in {a.id for a in alerts(services, worker, off=[AlertKind.ASSIGNED])}


def test_a_system_account_has_no_alerts(services: Services) -> None:
    assert alerts(services, None) == []


def test_rounds_and_clocks_follow_the_to_do(services: Services) -> None:
    from gridapp.security.rights import plant_today
    from gridapp.todo import TodoKind, todo

    today = plant_today()
    told = 0
    for login in ("DH0006", "DH0033", "DH0051"):  # a supervisor, a round's staff, an assignee with an overdue issue
        person = actor(services, login)
        items = todo(services, person).items
        found = {(a.reason, a.id) for a in alerts(services, person)}
        rounds = {(Reason.ROUND_MISSED if i.overdue else Reason.ROUND_DUE, i.id)
                  for i in items if i.kind is TodoKind.ROUND and (i.overdue or i.due == today)}  # fmt: skip
        late = {
            (Reason.OVERDUE, i.id) for i in items if i.overdue and i.kind not in (TodoKind.ROUND, TodoKind.INVOLVED)
        }
        assert {f for f in found if f[0] in (Reason.ROUND_DUE, Reason.ROUND_MISSED, Reason.OVERDUE)} == rounds | late
        told += len(rounds | late)
    assert told >= 3  # the demo plant has missed rounds and overdue issues
