"""The board's and the table's statements on PostgreSQL have plans that never read the whole issue table: every
statement the board, the table and a search send is EXPLAINed with sequential scans priced out of reach, and a
``Seq Scan on issue`` left in a plan (no index can serve it) fails. The tallies' triggers keep counts right there too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, text

from gridapp.actor import Actor
from gridapp.demo import load_demo
from gridapp.issues import search, tallies
from gridapp.issues.kinds import Action
from gridapp.issues.rows import IssueFilter, Overdue, ReportDraft
from gridapp.services import open_workspace
from tests.test_postgresql import postgres_url  # noqa: F401  (the throw-away server fixture)

pytestmark = pytest.mark.postgres


@pytest.fixture
def captured(postgres_url: str) -> Iterator[tuple[Any, list[tuple[str, Any]]]]:  # noqa: F811
    opened = open_workspace(postgres_url)
    services = opened.services
    statements: list[tuple[str, Any]] = []

    def remember(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if not executemany and " issue" in statement and statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    try:
        if not services.issues.count(IssueFilter()):  # the server lives for the module: the demo is loaded once
            load_demo(services.db, services.db.system_actor())
        event.listen(services.db.engine, "before_cursor_execute", remember)
        yield services, statements
    finally:
        if event.contains(services.db.engine, "before_cursor_execute", remember):
            event.remove(services.db.engine, "before_cursor_execute", remember)
        services.close()


def _assert_no_scan_of_issue(services: Any, statements: list[tuple[str, Any]]) -> None:
    """Each statement EXPLAINed with sequential scans priced out of reach: none may still read the whole table."""
    with services.db.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        raw = conn.connection.driver_connection
        for statement, parameters in statements:
            plan = "\n".join(r[0] for r in raw.execute("EXPLAIN " + statement, parameters).fetchall())
            assert "Seq Scan on issue " not in plan + " ", f"{statement}\n{plan}"


def test_board_and_table_plans_use_indexes(captured: tuple[Any, list[tuple[str, Any]]]) -> None:
    services, statements = captured
    issues = services.issues
    plant = services.org.units()[0].id
    grid = next(u for u in services.org.units() if u.kind.value == "grid").id
    for where in (
        IssueFilter(unit_id=plant),
        IssueFilter(unit_id=grid, overdue=Overdue.OVERDUE),
        IssueFilter(unit_id=plant, categories=frozenset({"hazard"})),
        IssueFilter(unit_id=plant, text="隐患"),
    ):
        issues.board(where)
        issues.first_page(where)
        issues.page(where, offset=200)
    assert statements
    _assert_no_scan_of_issue(services, statements)


def test_tallies_follow_changes_on_postgresql(captured: tuple[Any, list[tuple[str, Any]]]) -> None:
    services, _ = captured
    db, issues = services.db, services.issues
    staff = services.org.search_people("DH0013")[0]
    leader = services.org.search_people("DH0001")[0]
    reporter, manager = Actor(db.station.id, staff.id, staff.name), Actor(db.station.id, leader.id, leader.name)
    ref = issues.report(reporter, ReportDraft("泵房漏水", staff.unit_id, "production"))
    issues.assign(manager, ref.id, staff.id)
    issues.act(reporter, ref.id, Action.FEED_BACK, "已处理")
    with db.read() as s:
        assert not tallies.differences(s)
    assert issues.count(IssueFilter()) == 19


def test_plans_are_made_for_each_statements_values(captured: tuple[Any, list[tuple[str, Any]]]) -> None:
    """A cached generic plan cannot tell a word in a quarter of the issues from a rare one (at 1M issues the board's
    search ran 100 times slower once psycopg had prepared its statements): the app's connections plan each time."""
    services, _ = captured
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SHOW plan_cache_mode")).scalar_one() == "force_custom_plan"


def test_a_common_word_walks_the_lists_index(
    captured: tuple[Any, list[tuple[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word matching more than ``search.COMMON`` issues is not counted match by match: its counts are estimates
    ("约 N") and each column's page tests its rows one by one along the column's index, stopping at the page."""
    services, statements = captured
    monkeypatch.setattr(search, "COMMON", 2)  # the demo's 18 issues: a word in a handful is "common"
    plant = services.org.units()[0].id
    where = IssueFilter(unit_id=plant, text="泵")
    board = services.issues.board(where)
    matched = sum(len(page) for page in board.pages.values())
    assert matched > 2 and board.approximate and not board.capped
    counted = [sql for sql, _ in statements if "count(" in sql.lower() and "issue_search" in sql]
    assert not [sql for sql in counted if sql.lstrip().upper().startswith("SELECT COUNT(*) AS")], counted
    assert any("EXISTS (SELECT 1" in sql and "issue_search" in sql for sql, _ in statements)
    _assert_no_scan_of_issue(services, statements)
    monkeypatch.setattr(search, "COMMON", 5_000)  # the same word searched exactly finds the same issues
    exact = services.issues.board(where)
    assert not exact.approximate
    assert {r.id for p in exact.pages.values() for r in p} == {r.id for p in board.pages.values() for r in p}


def test_a_rare_word_is_searched_once_per_board(captured: tuple[Any, list[tuple[str, Any]]]) -> None:
    """A rare word's matches are looked up once and sorted into the columns (the counts and the pages never search
    again); the counts are exact."""
    services, statements = captured
    plant = services.org.units()[0].id
    board = services.issues.board(IssueFilter(unit_id=plant, text="送水泵"))
    fetched = [sql for sql, _ in statements if sql.startswith("SELECT issue_id FROM issue_search")]
    assert len(fetched) == 1, fetched
    on_issues = [sql for sql, _ in statements if "FROM issue " in sql]
    assert on_issues and not [sql for sql in on_issues if "issue_search" in sql]
    assert sum(board.counts.values()) == sum(len(p) for p in board.pages.values()) >= 2
    assert not board.approximate and not board.capped
    assert all("送水泵" in row.title for page in board.pages.values() for row in page)
