"""Importing the roster from Excel: the file is checked in the background, every row's problems are listed, and
the import (all or nothing) is offered only when no row has a blocking problem."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.actor import Actor
from gridapp.org.roster_preview import Problem, RosterPreview, RosterRow, RowAction
from ui.org.labels import field_label
from ui.org.messages import file_problem_text, row_action_text, row_problem_text, show_problem
from ui.progress import run_with_progress
from ui.roles import ROW_ROLE
from ui.tasks import Task

if TYPE_CHECKING:
    from gridapp.org.service import OrgService

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#FDE2E2")
FIXED_BACKGROUND = QColor("#FFF6D6")


class Fixed(enum.IntEnum):
    LINE = 0
    ACTION = 1
    PROBLEMS = 2


class RosterPreviewModel(QAbstractTableModel):
    """The preview's rows: Excel row number, what happens to it, each field found, and its problems."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview: RosterPreview | None = None
        self._rows: list[RosterRow] = []
        self._fields: tuple[str, ...] = ()
        self._only_problems = False

    def set_preview(self, preview: RosterPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._fields = preview.columns if preview else ()
        self._filter()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self._only_problems = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = list(self._preview.rows) if self._preview else []
        self._rows = [r for r in rows if r.problems] if self._only_problems else rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._preview is None else 3 + len(self._fields)

    def _field(self, column: int) -> str | None:
        return self._fields[column - 2] if 2 <= column < 2 + len(self._fields) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        last = 2 + len(self._fields)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Fixed.LINE:
                return row.line
            if column == Fixed.ACTION:
                return row_action_text(row.action)
            if column == last:
                return "；".join(_problem(p) for p in row.problems)
            field = self._field(column)
            return row.values.get(field, "") if field else None
        if role == Qt.ItemDataRole.BackgroundRole:
            field = self._field(column)
            problems = [p for p in row.problems if column in (Fixed.ACTION, last) or p.column == field]
            if any(p.kind.blocking for p in problems):
                return ERROR_BACKGROUND
            if problems:
                return FIXED_BACKGROUND
            if field and field in row.changes:
                return QColor("#E3F2FD")
        if role == Qt.ItemDataRole.ToolTipRole and column == last and row.problems:
            return "\n".join(_problem(p) for p in row.problems)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == Fixed.LINE:
            return self.tr("Row")
        if section == Fixed.ACTION:
            return self.tr("Result")
        field = self._field(section)
        return field_label(field) if field else self.tr("Problems")


def _problem(problem: Problem) -> str:
    """ "Phone: stray spaces removed": which cell, and what."""
    return f"{field_label(problem.column)}：{row_problem_text(problem.kind, problem.detail)}"


class RosterImportDialog(QDialog):
    imported = Signal(object)  # the RosterPreview of what was written

    def __init__(
        self, org: OrgService, path: Path, actor: Callable[[], Actor | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import roster from Excel"))
        self._org = org
        self._path = path
        self._actor = actor
        self.preview: RosterPreview | None = None
        self.file_label = QLabel(str(path))
        self.summary = QLabel(self.tr("Checking the file…"))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.model = RosterPreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.only_problems = QCheckBox(self.tr("Only rows with problems"))
        self.only_problems.toggled.connect(self.model.set_only_problems)
        self.recheck = QPushButton(self.tr("Check again"))
        self.recheck.setToolTip(self.tr("Read the file again after correcting it in Excel"))
        self.recheck.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.only_problems)
        buttons.addStretch(1)
        buttons.addWidget(self.recheck)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1100, 640)
        self.task: Task | None = None
        self.check()

    @Slot()
    def check(self) -> None:
        if self.task is not None and self.task.running:
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the file…"))
        path, org = self._path, self._org
        self.task = Task(lambda progress: org.roster.preview(path, progress), name="roster preview", parent=self)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(lambda exc: show_problem(self, exc, self.windowTitle()))
        self.rejected.connect(self.task.cancel)
        self.task.start()

    @Slot(object)
    def _on_task_succeeded(self, preview: RosterPreview) -> None:
        self.show_preview(preview)

    def show_preview(self, preview: RosterPreview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        if preview.file_problem is not None:
            self.summary.setText(file_problem_text(preview.file_problem, preview.file_detail))
        else:
            fixed = sum(1 for r in preview.rows if r.problems and r.action != RowAction.ERROR)
            text = self.tr(
                "Sheet “{0}”, {1} rows: {2} new, {3} to update, {4} unchanged, {5} with errors, {6} corrected."
            ).format(
                preview.sheet,
                len(preview.rows),
                preview.count(RowAction.NEW),
                preview.count(RowAction.UPDATE),
                preview.count(RowAction.UNCHANGED),
                preview.count(RowAction.ERROR),
                fixed,
            )
            if preview.blocked:
                text += " " + self.tr("Nothing can be imported until the rows with errors are corrected.")
            elif not preview.changes_anything:
                text += " " + self.tr("The file matches the database: importing would change nothing.")
            if preview.new_posts:
                text += " " + self.tr("New posts: {0}.").format("、".join(preview.new_posts))
            self.summary.setText(text)
        self.import_button.setEnabled(not preview.blocked and preview.changes_anything)

    @Slot()
    def _on_import_clicked(self) -> None:
        actor = self._actor()
        if actor is None:
            return
        self.import_button.setEnabled(False)
        path, org = self._path, self._org
        task = run_with_progress(
            self,
            self.tr("Importing the roster…"),
            lambda progress: org.roster.import_roster(actor, path, progress),
            self._on_imported,
            name="roster import",
        )
        task.failed.disconnect()
        task.failed.connect(self._on_import_failed)

    def _on_imported(self, preview: RosterPreview) -> None:
        self.imported.emit(preview)
        self.accept()

    @Slot(object)
    def _on_import_failed(self, exc: BaseException) -> None:
        show_problem(self, exc, self.windowTitle())
        self.check()
