"""Small dialogs of the cards page: releasing a version, copying a card to another post, and the rows a rejected
workbook import found wrong."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.inspections.rows import PostRow
from gridapp.inspections.workbook import RowError
from ui.inspections.messages import import_problem_text

Index = QModelIndex | QPersistentModelIndex


class ReleaseDialog(QDialog):
    def __init__(self, document: str, current: str, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Release a version"))
        self.version = QLineEdit(suggested)
        self.version.setObjectName("releaseVersion")
        self.note = QLineEdit()
        self.note.setObjectName("releaseNote")
        self.note.setPlaceholderText(self.tr("What changed, e.g. the grid's duties added to the card"))
        intro = QLabel(
            self.tr("Release the current text of “{0}” as a new version. The released version is kept and can be "
                    "viewed and printed later; rounds are recorded against it.").format(document)
        )  # fmt: skip
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current version"), QLabel(current or self.tr("none (draft)")))
        form.addRow(self.tr("New version"), self.version)
        form.addRow(self.tr("What changed"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())


class CopyDialog(QDialog):
    """Choose the post a card is copied to, and whether it replaces what that post's card holds."""

    def __init__(self, document: str, posts: list[PostRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy “{0}” to another post").format(document))
        self.post = QComboBox()
        self.post.setObjectName("copyTarget")
        for post in posts:
            self.post.addItem(f"{post.unit} · {post.name}", post.id)
        self.replace = QRadioButton(self.tr("Replace what that post's document holds"))
        self.append = QRadioButton(self.tr("Add the items after the ones it has"))
        self.replace.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Copy to"), self.post)
        form.addRow("", self.replace)
        form.addRow("", self.append)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class ErrorColumn(enum.IntEnum):
    ROW = 0
    COLUMN = 1
    PROBLEM = 2
    VALUE = 3


class RowErrorModel(QAbstractTableModel):
    def __init__(self, errors: tuple[RowError, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(errors)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ErrorColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        error = self._rows[index.row()]
        match ErrorColumn(index.column()):
            case ErrorColumn.ROW:
                return str(error.row) if error.row else ""
            case ErrorColumn.COLUMN:
                return error.column
            case ErrorColumn.PROBLEM:
                return import_problem_text(error.problem, error.value)
            case ErrorColumn.VALUE:
                return error.value

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ErrorColumn.ROW: self.tr("Row"),
            ErrorColumn.COLUMN: self.tr("Column"),
            ErrorColumn.PROBLEM: self.tr("Problem"),
            ErrorColumn.VALUE: self.tr("Cell"),
        }[ErrorColumn(section)]


class ImportErrorsDialog(QDialog):
    def __init__(self, file_name: str, errors: tuple[RowError, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The workbook was not imported"))
        intro = QLabel(
            self.tr("{0} has {1} problems. Nothing was imported: correct the rows below in Excel and import the "
                    "file again.").format(file_name, len(errors))
        )  # fmt: skip
        intro.setWordWrap(True)
        self.model = RowErrorModel(errors, self)
        self.table = QTableView()
        self.table.setObjectName("importErrors")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(ErrorColumn.PROBLEM, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
