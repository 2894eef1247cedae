"""The main window over a real database: four tabs, the demo plant in the organisation tab, Chinese by default."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import main
from gridapp.db.database import Database
from gridapp.issues.rows import IssueFilter
from tests.conftest import DEMO_PASSWORD
from tests.session_helpers import sign_in
from ui.app import install_translators, use_bundled_font
from ui.issues.tab import IssuesTab
from ui.main_window import MainWindow
from ui.org.people_model import PersonColumn
from ui.org.tab import OrgTab
from ui.session.dialogs import DemoDialog, InitAdminDialog
from ui.settings import app_settings


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    use_bundled_font(qapp)
    translators = install_translators(qapp, "zh_CN")
    assert len(translators) >= 2  # Qt's own and ours
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _launch(qtbot, target: str, login: str | None = "DH0001") -> MainWindow:  # type: ignore[no-untyped-def]
    window = main.launch(target)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.services_attached, timeout=10_000):
        pass
    if login:
        sign_in(qtbot, window, login)
    return window


def _org_tab(window: MainWindow) -> OrgTab:
    tab = window.org_tab.content  # built once the database is open, the organisation tab being the one shown
    assert isinstance(tab, OrgTab)
    return tab


def test_the_window_opens_on_the_demo_plant_in_chinese(qtbot, chinese, demo_db: Database, output_dir: Path) -> None:  # type: ignore[no-untyped-def]
    path = demo_db.location.path
    demo_db.dispose()
    window = _launch(qtbot, str(path))
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["组织架构", "问题看板", "检查点项卡", "积分看板"]
    assert "gridapp.sqlite3" in window.database_label.text() and window.database_label.text().startswith("数据库")
    tree = _org_tab(window).units
    assert tree.index(0, 0).data() == "东湖水厂"
    people = _org_tab(window).people
    qtbot.waitUntil(lambda: people.rowCount() == 58)
    assert people.index(0, PersonColumn.EMPLOYEE_NO).data() == "DH0001"
    window.resize(1280, 800)
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        assert window.grab().save(str(output_dir / f"tab-{i + 1}.png"))
    window.close()
    window.services.close()


def test_an_issue_asked_for_elsewhere_opens_on_the_board(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    path = demo_db.location.path
    demo_db.dispose()
    window = _launch(qtbot, str(path))
    assert window.services is not None
    issue = window.services.issues.page(IssueFilter(text="路灯"))[0]
    window.context.show_issue(issue.id)
    assert window.tabs.currentWidget() is window.issues_tab
    board = window.issues_tab.content
    assert isinstance(board, IssuesTab) and board.detail.issue_id == issue.id
    window.close()
    window.services.close()


def test_an_empty_database_asks_for_the_administrator_then_offers_the_demo_plant(
    qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def choose_password(dialog: DemoDialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.new_password.first.setText(DEMO_PASSWORD)
        dialog.new_password.second.setText(DEMO_PASSWORD)
        dialog.accept()
        return DemoDialog.DialogCode.Accepted

    monkeypatch.setattr(DemoDialog, "exec", choose_password)
    window = _launch(qtbot, str(tmp_path / "fresh.sqlite3"), login=None)
    assert not window.tabs.isVisible()  # nothing shows before a login
    qtbot.waitUntil(lambda: window.session.dialog is not None)
    assert isinstance(window.session.dialog, InitAdminDialog)  # before anything else
    # The demo is offered once the administrator exists; the login follows its loading.
    sign_in(qtbot, window, "DH0001")
    assert asked, "the demo plant was not offered"
    assert window.demo_label.isVisible()
    qtbot.waitUntil(lambda: _org_tab(window).units.rowCount() == 1, timeout=10_000)
    assert _org_tab(window).units.index(0, 0).data() == "东湖水厂"
    window.close()
    window.services.close()


def test_a_bad_database_shows_a_message_and_keeps_the_file(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    path = tmp_path / "report.sqlite3"
    path.write_text("not a database", encoding="utf-8")
    window = main.launch(str(path))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # no login is asked for: there is nothing to open
    assert str(path) in shown[0]
    assert path.read_text(encoding="utf-8") == "not a database"
    assert window.services is None
    window.close()


def test_window_geometry_is_remembered(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    path = demo_db.location.path
    demo_db.dispose()
    window = _launch(qtbot, str(path))
    window.resize(720, 520)
    window.close()
    window.services.close()
    assert app_settings().value("window/geometry") is not None
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (720, 520)
