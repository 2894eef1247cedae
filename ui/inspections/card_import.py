"""Importing a card's items from a workshop's sheet: the common mapping step, then every row as it would be written —
new or changed, categories filled from merged cells, the limits read from each standard proposed as a reading
(accepted all together, row by row, or not at all), each problem on its row — then the import, all or nothing."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.actor import Actor
from gridapp.inspections.kinds import CheckLevel, Frequency
from gridapp.inspections.workbook import (
    COLUMNS,
    SCHEMA,
    CardImportOptions,
    ImportPlan,
    ImportProblem,
    ItemLine,
    Readings,
    RowError,
)
from gridapp.io.tables import Table
from gridapp.progress import Progress
from ui.imports.dialog import ImportDialog
from ui.inspections.labels import field_label, frequency_label, level_label, limits_label
from ui.inspections.messages import import_problem_text
from ui.widgets import fit_columns

if TYPE_CHECKING:
    from gridapp.inspections.workbook import WorkbookService

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#FDE2E2")
FILLED_FOREGROUND = QColor("#5F6368")


class Col(enum.IntEnum):
    LINE = 0
    RESULT = 1
    EQUIPMENT = 2
    ACTIVITY = 3
    CONTENT = 4
    STANDARD = 5
    READING = 6
    PROBLEMS = 7


_FIELDS = {Col.EQUIPMENT: "equipment", Col.ACTIVITY: "activity", Col.CONTENT: "content", Col.STANDARD: "standard"}


class ItemPreviewModel(QAbstractTableModel):
    """The sheet's rows as the import reads them; the reading column is ticked per row in "chosen rows" mode."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[ItemLine] = []
        self._all: list[ItemLine] = []
        self._existing: set[uuid.UUID] = set()
        self.readings = Readings.ALL
        self.accepted: set[int] = set()
        self.only_problems = False

    def set_plan(self, plan: ImportPlan | None, existing: set[uuid.UUID]) -> None:
        self.beginResetModel()
        self._all = list(plan.lines) if plan else []
        self._existing = existing
        self._filter()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self.only_problems = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self._lines = [line for line in self._all if line.errors] if self.only_problems else self._all

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Col)

    def takes(self, line: ItemLine) -> bool:
        return line.proposal is not None and (
            self.readings is Readings.ALL or (self.readings is Readings.CHOSEN and line.line in self.accepted)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        column = Col(index.column())
        field = _FIELDS.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Col.LINE:
                return line.line
            if column is Col.RESULT:
                if line.errors:
                    return self.tr("Error")
                return self.tr("Changed") if line.item_id in self._existing else self.tr("New")
            if field:
                return line.values.get(field, "")
            if column is Col.READING and line.proposal is not None:
                p = line.proposal
                return limits_label(p.lower, p.upper, p.unit)
            if column is Col.PROBLEMS:
                return "；".join(map(_error_text, line.errors))
        if role == Qt.ItemDataRole.CheckStateRole and column is Col.READING and line.proposal is not None:
            return Qt.CheckState.Checked if self.takes(line) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and line.errors and column in (Col.RESULT, Col.PROBLEMS):
            return ERROR_BACKGROUND
        if field and field in line.filled:
            if role == Qt.ItemDataRole.ForegroundRole:
                return FILLED_FOREGROUND
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Filled from the merged cell above")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Col.READING and line.proposal is not None:
                return self.tr("Read from “{0}” in the standard").format(line.proposal.text)
            if column is Col.PROBLEMS and line.errors:
                return "\n".join(map(_error_text, line.errors))
            if field:
                return line.values.get(field) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == Col.READING
            and self.readings is Readings.CHOSEN
            and self._lines[index.row()].proposal is not None
        ):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != Col.READING:
            return False
        line = self._lines[index.row()].line
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.accepted.add(line)
        else:
            self.accepted.discard(line)
        self.dataChanged.emit(index, index, [role])
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Col(section)
        if column in _FIELDS:
            return field_label(_FIELDS[column])
        return {
            Col.LINE: self.tr("Row"),
            Col.RESULT: self.tr("Result"),
            Col.READING: self.tr("Reading from the standard"),
            Col.PROBLEMS: self.tr("Problems"),
        }[column]

    def proposals(self) -> list[int]:
        return [line.line for line in self._all if line.proposal is not None]


class CardImportDialog(ImportDialog):
    def __init__(
        self,
        workbooks: WorkbookService,
        document_id: uuid.UUID,
        existing: set[uuid.UUID],
        path: Path,
        actor: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(path, SCHEMA, field_label, "", parent)
        self.setWindowTitle(self.tr("Import items from a spreadsheet"))
        self._workbooks = workbooks
        self._document_id = document_id
        self._existing = existing
        self._actor = actor
        self.plan: ImportPlan | None = None
        self._pending = CardImportOptions()
        self.model = ItemPreviewModel(self)
        self.model.dataChanged.connect(self._show_summary)
        self.table = QTableView()
        self.table.setObjectName("itemPreview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        fit_columns(self.table)  # as wide as titles and texts, long texts elided with their tooltip
        self.table.horizontalHeader().setStretchLastSection(True)
        self.level = QComboBox()
        self.level.setObjectName("importLevel")
        self.level.addItem(self.tr("— written in each row —"), None)
        for level in CheckLevel:
            self.level.addItem(level_label(level), level)
        self.frequency = QComboBox()
        self.frequency.setObjectName("importFrequency")
        self.frequency.addItem(self.tr("— written in each row —"), None)
        for frequency in (Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY):
            self.frequency.addItem(frequency_label(frequency), frequency)
        self.readings = QComboBox()
        self.readings.setObjectName("importReadings")
        self.readings.addItem(self.tr("Accept every reading proposed"), Readings.ALL)
        self.readings.addItem(self.tr("Accept the rows I tick"), Readings.CHOSEN)
        self.readings.addItem(self.tr("Keep every item pass/fail"), Readings.NONE)
        self.level.activated.connect(self.check)
        self.frequency.activated.connect(self.check)
        self.readings.activated.connect(self._on_readings)
        self.only_problems = QCheckBox(self.tr("Only rows with problems"))
        self.only_problems.toggled.connect(self.model.set_only_problems)
        options = QHBoxLayout()
        level_label_ = QLabel(self.tr("Level where none is written:"))
        level_label_.setBuddy(self.level)
        frequency_label_ = QLabel(self.tr("Frequency where none is written:"))
        frequency_label_.setBuddy(self.frequency)
        readings_label = QLabel(self.tr("Limits in the standard:"))
        readings_label.setBuddy(self.readings)
        for widget in (level_label_, self.level, frequency_label_, self.frequency, readings_label, self.readings):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.only_problems)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.add_preview(page)
        self.load()

    def options(self) -> CardImportOptions:
        return CardImportOptions(
            self.model.readings, frozenset(self.model.accepted), self.level.currentData(), self.frequency.currentData()
        )

    @Slot()
    def _on_readings(self) -> None:
        mode = Readings(self.readings.currentData())
        if mode is Readings.CHOSEN and self.model.readings is not Readings.CHOSEN:
            self.model.accepted = set(self.model.proposals()) if self.model.readings is Readings.ALL else set()
        self.model.readings = mode
        self.check()

    def make_preview(self, table: Table, progress: Progress) -> ImportPlan:
        return self._workbooks.plan_import(self._document_id, table, progress, self._pending)

    def before_work(self) -> None:
        self._pending = self.options()

    def show_preview(self, result: ImportPlan) -> bool:
        self.plan = result
        self.model.set_plan(result, self._existing)
        self._show_summary()
        return not result.errors and bool(result.rows)

    @Slot()
    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        accepted = sum(1 for line in plan.lines if self.model.takes(line) and not line.errors)
        text = self.tr("{0} items: {1} new, {2} changed, {3} removed from the card.").format(
            plan.rows, plan.added, plan.updated, plan.removed
        )
        if plan.proposals:
            text += " " + self.tr("{0} standards state limits; {1} become reading items.").format(
                plan.proposals, accepted
            )
        if plan.errors:
            rows = len({e.row for e in plan.errors})
            text += " " + self.tr("{0} rows have problems: nothing can be imported until they are corrected.").format(
                rows
            )
            chosen_for_all = (COLUMNS["level"][0], COLUMNS["frequency"][0])
            if any(e.column in chosen_for_all and e.problem is ImportProblem.REQUIRED for e in plan.errors):
                text += " " + self.tr("A sheet without levels or frequencies can take one for every row above.")
        self.summary.setText(text)

    def do_import(self, actor: Actor, table: Table, progress: Progress) -> int:
        return self._workbooks.import_items(actor, self._document_id, table, progress, self._pending)

    def actor(self) -> Actor | None:
        return self._actor()

    def imported_text(self, result: int) -> str:
        return self.tr("Items imported: {0} changes recorded in the card's history.").format(result)


def _error_text(error: RowError) -> str:
    """ "检查级别 “班长”：Not a level…": the column, the cell as written, and what is wrong with it."""
    written = f" “{error.value}”" if error.value else ""
    return f"{error.column}{written}：{import_problem_text(error.problem, error.value)}"
