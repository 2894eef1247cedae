"""The one paged model and every large list built on it: three pages and more, both sort orders, a filter change."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gridapp.issues.kinds import IssueState
from gridapp.issues.rows import IssueFilter, IssueRow, ReportDraft, board_order
from gridapp.org.rows import PersonSort
from gridapp.scoring.kinds import EntryStatus
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import EntryQuery, StandingQuery
from gridapp.security.trail import AuditQuery
from gridapp.services import Services
from gridapp.times import plant_today
from tests.conftest import DEMO_PASSWORD
from ui.admin.audit_trail import AuditTableModel
from ui.inspections.round_models import RoundListModel
from ui.issues.board import CardListModel
from ui.issues.issue_model import IssueColumn, IssueTableModel
from ui.org.people_model import PeopleTableModel, PersonColumn
from ui.paged_model import PagedTableModel
from ui.roles import ROW_ROLE
from ui.scoring.entry_model import EntryColumn, EntryTableModel
from ui.scoring.standing_model import StandingColumn, StandingTableModel

ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
EVERYTHING = 10**6  # a limit no list here reaches: the expected rows in one read


def fetch_all(model: PagedTableModel[Any]) -> list[Any]:
    """Scroll to the end as a view does: fetch while the model says there is more."""
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return model.rows()


def check_whole(
    model: PagedTableModel[Any],
    expected: list[Any],
    ident: Callable[[Any], Hashable] = lambda r: r.id,
    key: Callable[[Any], Any] | None = None,
    descending: bool = False,
) -> list[Any]:
    """Every expected row exactly once, in ``key`` order when given; asked of at least three pages."""
    assert len(expected) >= 3 * model.page_size, "the data set is smaller than three pages"
    assert model.rowCount() == model.page_size  # only the first page until a view asks for more
    rows = fetch_all(model)
    ids = [ident(r) for r in rows]
    assert len(ids) == len(set(ids)), "a row was fetched twice"
    assert set(ids) == {ident(r) for r in expected}, "a row is missing"
    assert model.rowCount() == model.total == len(expected)
    assert model.index(len(rows) - 1, 0).data(ROW_ROLE) == rows[-1]
    if key is not None:
        keys = [key(r) for r in rows]
        assert keys == sorted(keys, reverse=descending)
    return rows


# The base over a source made here: its reads are counted, its rows can go away.


@dataclass(frozen=True)
class Item:
    id: int
    name: str


class ItemModel(PagedTableModel[Item]):
    page_size = 10

    def __init__(self, items: list[Item]) -> None:
        super().__init__()
        self.items = items
        self.descending = False
        self.odd_only = False
        self.offsets: list[int] = []
        self.set_source(lambda: len(self.chosen()), self.page)

    def chosen(self) -> list[Item]:
        picked = [i for i in self.items if i.id % 2 or not self.odd_only]
        return sorted(picked, key=lambda i: i.name, reverse=self.descending)

    def page(self, offset: int, limit: int) -> list[Item]:
        self.offsets.append(offset)
        return self.chosen()[offset : offset + limit]

    def columnCount(self, parent: Any = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        self.descending = order == DESCENDING
        self.reload()

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name if index.column() else item.id
        return None


def items(n: int = 67) -> list[Item]:
    return [Item(i, f"name{(i * 7) % n:03d}") for i in range(n)]


def test_the_base_fetches_each_page_once_in_the_sources_order(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ItemModel(items())
    rows = check_whole(model, model.chosen(), key=lambda i: i.name)
    assert model.offsets == list(range(0, 67, 10)) and not model.canFetchMore(QModelIndex())
    model.sort(1, DESCENDING)
    check_whole(model, model.chosen(), key=lambda i: i.name, descending=True)
    assert model.offsets[-7:] == list(range(0, 67, 10))  # sorting read again from the first page
    model.odd_only = True
    model.reload()
    odd = check_whole(model, [i for i in rows if i.id % 2], key=lambda i: i.name, descending=True)
    assert all(i.id % 2 for i in odd)
    qtmodeltester.check(model)


def test_a_page_asked_for_while_one_is_inserted_is_not_fetched_twice() -> None:
    model = ItemModel(items())
    asked: list[bool] = []

    def ask_again(*_: Any) -> None:  # what a view does when rows arrive and the viewport is still not full
        asked.append(model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex())

    model.rowsAboutToBeInserted.connect(ask_again)
    model.fetchMore(QModelIndex())
    assert asked == [False] and model.offsets == [0, 10] and model.rowCount() == 20
    assert len({i.id for i in model.rows()}) == 20


def test_rows_that_went_away_meanwhile_end_the_list() -> None:
    model = ItemModel(items())
    model.items = model.items[:15]  # deleted on another PC after the first page was read
    fetch_all(model)
    assert model.rowCount() == model.total == 15 and not model.canFetchMore(QModelIndex())


def test_a_first_page_read_with_others_is_shown_without_reading_again() -> None:
    model = ItemModel(items())
    model.offsets.clear()
    first = model.chosen()[:10]
    model.set_source(lambda: len(model.chosen()), model.page, read=(67, first))
    assert model.offsets == [] and model.rows() == first and model.total == 67
    check_whole(model, model.chosen(), key=lambda i: i.name)
    counted: list[int] = []

    def first(limit: int) -> tuple[int, list[Item]]:
        counted.append(limit)
        return len(model.chosen()), model.chosen()[:limit]

    model.offsets.clear()
    model.set_source(None, model.page, first=first)
    assert counted == [10] and model.offsets == [] and model.rows() == model.chosen()[:10]
    check_whole(model, model.chosen(), key=lambda i: i.name)
    model.set_source(None, None)
    assert model.rowCount() == model.total == 0 and not model.canFetchMore(QModelIndex())


# Every large list over the demo plant, made larger where it has fewer than three pages; the pages are made small so
# that a few dozen rows are several pages.


def actor(services: Services, login: str) -> Any:
    return services.security.accounts.login(login, DEMO_PASSWORD).actor


def plant(services: Services) -> Any:
    return next(u for u in services.org.units() if u.parent_id is None)


@pytest.fixture
def more_issues(services: Services) -> Services:
    reporter = actor(services, "DH0020")
    unit = services.org.person(reporter.person_id).unit_id
    for n in range(30):
        category = "safety" if n % 3 else "production"
        services.issues.report(reporter, ReportDraft(f"第{n}个测试问题：管道渗漏", unit, category))
    return services


def issue_number(issue: IssueRow) -> tuple[int, int]:
    year, seq = issue.number.split("-")
    return int(year), int(seq)


def test_the_issue_table(more_issues: Services, monkeypatch: pytest.MonkeyPatch, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    issues = more_issues.issues
    monkeypatch.setattr(IssueTableModel, "page_size", 6)
    model = IssueTableModel()
    model.set_service(issues)
    everything = issues.page(IssueFilter(), limit=EVERYTHING)
    check_whole(model, everything)
    for order in (ASCENDING, DESCENDING):
        model.sort(IssueColumn.NUMBER, order)
        check_whole(model, everything, key=issue_number, descending=order == DESCENDING)
    safety = IssueFilter(categories=frozenset({"safety"}))
    model.set_filter(safety)
    rows = check_whole(model, issues.page(safety, limit=EVERYTHING), key=issue_number, descending=True)
    assert {r.category_code for r in rows} == {"safety"}
    qtmodeltester.check(model)


def test_a_board_column(more_issues: Services, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    issues = more_issues.issues
    model = CardListModel(IssueState.REPORTED)
    assert model.page_size == 24  # the board's own size; this column has more than three of them below
    model.page_size = 6
    sort, descending = board_order(IssueState.REPORTED)
    for where in (IssueFilter(), IssueFilter(categories=frozenset({"safety"}))):
        mine = IssueFilter(states=frozenset({IssueState.REPORTED}), categories=where.categories)
        expected = issues.page(mine, sort, descending, limit=EVERYTHING)
        board = issues.board(where, model.page_size)
        model.load(issues, where, board.counts[IssueState.REPORTED], board.pages[IssueState.REPORTED])
        rows = check_whole(model, expected)
        assert rows == expected  # the column's own order (the most urgent first)
        assert {r.state for r in rows} == {IssueState.REPORTED}
    qtmodeltester.check(model)  # last: the tester fetches more itself whenever the model is reset


def test_the_people_table(services: Services, monkeypatch: pytest.MonkeyPatch, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(PeopleTableModel, "page_size", 10)
    model = PeopleTableModel()
    model.set_service(services.org)
    root = plant(services).id
    model.set_unit(root)
    everyone = services.org.people(root, 0, EVERYTHING)
    check_whole(model, everyone, key=lambda p: p.employee_no)
    for order in (ASCENDING, DESCENDING):
        model.sort(PersonColumn.EMPLOYEE_NO, order)
        check_whole(model, everyone, key=lambda p: p.employee_no, descending=order == DESCENDING)
    model.sort(PersonColumn.NAME, ASCENDING)  # by pinyin in SQL: the service's own order is the one expected
    by_name = services.org.people(root, 0, EVERYTHING, PersonSort.NAME)
    assert [p.id for p in check_whole(model, by_name)] == [p.id for p in by_name]
    model.page_size = 3  # ten people match: four pages of them
    model.set_filter("DH001")
    matching = services.org.people(root, 0, EVERYTHING, PersonSort.NAME, text="DH001")
    rows = check_whole(model, matching)
    assert [p.id for p in rows] == [p.id for p in matching]
    assert sorted(p.employee_no for p in rows) == [f"DH001{n}" for n in range(10)]
    qtmodeltester.check(model)


def test_the_round_record(services: Services, monkeypatch: pytest.MonkeyPatch, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    rounds = services.inspections.rounds
    monkeypatch.setattr(RoundListModel, "page_size", 40)
    model = RoundListModel()
    root = plant(services).id
    model.set_unit(rounds, root)
    check_whole(model, rounds.rounds(root, 0, EVERYTHING), key=lambda r: r.performed_at, descending=True)
    smaller = [u.id for u in services.org.units() if rounds.count_rounds(u.id) < rounds.count_rounds(root)]
    unit = max(smaller, key=rounds.count_rounds)  # a zone of the demo plant: a filter by scope
    assert 3 <= rounds.count_rounds(unit) < rounds.count_rounds(root)
    model.page_size = rounds.count_rounds(unit) // 3
    model.set_unit(rounds, unit)
    check_whole(model, rounds.rounds(unit, 0, EVERYTHING), key=lambda r: r.performed_at, descending=True)
    qtmodeltester.check(model)


def test_the_points_ledger(services: Services, monkeypatch: pytest.MonkeyPatch, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    entries = services.scoring.entries
    catalogue = next(c for c in services.scoring.catalogues() if c.code == "star")
    monkeypatch.setattr(EntryTableModel, "page_size", 50)
    model = EntryTableModel()
    query = EntryQuery("star")
    model.set_query(entries, query, catalogue)
    everything = entries.page(query, 0, EVERYTHING)
    check_whole(model, everything, key=lambda e: e.booked_on, descending=True)
    for order in (ASCENDING, DESCENDING):
        model.sort(EntryColumn.DATE, order)
        check_whole(model, everything, key=lambda e: e.booked_on, descending=order == DESCENDING)
    confirmed = EntryQuery("star", status=EntryStatus.CONFIRMED)
    model.set_query(entries, confirmed, catalogue)
    rows = check_whole(model, entries.page(confirmed, 0, EVERYTHING), key=lambda e: e.booked_on, descending=True)
    assert {e.status for e in rows} == {EntryStatus.CONFIRMED}
    qtmodeltester.check(model)


def test_the_ranking(services: Services, monkeypatch: pytest.MonkeyPatch, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    standings = services.scoring.standings
    catalogue = next(c for c in services.scoring.catalogues() if c.code == "star")
    monkeypatch.setattr(StandingTableModel, "page_size", 8)
    model = StandingTableModel()
    quarter = Period.of(PeriodKind.QUARTER, plant_today()).previous()
    members = StandingQuery("star", quarter, plant(services).id)
    model.set_query(standings, members, catalogue, warnings=True)
    ident = attrgetter("subject_id")
    check_whole(model, standings.page(members, 0, EVERYTHING), ident, key=lambda r: r.rank)
    code = next(n for n, c in enumerate(model.columns) if c.kind is StandingColumn.CODE)
    everyone = StandingQuery("star", quarter, plant(services).id, party_members_only=False)
    model.set_query(standings, everyone, catalogue, warnings=True)
    expected = standings.page(everyone, 0, EVERYTHING)
    for order in (ASCENDING, DESCENDING):
        model.sort(code, order)
        check_whole(model, expected, ident, key=lambda r: r.employee_no, descending=order == DESCENDING)
    qtmodeltester.check(model)


def test_the_audit_trail(services: Services, monkeypatch: pytest.MonkeyPatch, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    trail, auditor = services.security.trail, actor(services, "auditor")
    station = services.db.system_actor()
    for i in range(65):
        services.db.audit_event(station, "test.mark", detail={"i": i}, target=("issue", f"id{i}", "2026-0999", None))
    monkeypatch.setattr(AuditTableModel, "page_size", 20)
    model = AuditTableModel()
    query = AuditQuery()
    model.set_query(trail, auditor, query)
    expected = trail.page(auditor, query, 0, EVERYTHING)
    ident = attrgetter("seq")
    check_whole(model, expected, ident, key=lambda r: r.seq, descending=True)
    model.sort(0, ASCENDING)
    check_whole(model, expected, ident, key=lambda r: r.seq)
    marked = AuditQuery(number="2026-0999")
    model.set_query(trail, auditor, marked)
    rows = check_whole(model, trail.page(auditor, marked, 0, EVERYTHING), ident, key=lambda r: r.seq)
    assert len(rows) == 65
    qtmodeltester.check(model)
