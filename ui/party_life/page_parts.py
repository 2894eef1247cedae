"""What the party life pages share: reloading when party life changes, their table views and tool bars, and
carrying out a change with its refusal shown (a dialog stays open with what was typed until the change is saved)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox, QSpinBox, QTableView, QToolBar, QWidget

from gridapp.party_life.kinds import PartyLifeRefused
from gridapp.security.rights import plant_today
from ui.errors import show_exception
from ui.party_life.words import refusal_text

if TYPE_CHECKING:
    from gridapp.org.rows import UnitRow
    from ui.context import AppContext


class PartyLifePage(QWidget):
    """A page of the organisation tab over the selected unit; reloads when party life changes while it is shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._unit: UnitRow | None = None
        context.noticed.connect(self._on_context_noticed)

    @Slot(object)
    def _on_context_noticed(self, notice: object) -> None:
        from gridapp.changes import PartyLifeChanged

        if isinstance(notice, PartyLifeChanged) and self.isVisible():
            self.reload()  # recorded in another window or on another PC

    def reload(self) -> None:
        raise NotImplementedError


def table_view(model: QAbstractItemModel, name: str, sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    return view


def tool_bar(actions: Sequence[QAction | None]) -> QToolBar:
    """Text buttons (a None separates groups); what does not fit folds behind a » button."""
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in actions:
        if action is None:
            bar.addSeparator()
        else:
            bar.addAction(action)
    return bar


def year_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(2000, 2100)
    box.setValue(plant_today().year)
    return box


def preview(parent: QWidget, title: str, build: Callable[[], bytes], file_name: str) -> None:
    """The print preview of a PDF built in the background, to print or save."""
    from ui.print_preview import PrintPreviewDialog

    PrintPreviewDialog(title, lambda _progress: build(), file_name, parent).exec()


# A capability's refusal and its words (party life's by default; training passes its own).
Refusals = tuple[type[Exception], Callable[[Any], str]]
PARTY_LIFE_REFUSED: Refusals = (PartyLifeRefused, refusal_text)


def run_change(
    parent: QWidget, title: str, change: Callable[[], object], refused: Refusals = PARTY_LIFE_REFUSED
) -> bool:
    """Carry out ``change``; a refusal or a fault is shown to the user (never swallowed) and False returned."""
    refusal, words = refused
    try:
        change()
    except refusal as exc:
        QMessageBox.warning(parent, title, words(exc))
        return False
    except Exception as exc:  # a refusal of the rights table or a database fault
        show_exception(parent, exc)
        return False
    return True


def exec_until_saved(dialog: QDialog, save: Callable[[], object], refused: Refusals = PARTY_LIFE_REFUSED) -> bool:
    """Show ``dialog`` until its change is saved or it is cancelled; a refused change keeps what was typed."""
    while dialog.exec() == QDialog.DialogCode.Accepted:
        if run_change(dialog, dialog.windowTitle(), save, refused):
            return True
    return False
