"""What the organisation's UI tests share: the tab over the demo plant with an operator chosen, and handling the
modal dialogs an action opens (its exec() blocks until the handler closes the dialog)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QDialogButtonBox, QWidget

from gridapp.services import Services
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.org.tab import OrgTab


@pytest.fixture(name="tab")
def _tab_fixture(qtbot, services: Services) -> Iterator[OrgTab]:  # type: ignore[no-untyped-def]
    context = AppContext()
    widget = OrgTab(context)
    qtbot.addWidget(widget)
    context.set_services(services)
    log_in(context, "DH0002")
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    yield widget
    widget.close()


FAILURES: list[BaseException] = []


@pytest.fixture(autouse=True)
def _dialog_failures() -> Iterator[None]:
    """An assertion failing inside a dialog handler closes the dialog and fails the test afterwards."""
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


def when_dialog(handle: Callable[[QDialog], None], tries: int = 200) -> None:
    """Handle the next modal dialog as soon as it is shown (the action's exec() blocks until it closes)."""

    def check(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            try:
                handle(dialog)
            except BaseException as exc:
                FAILURES.append(exc)
                dialog.reject()
        elif left:
            QTimer.singleShot(25, lambda: check(left - 1))

    QTimer.singleShot(0, check)


def press_undo(qtbot, tab: OrgTab, target: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z in ``target``, as a user does it after a dialog closed (the window is active again)."""
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def yesterday(dialog: QDialog) -> None:
    edit = dialog.findChild(QDateEdit, "dateEdit")
    edit.setDate(edit.date().addDays(-1))
    ok(dialog)


def names_below(tab: OrgTab, code: str) -> list[str]:
    parent = tab.units.index_of(next(u.id for u in tab.units.units() if u.code == code))
    return [tab.units.index(r, 0, parent).data() for r in range(tab.units.rowCount(parent))]


def select_unit(tab: OrgTab, code: str) -> None:
    tab.select_unit(next(u.id for u in tab.units.units() if u.code == code))
