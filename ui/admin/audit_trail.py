"""The auditor's window: the audit trail filtered and paged, a record's details, the export, and the full check."""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QStandardPaths, Qt, Slot
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.actor import Actor
from gridapp.security.chain import ChainReport
from gridapp.security.kinds import AuditResult
from gridapp.security.rights import AccessDenied, Right
from gridapp.security.trail import AuditQuery, AuditRow, AuditTrail
from ui.admin.labels import action_label, plant_midnight, plant_time, result_label, table_label
from ui.admin.messages import chain_report_text, show_refusal
from ui.org.pickers import UnitPicker
from ui.paged_model import Index, PagedTableModel
from ui.progress import run_with_progress
from ui.roles import ROW_ROLE, SORT_ROLE
from ui.scoring.page import ask_where_to_save, button_row, set_widths, table_view

if TYPE_CHECKING:
    from gridapp.services import Services

translate = QCoreApplication.translate
ANY_DAY = QDate(2000, 1, 1)  # a date edit at its minimum means "no bound" (shown as its special text)


class AuditColumn(enum.IntEnum):
    SEQ = 0
    TIME = 1
    LOGIN = 2
    PERSON = 3
    ACTION = 4
    TARGET = 5
    NUMBER = 6
    UNIT = 7
    RESULT = 8


def headers() -> list[str]:
    return [
        translate("AuditTableModel", "No."),
        translate("AuditTableModel", "Time"),
        translate("AuditTableModel", "Account"),
        translate("AuditTableModel", "Person"),
        translate("AuditTableModel", "Action"),
        translate("AuditTableModel", "Target"),
        translate("AuditTableModel", "Number"),
        translate("AuditTableModel", "Unit"),
        translate("AuditTableModel", "Result"),
    ]


def export_headers() -> list[str]:
    """The columns AuditTrail.export writes, in its order."""
    shown = headers()
    return [
        *shown[: AuditColumn.TARGET + 1],
        translate("AuditTableModel", "Number or id"),
        shown[AuditColumn.RESULT],
        translate("AuditTableModel", "Station"),
        translate("AuditTableModel", "Hash"),
    ]


class AuditTableModel(PagedTableModel[AuditRow]):
    """Records in sequence order (newest first by default); only that order exists, so any column sorts by it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.newest_first = True
        self.units: dict[uuid.UUID, str] = {}

    def set_query(self, trail: AuditTrail | None, actor: Actor | None, query: AuditQuery) -> None:
        if trail is None or actor is None:
            self.set_source(None, None)
            return
        self.set_source(
            lambda: trail.count(actor, query),
            lambda offset, limit: trail.page(actor, query, offset, limit, self.newest_first),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        newest_first = order == Qt.SortOrder.DescendingOrder
        if newest_first != self.newest_first:
            self.newest_first = newest_first
            self.reload()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(AuditColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = AuditColumn(index.column())
        if role == ROW_ROLE:
            return record
        if role == SORT_ROLE:
            return record.seq
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is AuditColumn.ACTION:
            return record.action  # the code, which the action filter matches
        if role == Qt.ItemDataRole.ForegroundRole and record.result != AuditResult.OK:
            return QColor("#C62828")
        if role == Qt.ItemDataRole.TextAlignmentRole and column is AuditColumn.SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, record: AuditRow, column: AuditColumn) -> str:
        match column:
            case AuditColumn.SEQ:
                return str(record.seq)
            case AuditColumn.TIME:
                return plant_time(record.at)
            case AuditColumn.LOGIN:
                return record.login
            case AuditColumn.PERSON:
                return record.person
            case AuditColumn.ACTION:
                return action_label(record.action, record)
            case AuditColumn.TARGET:
                return table_label(record.target_table)
            case AuditColumn.NUMBER:
                return record.target_number
            case AuditColumn.UNIT:
                return self.units.get(record.unit_id, "") if record.unit_id else ""
            case AuditColumn.RESULT:
                return result_label(record.result)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return headers()[section] if 0 <= section < len(AuditColumn) else None


class RecordDialog(QDialog):
    """Every field of one record, and its detail pretty-printed."""

    def __init__(self, record: AuditRow, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit record no. {0}").format(record.seq))
        form = QFormLayout()
        fields = [
            (self.tr("No."), str(record.seq)),
            (self.tr("Time"), plant_time(record.at)),
            (self.tr("Account"), record.login),
            (self.tr("Person"), record.person),
            (self.tr("Station"), str(record.station_id)),
            (self.tr("Action"), f"{action_label(record.action, record)}　{record.action}"),
            (self.tr("Target table"), record.target_table),
            (self.tr("Target id"), record.target_id),
            (self.tr("Number"), record.target_number),
            (self.tr("Unit"), unit),
            (self.tr("Result"), result_label(record.result)),
            (self.tr("Hash"), record.hash),
        ]
        for title, value in fields:
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(title + self.tr(":"), label)
        self.detail = QPlainTextEdit(json.dumps(record.detail, ensure_ascii=False, indent=2, sort_keys=True))
        self.detail.setObjectName("detailText")
        self.detail.setReadOnly(True)
        self.detail.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Details:")))
        layout.addWidget(self.detail, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)


class AuditTrailDialog(QDialog):
    """Only the auditor opens it; it reads and checks the trail and changes nothing (its own reads are audited)."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        self._services, self._actor = services, actor
        self.query = AuditQuery()
        self.last_report: ChainReport | None = None
        self.model = AuditTableModel(self)
        units = services.org.units()
        self.model.units = {u.id: u.name for u in units}
        self.view = table_view("auditTable", self.model)
        set_widths(self.view, {c: w for c, w in zip(AuditColumn, (5, 11, 7, 5, 14, 8, 7, 10, 4), strict=True)})
        self.view.horizontalHeader().setSortIndicator(AuditColumn.SEQ, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self._filters(units)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.verdict = QLabel()
        self.verdict.setObjectName("verdictLabel")
        self.verdict.setWordWrap(True)
        self.details_button = QPushButton(self.tr("&Details…"))
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.verify_button = QPushButton(self.tr("&Verify the whole chain"))
        self.details_button.clicked.connect(lambda: self._on_view_double_clicked(self.view.currentIndex()))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_grid)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row(self.count, None, self.details_button, self.export_button, self.verify_button))
        layout.addWidget(self.verdict)
        self.resize(1200, 720)
        self.apply()

    def _filters(self, units: list[Any]) -> None:
        self.since = self._date_edit("sinceEdit")
        self.until = self._date_edit("untilEdit")
        self.login = QComboBox()
        self.login.setObjectName("loginCombo")
        self.login.setEditable(True)
        self.login.addItems(["", *self._services.security.accounts.logins()])
        self.action = QLineEdit()
        self.action.setObjectName("actionEdit")
        self.action.setPlaceholderText(self.tr("Part of the action code, e.g. account"))
        self.unit = UnitPicker(units, None, self)
        self.unit.setObjectName("unitPicker")
        self.unit.lineEdit().setPlaceholderText(self.tr("All units"))
        self.unit.lineEdit().setClearButtonEnabled(True)
        self.number = QLineEdit()
        self.number.setObjectName("numberEdit")
        self.number.setPlaceholderText(self.tr("e.g. 2026-0013"))
        self.result = QComboBox()
        self.result.setObjectName("resultCombo")
        self.result.addItem(self.tr("All results"), "")
        for result in AuditResult:
            self.result.addItem(result_label(result), result.value)
        self.apply_button = QPushButton(self.tr("&Filter"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        for edit in (self.action, self.number):
            edit.returnPressed.connect(self.apply)
        grid = QGridLayout()
        pairs = [
            (self.tr("From:"), self.since),
            (self.tr("To:"), self.until),
            (self.tr("Account:"), self.login),
            (self.tr("Result:"), self.result),
            (self.tr("Action:"), self.action),
            (self.tr("Number:"), self.number),
            (self.tr("Unit:"), self.unit),
        ]
        for i, (title, widget) in enumerate(pairs):
            row, column = divmod(i, 4)
            grid.addWidget(QLabel(title), row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1)
        grid.addLayout(button_row(None, self.apply_button, self.clear_button), 1, 6, 1, 2)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)
        self.filter_grid = grid

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DAY)
        edit.setSpecialValueText(self.tr("Any day"))
        edit.setDate(ANY_DAY)
        return edit

    def current_query(self) -> AuditQuery:
        since, until = self.since.date(), self.until.date()
        unit = self.unit.unit() if self.unit.currentText().strip() else None
        return AuditQuery(
            since=plant_midnight(since.toPython()) if since != ANY_DAY else None,
            until=plant_midnight(until.toPython() + dt.timedelta(days=1)) if until != ANY_DAY else None,
            login=self.login.currentText().strip(),
            action=self.action.text().strip(),
            unit_id=unit.id if unit else None,
            number=self.number.text().strip(),
            result=self.result.currentData(),
        )

    @Slot()
    def apply(self) -> None:
        self.query = self.current_query()
        if not self._services.security.may(self._actor, Right.AUDIT_READ):
            # asked first: a refusal inside the model's reset would leave the view half reset
            self.model.set_query(None, None, self.query)
            show_refusal(self, AccessDenied(Right.AUDIT_READ), self.tr("Audit trail"))
        else:
            self.model.set_query(self._services.security.trail, self._actor, self.query)
        self.count.setText(self.tr("Records: {0}").format(self.model.total))

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        for edit in (self.since, self.until):
            edit.setDate(ANY_DAY)
        self.login.setCurrentIndex(0)
        self.login.setEditText("")
        self.action.clear()
        self.number.clear()
        self.unit.setEditText("")
        self.result.setCurrentIndex(0)
        self.apply()

    @Slot(int, Qt.SortOrder)
    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Only the sequence order exists: the indicator stays on the number column, whichever header was clicked."""
        if column != AuditColumn.SEQ:
            self.view.horizontalHeader().setSortIndicator(AuditColumn.SEQ, order)

    @Slot(QModelIndex)
    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        record: AuditRow = index.data(ROW_ROLE)
        unit = self.model.units.get(record.unit_id, "") if record.unit_id else ""
        dialog = RecordDialog(record, unit, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        path = ask_where_to_save(
            self,
            self.tr("Export the audit trail"),
            self.tr("Audit trail"),
            ".xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            QStandardPaths.StandardLocation.DocumentsLocation,
        )
        if path is None:
            return
        trail, actor, query, names = self._services.security.trail, self._actor, self.query, export_headers()

        def done(written: object) -> None:
            QMessageBox.information(
                self, self.tr("Exported"), self.tr("The audit trail was exported to {0}.").format(written)
            )

        run_with_progress(
            self,
            self.tr("Exporting the audit trail…"),
            lambda progress: trail.export(actor, query, path, names, progress),
            done,
            name="audit export",
            failure_title=self.tr("Export failed"),
        )

    @Slot()
    def _on_verify_button_clicked(self) -> None:
        trail, actor = self._services.security.trail, self._actor
        self.verify_button.setEnabled(False)
        self.verdict.setText(self.tr("Checking every record and issue history entry…"))
        task = run_with_progress(
            self,
            self.tr("Verifying the audit chain…"),
            lambda progress: trail.verify(actor, progress),
            self._on_verified,
            name="audit verify",
            failure_title=self.tr("Verification failed"),
        )
        task.finished.connect(lambda: self.verify_button.setEnabled(True))
        task.cancelled.connect(lambda: self.verdict.setText(self.tr("Verification cancelled.")))
        task.failed.connect(lambda _exc: self.verdict.setText(""))

    def _on_verified(self, report: ChainReport) -> None:
        self.last_report = report
        colour = "#2E7D32" if report.intact else "#C62828"
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.verdict.setText(chain_report_text(report))
        self.apply()  # the check itself is a new record
