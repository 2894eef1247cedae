"""A document's released versions and its change log (who changed what, and when); any version opens read-only and
prints as it was."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.inspections.kinds import ChangeAction
from gridapp.inspections.prints.options import Source
from gridapp.inspections.rows import ChangeRow, DocumentContent, DocumentRow, EditionRow
from gridapp.times import plant_text
from ui.inspections.items_model import ItemColumn, ItemsModel
from ui.inspections.labels import change_label, field_label
from ui.inspections.print_dialog import PrintKind, open_print
from ui.roles import ROW_ROLE
from ui.widgets import fit_columns

if TYPE_CHECKING:
    from gridapp.services import Services

Index = QModelIndex | QPersistentModelIndex


def _when(moment: Any) -> str:
    return plant_text(moment)


class EditionColumn(enum.IntEnum):
    VERSION = 0
    RELEASED = 1
    BY = 2
    NOTE = 3


class EditionModel(QAbstractTableModel):
    def __init__(self, rows: list[EditionRow], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = rows

    def row_at(self, row: int) -> EditionRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(EditionColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        edition = self._rows[index.row()]
        if role == ROW_ROLE:
            return edition
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return {
            EditionColumn.VERSION: edition.version,
            EditionColumn.RELEASED: _when(edition.released_at),
            EditionColumn.BY: edition.released_by,
            EditionColumn.NOTE: edition.note,
        }[EditionColumn(index.column())]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            EditionColumn.VERSION: self.tr("Version"),
            EditionColumn.RELEASED: self.tr("Released"),
            EditionColumn.BY: self.tr("By"),
            EditionColumn.NOTE: self.tr("What changed"),
        }[EditionColumn(section)]


class ChangeColumn(enum.IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2
    ITEM = 3
    BEFORE = 4
    AFTER = 5


class ChangeModel(QAbstractTableModel):
    def __init__(self, rows: list[ChangeRow], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ChangeColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        change = self._rows[index.row()]
        what = change_label(change.action)
        if change.action == ChangeAction.ITEM_CHANGED and change.field:
            what = f"{what}: {field_label(change.field)}"
        if change.action == ChangeAction.COPIED_FROM:
            before, after = change.old_value, ""
        else:
            before, after = change.old_value, change.new_value
        return {
            ChangeColumn.WHEN: _when(change.at),
            ChangeColumn.WHO: change.actor_name,
            ChangeColumn.WHAT: what,
            ChangeColumn.ITEM: str(change.item_position) if change.item_position else "",
            ChangeColumn.BEFORE: before,
            ChangeColumn.AFTER: after,
        }[ChangeColumn(index.column())]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ChangeColumn.WHEN: self.tr("When"),
            ChangeColumn.WHO: self.tr("Who"),
            ChangeColumn.WHAT: self.tr("What"),
            ChangeColumn.ITEM: self.tr("Item"),
            ChangeColumn.BEFORE: self.tr("Before"),
            ChangeColumn.AFTER: self.tr("After"),
        }[ChangeColumn(section)]


def _table(model: QAbstractTableModel, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fit_columns(view)
    return view


class HistoryDialog(QDialog):
    def __init__(self, services: Services, document: DocumentRow, post: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert document.id is not None
        self._services = services
        self._document = document
        self._post = post
        self.setWindowTitle(self.tr("{0}{1}: versions and changes").format(post, document.type.name))
        self.editions = EditionModel(services.inspections.editions.editions(document.id), self)
        self.edition_view = _table(self.editions, "editionTable", EditionColumn.NOTE)
        self.edition_view.doubleClicked.connect(self._on_view_clicked)
        self.changes = ChangeModel(services.inspections.editions.changes(document.id), self)
        self.change_view = _table(self.changes, "changeTable", ChangeColumn.AFTER)
        self.view_button = QPushButton(self.tr("View version…"))
        self.view_button.setObjectName("viewEditionButton")
        self.view_button.clicked.connect(self._on_view_clicked)
        self.print_button = QPushButton(self.tr("Print version…"))
        self.print_button.setObjectName("printEditionButton")
        self.print_button.clicked.connect(self._on_print_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Released versions")), 1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.print_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.edition_view)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("Change log (newest first)")))
        bottom_layout.addWidget(self.change_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        if self.editions.rowCount():
            self.edition_view.selectRow(0)
        for button in (self.view_button, self.print_button):
            button.setEnabled(self.editions.rowCount() > 0)
        self.child: QWidget | None = None
        self.resize(900, 600)

    def selected_edition(self) -> EditionRow | None:
        rows = self.edition_view.selectionModel().selectedRows()
        return self.editions.row_at(rows[0].row()) if rows else None

    @Slot()
    def _on_view_clicked(self) -> None:
        edition = self.selected_edition()
        if edition is None:
            return
        content = self._services.inspections.editions.edition_content(edition.id)
        self.child = EditionViewDialog(content, edition, self)
        self.child.show()

    @Slot()
    def _on_print_clicked(self) -> None:
        edition = self.selected_edition()
        if edition is None:
            return
        has_items = self._document.type.has_items
        kind = PrintKind.CHECKLIST if has_items else PrintKind.DOCUMENT
        name = f"{self._post}{self._document.type.name}-{edition.version}"
        self.child = open_print(self, self._services, kind, Source(edition_id=edition.id), name, has_items)


class EditionViewDialog(QDialog):
    """A released version, read-only."""

    def __init__(self, content: DocumentContent, edition: EditionRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{0}{1}, version {2}").format(content.post, content.title, content.version))
        info = QLabel(
            self.tr("Released {0} by {1}. {2}").format(_when(edition.released_at), edition.released_by, edition.note)
        )
        info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        if content.items:
            self.model = ItemsModel(self)
            self.model.read_only = True
            self.model.set_items(list(content.items))
            view = _table(self.model, "editionItems", ItemColumn.CONTENT)
            layout.addWidget(view, 1)
        else:
            text = QPlainTextEdit(content.body)
            text.setReadOnly(True)
            layout.addWidget(text, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 560)
