"""What one report costs the database (issue 20: twenty workstations on one server): the statements it sends stay
within a budget, and what was cut is still done — the search index, the history, the audit record, the change log."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, select

from gridapp.issues.models import Issue, IssueEvent
from gridapp.issues.rows import IssueFilter
from gridapp.security.models import AuditRecord
from gridapp.sync import clock, log
from gridapp.sync.models import ClockState, RowVersion
from tests.issues.conftest import Plant

# A report on SQLite, BEGIN IMMEDIATE included (22 on PostgreSQL, with the locks and the scoring proposal): the
# unit with its plant and series, rights, categories, calendar, number, the issue, its event, its search index
# (delete + insert), the audit head and record, the clock, the versions, the usn and their insert.
REPORT_BUDGET = 16


@pytest.fixture
def statements(plant: Plant) -> Iterator[list[str]]:
    sent: list[str] = []

    def remember(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        sent.append(" ".join(statement.split()))

    event.listen(plant.db.engine, "before_cursor_execute", remember)
    yield sent
    event.remove(plant.db.engine, "before_cursor_execute", remember)


def test_a_report_stays_within_its_statements_and_does_everything(plant: Plant, statements: list[str]) -> None:
    plant.report(title="预热")  # the catalogue is installed and the chain started by the first report
    statements.clear()
    ref = plant.report(title="取水泵房渗水")
    assert len(statements) <= REPORT_BUDGET, "\n".join(statements)
    with plant.db.read() as s:
        issue = s.get(Issue, ref.id)
        assert issue is not None and issue.number == ref.number
        assert s.scalar(select(IssueEvent.kind).where(IssueEvent.issue_id == ref.id)) is not None
        record = s.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1)).one()
        assert (record.target_table, record.target_id, record.target_number) == ("issue", str(ref.id), ref.number)
        assert any(row[1] == "issue_event" for row in record.detail["rows"]) and record.detail["events"]
        versions = set(s.scalars(select(RowVersion.table_name).where(RowVersion.row_id == ref.id)))
        assert versions == {"issue"}
    assert plant.service.count(IssueFilter(text="渗水")) == 1  # indexed without reading its notes back


@pytest.mark.parametrize(
    ("wall", "counter", "now"),
    [(0, 0, 1_000), (5_000, 3, 1_000), (5_000, clock.COUNTER_LIMIT, 1_000), (5_000, 7, 5_000), (5_000, 7, 5_001)],
)
def test_the_clock_ticks_in_sql_as_in_python(plant: Plant, wall: int, counter: int, now: int) -> None:
    station = plant.db.station.id
    with plant.db.write(plant.db.system_actor()) as s:
        s.merge(ClockState(station_id=station, wall_ms=wall, counter=counter))
    with plant.db.engine.begin() as conn:
        ticked = conn.execute(log.TICK, {"station": station, "now": now}).one()
    assert tuple(ticked) == clock.tick((wall, counter), now)
