"""The organisation tab's meetings page (组织生活): the done-vs-due matrix of the selected unit's subtree for a year,
and the meetings it held, with recording, changing and deleting a record and the catalogue of kinds."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gridapp.party_life.rows import MeetingDetail, MeetingRow
from gridapp.security.rights import Right
from ui.party_life.meeting_models import MeetingColumn, MeetingMatrixModel, MeetingTableModel
from ui.party_life.page_parts import (
    PartyLifePage,
    exec_until_saved,
    preview,
    run_change,
    table_view,
    tool_bar,
    year_box,
)
from ui.roles import ROW_ROLE

if TYPE_CHECKING:
    from gridapp.org.rows import UnitRow
    from ui.context import AppContext


class MeetingsPage(PartyLifePage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._units: list[UnitRow] = []
        self.matrix_model = MeetingMatrixModel(self)
        self.meetings_model = MeetingTableModel(self)
        self.record_action = QAction(self.tr("Record meeting…"), self)
        self.record_action.triggered.connect(self._on_record_triggered)
        self.edit_action = QAction(self.tr("Open record…"), self)
        self.edit_action.triggered.connect(self._on_edit_triggered)
        self.delete_action = QAction(self.tr("Delete record"), self)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.issue_action = QAction(self.tr("Raise issue from a decision…"), self)
        self.issue_action.triggered.connect(self._on_issue_triggered)
        self.print_action = QAction(self.tr("Print record…"), self)
        self.print_action.triggered.connect(self._on_print_triggered)
        self.member_record_action = QAction(self.tr("Member's yearly record…"), self)
        self.member_record_action.setToolTip(
            self.tr("A party member's year of organisation life (个人组织生活记录), for the democratic review")
        )
        self.member_record_action.triggered.connect(self._on_member_record_triggered)
        self.kinds_action = QAction(self.tr("Meeting kinds…"), self)
        self.kinds_action.triggered.connect(self._on_kinds_triggered)
        bar = tool_bar(
            (
                self.record_action,
                self.edit_action,
                self.delete_action,
                self.issue_action,
                self.print_action,
                self.member_record_action,
                None,
                self.kinds_action,
            )
        )
        self.year = year_box("meetingYear")
        self.year.valueChanged.connect(lambda _year: self.reload())
        self.summary = QLabel()
        self.summary.setObjectName("meetingSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(bar, 1)
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        self.matrix_view = table_view(self.matrix_model, "meetingMatrix", sortable=False)
        self.matrix_view.horizontalHeader().setStretchLastSection(False)
        self.matrix_view.horizontalHeader().setMinimumSectionSize(24)
        self.meetings_view = table_view(self.meetings_model, "meetingsTable")
        self.meetings_view.doubleClicked.connect(lambda _index: self.edit_action.trigger())
        self.meetings_view.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.matrix_view)
        split.addWidget(self.meetings_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.update_enabled()

    # loading

    def show_unit(self, unit: UnitRow | None, units: list[UnitRow]) -> None:
        """The selected unit and the units below it (the units a record may name)."""
        self._unit, self._units = unit, units
        self.reload()

    def reload(self) -> None:
        services = self._context.services
        if services is None or self._unit is None:
            self.matrix_model.set_matrix(None)
            self.meetings_model.set_rows([])
            self.summary.clear()
            self.update_enabled()
            return
        meetings = services.party_life.meetings
        if not meetings.kinds() and self._context.actor is not None:
            meetings.ensure_kinds(self._context.actor)
        year = self.year.value()
        matrix = meetings.matrix(self._unit.id, dt.date(year, 1, 1))
        self.matrix_model.set_matrix(matrix)
        rows = meetings.meetings(self._unit.id, dt.date(year, 1, 1), dt.date(year, 12, 31))
        self.meetings_model.set_rows(rows)
        self.meetings_view.sortByColumn(MeetingColumn.HELD_ON, Qt.SortOrder.DescendingOrder)
        missed = sum(r.overdue for r in matrix.rows)
        self.summary.setText(
            self.tr("{0} meetings held in {1}; {2} required meetings missed (red). A quarter's status fills its "
                    "three months.").format(len(rows), year, missed)
        )  # fmt: skip
        self.matrix_view.resizeColumnsToContents()
        self.meetings_view.resizeColumnsToContents()
        self.update_enabled()

    def update_enabled(self) -> None:
        may = self._unit is not None and self._context.may(Right.MEETING_RECORD, self._unit.id)
        self.record_action.setEnabled(may)
        self.edit_action.setEnabled(self.current_meeting() is not None)
        self.delete_action.setEnabled(may and self.current_meeting() is not None)
        self.print_action.setEnabled(self.current_meeting() is not None)
        self.issue_action.setEnabled(self.current_meeting() is not None and self._context.actor is not None)
        self.kinds_action.setEnabled(self._context.services is not None)
        self.member_record_action.setEnabled(self._context.actor is not None)

    def current_meeting(self) -> MeetingRow | None:
        rows = self.meetings_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # acting

    def _open(self, meeting_id: uuid.UUID | None) -> None:
        from ui.party_life.meeting_dialog import MeetingDialog

        services, actor = self._context.services, self._context.actor
        if services is None or actor is None or self._unit is None:
            return
        meetings = services.party_life.meetings
        found: list[MeetingDetail | None] = [None]
        if meeting_id is not None and not run_change(
            self, self.tr("Meeting record"), lambda: found.__setitem__(0, meetings.detail(meeting_id))
        ):
            self.reload()  # deleted elsewhere
            return
        detail = found[0]
        dialog = MeetingDialog(
            meetings.kinds(), self._units, meetings.expected, self._unit.id, detail, self, meetings.photo_thumbnail
        )
        exec_until_saved(dialog, lambda: meetings.record(actor, dialog.draft()))
        self.reload()

    @Slot()
    def _on_record_triggered(self) -> None:
        self._open(None)

    @Slot()
    def _on_edit_triggered(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self._open(meeting.id)

    @Slot()
    def _on_delete_triggered(self) -> None:
        services, actor, meeting = self._context.services, self._context.actor, self.current_meeting()
        if services is None or actor is None or meeting is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete record"),
            self.tr("Delete the record of {0} on {1}?").format(meeting.kind, meeting.held_on.isoformat()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_change(self, self.tr("Delete record"), lambda: services.party_life.meetings.delete(actor, meeting.id))
        self.reload()

    @Slot()
    def _on_issue_triggered(self) -> None:
        """A decision of the meeting becomes an issue on the board: the quick report, filled in, to check and send."""
        from ui.issues.quick_report import open_quick_report

        services, meeting = self._context.services, self.current_meeting()
        if services is None or meeting is None:
            return
        detail = services.party_life.meetings.detail(meeting.id)
        decisions = [d.strip() for d in detail.decisions.splitlines() if d.strip()]
        if not decisions:
            QMessageBox.information(self, self.tr("Raise issue"), self.tr("This record names no decisions."))
            return
        decision, chosen = QInputDialog.getItem(
            self, self.tr("Raise issue"), self.tr("Decision to follow on the issue board:"), decisions, 0, False
        )
        if not chosen:
            return
        dialog = open_quick_report(self._context, self, meeting.unit_id)
        if dialog is not None:
            dialog.what.setText(decision[:200])
            dialog.description.setPlainText(f"{meeting.held_on.isoformat()} {meeting.kind}决议：{decision}")

    @Slot()
    def _on_print_triggered(self) -> None:
        from gridapp.party_life.printing import meeting_record_pdf

        services, meeting = self._context.services, self.current_meeting()
        if services is None or meeting is None:
            return
        detail = services.party_life.meetings.detail(meeting.id)
        path = services.party_life.unit_path(meeting.unit_id)
        name = f"{meeting.kind}会议记录-{meeting.held_on.isoformat()}.pdf"
        meetings = services.party_life.meetings
        preview(
            self,
            self.tr("Meeting record"),
            lambda: meeting_record_pdf(detail, path, [meetings.photo_file(p) for p in detail.photos]),
            name,
        )

    @Slot()
    def _on_member_record_triggered(self) -> None:
        from ui.party_life.member_record_dialog import print_member_record

        print_member_record(self, self._context, self.year.value())

    @Slot()
    def _on_kinds_triggered(self) -> None:
        from ui.party_life.kinds_dialog import KindsDialog

        services = self._context.services
        if services is None:
            return
        KindsDialog(services.party_life.meetings, self._context.station_actor, self).exec()
        self.reload()
