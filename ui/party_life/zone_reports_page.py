"""The organisation tab's zone reports page: the week's reports of the zones in the selected unit (who has not
reported first, in red), filing one's own report, and a problem it names raised on the issue board in one step."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gridapp.party_life.rows import ZoneReportRow
from gridapp.security.rights import plant_today
from gridapp.times import plant_text
from ui.org.person_dialogs import date_edit, from_qdate
from ui.party_life.page_parts import PartyLifePage, exec_until_saved, table_view, tool_bar
from ui.roles import ROW_ROLE
from ui.row_table import RowTableModel

if TYPE_CHECKING:
    from gridapp.org.rows import UnitRow
    from ui.context import AppContext


class ZoneReportColumn(enum.IntEnum):
    ZONE = 0
    PERSON = 1
    FILED = 2
    STATE = 3
    PROBLEMS = 4


class ZoneReportTableModel(RowTableModel[ZoneReportRow]):
    columns = ZoneReportColumn

    def title(self, column: ZoneReportColumn) -> str:
        return {
            ZoneReportColumn.ZONE: self.tr("Zone"),
            ZoneReportColumn.PERSON: self.tr("Party member"),
            ZoneReportColumn.FILED: self.tr("Reported"),
            ZoneReportColumn.STATE: self.tr("Safety state"),
            ZoneReportColumn.PROBLEMS: self.tr("Problems found"),
        }[column]

    def text(self, row: ZoneReportRow, column: ZoneReportColumn) -> str:
        match column:
            case ZoneReportColumn.ZONE:
                return row.zone
            case ZoneReportColumn.PERSON:
                return row.person
            case ZoneReportColumn.FILED:
                return plant_text(row.filed_at, year=False) if row.filed_at else self.tr("Not yet")
            case ZoneReportColumn.STATE:
                return row.state.replace("\n", " ")
        return row.problems.replace("\n", "; ")

    def extra(self, row: ZoneReportRow, column: ZoneReportColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.filed:
            return QColor("#c62828")
        return None


class ZoneReportDialog(QDialog):
    def __init__(self, zones: list[tuple[object, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This week's zone report"))
        self.zone = QComboBox()
        self.zone.setObjectName("reportZone")
        for zone_id, name in zones:
            self.zone.addItem(name, zone_id)
        self.state = QPlainTextEdit()
        self.state.setObjectName("zoneState")
        self.state.setTabChangesFocus(True)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("zoneProblems")
        self.problems.setTabChangesFocus(True)
        self.problems.setPlaceholderText(self.tr("One problem a line; each can go to the issue board"))
        form = QFormLayout()
        form.addRow(self.tr("Zone"), self.zone)
        form.addRow(self.tr("Safety state"), self.state)
        form.addRow(self.tr("Problems found"), self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class ZoneReportsPage(PartyLifePage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ZoneReportTableModel(self)
        self.file_action = QAction(self.tr("File my report…"), self)
        self.file_action.triggered.connect(self._on_file_triggered)
        self.issue_action = QAction(self.tr("Raise issue from a problem…"), self)
        self.issue_action.triggered.connect(self._on_issue_triggered)
        self.day = date_edit(plant_today())
        self.day.setObjectName("zoneWeek")
        self.day.dateChanged.connect(lambda _d: self.reload())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(tool_bar((self.file_action, self.issue_action)), 1)
        top.addWidget(QLabel(self.tr("Week of")))
        top.addWidget(self.day)
        self.summary = QLabel()
        self.summary.setObjectName("zoneSummary")
        self.view = table_view(self.model, "zoneReportsTable")
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.update_enabled()

    def show_unit(self, unit: UnitRow | None) -> None:
        self._unit = unit
        self.reload()

    def _week_day(self) -> dt.date:
        return from_qdate(self.day.date())

    def reload(self) -> None:
        services = self._context.services
        rows = services.party_life.zone_reports.week(self._unit.id, self._week_day()) if services and self._unit else []
        self.model.set_rows(rows)
        missing = sum(1 for r in rows if not r.filed)
        self.summary.setText(self.tr("{0} party members report on their zones; {1} have not reported this week (red).")
                             .format(len(rows), missing))  # fmt: skip
        self.view.resizeColumnsToContents()
        self.update_enabled()

    def current(self) -> ZoneReportRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def update_enabled(self) -> None:
        services, operator = self._context.services, self._context.operator
        zones = services.party_life.zone_reports.zones_of(operator.id) if services and operator else []
        self.file_action.setEnabled(bool(zones))
        row = self.current()
        self.issue_action.setEnabled(row is not None and bool(row.problems.strip()) and self._context.actor is not None)

    @Slot()
    def _on_file_triggered(self) -> None:
        services, actor, operator = self._context.services, self._context.actor, self._context.operator
        if services is None or actor is None or operator is None:
            return
        service = services.party_life.zone_reports
        dialog = ZoneReportDialog(service.zones_of(operator.id), self)  # type: ignore[arg-type]
        exec_until_saved(
            dialog,
            lambda: service.file(
                actor, dialog.zone.currentData(), dialog.state.toPlainText(), dialog.problems.toPlainText()
            ),
        )
        self.reload()

    @Slot()
    def _on_issue_triggered(self) -> None:
        from ui.issues.quick_report import open_quick_report

        row = self.current()
        if row is None:
            return
        problems = [p.strip() for p in row.problems.splitlines() if p.strip()]
        problem, chosen = QInputDialog.getItem(
            self, self.tr("Raise issue"), self.tr("Problem to follow on the issue board:"), problems, 0, False
        )
        if not chosen:
            return
        dialog = open_quick_report(self._context, self, row.zone_id)
        if dialog is not None:
            dialog.what.setText(problem[:200])
            dialog.description.setPlainText(f"{row.zone} 每周安全状况报告（{row.person}）：{problem}")
