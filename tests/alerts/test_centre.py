"""The alert centre: the bell's unread count, a double-click that opens the issue and marks it read, kinds switched
off, no tray, the main window, and a picture of it at 1280×800."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon, QToolBar

from gridapp.alerts import AlertKind, Reason, alerts
from gridapp.services import Services
from tests.alerts.test_alerts import LEADER, STRANGER, WORKER, actor, assign
from tests.session_helpers import log_in
from ui.alerts.centre import AlertCentre, install_alerts
from ui.alerts.model import AlertModel
from ui.context import AppContext
from ui.main_window import MainWindow


def _window(qtbot, services: Services) -> tuple[QMainWindow, AppContext, AlertCentre]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    toolbar = QToolBar()
    toolbar.setObjectName("issuesToolbar")
    window.addToolBar(toolbar)
    context = AppContext(window)
    context.set_services(services)
    centre = install_alerts(window, context)
    window.resize(1280, 800)
    window.show()
    return window, context, centre


@pytest.fixture
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


def test_the_model_passes_the_model_tester(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    assign(services, "1号取水泵异响")
    model = AlertModel()
    model.set_alerts(alerts(services, actor(services, WORKER)))
    assert model.rowCount() >= 1
    qtmodeltester.check(model)


def test_the_bell_counts_and_a_double_click_opens_the_issue_and_marks_it_read(
    qtbot, services: Services, no_tray
) -> None:  # type: ignore[no-untyped-def]
    _win, context, centre = _window(qtbot, services)
    assert centre.action is not None and not centre.action.isVisible()  # nobody logged in
    log_in(context, WORKER)
    assert centre.action.isVisible()
    before = centre.unread
    with qtbot.waitSignal(centre.notified) as told:  # no tray: the centre is told all the same
        issue = assign(services, "出口阀门滴漏")  # the notice of the write refreshes the bell
    assert centre.tray is None
    assert [a.id for a in told.args[0]] == [issue]
    assert centre.unread == before + 1
    assert centre.button.text() == f"Alerts ({centre.unread})"
    qtbot.mouseClick(centre.button, Qt.MouseButton.LeftButton)
    dialog = centre.dialog
    assert dialog is not None and dialog.isVisible()
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.alert(dialog.model.index(r, 0)).id == issue)
    index = dialog.model.index(row, 1)
    assert index.data() == f"{dialog.model.alert(index).number} 出口阀门滴漏"
    assert dialog.model.index(row, 0).data() == "Assigned to me"
    dialog.view.scrollTo(index)
    rect = dialog.view.visualRect(index)
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(context.issue_requested) as asked:
        qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [issue]
    assert centre.unread == before
    assert [a.read for a in centre.alerts if a.id == issue] == [True]
    dialog.mark_all.click()
    assert centre.unread == 0 and centre.button.text() == "Alerts (0)"
    context.set_login(None)
    assert not centre.action.isVisible() and centre.alerts == []


def test_a_kind_switched_off_leaves_the_list_and_the_count(qtbot, services: Services, no_tray) -> None:  # type: ignore[no-untyped-def]
    issue = assign(services, "泵房排水沟堵塞")
    _win, context, centre = _window(qtbot, services)
    log_in(context, WORKER)
    assert issue in {a.id for a in centre.alerts}
    centre.open_centre()
    assert centre.dialog is not None
    centre.dialog.switches[AlertKind.ASSIGNED].setChecked(False)
    assert all(a.kind is not AlertKind.ASSIGNED for a in centre.alerts)
    assert all(centre.dialog.model.alert(centre.dialog.model.index(r, 0)).reason is not Reason.ASSIGNED
               for r in range(centre.dialog.model.rowCount()))  # fmt: skip
    context.set_login(None)
    log_in(context, WORKER)  # kept for this person
    assert centre.off() == {AlertKind.ASSIGNED}


def test_a_stranger_hears_nothing_of_the_assignment(qtbot, services: Services, no_tray) -> None:  # type: ignore[no-untyped-def]
    _win, context, centre = _window(qtbot, services)
    log_in(context, STRANGER)
    issue = assign(services, "取水泵房照明不亮")
    qtbot.wait(400)  # past the settle of the notice
    assert issue not in {a.id for a in centre.alerts}


def test_the_main_window_has_the_bell_and_a_picture_at_1280x800(qtbot, services: Services, output_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assign(services, "1号取水泵异响")
    window = MainWindow()
    qtbot.addWidget(window)
    window.context.set_services(services)
    window.resize(1280, 800)
    window.show()
    log_in(window.context, LEADER)
    centre = window.alerts
    assert centre.action is not None and centre.action.isVisible()
    window.tabs.hide()  # locked: the bell hides with the plant's data
    assert not centre.action.isVisible()
    window.tabs.show()
    assert centre.action.isVisible()
    qtbot.wait(50)  # the toolbar lays the bell out
    assert centre.button.isVisible() and centre.button.text() == f"Alerts ({centre.unread})" and centre.unread > 0
    window.grab().save(str(output_dir / "window_1280x800.png"))
    centre.open_centre()
    assert centre.dialog is not None
    centre.dialog.grab().save(str(output_dir / "alerts_dialog.png"))
    window.change_poll.watch(None)


def test_with_a_tray_new_alerts_are_told_there_once(qtbot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    messages: list[str] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda _tray, _title, text, *_a: messages.append(text))
    _win, context, centre = _window(qtbot, services)
    log_in(context, WORKER)
    told = 1 if centre.unread else 0  # what is unread at login (a round due today) is told in one notice
    assert len(messages) == told and (centre.tray is not None) == bool(told)
    with qtbot.waitSignal(centre.notified):
        assign(services, "出口阀门滴漏")
    assert (
        centre.tray is not None
        and messages[-1].startswith("Assigned to me: ")
        and messages[-1].endswith("出口阀门滴漏")
    )
    centre.refresh()  # told once: the next refresh says nothing new
    assert len(messages) == told + 1
