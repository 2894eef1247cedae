"""The hazard ledger view: every hazard of a unit subtree with its five fixes, acceptance and closure; printable
as A4 landscape PDF and exportable to .xlsx (both off the UI thread)."""

from __future__ import annotations

import enum
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
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

from gridapp.issues.clock import Calendar
from gridapp.issues.kinds import DueStatus
from gridapp.issues.ledger import LedgerRow
from ui.file_dialogs import save_file_name
from ui.issues import labels
from ui.print_preview import PrintPreviewDialog
from ui.progress import run_with_progress
from ui.roles import ROW_ROLE, SORT_ROLE
from ui.tasks import Task
from ui.widgets import fit_columns

if TYPE_CHECKING:
    from ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex


class LedgerColumn(enum.IntEnum):
    NUMBER = 0
    TITLE = 1
    UNIT = 2
    GRADE = 3
    RESPONSIBLE = 4
    MEASURES = 5
    FUNDS = 6
    DEADLINE = 7
    PLAN = 8
    STATE = 9
    VERIFIER = 10
    CLOSED = 11


class LedgerModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerRow] = []
        self._calendar = Calendar()

    def set_rows(self, rows: list[LedgerRow], calendar: Calendar) -> None:
        self.beginResetModel()
        self._rows, self._calendar = rows, calendar
        self.endResetModel()

    @property
    def rows(self) -> list[LedgerRow]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(LedgerColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = LedgerColumn(index.column())
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == LedgerColumn.GRADE and row.colour:
            return labels.RISK_QCOLOR[row.colour]
        if role == Qt.ItemDataRole.BackgroundRole and row.due in labels.DUE_BACKGROUND:
            return labels.DUE_BACKGROUND[row.due]
        if role == Qt.ItemDataRole.ToolTipRole and column in (LedgerColumn.MEASURES, LedgerColumn.PLAN):
            return self._display(row, column)
        return None

    def _display(self, row: LedgerRow, column: LedgerColumn) -> str:
        cal = self._calendar
        match column:
            case LedgerColumn.NUMBER:
                return row.number
            case LedgerColumn.TITLE:
                return row.title
            case LedgerColumn.UNIT:
                return row.unit
            case LedgerColumn.GRADE:
                return f"{labels.grade_label(row.grade)} {labels.colour_label(row.colour)}".strip()
            case LedgerColumn.RESPONSIBLE:
                return row.responsible
            case LedgerColumn.MEASURES:
                return row.measures
            case LedgerColumn.FUNDS:
                return row.funds
            case LedgerColumn.DEADLINE:
                text = labels.deadline_when(row.deadline, cal)
                return f"{text} {labels.due_label(row.due)}".strip() if row.due is DueStatus.OVERDUE else text
            case LedgerColumn.PLAN:
                return row.contingency_plan
            case LedgerColumn.STATE:
                return labels.state_label(row.state)
            case LedgerColumn.VERIFIER:
                return row.verifier
            case LedgerColumn.CLOSED:
                return labels.when(row.closed_at, cal, with_time=False)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            LedgerColumn.NUMBER: self.tr("No."),
            LedgerColumn.TITLE: self.tr("Hazard"),
            LedgerColumn.UNIT: self.tr("Unit"),
            LedgerColumn.GRADE: self.tr("Grade"),
            LedgerColumn.RESPONSIBLE: self.tr("Responsible"),
            LedgerColumn.MEASURES: self.tr("Measures"),
            LedgerColumn.FUNDS: self.tr("Funds"),
            LedgerColumn.DEADLINE: self.tr("Rectify by"),
            LedgerColumn.PLAN: self.tr("Contingency plan"),
            LedgerColumn.STATE: self.tr("State"),
            LedgerColumn.VERIFIER: self.tr("Accepted by"),
            LedgerColumn.CLOSED: self.tr("Closed"),
        }[LedgerColumn(section)]


class LedgerDialog(QDialog):
    def __init__(self, context: AppContext, unit_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerDialog")
        self._context = context
        self._unit_id = unit_id
        services = context.services
        assert services is not None
        self._unit_name = next((u.name for u in services.org.units() if u.id == unit_id), "")
        self.setWindowTitle(self.tr("Hazard ledger · {0}").format(self._unit_name))
        self.model = LedgerModel(self)
        self.table = QTableView()
        self.table.setObjectName("ledgerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (LedgerColumn.NUMBER, 80),
            (LedgerColumn.TITLE, 240),
            (LedgerColumn.UNIT, 110),
            (LedgerColumn.GRADE, 80),
            (LedgerColumn.RESPONSIBLE, 70),
            (LedgerColumn.MEASURES, 170),
            (LedgerColumn.FUNDS, 110),
            (LedgerColumn.DEADLINE, 120),
            (LedgerColumn.PLAN, 150),
            (LedgerColumn.STATE, 80),
            (LedgerColumn.VERIFIER, 70),
        ):
            self.table.setColumnWidth(column, width)
        fit_columns(self.table)  # the widths above until the rows are in, then as wide as their texts
        self.include_closed = QCheckBox(self.tr("Include closed hazards"))
        self.include_closed.setChecked(True)
        self.include_closed.toggled.connect(self.reload)
        self.status = QLabel()
        self.print_button = QPushButton(self.tr("Print preview…"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self._on_export_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.include_closed)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.preview: PrintPreviewDialog | None = None
        self.task: Task | None = None
        self.resize(1180, 640)
        self.reload()

    def _title(self) -> str:
        return self.tr("{0} hazard ledger").format(self._unit_name)

    @Slot()
    def reload(self) -> None:
        services = self._context.services
        if services is None:
            return
        issues, unit, closed = services.issues, self._unit_id, self.include_closed.isChecked()
        self.status.setText(self.tr("Loading…"))
        self.task = Task(
            lambda progress: (issues.hazard_ledger(unit, closed), issues.calendar()), name="ledger", parent=self
        )
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.start()

    @Slot(object)
    def _on_task_succeeded(self, result: tuple[list[LedgerRow], Calendar]) -> None:
        if self.sender() is not self.task:
            return  # loaded for the choice before the latest one
        rows, calendar = result
        self.model.set_rows(rows, calendar)
        overdue = sum(1 for r in rows if r.due is DueStatus.OVERDUE)
        self.status.setText(self.tr("{0} hazards, {1} overdue").format(len(rows), overdue))

    @Slot()
    def _on_print_clicked(self) -> None:
        services = self._context.services
        if services is None:
            return
        rows, calendar = list(self.model.rows), services.issues.calendar()
        title = self._title()
        subtitle = self.tr("Printed {0}").format(labels.when(services.issues.now(), calendar))

        def build(progress: Any) -> bytes:
            from gridapp.issues.ledger import ledger_pdf

            return ledger_pdf(rows, title, subtitle, calendar, progress)

        self.preview = PrintPreviewDialog(title, build, f"{title}.pdf", self)
        self.preview.open()

    @Slot()
    def _on_export_clicked(self) -> None:
        services = self._context.services
        if services is None:
            return
        path = save_file_name(
            self,
            self.tr("Export the hazard ledger"),
            "xlsx",
            f"{self._title()}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path is not None:
            self.export(path)

    def export(self, path: Path) -> Task:
        services = self._context.services
        assert services is not None
        rows, calendar, title = list(self.model.rows), services.issues.calendar(), self._title()

        def work(progress: Any) -> Path:
            from gridapp.issues.ledger import ledger_xlsx

            return ledger_xlsx(rows, path, title, calendar, progress)

        return run_with_progress(
            self,
            self.tr("Exporting the hazard ledger…"),
            work,
            lambda saved: self.status.setText(self.tr("Saved {0}").format(saved)),
            name="ledger export",
            failure_title=self.tr("The hazard ledger could not be exported"),
        )
