"""The issue board tab (问题看板): filters, the kanban board or the table, and the detail panel; the quick report,
the shift handover sheet, the hazard ledger, the indicators and the clock settings are one click away. Beside the
board's views: the diagnosis matrix (诊治矩阵) and the tackling projects (攻关项目) that attack its hard problems."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.issues.kinds import IssueState
from gridapp.issues.rows import IssueFilter, Overdue
from gridapp.issues.workflow import actions_to
from gridapp.security.rights import Right
from ui.issues import labels
from ui.issues.actions import IssueActions
from ui.issues.board import KanbanBoard
from ui.issues.detail_panel import DetailPanel
from ui.issues.diagnosis_view import DiagnosisView
from ui.issues.filter_bar import FilterBar
from ui.issues.issue_model import IssueColumn, IssueTableModel
from ui.issues.notice import NoticeBar
from ui.issues.quick_report import open_quick_report
from ui.projects.page import ProjectsPage
from ui.roles import ROW_ROLE
from ui.widgets import EmptyState, fit_columns

if TYPE_CHECKING:
    from gridapp.services import Services
    from ui.context import AppContext


# Rows an issue's change writes beside the issue and its history (no column can change through them alone).
SIDE_TABLES = frozenset({"issue_photo", "issue_link", "issue_partner"})


class IssuesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._services: Services | None = None
        self.actions = IssueActions(context, self)
        self.notice = NoticeBar()
        self.actions.refused.connect(self.notice.show_text)

        self.report_button = QPushButton(self.tr("Quick report (F8)"))
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(lambda: open_quick_report(self._context, self))
        self.board_button = QToolButton()
        self.board_button.setText(self.tr("Board"))
        self.table_button = QToolButton()
        self.table_button.setText(self.tr("Table"))
        self.matrix_button = QToolButton()
        self.matrix_button.setObjectName("diagnosisButton")
        self.matrix_button.setText(self.tr("Diagnosis matrix"))
        self.matrix_button.setToolTip(self.tr("Grids × the six stages: where the open issues stand (诊治矩阵)"))
        self.projects_button = QToolButton()
        self.projects_button.setObjectName("projectsButton")
        self.projects_button.setText(self.tr("Projects"))
        self.projects_button.setToolTip(self.tr("Tackling projects (攻关项目): the teams attacking the hard problems"))
        views = QButtonGroup(self)
        for button in (self.board_button, self.table_button, self.matrix_button, self.projects_button):
            button.setCheckable(True)
            button.setAutoRaise(True)
            views.addButton(button)
        self.board_button.setChecked(True)
        views.buttonToggled.connect(self._on_views_button_toggled)
        self.handover_button = QPushButton(self.tr("Handover…"))
        self.handover_button.setObjectName("handoverButton")
        self.handover_button.clicked.connect(self._on_handover_clicked)
        self.register_button = QPushButton(self.tr("Held register…"))
        self.register_button.setObjectName("heldRegisterButton")
        self.register_button.setToolTip(
            self.tr("Print the held-on-register list: what, where, since when, why, who decided, review date")
        )
        self.register_button.clicked.connect(self._on_register_clicked)
        self.ledger_button = QPushButton(self.tr("Hazard ledger…"))
        self.ledger_button.setObjectName("ledgerButton")
        self.ledger_button.clicked.connect(self._on_ledger_clicked)
        self.indicators_button = QPushButton(self.tr("Indicators…"))
        self.indicators_button.setObjectName("indicatorsButton")
        self.indicators_button.clicked.connect(self._on_indicators_clicked)
        self.settings_button = QPushButton(self.tr("Clocks…"))
        self.settings_button.setObjectName("clockSettingsButton")
        self.settings_button.setToolTip(self.tr("Feedback time per category and the shift calendar"))
        self.settings_button.clicked.connect(self._on_settings_clicked)
        top = QHBoxLayout()
        top.addWidget(self.report_button)
        top.addSpacing(12)
        top.addWidget(self.board_button)
        top.addWidget(self.table_button)
        top.addWidget(self.matrix_button)
        top.addWidget(self.projects_button)
        top.addStretch(1)
        for button in (self.handover_button, self.register_button, self.ledger_button, self.indicators_button,
                       self.settings_button):  # fmt: skip
            top.addWidget(button)

        self.filters = FilterBar()
        self.filters.filter_changed.connect(self._on_filters_filter_changed)
        self.board = KanbanBoard()
        self.board.issue_selected.connect(self._on_issue_selected)
        self.board.card_dropped.connect(self._on_board_card_dropped)
        self.model = IssueTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("issueTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(IssueColumn.REPORTED_AT, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(IssueColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(IssueColumn.NUMBER, 90)
        self.table.setColumnWidth(IssueColumn.REPORTED_AT, 130)
        self.table.setColumnWidth(IssueColumn.DEADLINE, 170)
        fit_columns(self.table)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.views = QStackedWidget()
        self.views.addWidget(self.board)
        self.views.addWidget(self.table)
        self.diagnosis = DiagnosisView(context)
        self.diagnosis.issues_opened.connect(self._on_diagnosis_issues_opened)
        self.views.addWidget(self.diagnosis)
        self.projects = ProjectsPage(context)
        self.projects.issue_opened.connect(self._on_projects_issue_opened)
        self.detail = DetailPanel(context, self.actions)
        self.detail.notice.connect(self.notice.show_text)
        self.actions.changed.connect(self._on_issue_changed)
        self.detail.changed.connect(self._on_issue_changed)
        self.detail.project_opened.connect(self.show_project)
        splitter = QSplitter()
        splitter.addWidget(self.views)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])

        issues = QWidget()
        issues_layout = QVBoxLayout(issues)
        issues_layout.setContentsMargins(0, 0, 0, 0)
        issues_layout.addWidget(self.filters)
        issues_layout.addWidget(self.notice)
        issues_layout.addWidget(splitter, 1)
        # The projects are not issues: no issue filters, no issue detail beside them; below the buttons they take
        # the tab.
        self.sections = QStackedWidget()
        self.sections.addWidget(issues)
        self.sections.addWidget(self.projects)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(top)
        page_layout.addWidget(self.sections, 1)
        self.empty = EmptyState(self.tr("Opening the database…"), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)
        self.dialog: QWidget | None = None
        context.services_changed.connect(self.set_services)
        context.operator_changed.connect(self._on_context_operator_changed)
        context.noticed.connect(self._on_context_noticed)
        # Clocks run without anyone touching the board: each minute the colours follow them, and a filter on
        # overdue or due-soon issues is asked again (its answer changes with the time alone).
        self.minute = QTimer(self)
        self.minute.setInterval(60_000)
        self.minute.timeout.connect(self._on_minute_timeout)
        self.minute.start()
        self.set_services(context.services)

    # data

    @Slot(object)
    def set_services(self, services: Services | None) -> None:
        self._services = services
        if services is None or services.org.is_empty():
            self.empty.set_text(
                self.tr("No plant yet") if services else self.tr("Opening the database…"),
                self.tr("Load the demo plant from the File menu, or build the organisation first.") if services else "",
            )
            self.stack.setCurrentWidget(self.empty)
            self.model.set_service(None)
            self.board.load(None, self.filters.current())
            self.detail.show_issue(None)
            return
        self.stack.setCurrentIndex(1)
        self._check_rights()
        self.filters.set_services(services)
        self.model.set_service(services.issues)
        self.reload()

    def reload(self) -> None:
        """Run the current filter again on whichever view is shown (the other one catches up when shown)."""
        services = self._services
        if services is None:
            return
        where = self.filters.current()
        if self.views.currentWidget() is self.board:
            self.board.load(services.issues, where)
        elif self.views.currentWidget() is self.diagnosis:
            self.diagnosis.load(services.issues, where.unit_id)
        else:
            self.model.set_filter(where)
        self.board.select(self.detail.issue_id)
        self.detail.show_issue(self.detail.issue_id)

    @Slot()
    def _on_minute_timeout(self) -> None:
        services = self._services
        if services is None or not self.isVisible():
            return
        where = self.filters.current()
        if self.views.currentWidget() is self.diagnosis:
            self.diagnosis.load(services.issues, where.unit_id)  # its overdue figures follow the clocks
        elif where.overdue is not Overdue.ANY:
            if self.views.currentWidget() is self.board:
                self.board.load(services.issues, where)
                self.board.select(self.detail.issue_id)
            else:
                self.model.set_filter(where)
        for view in (self.table, *(column.view for column in self.board.columns.values())):
            view.viewport().update()  # colours are worked out as each card or row is drawn

    @Slot(object)
    def _on_filters_filter_changed(self, where: object) -> None:
        self.reload()

    @Slot(object)
    def _on_context_noticed(self, notice: object) -> None:
        from gridapp.changes import IssuesChanged, OrganisationChanged
        from gridapp.events import IssueReported

        if self._services is None or not isinstance(notice, (IssuesChanged, OrganisationChanged)):
            return
        if isinstance(notice, OrganisationChanged):
            self.filters.set_services(self._services)  # units and people to filter by
            self.reload()
        elif self.views.currentWidget() is self.board and notice.tables <= {"issue", "issue_event"} | SIDE_TABLES:
            # Only the columns the change touched: where its issues are now, where its events moved them from.
            states = self._services.issues.states_touched(notice.ids("issue"), notice.ids("issue_event"))
            self.board.refresh(self._services.issues, self.filters.current(), states)
            self.detail.show_issue(self.detail.issue_id)
        else:
            self.reload()
        # What the person at this PC has just reported is the card they look for: select it (the quick report
        # may have been made from any tab; the board does not take the focus).
        actor = self._context.actor
        mine = [
            e.issue_id
            for e in notice.events
            if isinstance(e, IssueReported) and actor is not None and e.reporter_id == actor.person_id
        ]
        if mine:
            self.show_issue(mine[-1])

    @Slot(object)
    def _on_context_operator_changed(self, actor: object) -> None:
        group = self.filters.current().todo_group
        if group is not None and getattr(actor, "person_id", None) != group[0]:
            self.filters.clear_todo_group()  # someone else's to-do group: every issue again
        self._check_rights()
        self.detail.show_issue(self.detail.issue_id)

    def _check_rights(self) -> None:
        """Offer only what the logged-in account may do; the services refuse the rest anyway."""
        self.report_button.setEnabled(self._context.may(Right.REPORT_ISSUE))
        # The clocks are plant-wide; the service asks over the plant's root, the button whether any role allows it.
        self.settings_button.setVisible(self._context.may(Right.CLOCK_SETTINGS))

    @Slot(object)
    def _on_issue_changed(self, issue_id: uuid.UUID) -> None:
        self.detail.show_issue(issue_id)

    @Slot(QAbstractButton, bool)
    def _on_views_button_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        if button is self.projects_button:
            self.sections.setCurrentWidget(self.projects)
            self.projects.reload()
            return
        self.sections.setCurrentIndex(0)
        views = {self.board_button: self.board, self.table_button: self.table, self.matrix_button: self.diagnosis}
        self.views.setCurrentWidget(views[button])  # type: ignore[index]
        self.reload()

    def show_project(self, project_id: uuid.UUID) -> None:
        """The tackling projects' page on this project (from an overdue milestone's alert)."""
        self.projects_button.setChecked(True)
        self.projects.show_project(project_id)

    @Slot(object)
    def _on_projects_issue_opened(self, issue_id: uuid.UUID) -> None:
        """An issue a project attacks, on the board with its detail."""
        self.board_button.setChecked(True)
        self.show_issue(issue_id)

    @Slot(object)
    def _on_diagnosis_issues_opened(self, where: IssueFilter) -> None:
        """A matrix cell's issues on the board: the filters show what the cell counted."""
        self.show_filtered(where)

    def show_filtered(self, where: IssueFilter) -> None:
        """The board with ``where``'s filters (a matrix cell's issues, a to-do group's "more" line)."""
        if self.sections.currentWidget() is self.projects:
            self.sections.setCurrentIndex(0)
        self.views.setCurrentWidget(self.board)
        self.board_button.blockSignals(True)
        self.board_button.setChecked(True)
        self.board_button.blockSignals(False)
        self.filters.apply(where)  # emits the filter: the board loads once

    # selection

    def show_issue(self, issue_id: uuid.UUID) -> None:
        """Show one issue in the detail panel, and select it in the view when the current filters show it."""
        if self.sections.currentWidget() is self.projects:
            self.board_button.setChecked(True)  # back from the projects to the issues
        self.board.select(issue_id)
        self.detail.show_issue(issue_id)

    @Slot(object)
    def _on_issue_selected(self, issue_id: uuid.UUID | None) -> None:
        self.detail.show_issue(issue_id)

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        issue = indexes[0].data(ROW_ROLE) if indexes else None
        self.detail.show_issue(issue.id if issue else None)

    # the board's drag and drop

    @Slot(object, object, object)
    def _on_board_card_dropped(self, issue_id: uuid.UUID, source: IssueState, target: IssueState) -> None:
        actions = actions_to(target)
        if not actions:
            self.notice.show_text(self.tr("Nothing moves an issue back to “{0}”.").format(labels.state_label(target)))
            return
        self.board.select(issue_id)
        self.detail.show_issue(issue_id)
        self.actions.request(issue_id, actions[0])

    # tools

    def _unit_for_print(self) -> uuid.UUID | None:
        return self.filters.current().unit_id

    @Slot()
    def _on_handover_clicked(self) -> None:
        from ui.issues.handover_dialog import HandoverDialog

        if self._services is not None and self._unit_for_print() is not None:
            self.dialog = HandoverDialog(self._context, self._unit_for_print(), self)  # type: ignore[arg-type]
            self.dialog.open()

    @Slot()
    def _on_register_clicked(self) -> None:
        from ui.issues.printing import open_held_register

        if self._services is not None and self._unit_for_print() is not None:
            self.dialog = open_held_register(self._context, self._unit_for_print(), self)  # type: ignore[arg-type]

    @Slot()
    def _on_ledger_clicked(self) -> None:
        from ui.issues.ledger_dialog import LedgerDialog

        if self._services is not None and self._unit_for_print() is not None:
            self.dialog = LedgerDialog(self._context, self._unit_for_print(), self)  # type: ignore[arg-type]
            self.dialog.open()

    @Slot()
    def _on_indicators_clicked(self) -> None:
        from ui.issues.indicators_dialog import IndicatorsDialog

        if self._services is not None and self._unit_for_print() is not None:
            self.dialog = IndicatorsDialog(self._context, self._unit_for_print(), self)  # type: ignore[arg-type]
            self.dialog.open()

    @Slot()
    def _on_settings_clicked(self) -> None:
        from ui.issues.settings_dialog import ClockSettingsDialog

        if self._services is not None:
            self.dialog = ClockSettingsDialog(self._context, self)
            self.dialog.open()
