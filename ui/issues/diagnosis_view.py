"""The diagnosis matrix view of the issue board (诊治矩阵): the grids under the filter's unit × the six stages, open
issues and how many of them are overdue, cross-grid issues marked, totals, a month's stages passed; a click on a cell
opens its issues on the board, and the matrix prints on A3 landscape for the monthly meeting."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.issues.diagnosis import STAGES, DiagnosisMatrix, StageCell
from gridapp.issues.kinds import OPEN_STATES
from gridapp.issues.rows import IssueFilter
from gridapp.times import plant_today
from ui.issues import labels
from ui.roles import ROW_ROLE

if TYPE_CHECKING:
    from gridapp.issues.service import IssueService
    from ui.context import AppContext
    from ui.print_preview import PrintPreviewDialog

Index = QModelIndex | QPersistentModelIndex
RED, RED_BG = QColor("#B71C1C"), QColor("#FDECEA")
TOTAL_BG = QColor("#F2F2F2")
CROSS = "⇄"


class DiagnosisModel(QAbstractTableModel):
    """One row per grid (and 本级), then the totals; one column per stage, then the row's total. Each cell shows
    "open / overdue", a cross-grid mark with its count, and the month's stages passed in brackets."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: DiagnosisMatrix | None = None

    def set_matrix(self, matrix: DiagnosisMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(STAGES) + 1

    def is_total_row(self, row: int) -> bool:
        return self.matrix is not None and row == len(self.matrix.rows)

    def cell(self, row: int, column: int) -> StageCell:
        assert self.matrix is not None
        if self.is_total_row(row):
            return self.matrix.total if column == len(STAGES) else self.matrix.totals[column]
        found = self.matrix.rows[row]
        return found.total if column == len(STAGES) else found.cells[column]

    def filter_at(self, row: int, column: int) -> IssueFilter | None:
        """What the cell counts, as the board's filter: the row's grid (the whole unit for the totals), the open
        states, the column's stage (every stage for the total column). None for the 本级 row: the board filters a
        unit with everything below it, so it cannot show the unit's own issues alone."""
        if self.matrix is None:
            return None
        if self.is_total_row(row):
            unit_id = self.matrix.unit_id
        elif self.matrix.rows[row].own:
            return None
        else:
            unit_id = self.matrix.rows[row].unit_id
        stages = frozenset(STAGES) if column == len(STAGES) else frozenset({STAGES[column]})
        return IssueFilter(unit_id=unit_id, states=frozenset(OPEN_STATES), stages=stages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        cell = self.cell(index.row(), index.column())
        total = self.is_total_row(index.row()) or index.column() == len(STAGES)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(cell)
        if role == ROW_ROLE:
            return cell
        if role == Qt.ItemDataRole.ForegroundRole and cell.overdue:
            return RED
        if role == Qt.ItemDataRole.BackgroundRole:
            return RED_BG if cell.overdue and not total else TOTAL_BG if total else None
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), index.column(), cell)
        return None

    def _text(self, cell: StageCell) -> str:
        text = f"{cell.open} / {cell.overdue}" if cell.overdue else str(cell.open) if cell.open else "·"
        if cell.cross_grid:
            text += f"  {CROSS}{cell.cross_grid}"
        if self.matrix is not None and self.matrix.month is not None:
            text += f"\n({cell.passed})"
        return text

    def _tooltip(self, row: int, column: int, cell: StageCell) -> str:
        assert self.matrix is not None
        where = self.tr("All grids") if self.is_total_row(row) else self.matrix.rows[row].name
        stage = self.tr("All stages") if column == len(STAGES) else labels.stage_label(STAGES[column])
        lines = [
            f"{where} · {stage}",
            self.tr("Open: {0}; overdue: {1}; with partners from another grid: {2}").format(
                cell.open, cell.overdue, cell.cross_grid
            ),
        ]
        if self.matrix.month is not None:
            lines.append(
                self.tr("Reached this stage in {0}: {1}").format(self.matrix.month.strftime("%Y-%m"), cell.passed)
            )
        if self.filter_at(row, column) is None:
            lines.append(self.tr("Issues escalated to this unit itself; choose it in the filters to see them"))
        elif cell.open:
            lines.append(self.tr("Click to show these issues on the board"))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == len(STAGES):
                return self.tr("Total")
            return labels.stage_label(STAGES[section])
        if self.is_total_row(section):
            return self.tr("Total")
        row = self.matrix.rows[section]
        if row.own:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Issues escalated to {0} itself").format(self.matrix.unit)
            return self.tr("This unit itself")
        return row.name


class DiagnosisView(QWidget):
    """The matrix of the unit the filters show; ``issues_opened`` carries the filter of a clicked cell."""

    issues_opened = Signal(object)  # IssueFilter

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosisMatrix")
        self._context = context
        self._issues: IssueService | None = None
        self._unit_id: uuid.UUID | None = None
        self._month_of: IssueService | None = None  # the services whose plant month the month field was set to
        self.dialog: PrintPreviewDialog | None = None
        self.summary = QLabel()
        self.summary.setObjectName("diagnosisSummary")
        self.summary.setWordWrap(True)
        self.monthly = QCheckBox(self.tr("Stages passed in"))
        self.monthly.setObjectName("diagnosisMonthly")
        self.monthly.setToolTip(self.tr("Also count, in brackets, the issues that reached each stage in this month"))
        self.month = QDateEdit(QDate(plant_today()))
        self.month.setObjectName("diagnosisMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.setEnabled(False)
        self.monthly.toggled.connect(self.month.setEnabled)
        self.monthly.toggled.connect(self._on_any_changed)
        self.month.dateChanged.connect(self._on_any_changed)
        self.print_button = QPushButton(self.tr("Print matrix…"))
        self.print_button.setObjectName("diagnosisPrint")
        self.print_button.setToolTip(self.tr("The matrix on A3 landscape for the monthly meeting"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.legend = QLabel(
            " ".join((
                self.tr("Each cell: open issues at the stage / of them overdue; {0} with partners from another grid.").format(CROSS),
                self.tr("In brackets: reached the stage in the month. Click a cell to see its issues."),
            ))
        )  # fmt: skip
        self.legend.setWordWrap(True)
        self.model = DiagnosisModel(self)
        self.table = QTableView()
        self.table.setObjectName("diagnosisTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        # Each stage as wide as its name or its figures (never a cut title); a narrow window scrolls sideways.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._on_table_clicked)
        tools = QHBoxLayout()
        tools.addWidget(self.summary, 1)
        tools.addWidget(self.monthly)
        tools.addWidget(self.month)
        tools.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)

    def chosen_month(self) -> dt.date | None:
        return self.month.date().toPython().replace(day=1) if self.monthly.isChecked() else None  # type: ignore[union-attr]

    def load(self, issues: IssueService | None, unit_id: uuid.UUID | None) -> None:
        self._issues, self._unit_id = issues, unit_id
        if issues is None or unit_id is None:
            self.model.set_matrix(None)
            self.summary.setText("")
            self.print_button.setEnabled(False)
            return
        if issues is not self._month_of:  # the plant's month (UTC+8), not this PC's
            self._month_of = issues
            today = issues.calendar().local_date(issues.now())
            self.month.blockSignals(True)
            self.month.setDate(QDate(today.year, today.month, today.day))
            self.month.blockSignals(False)
        matrix = issues.diagnosis_matrix(unit_id, self.chosen_month())
        self.model.set_matrix(matrix)
        self.print_button.setEnabled(True)
        self.summary.setText(
            self.tr("{0}: {1} grids × 6 stages; {2} open issues on the track, {3} overdue, {4} cross-grid").format(
                matrix.unit, sum(1 for r in matrix.rows if not r.own), matrix.total.open, matrix.total.overdue,
                matrix.total.cross_grid,
            )
        )  # fmt: skip
        self.table.resizeRowsToContents()

    @Slot()
    def _on_any_changed(self) -> None:
        self.load(self._issues, self._unit_id)

    @Slot(QModelIndex)
    def _on_table_clicked(self, index: QModelIndex) -> None:
        where = self.model.filter_at(index.row(), index.column())
        if where is not None:
            self.issues_opened.emit(where)

    @Slot()
    def _on_print_clicked(self) -> None:
        self.dialog = open_matrix_print(self._context, self.model.matrix, self)


def open_matrix_print(
    context: AppContext, matrix: DiagnosisMatrix | None, parent: QWidget
) -> PrintPreviewDialog | None:
    """The matrix as shown, on A3 landscape (built off the UI thread, printed or saved as PDF)."""
    from ui.print_preview import PrintPreviewDialog

    services = context.services
    if services is None or matrix is None:
        return None
    calendar = services.issues.calendar()

    def build(progress: Any) -> bytes:
        from gridapp.issues.diagnosis import matrix_pdf

        return matrix_pdf(matrix, calendar, progress)

    stamp = calendar.local(matrix.at).strftime("%Y%m%d")
    dialog = PrintPreviewDialog(
        QCoreApplication.translate("DiagnosisView", "Diagnosis matrix"),
        build,
        QCoreApplication.translate("DiagnosisView", "diagnosis-matrix-{0}.pdf").format(stamp),
        parent,
    )
    dialog.open()
    return dialog
