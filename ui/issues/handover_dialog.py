"""Shift handovers of a unit (交接班记录): the past ones (who handed over, who took over and when), a new one with the
outgoing shift's notes and 交接事项 lines, the incoming person's acknowledgement, and a reprint of any of them."""

from __future__ import annotations

import enum
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.issues.clock import Calendar
from gridapp.issues.errors import IssueInputError, TransitionRefused
from gridapp.issues.handovers import HandoverRecord
from gridapp.progress import Progress
from gridapp.security.rights import AccessDenied
from ui.issues import labels
from ui.print_preview import PrintPreviewDialog
from ui.roles import ROW_ROLE
from ui.row_table import RowTableModel

if TYPE_CHECKING:
    from ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex


class HandoverColumn(enum.IntEnum):
    UNTIL = 0
    UNIT = 1
    HANDED_BY = 2
    TAKEN_BY = 3
    ITEMS = 4


class HandoverListModel(RowTableModel[HandoverRecord]):
    """Recorded handovers, newest first."""

    columns = HandoverColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._calendar = Calendar()

    def set_records(self, rows: list[HandoverRecord], calendar: Calendar) -> None:
        self._calendar = calendar
        self.set_rows(rows)

    def title(self, column: Any) -> str:
        return {
            HandoverColumn.UNTIL: self.tr("Handed over"),
            HandoverColumn.UNIT: self.tr("Unit"),
            HandoverColumn.HANDED_BY: self.tr("Outgoing"),
            HandoverColumn.TAKEN_BY: self.tr("Taken over by"),
            HandoverColumn.ITEMS: self.tr("Handover items"),
        }[column]

    def text(self, row: HandoverRecord, column: Any) -> str:
        match column:
            case HandoverColumn.UNTIL:
                return labels.when(row.until, self._calendar)
            case HandoverColumn.UNIT:
                return row.unit
            case HandoverColumn.HANDED_BY:
                return row.handed_by
            case HandoverColumn.TAKEN_BY:
                if row.acknowledged_at is None:
                    return self.tr("not yet acknowledged")
                return f"{row.acknowledged_by} {labels.when(row.acknowledged_at, self._calendar)}"
        return str(len(row.items))

    def sort_value(self, row: HandoverRecord, column: Any) -> Any:
        if column is HandoverColumn.UNTIL:
            return row.until
        if column is HandoverColumn.ITEMS:
            return len(row.items)
        return self.text(row, column)

    def extra(self, row: HandoverRecord, column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column is HandoverColumn.TAKEN_BY and not row.acknowledged:
            return Qt.GlobalColor.darkRed
        return None


def open_record(context: AppContext, record: HandoverRecord, parent: QWidget) -> PrintPreviewDialog | None:
    """A recorded handover's sheet as it was handed over, with its notes and acknowledgement, in the preview."""
    services = context.services
    if services is None:
        return None
    calendar = services.issues.calendar()

    def build(progress: Progress) -> bytes:
        from gridapp.issues.handover import handover_pdf

        return handover_pdf(record.sheet, calendar, record.handed_by, progress, record.printed_notes)

    stamp = calendar.local(record.until).strftime("%Y%m%d-%H%M")
    dialog = PrintPreviewDialog(
        QCoreApplication.translate("IssuePrinting", "Shift handover sheet"),
        build,
        QCoreApplication.translate("IssuePrinting", "handover-{0}.pdf").format(stamp),
        parent,
    )
    dialog.open()
    return dialog


class HandoverDialog(QDialog):
    def __init__(self, context: AppContext, unit_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Shift handover"))
        self._context = context
        self._unit_id = unit_id
        self.preview: PrintPreviewDialog | None = None
        self.model = HandoverListModel(self)
        self.table = QTableView()
        self.table.setObjectName("handoverTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_reprint_clicked)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("handoverNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What the next shift should know"))
        self.items = QPlainTextEdit()
        self.items.setObjectName("handoverItems")
        self.items.setTabChangesFocus(True)
        self.items.setPlaceholderText(self.tr("One handover item per line"))
        for box in (self.notes, self.items):
            box.setFixedHeight(self.fontMetrics().height() * 4)
        form = QFormLayout()
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Handover items"), self.items)
        self.hand_over_button = QPushButton(self.tr("Hand over"))
        self.hand_over_button.setObjectName("handOverButton")
        self.hand_over_button.clicked.connect(self._on_hand_over_clicked)
        self.preview_button = QPushButton(self.tr("Preview the sheet now…"))
        self.preview_button.setObjectName("handoverPreviewButton")
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.acknowledge_button = QPushButton(self.tr("Acknowledge (take over)"))
        self.acknowledge_button.setObjectName("acknowledgeButton")
        self.acknowledge_button.clicked.connect(self._on_acknowledge_clicked)
        self.reprint_button = QPushButton(self.tr("Reprint…"))
        self.reprint_button.setObjectName("reprintButton")
        self.reprint_button.clicked.connect(self._on_reprint_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C62828;")
        new_row = QHBoxLayout()
        new_row.addWidget(self.preview_button)
        new_row.addStretch(1)
        new_row.addWidget(self.hand_over_button)
        past_row = QHBoxLayout()
        past_row.addStretch(1)
        past_row.addWidget(self.acknowledge_button)
        past_row.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>This shift</b>")))
        layout.addLayout(form)
        layout.addLayout(new_row)
        layout.addWidget(QLabel(self.tr("<b>Past handovers</b>")))
        layout.addWidget(self.table, 1)
        layout.addLayout(past_row)
        layout.addWidget(self.message)
        self.resize(760, 620)
        self.reload()

    def reload(self) -> None:
        services = self._context.services
        if services is None:
            return
        self.model.set_records(services.issues.handovers(self._unit_id), services.issues.calendar())

    def selected(self) -> HandoverRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def _run(self, call: Any) -> bool:
        services, actor = self._context.services, self._context.require_actor(self)
        if services is None or actor is None:
            self.message.setText(self.tr("Log in with your personal account first."))
            return False
        try:
            call(services, actor)
        except (TransitionRefused, IssueInputError) as exc:
            self.message.setText(labels.problem_text(exc))
            return False
        except AccessDenied:
            self.message.setText(self.tr("You may not hand over or take over this unit's shift."))
            return False
        self.message.clear()
        self.reload()
        return True

    @Slot()
    def _on_hand_over_clicked(self) -> None:
        notes, items = self.notes.toPlainText(), self.items.toPlainText().splitlines()
        if self._run(lambda services, actor: services.issues.hand_over(actor, self._unit_id, notes, items)):
            self.notes.clear()
            self.items.clear()
            self.table.selectRow(0)

    @Slot()
    def _on_acknowledge_clicked(self) -> None:
        record = self.selected()
        if record is None:
            self.message.setText(self.tr("Choose a handover first."))
            return
        self._run(lambda services, actor: services.issues.acknowledge_handover(actor, record.id))

    @Slot()
    def _on_reprint_clicked(self) -> None:
        record = self.selected()
        if record is None:
            self.message.setText(self.tr("Choose a handover first."))
            return
        self.preview = open_record(self._context, record, self)

    @Slot()
    def _on_preview_clicked(self) -> None:
        from ui.issues.printing import open_handover

        self.preview = open_handover(self._context, self._unit_id, self)
