"""A site's catalogue as a list with add, change and delete, each change saved at once (party life's meeting kinds,
training's classrooms): a catalogue names its rows, the dialog of one entry and the service's save and delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.party_life.page_parts import Refusals, exec_until_saved, run_change
from ui.roles import ROW_ROLE
from ui.row_table import RowTableModel

R = TypeVar("R")
translate = QCoreApplication.translate


class CatalogueDialog(QDialog, Generic[R]):
    """The catalogue's rows in a table with 添加 / 修改 / 删除 above it (the subclass gives the window its title). ``entry`` makes the dialog of a new entry
    (None) or of a row; ``save(draft, row)`` stores it, kept open with what was typed while refused; ``delete(row)``
    removes one (the service refuses what is in use, and the refusal is shown)."""

    def __init__(
        self,
        model: RowTableModel[R],
        rows: Callable[[], Sequence[R]],
        entry: Callable[[R | None, QWidget], Any],
        save: Callable[[Any, R | None], object],
        delete: Callable[[R], object],
        refused: Refusals,
        sort_column: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows, self._entry, self._save_entry, self._delete = rows, entry, save, delete
        self._refused, self._sort_column = refused, sort_column
        self.model = model
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self._on_edit_clicked())
        self.add_button = QPushButton(translate("CatalogueDialog", "Add…"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button = QPushButton(translate("CatalogueDialog", "Change…"))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button = QPushButton(translate("CatalogueDialog", "Delete"))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list(self._rows()))
        self.table.sortByColumn(self._sort_column, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()

    def current(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def edit(self, row: R | None) -> bool:
        """The entry's dialog for a new entry (``row`` None) or ``row``, until saved or cancelled; True if saved."""
        dialog = self._entry(row, self)
        saved = exec_until_saved(dialog, lambda: self._save_entry(dialog.draft(), row), self._refused)
        self.reload()
        return saved

    def remove(self, row: R) -> bool:
        done = run_change(self, self.windowTitle(), lambda: self._delete(row), self._refused)
        self.reload()
        return done

    @Slot()
    def _on_add_clicked(self) -> None:
        self.edit(None)

    @Slot()
    def _on_edit_clicked(self) -> None:
        row = self.current()
        if row is not None:
            self.edit(row)

    @Slot()
    def _on_delete_clicked(self) -> None:
        row = self.current()
        if row is not None:
            self.remove(row)
