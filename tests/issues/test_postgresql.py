"""The issue board on a PostgreSQL server: numbering under the advisory lock, the append-only trigger, search for
a two-character word through the text[] index, the board, indicators, the ledger and the handover sheet."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from gridapp.actor import Actor
from gridapp.demo import load_demo
from gridapp.issues.kinds import Action, IssueState
from gridapp.issues.rows import IssueFilter, ReportDraft
from gridapp.services import open_workspace
from tests.test_postgresql import postgres_url  # noqa: F401  (the throw-away server fixture)

pytestmark = pytest.mark.postgres


def test_issue_board_on_postgresql(postgres_url: str) -> None:  # noqa: F811
    opened = open_workspace(postgres_url)
    services = opened.services
    try:
        db = services.db
        load_demo(db, db.system_actor())
        issues = services.issues
        assert issues.count(IssueFilter()) == 18
        staff = services.org.search_people("DH0013")[0]
        leader = services.org.search_people("DH0001")[0]
        reporter = Actor(db.station.id, staff.id, staff.name)
        ref = issues.report(reporter, ReportDraft("取水口护栏旁发现安全隐患，需尽快处理", staff.unit_id, "safety"))
        assert ref.number.endswith("-0019")
        assert [r.id for r in issues.page(IssueFilter(text="安全隐患"))] == [ref.id]
        # 隐患 is also the name of the category 风险隐患: the demo's four hazards and the new report.
        assert issues.count(IssueFilter(text="隐患")) == 5
        assert issues.count(IssueFilter(text="护栏")) == 2
        assert issues.count(IssueFilter(text="护栏 隐患")) == 2  # the demo's 沉淀池廊道护栏 is in 风险隐患
        assert issues.count(IssueFilter(text="隐患安全")) == 0  # a phrase, not a bag of characters
        manager = Actor(db.station.id, leader.id, leader.name)
        assert issues.assign(manager, ref.id, staff.id) is IssueState.ASSIGNED
        issues.act(reporter, ref.id, Action.FEED_BACK, "已设置警示带")
        assert issues.replayed(ref.id) == issues.stored(ref.id)
        board = issues.board(IssueFilter(text="安全隐患"))
        assert board.counts[IssueState.FED_BACK] == 1 and board.pages[IssueState.FED_BACK][0].id == ref.id
        total, rows = issues.first_page(IssueFilter(unit_id=services.org.units()[0].id))
        assert total == 19 and len(rows) == 19
        today = issues.calendar().local_date(issues.now())
        got = issues.indicators(services.org.units()[0].id, today - dt.timedelta(days=40), today)
        assert got.reported == 19 and got.closed >= 4
        assert len(issues.indicator_series(services.org.units()[0].id, today - dt.timedelta(days=40), today)) == 41
        assert len(issues.hazard_ledger(services.org.units()[0].id)) == 4
        assert issues.handover(services.org.units()[0].id).open_total > 0
        with pytest.raises(Exception, match="append-only"), db.engine.begin() as conn:
            conn.execute(text("UPDATE issue_event SET note = 'x'"))
    finally:
        services.close()
