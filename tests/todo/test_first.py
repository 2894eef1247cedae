"""The dock's to-do: each issue group's true count and only its most urgent issues, read by bounded statements; and
the board's filter that shows exactly one group (the "more" line), on a plant with more items than a group lists."""

from __future__ import annotations

import datetime as dt

from gridapp.issues.kinds import Action
from gridapp.issues.rows import IssueFilter, ReportDraft
from gridapp.services import Services
from gridapp.todo import ISSUE_KINDS, TodoKind, todo
from tests.conftest import DEMO_PASSWORD


def _actor(services: Services, login: str):  # type: ignore[no-untyped-def]
    return services.security.accounts.login(login, DEMO_PASSWORD).actor


def _busy_plant(services: Services) -> None:
    """More issues than a group lists, in several groups: to assign, to verify, escalated, and some overdue."""
    unit = next(u.id for u in services.org.units() if u.code == "DH-W-01-1")
    reporter, worker = _actor(services, "DH0013"), _actor(services, "DH0014")
    leader, zone = _actor(services, "DH0001"), _actor(services, "DH0007")
    made = [services.issues.report(reporter, ReportDraft(f"泵房巡检问题 {i}", unit, "production")).id for i in range(9)]
    for issue in made[:4]:
        services.issues.act(leader, issue, Action.ASSIGN, assignee_id=worker.person_id)
        services.issues.act(worker, issue, Action.START)
        services.issues.act(worker, issue, Action.RECTIFY)
    services.issues.act(zone, made[4], Action.ESCALATE, "需厂级协调")


def test_group_counts_are_the_full_counts_and_the_first_items_the_most_urgent(services: Services) -> None:
    _busy_plant(services)
    for login in ("DH0001", "DH0007", "DH0013", "DH0014", "DH0006", "DH0030"):
        actor = _actor(services, login)
        everything = todo(services, actor)
        first = todo(services, actor, first=2)
        assert first.counts == everything.counts, login
        assert len(first) == len(everything)
        for kind in everything.counts:
            full = [i for i in everything.items if i.kind is kind]
            listed = [i for i in first.items if i.kind is kind]
            if kind in ISSUE_KINDS:
                assert listed == full[:2], (login, kind)  # the same lines, most urgent first
                assert first.hidden(kind) == len(full) - len(listed)
            else:
                assert listed == full  # rounds and points: all of them, as before
    leader = todo(services, _actor(services, "DH0001"), first=2)
    assert leader.counts[TodoKind.ASSIGN] >= 5 and leader.hidden(TodoKind.ASSIGN) >= 3  # more than it lists
    assert leader.counts[TodoKind.VERIFY] >= 4


def test_the_first_items_follow_the_deadlines(services: Services) -> None:
    _busy_plant(services)
    first = todo(services, _actor(services, "DH0001"), first=3)
    for kind in first.counts:
        dues = [i.due for i in first.items if i.kind is kind and isinstance(i.due, dt.datetime)]
        assert dues == sorted(dues)


def test_the_board_filtered_to_a_group_shows_exactly_it(services: Services) -> None:
    _busy_plant(services)
    for login in ("DH0001", "DH0007", "DH0013", "DH0014", "DH0006"):
        actor = _actor(services, login)
        everything = todo(services, actor)
        for kind in (k for k in everything.counts if k in ISSUE_KINDS):
            where = IssueFilter(todo_group=(actor.person_id, kind.value))
            expected = {i.id for i in everything.items if i.kind is kind}
            count, rows = services.issues.first_page(where, limit=500)
            assert {r.id for r in rows} == expected, (login, kind)
            assert count == len(expected)
            board = services.issues.board(where, per_state=500)
            assert {r.id for page in board.pages.values() for r in page} == expected
            assert sum(board.counts.values()) == len(expected)
            narrowed = IssueFilter(todo_group=(actor.person_id, kind.value), states=frozenset({next(iter(
                services.issues.row(next(iter(expected))).state for _ in [0]))}))  # fmt: skip
            assert {r.id for r in services.issues.first_page(narrowed, limit=500)[1]} <= expected


def test_a_group_of_nobody_and_rounds_show_nothing_on_the_board(services: Services) -> None:
    stranger = _actor(services, "DH0030")
    for kind in (TodoKind.ASSIGN, TodoKind.ROUND):
        count, rows = services.issues.first_page(IssueFilter(todo_group=(stranger.person_id, kind.value)))
        assert count == 0 and rows == []


def test_the_groups_statements_search_indexes_on_sqlite(services: Services) -> None:
    """Every statement of the dock's read and of a group's board looks issues up by an index (SQLite's plan says
    SEARCH), never reads the table through (SCAN issue)."""
    from typing import Any

    from sqlalchemy import event

    from gridapp.todo import group_states

    _busy_plant(services)
    statements: list[tuple[str, Any]] = []

    def remember(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if not executemany and " issue" in statement and statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    leader = _actor(services, "DH0001")
    event.listen(services.db.engine, "before_cursor_execute", remember)
    try:
        found = todo(services, leader, first=2)
        for kind in (k for k in found.counts if k in ISSUE_KINDS):
            where = IssueFilter(states=group_states(kind), todo_group=(leader.person_id, kind.value))
            services.issues.board(where)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", remember)
    assert statements
    with services.db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        for statement, parameters in statements:
            plan = [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
            assert not any(step.startswith("SCAN issue") for step in plan), f"{statement}\n{plan}"
