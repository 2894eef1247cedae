"""The tackling projects' page (攻关项目) of the issue board tab: the year's board by status or by grid on the left,
the projects of the chosen column in the middle, the chosen project's target, team, issues, plan, results and files on
the right; setting up, editing, the plan, the results, files and the status by dialogs; the year's list printed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gridapp.projects.kinds import NEXT, ProjectRefused, ProjectStatus
from gridapp.projects.rows import ProjectBoard, ProjectDetail, ProjectRow
from gridapp.security.rights import Right
from ui.errors import show_exception
from ui.file_dialogs import open_file_name
from ui.party_life.page_parts import preview, table_view, year_box
from ui.projects.dialogs import MilestoneDialog, ProjectDialog, ResultDialog
from ui.projects.models import GroupModel, GroupRow, MilestoneModel, ProjectColumn, ProjectModel
from ui.projects.words import refusal_text, status_label
from ui.roles import ROW_ROLE
from ui.widgets import FlowLayout, MenuButton

if TYPE_CHECKING:
    from gridapp.services import Services
    from ui.context import AppContext


class ProjectsPage(QWidget):
    issue_opened = Signal(object)  # an issue the project attacks, to show on the board

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._board: ProjectBoard | None = None
        self._detail: ProjectDetail | None = None
        self.year = year_box("projectYear")
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.grouping = QComboBox()
        self.grouping.setObjectName("projectGrouping")
        self.grouping.addItem(self.tr("By status"))
        self.grouping.addItem(self.tr("By grid"))
        self.grouping.currentIndexChanged.connect(lambda _i: self._show_groups())
        self.new_button = QPushButton(self.tr("New project…"))
        self.new_button.setObjectName("newProjectButton")
        self.new_button.clicked.connect(self._on_new_clicked)
        self.print_button = QPushButton(self.tr("Print the year's list…"))
        self.print_button.setObjectName("printProjectsButton")
        self.print_button.setToolTip(self.tr("The year's tackling projects for posting (公示), A4 landscape"))
        self.print_button.clicked.connect(self._on_print_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.grouping)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.print_button)

        self.groups = GroupModel(self)
        self.group_view = table_view(self.groups, "projectGroups", sortable=False)
        self.group_view.selectionModel().selectionChanged.connect(self._on_group_selection_changed)
        self.projects = ProjectModel(self)
        self.project_view = table_view(self.projects, "projectTable")
        # the title takes what it needs, the results the rest (the summary beside shows both in full)
        for column, width in ((ProjectColumn.NUMBER, 80), (ProjectColumn.TITLE, 150), (ProjectColumn.LEADER, 56),
                              (ProjectColumn.GRIDS, 90), (ProjectColumn.STATUS, 56), (ProjectColumn.PROGRESS, 80),
                              (ProjectColumn.DUE, 80)):  # fmt: skip
            self.project_view.setColumnWidth(column, width)
        self.project_view.selectionModel().selectionChanged.connect(self._on_project_selection_changed)

        # the chosen project
        self.summary = QLabel()
        self.summary.setObjectName("projectSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.summary.linkActivated.connect(self._on_summary_link_activated)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        self.milestones = MilestoneModel(self)
        self.milestone_view = table_view(self.milestones, "projectMilestones", sortable=False)
        self.edit_button = self._button(self.tr("Edit…"), "editProjectButton", self._on_edit_clicked)
        self.milestone_button = self._button(self.tr("Milestone…"), "addMilestoneButton", self._on_milestone_clicked)
        self.done_button = self._button(self.tr("Done"), "milestoneDoneButton", self._on_done_clicked)
        self.result_button = self._button(self.tr("Result…"), "addResultButton", self._on_result_clicked)
        self.attach_button = self._button(self.tr("Attach…"), "attachButton", self._on_attach_clicked)
        self.status_button = MenuButton(self.tr("Status"))
        self.status_button.setObjectName("projectStatusButton")
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.status_menu.aboutToShow.connect(self._on_status_menu_about_to_show)
        buttons = FlowLayout()  # a second line on a narrow window instead of buttons cut at the edge
        for button in (self.edit_button, self.milestone_button, self.done_button, self.result_button,
                       self.attach_button, self.status_button):  # fmt: skip
            buttons.addWidget(button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(buttons)
        side_layout.addWidget(scroll, 3)
        side_layout.addWidget(self.milestone_view, 2)

        splitter = QSplitter()
        splitter.addWidget(self.group_view)
        splitter.addWidget(self.project_view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        self.group_view.setColumnWidth(0, 80)
        splitter.setSizes([170, 700, 390])  # the groups with their counts whole at 1280 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        context.noticed.connect(self._on_context_noticed)
        context.operator_changed.connect(lambda _actor: self._check_rights())
        self._check_rights()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)  # type: ignore[arg-type]
        return button

    @property
    def _services(self) -> Services | None:
        return self._context.services

    # loading

    def reload(self) -> None:
        services = self._services
        if services is None:
            return
        chosen = self._detail.row.id if self._detail else None
        self._board = services.projects.board(self.year.value())
        self._show_groups()
        if chosen is not None:
            self.select_project(chosen)

    def show_project(self, project_id: uuid.UUID) -> None:
        """The project on the page (from an alert): its year, every project listed, it chosen."""
        services = self._services
        if services is None:
            return
        try:
            detail = services.projects.project(project_id)
        except ProjectRefused:
            return
        self.year.blockSignals(True)
        self.year.setValue(detail.row.year)
        self.year.blockSignals(False)
        self._detail = detail
        self.reload()
        self.group_view.selectRow(0)
        self.select_project(project_id)

    def select_project(self, project_id: uuid.UUID) -> None:
        row = self.projects.row_of(project_id)
        if row >= 0:
            self.project_view.selectRow(row)
        else:
            self._show_detail(None)

    def _show_groups(self) -> None:
        board = self._board
        if board is None:
            return
        every = sum(len(rows) for rows in board.by_status.values())
        groups = [GroupRow(self.tr("All projects"), every)]
        if self.grouping.currentIndex() == 0:
            groups += [GroupRow(status_label(s), len(rows), status=s) for s, rows in board.by_status.items()]
        else:
            groups += [GroupRow(grid, len(rows), grid=grid) for grid, rows in board.by_grid]
        current = self.group_view.currentIndex().row()
        self.groups.set_rows(groups)
        self.group_view.selectRow(current if 0 <= current < len(groups) else 0)

    def _rows_of(self, group: GroupRow | None) -> list[ProjectRow]:
        board = self._board
        if board is None:
            return []
        if group is not None and group.status is not None:
            return list(board.by_status[group.status])
        if group is not None and group.grid is not None:
            return next((list(rows) for grid, rows in board.by_grid if grid == group.grid), [])
        return [r for rows in board.by_status.values() for r in rows]

    @Slot(QItemSelection, QItemSelection)
    def _on_group_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        index = self.group_view.currentIndex()
        group = index.data(ROW_ROLE) if index.isValid() else None
        chosen = self._detail.row.id if self._detail else None
        self.projects.set_rows(sorted(self._rows_of(group), key=lambda r: r.number))
        if chosen is not None and self.projects.row_of(chosen) >= 0:
            self.select_project(chosen)
        else:
            self._show_detail(None)

    @Slot(QItemSelection, QItemSelection)
    def _on_project_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = self.project_view.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        services = self._services
        detail = None
        if isinstance(row, ProjectRow) and services is not None:
            try:
                detail = services.projects.project(row.id)
            except ProjectRefused:
                detail = None
        self._show_detail(detail)

    def _show_detail(self, detail: ProjectDetail | None) -> None:
        self._detail = detail
        self.milestones.set_rows(list(detail.milestones) if detail else [])
        self.summary.setText(self._summary_html(detail) if detail else self.tr("Choose a project."))
        self._check_rights()

    def _summary_html(self, d: ProjectDetail) -> str:
        r = d.row
        lines = [f"<b>{escape(r.number)} {escape(r.title)}</b>　{escape(status_label(r.status))}"]

        def line(label: str, text: str) -> None:
            if text:
                lines.append(f"<b>{escape(label)}</b>：{escape(text).replace(chr(10), '<br/>')}")

        line(self.tr("Grid"), r.unit)
        line(self.tr("Leader"), r.leader)
        line(self.tr("Team"), "、".join(f"{m.name}（{m.grid}）{' ' + m.duty if m.duty else ''}" for m in d.members))
        dates = r.started_on.isoformat() + (f" – {r.due_on.isoformat()}" if r.due_on else "")
        line(self.tr("Dates"), dates)
        line(self.tr("Problem"), d.problem)
        if d.issues:
            links = "、".join(
                f'<a href="issue:{i.issue_id}">{escape(i.number)}</a> {escape(i.title)}' for i in d.issues
            )
            lines.append(f"<b>{escape(self.tr('Issues'))}</b>：{links}")
        line(self.tr("Goal"), r.goal)
        line(self.tr("Target"), r.target)
        line(self.tr("Results"), "；".join(r.results))
        if d.attachments:
            files = "、".join(f'<a href="file:{a.id}">{escape(a.name)}</a>' for a in d.attachments)
            lines.append(f"<b>{escape(self.tr('Files'))}</b>：{files}")
        if d.status_note:
            line(self.tr("Note"), d.status_note)
        return "<br/>".join(lines)

    def _check_rights(self) -> None:
        services, actor, d = self._services, self._context.actor, self._detail
        self.new_button.setEnabled(self._context.may(Right.PROJECT_EDIT))
        editable = d is not None and services is not None and services.projects.may_edit(actor, d.row.id)
        open_ = d is not None and d.row.status in (ProjectStatus.PROPOSED, ProjectStatus.ACTIVE)
        for button in (self.edit_button, self.milestone_button, self.done_button):
            button.setEnabled(editable and open_)
        for button in (self.result_button, self.attach_button):
            button.setEnabled(editable and d is not None and d.row.status is not ProjectStatus.STOPPED)
        self.status_button.setEnabled(d is not None and self._context.may(Right.PROJECT_EDIT, d.row.unit_id))

    @Slot(object)
    def _on_context_noticed(self, notice: object) -> None:
        from gridapp.changes import IssuesChanged, OrganisationChanged, ProjectsChanged

        if isinstance(notice, (ProjectsChanged, OrganisationChanged, IssuesChanged)) and self.isVisible():
            if isinstance(notice, IssuesChanged) and not self._detail:
                return  # issues change all day; only a shown project's linked issues matter
            self.reload()

    # acting

    def _change(self, title: str, change: Callable[[], object]) -> bool:
        """Carry out ``change``; a refusal or fault is shown, never swallowed. The page follows the notice."""
        try:
            change()
        except ProjectRefused as exc:
            QMessageBox.warning(self, title, refusal_text(exc))
            return False
        except Exception as exc:  # a refusal of the rights table or a database fault
            show_exception(self, exc)
            return False
        self.reload()
        return True

    def _actor(self):  # type: ignore[no-untyped-def]
        return self._context.actor

    def _until_saved(self, dialog: QDialog, save: Callable[[], object]) -> bool:
        """Show ``dialog`` until its change is saved or it is cancelled; a refused change keeps what was typed."""
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self._change(dialog.windowTitle(), save):
                return True
        return False

    @Slot()
    def _on_new_clicked(self) -> None:
        services = self._services
        if services is None:
            return
        dialog = ProjectDialog(services, None, self)
        made: list[uuid.UUID] = []
        if self._until_saved(dialog, lambda: made.append(services.projects.create(self._actor(), dialog.draft()))):
            self.year.setValue(dialog.draft().started_on.year)
            self.group_view.selectRow(0)
            self.select_project(made[-1])

    @Slot()
    def _on_edit_clicked(self) -> None:
        services, d = self._services, self._detail
        if services is None or d is None:
            return
        dialog = ProjectDialog(services, d, self)
        self._until_saved(dialog, lambda: services.projects.update(self._actor(), d.row.id, dialog.draft()))

    @Slot()
    def _on_milestone_clicked(self) -> None:
        services, d = self._services, self._detail
        if services is None or d is None:
            return
        dialog = MilestoneDialog(self)
        self._until_saved(
            dialog,
            lambda: services.projects.add_milestone(self._actor(), d.row.id, dialog.milestone.text(), dialog.due()),
        )

    @Slot()
    def _on_done_clicked(self) -> None:
        from gridapp.security.rights import plant_today

        services = self._services
        rows = self.milestone_view.selectionModel().selectedRows()
        milestone = rows[0].data(ROW_ROLE) if rows else None
        if services is None or milestone is None:
            QMessageBox.information(self, self.tr("Done"), self.tr("Choose the milestone in the plan first."))
            return
        if milestone.done_on is not None:
            undo = QMessageBox.question(self, self.tr("Done"), self.tr("Mark “{0}” not done?").format(milestone.title))
            if undo == QMessageBox.StandardButton.Yes:
                self._change(self.tr("Done"), lambda: services.projects.milestone_done(self._actor(), milestone.id))
            return
        note, ok = QInputDialog.getText(self, self.tr("Done"), self.tr("“{0}” done. Note:").format(milestone.title))
        if ok:
            self._change(
                self.tr("Done"),
                lambda: services.projects.milestone_done(self._actor(), milestone.id, plant_today(), note),
            )

    @Slot()
    def _on_result_clicked(self) -> None:
        services, d = self._services, self._detail
        if services is None or d is None:
            return
        dialog = ResultDialog(self)
        self._until_saved(
            dialog,
            lambda: services.projects.add_result(
                self._actor(), d.row.id, dialog.what.text(), dialog.amount(), dialog.unit.text()
            ),
        )

    @Slot()
    def _on_attach_clicked(self) -> None:
        services, d = self._services, self._detail
        if services is None or d is None:
            return
        path = open_file_name(self, self.tr("Attach a file to the project"), "project-files", self.tr("All files (*)"))
        if path is not None:
            self._change(self.tr("Attach"), lambda: services.projects.attach(self._actor(), d.row.id, path))

    @Slot()
    def _on_status_menu_about_to_show(self) -> None:
        self.status_menu.clear()
        d = self._detail
        if d is None:
            return
        for status in ProjectStatus:
            if status in NEXT[d.row.status]:
                action = QAction(self._status_action_text(status), self.status_menu)
                action.setObjectName(f"status_{status.value}")
                action.triggered.connect(lambda _checked=False, s=status: self._set_status(s))
                self.status_menu.addAction(action)

    def _status_action_text(self, status: ProjectStatus) -> str:
        return {
            ProjectStatus.ACTIVE: self.tr("Start (under way)"),
            ProjectStatus.FINISHED: self.tr("Finish: accepted, propose points…"),
            ProjectStatus.STOPPED: self.tr("Stop…"),
            ProjectStatus.PROPOSED: status_label(ProjectStatus.PROPOSED),
        }[status]

    def _set_status(self, status: ProjectStatus) -> None:
        services, d = self._services, self._detail
        if services is None or d is None:
            return
        note = ""
        if status in (ProjectStatus.FINISHED, ProjectStatus.STOPPED):
            label = (
                self.tr("How it was accepted (points under the 攻关 rules are proposed for the team):")
                if status is ProjectStatus.FINISHED
                else self.tr("Why it is stopped:")
            )
            note, ok = QInputDialog.getText(self, status_label(status), label)
            if not ok:
                return
        self._change(status_label(status), lambda: services.projects.set_status(self._actor(), d.row.id, status, note))

    @Slot(str)
    def _on_summary_link_activated(self, link: str) -> None:
        services, d = self._services, self._detail
        kind, _, value = link.partition(":")
        if kind == "issue":
            self.issue_opened.emit(uuid.UUID(value))
        elif kind == "file" and services is not None and d is not None:
            attachment = next((a for a in d.attachments if str(a.id) == value), None)
            path = services.projects.attachment_file(attachment) if attachment else None
            if path is None:
                QMessageBox.warning(self, self.tr("Files"), self.tr("The file is not on this PC yet (sync first)."))
            else:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot()
    def _on_print_clicked(self) -> None:
        services = self._services
        if services is None:
            return
        year = self.year.value()
        preview(self, self.tr("Tackling projects {0}").format(year), lambda: services.projects.yearly_pdf(year),
                f"攻关项目公示-{year}.pdf")  # fmt: skip
