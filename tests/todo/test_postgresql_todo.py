"""The to-do's statements on PostgreSQL: each group's count and first issues are index look-ups (no ``Seq Scan on
issue`` even with sequential scans priced out of reach), and the groups agree with the whole list there too."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from gridapp.actor import Actor
from gridapp.demo import load_demo
from gridapp.issues.rows import IssueFilter, ReportDraft
from gridapp.services import open_workspace
from gridapp.todo import ISSUE_KINDS, group_states, todo
from tests.issues.test_postgresql_plans import _assert_no_scan_of_issue
from tests.test_postgresql import postgres_url  # noqa: F401  (the throw-away server fixture)

pytestmark = pytest.mark.postgres


def _actor(services: Any, number: str) -> Actor:
    person = services.org.search_people(number)[0]
    return Actor(services.db.station.id, person.id, person.name)


def test_to_do_groups_use_indexes_and_agree_on_postgresql(postgres_url: str) -> None:  # noqa: F811
    services = open_workspace(postgres_url).services
    statements: list[tuple[str, Any]] = []

    def remember(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if not executemany and " issue" in statement and statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    try:
        if not services.issues.count(IssueFilter()):
            load_demo(services.db, services.db.system_actor())
        unit = next(u.id for u in services.org.units() if u.code == "DH-W-01-1")
        reporter = _actor(services, "DH0013")
        for i in range(6):
            services.issues.report(reporter, ReportDraft(f"阀门渗漏 {i}", unit, "production"))
        leader = _actor(services, "DH0001")
        everything = todo(services, leader)
        event.listen(services.db.engine, "before_cursor_execute", remember)
        first = todo(services, leader, first=3)
        for kind in (k for k in first.counts if k in ISSUE_KINDS):
            group = (leader.person_id, kind.value)
            services.issues.board(IssueFilter(todo_group=group))
            services.issues.board(IssueFilter(states=group_states(kind), todo_group=group))  # as the dock opens it
        event.remove(services.db.engine, "before_cursor_execute", remember)
        assert first.counts == everything.counts
        for kind in (k for k in everything.counts if k in ISSUE_KINDS):
            full = [i for i in everything.items if i.kind is kind]
            assert [i for i in first.items if i.kind is kind] == full[:3]
        assert statements
        _assert_no_scan_of_issue(services, statements)
    finally:
        services.close()
