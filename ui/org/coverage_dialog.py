"""The coverage check on screen: counts per unit, every employee without a guardian, every area without a claimer;
printed through the print preview."""

from __future__ import annotations

import enum
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.rows import CoverageGap, CoverageReport, UnitCoverage
from ui.org.messages import show_problem
from ui.print_preview import PrintPreviewDialog
from ui.row_table import RowTableModel
from ui.tasks import Task
from ui.widgets import fit_columns

if TYPE_CHECKING:
    from gridapp.org.service import OrgService


class CoverageColumn(enum.IntEnum):
    UNIT = 0
    STAFF = 1
    COVERED = 2
    UNCOVERED = 3
    AREAS = 4
    UNCLAIMED = 5


class UnitCoverageModel(RowTableModel[UnitCoverage]):
    columns = CoverageColumn

    def title(self, column: CoverageColumn) -> str:
        return {
            CoverageColumn.UNIT: self.tr("Unit"),
            CoverageColumn.STAFF: self.tr("Need a guardian"),
            CoverageColumn.COVERED: self.tr("Guarded"),
            CoverageColumn.UNCOVERED: self.tr("Without guardian"),
            CoverageColumn.AREAS: self.tr("Areas"),
            CoverageColumn.UNCLAIMED: self.tr("Unclaimed areas"),
        }[column]

    def text(self, row: UnitCoverage, column: CoverageColumn) -> str:
        return {
            CoverageColumn.UNIT: "　" * row.depth + row.name,
            CoverageColumn.STAFF: str(row.staff),
            CoverageColumn.COVERED: str(row.covered),
            CoverageColumn.UNCOVERED: str(row.uncovered),
            CoverageColumn.AREAS: str(row.areas),
            CoverageColumn.UNCLAIMED: str(row.unclaimed),
        }[column]

    def sort_value(self, row: UnitCoverage, column: CoverageColumn) -> Any:
        if column == CoverageColumn.UNIT:
            return row.name
        return int(self.text(row, column))

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.row() < len(self._rows):
            row = self._rows[index.row()]
            if row.uncovered or row.unclaimed:
                return QColor("#FDE2E2")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() != CoverageColumn.UNIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class GapColumn(enum.IntEnum):
    NAME = 0
    DETAIL = 1
    EXTRA = 2
    UNIT = 3


class GapModel(RowTableModel[CoverageGap]):
    """People without a guardian (name, number, post, unit) or areas without a claimer (name, kind, unit)."""

    columns = GapColumn

    def __init__(self, areas: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.areas = areas

    def title(self, column: GapColumn) -> str:
        if self.areas:
            return {GapColumn.NAME: self.tr("Area"), GapColumn.DETAIL: self.tr("Kind"), GapColumn.EXTRA: "",
                    GapColumn.UNIT: self.tr("Unit")}[column]  # fmt: skip
        return {GapColumn.NAME: self.tr("Name"), GapColumn.DETAIL: self.tr("Employee no."),
                GapColumn.EXTRA: self.tr("Post"), GapColumn.UNIT: self.tr("Unit")}[column]  # fmt: skip

    def text(self, row: CoverageGap, column: GapColumn) -> str:
        return {GapColumn.NAME: row.name, GapColumn.DETAIL: row.detail, GapColumn.EXTRA: row.extra,
                GapColumn.UNIT: row.unit_path}[column]  # fmt: skip


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSortingEnabled(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    fit_columns(view)
    return view


class CoverageDialog(QDialog):
    def __init__(self, org: OrgService, unit_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guardianship coverage (全覆盖、无遗漏)"))
        self._org = org
        self.report: CoverageReport | None = None
        self.summary = QLabel(self.tr("Checking…"))
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.units = UnitCoverageModel(self)
        self.people = GapModel(False, self)
        self.areas = GapModel(True, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(_table(self.units, "coverageUnits"), self.tr("Per unit"))
        self.tabs.addTab(_table(self.people, "coveragePeople"), self.tr("Without guardian"))
        self.tabs.addTab(_table(self.areas, "coverageAreas"), self.tr("Unclaimed areas"))
        self.tabs.widget(0).horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # type: ignore[attr-defined]
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._on_print_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(900, 620)
        self.task = Task(lambda progress: org.guardianship.coverage(unit_id), name="coverage", parent=self)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(lambda exc: show_problem(self, exc, self.windowTitle()))
        self.task.start()

    @Slot(object)
    def _on_task_succeeded(self, report: CoverageReport) -> None:
        self.report = report
        self.units.set_rows(report.units)
        self.people.set_rows(report.unguarded)
        self.areas.set_rows(report.unclaimed)
        root = report.units[0]
        text = self.tr(
            "{0} on {1}: {2} of {3} staff have a guardian, {4} do not; {5} of {6} areas are claimed, {7} are not."
        ).format(report.unit_path, report.on.isoformat(), root.covered, root.staff, root.uncovered, root.claimed,
                 root.areas, root.unclaimed)  # fmt: skip
        if report.complete:
            text += " " + self.tr("Full coverage, nobody missed.")
        if report.overloaded:
            names = "、".join(g.name for g in report.overloaded)
            text += " " + self.tr("Guardians to review (over the 1+N limit or no longer party members): {0}.").format(
                names
            )
        self.summary.setText(text)
        self.print_button.setEnabled(True)
        self.tabs.setCurrentIndex(1 if report.unguarded else 0)

    @Slot()
    def _on_print_clicked(self) -> None:
        from gridapp.org.print_coverage import coverage_pdf

        report = self.report
        assert report is not None
        dialog = PrintPreviewDialog(
            self.tr("Coverage report"),
            lambda progress: coverage_pdf(report, progress),
            f"包保覆盖检查-{report.on.isoformat()}.pdf",
            self,
        )
        dialog.exec()
