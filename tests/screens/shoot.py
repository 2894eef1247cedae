"""Shoots every screen at 1280×800 in a real window and lists the widgets whose text is cut or that lie outside their parent.

Run by ``tests/screens/test_screens.py`` in its own process (the test run's Qt is offscreen; this one needs the X
server the test starts): ``python -m tests.screens.shoot DATABASE LANGUAGE OUTPUT_FOLDER``. With ``--demo`` it first
loads the demo plant into DATABASE (a new file), its keys in this process's memory keyring. It writes one PNG per
screen and ``problems-LANGUAGE.json``: ``[{"screen": …, "widget": …, "text": …, "problem": …}]``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

SIZE = (1280, 800)
PASSWORD = "Demo#2026"


def wait(seconds: float = 0.3, until: Callable[[], bool] | None = None, timeout: float = 10.0) -> None:
    end = time.monotonic() + (timeout if until else seconds)
    while time.monotonic() < end:
        QApplication.processEvents()
        if until is not None and until():
            QApplication.processEvents()
            return
        time.sleep(0.01)
    if until is not None:
        raise TimeoutError("the screen did not get ready")


def settle(seconds: float = 0.2) -> None:
    """Let background work (the tab's first reads, a chart) finish and its results reach the screen."""
    wait(0.05)
    QThreadPool.globalInstance().waitForDone(10_000)
    wait(seconds)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _inside_scrolled(widget: QWidget) -> bool:
    """Whether the widget sits in a scroll area's viewport, where lying outside the visible part is fine."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _text_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.replace("&&", "&").replace("&", "").split("\n"))


def problems_of(top: QWidget) -> Iterator[tuple[QWidget, str, str]]:
    """(widget, its text, what is wrong) for every widget under ``top`` that a user sees cut or misplaced."""
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget) or (not widget.isVisibleTo(top) and widget is not top):
            continue
        parent = widget.parentWidget()
        if (
            isinstance(widget, QAbstractButton)
            and parent is not None
            and widget.window() is top
            and not parent.rect().contains(widget.geometry())
            and not _inside_scrolled(widget)
            and not isinstance(parent, QHeaderView | QTabWidget)
            and parent.metaObject().className() not in ("QTabBar", "QScrollBar")
        ):
            yield widget, widget.text(), "outside its parent"
        if isinstance(widget, (QPushButton, QToolButton, QCheckBox, QRadioButton)) and widget.text():
            if isinstance(widget, QToolButton) and widget.toolButtonStyle().name == "ToolButtonIconOnly":
                continue
            if widget.width() < widget.sizeHint().width() - 2:
                yield widget, widget.text(), f"text cut: {widget.width()} < {widget.sizeHint().width()}"
        if (
            isinstance(widget, QToolButton)
            and widget.menu() is not None
            and not widget.property("menu_arrow_beside")
            and widget.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
            and widget.text()
        ):
            yield widget, widget.text(), "menu arrow drawn over the text (use ui.widgets.MenuButton)"
        if isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
            )
            needed = _text_width(widget, widget.currentText())
            if field.width() < needed - 1:
                yield widget, widget.currentText(), f"text cut: {field.width()} < {needed}"
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
            if widget.property("elided"):
                continue  # an elided label keeps the whole text in its tooltip
            if widget.textFormat().name == "RichText" or "<" in widget.text():
                hint = widget.sizeHint().width()
            else:
                margins = widget.contentsMargins()
                hint = _text_width(widget, widget.text()) + margins.left() + margins.right() + 2 * widget.margin()
            if widget.width() < hint - 2:
                yield widget, widget.text(), f"text cut: {widget.width()} < {hint}"
        elif isinstance(widget, QTableView):
            yield from _cut_cells(widget)
        elif isinstance(widget, QTreeView):
            yield from _cut_tree_cells(widget)
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            model = widget.model()
            if model is None:
                continue
            for section in range(widget.count()):
                if widget.isSectionHidden(section) or widget.sectionSize(section) == 0:
                    continue
                text = str(model.headerData(section, widget.orientation()) or "")
                if not text:
                    continue
                needed = _text_width(widget, text) + 1
                if widget.sectionSize(section) < needed:
                    yield widget, text, f"column title cut: {widget.sectionSize(section)} < {needed}"
                elif widget.sectionViewportPosition(section) + needed > widget.viewport().width() and (
                    widget.sectionViewportPosition(section) < widget.viewport().width()
                ):
                    scroll = widget.parentWidget()
                    if isinstance(scroll, QAbstractScrollArea) and scroll.horizontalScrollBar().isVisible():
                        continue
                    yield widget, text, "column title runs off the table"


def _cut_cells(table: QTableView) -> Iterator[tuple[QWidget, str, str]]:
    """Cells whose text the view elides although the column could be wider: a stretched column, or a cell whose
    tooltip holds its whole text, may elide."""
    model, header = table.model(), table.horizontalHeader()
    if model is None:
        return
    first = max(table.rowAt(0), 0)
    last = table.rowAt(table.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    for column in range(model.columnCount()):
        if table.isColumnHidden(column) or header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        if header.stretchLastSection() and column == header.logicalIndex(header.count() - 1):
            continue
        width = table.columnWidth(column)
        for row in range(first, min(last, first + 40) + 1):
            index = model.index(row, column)
            text = index.data()
            if not isinstance(text, str) or not text or index.data(Qt.ItemDataRole.ToolTipRole):
                continue
            if _text_width(table, text) + 6 > width and not (
                table.property("fit_cap") and width >= table.property("fit_cap") - 1
            ):
                yield table, text, f"cell cut: column {column} is {width} px"
                break


def _cut_tree_cells(tree: QTreeView) -> Iterator[tuple[QWidget, str, str]]:
    """Rows of a tree whose text is cut where no tooltip gives it whole (a tree elides without one)."""
    model = tree.model()
    if model is None:
        return
    index = tree.indexAt(QPoint(2, 2))
    seen = 0
    while index.isValid() and seen < 40:
        for column in range(model.columnCount(index.parent())):
            cell = index.siblingAtColumn(column)
            rect = tree.visualRect(cell)
            if tree.isColumnHidden(column) or rect.top() > tree.viewport().height():
                continue
            text = cell.data()
            if not isinstance(text, str) or not text or cell.data(Qt.ItemDataRole.ToolTipRole):
                continue
            width = rect.width()
            if column == model.columnCount(index.parent()) - 1:  # the last column is drawn to the view's edge
                width = max(width, tree.viewport().width() - rect.left())
            room = width - (tree.iconSize().width() + 4 if cell.data(Qt.ItemDataRole.DecorationRole) else 0)
            if _text_width(tree, text) + 6 > room:
                yield tree, text, f"cell cut: {room} px for column {column}"
        index = tree.indexBelow(index)
        seen += 1


class Shooter:
    def __init__(self, folder: Path, language: str) -> None:
        self.folder = folder
        self.language = language
        self.found: list[dict[str, str]] = []

    def shoot(self, name: str, widget: QWidget) -> None:
        wait(0.15)
        widget.grab().save(str(self.folder / f"{self.language}-{name}.png"))
        screen = widget.screen().availableGeometry()
        frame = widget.frameGeometry()
        if widget.isWindow() and (frame.width() > screen.width() or frame.height() > screen.height()):
            size = f"{frame.width()}×{frame.height()}"
            problem = f"the window ({size}) is larger than the screen"
            kind = widget.metaObject().className()
            self.found.append({"screen": name, "widget": kind, "text": widget.windowTitle(), "problem": problem})
        for culprit, text, problem in problems_of(widget):
            self.found.append(
                {
                    "screen": name,
                    "widget": f"{culprit.metaObject().className()} {culprit.objectName()}".strip(),
                    "text": text,
                    "problem": problem,
                }
            )

    def shoot_tabs(self, name: str, root: QWidget) -> None:
        """The page as it stands, then each page of every tab widget inside it."""
        self.shoot(name, root.window())
        for tabs in root.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for i in range(tabs.count()):
                if i == tabs.currentIndex():
                    continue
                tabs.setCurrentIndex(i)
                settle()
                self.shoot(f"{name}-{i + 1}", root.window())
            tabs.setCurrentIndex(0)

    def dialog(self, name: str, opener: Callable[[], object]) -> None:
        """Open a dialog, shoot it and close it. A timer looks for it, so a modal one (a file dialog, in its own
        event loop) is shot and closed from inside that loop."""
        before = set(QApplication.topLevelWidgets())
        shot: list[QDialog] = []

        def look() -> None:
            opened = [
                w
                for w in QApplication.topLevelWidgets()
                if w not in before and isinstance(w, QDialog) and w.isVisible()
            ]
            if opened and not shot:
                shot.extend(opened)
                for dialog in opened:
                    self.shoot(name, dialog)
                for dialog in opened:
                    dialog.reject()
                    dialog.close()

        poll = QTimer()
        poll.setInterval(400)
        poll.timeout.connect(look)
        poll.start()
        QTimer.singleShot(0, opener)
        try:
            wait(until=lambda: bool(shot), timeout=10)
        except TimeoutError:
            self.found.append({"screen": name, "widget": "", "text": "", "problem": "the dialog did not open"})
        finally:
            poll.stop()
        wait(0.2)


def make_demo(database: Path) -> None:
    import keyring

    from gridapp.db.connect import open_database
    from gridapp.db.schema import ensure_schema
    from gridapp.demo import load_demo
    from gridapp.paths import data_dir
    from gridapp.station import load_or_create_station
    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    db = open_database(database, load_or_create_station(data_dir()))
    ensure_schema(db)
    load_demo(db, db.system_actor(), demo_password=PASSWORD)
    db.dispose()


def main(argv: list[str]) -> int:
    demo = "--demo" in argv
    argv = [a for a in argv if a != "--demo"]
    database, language, out = argv[0], argv[1], Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    if demo:
        make_demo(Path(database))
    import main as entry
    from ui.app import create_application
    from ui.session.dialogs import InitAdminDialog, LoginDialog

    app = create_application([sys.argv[0]], language)
    window = entry.launch(database)
    window.resize(*SIZE)
    window.move(0, 0)
    wait(until=lambda: window.session.dialog is not None, timeout=30)
    login = window.session.dialog
    shooter = Shooter(out, language)
    if isinstance(login, InitAdminDialog):
        shooter.shoot("first-admin", login)
        login.password.first.setText("Admin#2026")
        login.password.second.setText("Admin#2026")
        login.accept()
        wait(until=lambda: isinstance(window.session.dialog, LoginDialog), timeout=10)
        login = window.session.dialog
    assert isinstance(login, LoginDialog)
    shooter.shoot("login", login)
    login.login.setText("DH0001")
    login.password.setText(PASSWORD)
    login.accept()
    wait(until=lambda: window.context.actor is not None, timeout=10)
    window.showNormal()
    window.setGeometry(window.screen().availableGeometry())
    settle()

    names = ["org", "issues", "inspections", "scoring"]
    for i, name in enumerate(names):
        window.tabs.setCurrentIndex(i)
        wait(until=lambda: window.tabs.currentWidget().content is not None, timeout=10)
        settle()
        shooter.shoot_tabs(name, window.tabs.currentWidget())
        if name == "issues":
            shoot_issue_screens(shooter, window)
    shoot_dialogs(shooter, window)
    (out / f"problems-{language}.json").write_text(json.dumps(shooter.found, ensure_ascii=False, indent=1))
    window.close()
    window.services.close()
    app.quit()
    return 0


def shoot_issue_screens(shooter: Shooter, window: QObject) -> None:
    tab = window.issues_tab.content  # type: ignore[attr-defined]
    services = window.services  # type: ignore[attr-defined]
    from gridapp.issues.rows import IssueFilter

    rows = services.issues.page(IssueFilter())
    if rows:
        actor = window.context.actor  # type: ignore[attr-defined]
        busiest = max(
            rows[:40],
            key=lambda r: (
                len(services.issues.available_actions(actor, r.id)),
                len(services.issues.detail(r.id).events),
            ),
        )
        tab.show_issue(busiest.id)
        settle()
        shooter.shoot("issues-detail", window)  # type: ignore[arg-type]
    tab.table_button.click()
    settle()
    shooter.shoot("issues-table", window)  # type: ignore[arg-type]
    tab.matrix_button.click()  # the diagnosis matrix (诊治矩阵) of the filters' unit, with a month's stages passed
    tab.diagnosis.monthly.setChecked(True)
    settle()
    shooter.shoot("issues-matrix", window)  # type: ignore[arg-type]
    tab.projects_button.click()  # the tackling projects (攻关项目) of the year, by status
    settle()
    shooter.shoot("issues-projects", window)  # type: ignore[arg-type]
    tab.board_button.click()
    settle()
    shooter.dialog("dialog-indicators", tab.indicators_button.click)
    shooter.dialog("dialog-clocks", tab.settings_button.click)
    shooter.dialog("dialog-ledger", tab.ledger_button.click)
    shooter.dialog("dialog-handover", tab.handover_button.click)
    shooter.dialog("dialog-quick-report", tab.report_button.click)


def shoot_dialogs(shooter: Shooter, window: QObject) -> None:
    """The main dialogs of the other tabs, and Qt's own file dialog (its labels must be translated too)."""
    from ui.file_dialogs import save_file_name

    tabs = window.tabs  # type: ignore[attr-defined]
    tabs.setCurrentIndex(0)
    settle()
    org = window.org_tab.content  # type: ignore[attr-defined]
    shooter.dialog("dialog-add-unit", org.actions_.add_unit.trigger)
    shooter.dialog("dialog-coverage", org.actions_.coverage.trigger)
    shooter.dialog(
        "dialog-save-pdf", lambda: save_file_name(org, "PDF", "pdf", "组织架构图.pdf", "PDF (*.pdf)", ".pdf")
    )
    tabs.setCurrentIndex(3)
    settle()
    shooter.dialog("dialog-give-points", window.scoring_tab.content.give_button.click)  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
