"""Typed change notices: every committed write tells its listeners what it changed; a rollback tells nothing."""

from __future__ import annotations

import pytest

from gridapp.changes import (
    InspectionsChanged,
    IssuesChanged,
    Notice,
    NoticeBoard,
    OrganisationChanged,
    SecurityChanged,
    notices_of,
)
from gridapp.events import IssueReported
from gridapp.issues.rows import ReportDraft
from gridapp.org.kinds import UnitKind
from gridapp.services import Services
from gridapp.times import plant_today
from tests.conftest import DEMO_PASSWORD


def _listen(services: Services) -> list[Notice]:
    heard: list[Notice] = []
    services.db.notices.subscribe(Notice, heard.append)
    return heard


def test_a_quick_report_notices_the_issue_and_its_event(services: Services) -> None:
    heard = _listen(services)
    reporter = services.security.accounts.login("DH0020", DEMO_PASSWORD).actor
    heard.clear()  # (the login itself changed the account: a SecurityChanged)
    unit = services.org.person(reporter.person_id).unit_id  # type: ignore[arg-type, union-attr]
    ref = services.issues.report(reporter, ReportDraft(title="加药间地面有积水", unit_id=unit, category="safety"))
    issues = [n for n in heard if isinstance(n, IssuesChanged)]
    assert len(issues) == 1 and ref.id in issues[0].inserted["issue"]
    assert [type(e) for e in issues[0].events] == [IssueReported]
    assert issues[0].station_id == services.db.station.id
    assert not any(isinstance(n, OrganisationChanged) for n in heard)


def test_an_organisation_change_notices_the_unit(services: Services) -> None:
    heard: list[OrganisationChanged] = []
    services.db.notices.subscribe(OrganisationChanged, heard.append)
    root = services.org.units()[0]
    unit_id = services.org.tree.add_unit(services.db.system_actor(), root.id, UnitKind.ZONE, "新建责任区", "DH-NEW")
    assert len(heard) == 1 and heard[0].inserted["unit"] == {unit_id}
    assert heard[0].ids("unit") == {unit_id} and "unit" in heard[0].tables


def test_a_login_notices_the_account(services: Services) -> None:
    heard: list[SecurityChanged] = []
    services.db.notices.subscribe(SecurityChanged, heard.append)
    services.security.accounts.login("DH0001", DEMO_PASSWORD)
    assert heard and "account" in heard[0].tables


def test_nothing_is_noticed_on_rollback(services: Services) -> None:
    heard = _listen(services)
    root = services.org.units()[0]
    with pytest.raises(RuntimeError), services.db.write(services.db.system_actor()) as session:
        from gridapp.org.models import Unit

        session.get(Unit, root.id).name = "改了又撤销"  # type: ignore[union-attr]
        session.flush()
        raise RuntimeError("cancelled")
    assert heard == []


def test_a_failing_listener_neither_undoes_the_write_nor_silences_the_others(services: Services) -> None:
    heard: list[Notice] = []

    def broken(notice: Notice) -> None:
        raise ValueError("a listener's bug")

    services.db.notices.subscribe(Notice, broken)
    unsubscribe = services.db.notices.subscribe(Notice, heard.append)
    root = services.org.units()[0]
    unit_id = services.org.tree.add_unit(services.db.system_actor(), root.id, UnitKind.ZONE, "新建责任区", "DH-NEW")
    assert services.org.unit(unit_id) is not None and heard
    unsubscribe()
    heard.clear()
    services.org.tree.add_unit(services.db.system_actor(), root.id, UnitKind.ZONE, "又一个责任区", "DH-NEW2")
    assert heard == []


def test_notices_from_elsewhere_take_the_same_path() -> None:
    """A change that arrives from another PC or a synced file is published as the same notices."""
    board = NoticeBoard()
    heard: list[InspectionsChanged] = []
    board.subscribe(InspectionsChanged, heard.append)
    row = "7d6a3c2e-5b1f-4c9a-9f7e-2a1b3c4d5e6f"
    board.publish(notices_of({("inspection_round", row): "insert", ("station", row): "update"}))
    assert len(heard) == 1 and str(next(iter(heard[0].inserted["inspection_round"]))) == row


def test_the_tabs_follow_writes_made_elsewhere_without_any_user_action(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    """A report made outside the issue tab (a background task, another tab) shows on its board by itself; a unit
    added outside the organisation tab shows in its tree."""
    from gridapp.issues.kinds import IssueState
    from tests.session_helpers import log_in
    from ui.context import AppContext
    from ui.issues.tab import IssuesTab
    from ui.org.tab import OrgTab

    context = AppContext()
    issues_tab, org_tab = IssuesTab(context), OrgTab(context)
    qtbot.addWidget(issues_tab)
    qtbot.addWidget(org_tab)
    context.set_services(services)
    log_in(context, "DH0001")
    issues_tab.show()
    column = issues_tab.board.columns[IssueState.REPORTED].model
    before = column.total
    reporter = services.security.accounts.login("DH0020", DEMO_PASSWORD).actor
    unit = services.org.person(reporter.person_id).unit_id  # type: ignore[arg-type, union-attr]
    services.issues.report(reporter, ReportDraft(title="二号泵异响", unit_id=unit, category="production"))
    assert column.total == before + 1
    assert issues_tab.detail.issue_id is None  # someone else's report is not pushed at the leader
    actor = context.actor
    assert actor is not None
    mine = services.issues.report(actor, ReportDraft(title="厂区路灯不亮", unit_id=unit, category="production"))
    assert issues_tab.detail.issue_id == mine.id  # one's own report is selected on the board
    units = org_tab.units.rowCount(org_tab.units.index(0, 0))
    root = services.org.units()[0]
    services.org.tree.add_unit(services.db.system_actor(), root.id, UnitKind.ZONE, "新建责任区", "DH-NEW")
    assert org_tab.units.rowCount(org_tab.units.index(0, 0)) == units + 1
    context.set_services(None)  # a closed database: its notices no longer reach the tabs


def test_writes_of_another_program_on_the_same_file_are_noticed(services: Services) -> None:
    from gridapp.db.connect import open_database
    from gridapp.watch import ChangeWatcher

    watcher = ChangeWatcher(services.db)
    heard = _listen(services)
    root = services.org.units()[0]
    services.org.tree.add_unit(services.db.system_actor(), root.id, UnitKind.ZONE, "本机新增", "DH-HERE")
    assert watcher.poll() == []  # our own write was noticed at its commit already
    heard.clear()
    path = services.db.location.path
    assert path is not None
    other = Services.over(open_database(path, services.db.station))  # a second program on the same file
    try:
        reporter = other.security.accounts.login("DH0020", DEMO_PASSWORD).actor
        unit = other.org.person(reporter.person_id).unit_id  # type: ignore[arg-type, union-attr]
        ref = other.issues.report(reporter, ReportDraft(title="二号泵异响", unit_id=unit, category="production"))
    finally:
        other.close()
    assert heard == []  # nothing reaches this process by itself …
    noticed = watcher.poll()  # … until the trail's head is looked at
    issues = [n for n in noticed if isinstance(n, IssuesChanged)]
    assert issues and ref.id in issues[0].inserted["issue"] and heard == noticed
    assert any(isinstance(n, SecurityChanged) for n in noticed)  # the other program's login
    assert watcher.poll() == []


def test_the_window_shows_another_programs_report_by_itself(qtbot, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import main
    from gridapp.db.connect import open_database
    from gridapp.issues.kinds import IssueState
    from tests.session_helpers import sign_in
    from ui.issues.tab import IssuesTab

    path = demo_db.location.path
    station = demo_db.station
    demo_db.dispose()
    window = main.launch(str(path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.services_attached, timeout=10_000):
        pass
    sign_in(qtbot, window, "DH0001")
    issues_tab = window.issues_tab.build()
    assert isinstance(issues_tab, IssuesTab)
    column = issues_tab.board.columns[IssueState.REPORTED].model
    before = column.total
    other = Services.over(open_database(path, station))  # another program writes to the same file
    try:
        reporter = other.security.accounts.login("DH0020", DEMO_PASSWORD).actor
        unit = other.org.person(reporter.person_id).unit_id  # type: ignore[arg-type, union-attr]
        other.issues.report(reporter, ReportDraft(title="二号泵异响", unit_id=unit, category="production"))
    finally:
        other.close()
    qtbot.waitUntil(lambda: column.total == before + 1, timeout=4_000)  # no click: within two seconds

    watcher = window.change_poll._watcher
    assert watcher is not None

    def unreachable() -> list[Notice]:
        raise OSError("the server went away")

    monkeypatch.setattr(watcher, "poll", unreachable)
    qtbot.waitUntil(
        lambda: "重试" in window.statusBar().currentMessage() or "retrying" in window.statusBar().currentMessage(),
        timeout=5_000,
    )
    monkeypatch.undo()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=5_000)  # back by itself
    window.close()


def test_every_table_belongs_to_a_notice_or_is_said_not_to() -> None:
    from gridapp.changes import NOT_NOTICED, notice_type
    from gridapp.db.models import metadata

    unnamed = [t for t in metadata.tables if notice_type(t) is None and t not in NOT_NOTICED]
    assert unnamed == []  # a new capability's table must say which notice its changes make


def test_an_assignment_and_a_departure_are_noticed_where_they_belong(services: Services) -> None:
    heard = _listen(services)
    station = services.db.system_actor()
    leader = services.security.accounts.login("DH0001", DEMO_PASSWORD).actor
    unit = services.org.person(leader.person_id).unit_id  # type: ignore[arg-type, union-attr]
    ref = services.issues.report(leader, ReportDraft(title="厂区路灯不亮", unit_id=unit, category="production"))
    worker = services.org.search_people("DH0020")[0]
    heard.clear()
    services.issues.assign(station, ref.id, worker.id)
    assert [type(n) for n in heard] == [IssuesChanged]
    assert heard[0].updated["issue"] == {ref.id} and heard[0].inserted["issue_event"]
    heard.clear()

    services.org.people_edit.mark_left(station, worker.id, plant_today())
    kinds = {type(n) for n in heard}
    assert OrganisationChanged in kinds and SecurityChanged in kinds  # their account was disabled with them
    org = next(n for n in heard if isinstance(n, OrganisationChanged))
    assert worker.id in org.updated["person"]


def test_the_board_fetches_only_the_columns_a_change_touched(qtbot, services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from gridapp.issues.kinds import IssueState
    from tests.session_helpers import log_in
    from ui.context import AppContext
    from ui.issues.board import CardListModel
    from ui.issues.tab import IssuesTab

    context = AppContext()
    tab = IssuesTab(context)
    qtbot.addWidget(tab)
    context.set_services(services)
    log_in(context, "DH0001")
    tab.show()
    actor = context.actor
    assert actor is not None
    unit = services.org.person(actor.person_id).unit_id  # type: ignore[arg-type, union-attr]
    ref = services.issues.report(actor, ReportDraft(title="厂区路灯不亮", unit_id=unit, category="production"))
    loaded: list[IssueState] = []
    original = CardListModel.load

    def load(model, service, where, total, first_page):  # type: ignore[no-untyped-def]
        loaded.append(model.state)
        original(model, service, where, total, first_page)

    monkeypatch.setattr(CardListModel, "load", load)
    before = {s: c.model.total for s, c in tab.board.columns.items()}
    services.issues.assign(actor, ref.id, services.org.search_people("DH0020")[0].id)
    assert sorted(loaded) == sorted([IssueState.REPORTED, IssueState.ASSIGNED])  # from, to: nothing else fetched
    after = {s: c.model.total for s, c in tab.board.columns.items()}
    assert after[IssueState.REPORTED] == before[IssueState.REPORTED] - 1
    assert after[IssueState.ASSIGNED] == before[IssueState.ASSIGNED] + 1
