"""Importing the roster from a spreadsheet: after the column step (``ui.imports``), every row's problems and every
person's changes old → new are listed with the rows left out as not data, the user chooses whether an empty cell
clears what is stored and whether unknown units are created, and the import (all or nothing) is offered only when no
row has a blocking problem."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.actor import Actor
from gridapp.io.tables import Skip, Skipped, Table
from gridapp.org.roster import SCHEMA
from gridapp.org.roster_preview import Problem, RosterOptions, RosterPreview, RosterRow
from gridapp.progress import Progress
from ui.imports.dialog import ImportDialog
from ui.org.labels import field_label
from ui.org.messages import change_text, file_problem_text, problem_text, row_action_text, show_problem
from ui.roles import ROW_ROLE

if TYPE_CHECKING:
    from gridapp.org.service import OrgService

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#FDE2E2")
FIXED_BACKGROUND = QColor("#FFF6D6")
CHANGED_BACKGROUND = QColor("#E3F2FD")
NOTE_FOREGROUND = QColor("#6B6B6B")


class Fixed(enum.IntEnum):
    LINE = 0
    ACTION = 1


class RosterPreviewModel(QAbstractTableModel):
    """The preview's rows in the sheet's order: row number, what happens to it, each field found, the changes old →
    new, and its problems; rows that are not people (totals, notes, sections…) as notes between them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview: RosterPreview | None = None
        self._rows: list[RosterRow | Skipped] = []
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
        if self._preview is None:
            self._rows = []
            return
        if self._only_problems:
            self._rows = [r for r in self._preview.rows if r.problems]
            return
        notes = [s for s in self._preview.skipped if s.reason is not Skip.BLANK]
        self._rows = sorted([*self._preview.rows, *notes], key=lambda r: r.line)

    @property
    def changes_column(self) -> int:
        return 2 + len(self._fields)

    @property
    def problems_column(self) -> int:
        return 3 + len(self._fields)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._preview is None else 4 + len(self._fields)

    def _field(self, column: int) -> str | None:
        return self._fields[column - 2] if 2 <= column < 2 + len(self._fields) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if isinstance(row, Skipped):
            return self._note_data(row, index.column(), role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Fixed.LINE:
                return row.line
            if column == Fixed.ACTION:
                return row_action_text(row.action)
            if column == self.changes_column:
                return "；".join(change_text(c, field_label(c.field)) for c in row.changes)
            if column == self.problems_column:
                return "；".join(_problem(p) for p in row.problems)
            field = self._field(column)
            return row.values.get(field, "") if field else None
        if role == Qt.ItemDataRole.BackgroundRole:
            field = self._field(column)
            problems = [p for p in row.problems if column in (Fixed.ACTION, self.problems_column) or p.column == field]
            if any(p.kind.blocking for p in problems):
                return ERROR_BACKGROUND
            if problems:
                return FIXED_BACKGROUND
            if (field and field in row.changed_fields) or (column == self.changes_column and row.changes):
                return CHANGED_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.problems_column and row.problems:
                return "\n".join(_problem(p) for p in row.problems)
            if column == self.changes_column and row.changes:
                return "\n".join(change_text(c, field_label(c.field)) for c in row.changes)
        return None

    def _note_data(self, note: Skipped, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return NOTE_FOREGROUND
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == Fixed.LINE:
            return note.line
        if column == Fixed.ACTION:
            return self.tr("Not data")
        if column == self.problems_column:
            return skip_text(note)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == Fixed.LINE:
            return self.tr("Row")
        if section == Fixed.ACTION:
            return self.tr("Result")
        if section == self.changes_column:
            return self.tr("Changes")
        field = self._field(section)
        return field_label(field) if field else self.tr("Problems")


def _problem(problem: Problem) -> str:
    """ "Phone: written “139 1234 5678”, stored in the usual form": which cell, and what."""
    return f"{field_label(problem.column)}：{problem_text(problem)}"


def skip_text(note: Skipped) -> str:
    """Why a row is not a person, with its first words: "totals row: 合计 120人"."""
    from PySide6.QtCore import QCoreApplication

    reason = {
        Skip.BLANK: QCoreApplication.translate("RosterImport", "blank row"),
        Skip.TOTALS: QCoreApplication.translate("RosterImport", "totals row, left out"),
        Skip.NOTE: QCoreApplication.translate("RosterImport", "note under the table, left out"),
        Skip.SECTION: QCoreApplication.translate("RosterImport", "section title, left out"),
        Skip.HEADING: QCoreApplication.translate("RosterImport", "headings repeated, left out"),
        Skip.HIDDEN: QCoreApplication.translate("RosterImport", "hidden row, left out"),
    }[note.reason]
    return f"{reason}：{note.text}" if note.text else reason


class RosterImportDialog(ImportDialog):
    """The column step, then the roster's preview with its two choices, then the import."""

    def __init__(
        self, org: OrgService, path: Path, actor: Callable[[], Actor | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(path, SCHEMA, field_label, "", parent)
        self.setWindowTitle(self.tr("Import roster"))
        self._org = org
        self._actor = actor
        self.preview: RosterPreview | None = None
        self.options = RosterOptions()  # the boxes' choice, set on the UI thread before each preview and import
        self.add_preview(self.preview_widget())
        self.load()

    def preview_widget(self) -> QWidget:
        self.summary = QLabel()
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
        self.blank_clears = QCheckBox(self.tr("Empty cells clear what is stored"))
        self.blank_clears.setObjectName("blankClears")
        self.blank_clears.setToolTip(
            self.tr("Unticked, an empty cell keeps the phone, post, gender or date of leaving already stored.")
        )
        self.blank_clears.toggled.connect(self._on_option_toggled)
        self.clearable = QLabel()
        self.clearable.setObjectName("importClearable")
        self.clearable.setWordWrap(True)
        self.create_units = QCheckBox(self.tr("Create the units the roster names that do not exist"))
        self.create_units.setObjectName("createUnits")
        self.create_units.setToolTip(
            self.tr("For setting up a new plant: each unknown unit is created under the deepest unit that exists.")
        )
        self.create_units.toggled.connect(self._on_option_toggled)
        self.only_problems = QCheckBox(self.tr("Only rows with problems"))
        self.only_problems.setObjectName("onlyProblems")
        self.only_problems.toggled.connect(self.model.set_only_problems)
        options = QHBoxLayout()
        options.addWidget(self.blank_clears)
        options.addWidget(self.clearable, 1)
        options.addWidget(self.create_units)
        options.addStretch(1)
        options.addWidget(self.only_problems)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        return page

    @Slot()
    def _on_option_toggled(self) -> None:
        self.check()

    # what the import steps ask of the roster ----------------------------------------------------------------------
    def before_work(self) -> None:
        self.options = RosterOptions(self.blank_clears.isChecked(), self.create_units.isChecked())

    def make_preview(self, table: Table, progress: Progress) -> RosterPreview:
        return self._org.roster.preview(table, self.options, progress)

    def show_preview(self, result: RosterPreview) -> bool:
        self.preview = result
        self.model.set_preview(result)
        self.table.resizeColumnsToContents()
        if self.model.columnCount():
            last = self.model.columnCount() - 1
            self.table.horizontalHeader().setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        self.clearable.setText(self._clearable_text(result))
        self.summary.setText(self._summary_text(result))
        return not result.blocked and result.changes_anything

    def do_import(self, actor: Actor, table: Table, progress: Progress) -> RosterPreview:
        return self._org.roster.import_roster(actor, table, self.options, progress)

    def actor(self) -> Actor | None:
        return self._actor()

    def imported_text(self, result: RosterPreview) -> str:
        """What was done, in a sentence (for a status line or a message)."""
        summary = result.summary
        text = self.tr("Roster imported: {0} new, {1} updated, {2} unchanged.").format(
            summary.new, summary.changed, summary.unchanged
        )
        if result.new_units:
            text += " " + self.tr("{0} units created.").format(len(result.new_units))
        return text

    def show_failure(self, exc: BaseException) -> None:
        show_problem(self, exc, self.windowTitle())  # a refusal in the organisation's words

    # words ----------------------------------------------------------------------------------------------------------
    def _clearable_text(self, preview: RosterPreview) -> str:
        if not preview.clearable:
            return self.tr("(no stored value would be cleared)")
        fields = "、".join(self.tr("{0} of {1} people").format(field_label(f), n) for f, n in preview.clearable)
        if preview.options.blank_clears:
            return self.tr("Clears: {0}.").format(fields)
        return self.tr("Would clear: {0}.").format(fields)

    def _summary_text(self, preview: RosterPreview) -> str:
        if preview.file_problem is not None:
            return file_problem_text(preview.file_problem, preview.file_detail)
        s = preview.summary
        text = self.tr(
            "{0} new, {1} to update, {2} unchanged, {3} refused; {4} corrected automatically; {5} rows left out as "
            "not data."
        ).format(s.new, s.changed, s.unchanged, s.refused, s.cleaned, s.skipped)
        if preview.blocked:
            text += " " + self.tr("Nothing can be imported until the rows with errors are corrected.")
        elif not preview.changes_anything:
            text += " " + self.tr("The file matches the database: importing would change nothing.")
        if preview.new_units:
            text += " " + self.tr("New units: {0}.").format("、".join(preview.new_units))
        if preview.new_posts:
            text += " " + self.tr("New posts: {0}.").format("、".join(preview.new_posts))
        return text
