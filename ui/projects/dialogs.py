"""The projects' dialogs: a project (what it attacks, its target, team and plan), a milestone, a result."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.kinds import UnitKind
from gridapp.party_life.care import BadPlanLine, parse_plan
from gridapp.projects.rows import LinkedIssueRow, ProjectDetail, ProjectDraft
from gridapp.security.rights import plant_today
from ui.issues.person_picker import PersonPicker
from ui.org.person_dialogs import date_edit, from_qdate
from ui.org.pickers import UnitPicker
from ui.projects.models import IssuePickModel, MemberPick, MemberPickModel

if TYPE_CHECKING:
    from gridapp.services import Services

PROBLEM_STYLE = "color: #c62828"


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _text_edit(name: str, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _small_table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setFixedHeight(110)
    return view


class ProjectDialog(QDialog):
    """A project: title, grid, leader and team, the issues it attacks, the problem, goal and target, dates, and (when
    set up) its plan typed one milestone a line, the day first. Enter in a picker takes its first match."""

    def __init__(self, services: Services, detail: ProjectDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._creating = detail is None
        self.setWindowTitle(self.tr("New tackling project") if detail is None else self.tr("Edit project"))
        today = plant_today()
        self.title = QLineEdit()
        self.title.setObjectName("projectTitle")
        self.title.setMaxLength(120)
        units = services.org.units()
        root = next((u.id for u in units if u.kind is UnitKind.GRID), units[0].id if units else None)
        self.unit = UnitPicker(units, detail.row.unit_id if detail else root)
        self.unit.setObjectName("projectUnit")
        self.leader = PersonPicker(services.org)
        self.leader.setObjectName("projectLeader")
        self.leader.setPlaceholderText(self.tr("攻关员 or a party member"))
        self.started_on = date_edit(detail.row.started_on if detail else today)
        self.started_on.setObjectName("projectStart")
        self.due_on = date_edit(detail.row.due_on if detail and detail.row.due_on else today + dt.timedelta(days=180))
        self.due_on.setObjectName("projectDue")
        self.problem = _text_edit("projectProblem")
        self.goal = _text_edit("projectGoal")
        self.target = QLineEdit()
        self.target.setObjectName("projectTarget")
        self.target.setPlaceholderText(self.tr("e.g. power per tonne of water lowered by"))
        self.target_value = QLineEdit()
        self.target_value.setObjectName("projectTargetValue")
        self.target_value.setValidator(QDoubleValidator())
        self.target_value.setMaximumWidth(90)
        self.target_unit = QLineEdit()
        self.target_unit.setObjectName("projectTargetUnit")
        self.target_unit.setMaxLength(16)
        self.target_unit.setMaximumWidth(70)
        target = QHBoxLayout()
        target.addWidget(self.target, 1)
        target.addWidget(self.target_value)
        target.addWidget(self.target_unit)

        # the team
        self.members = MemberPickModel(self)
        self.member_picker = PersonPicker(services.org)
        self.member_picker.setObjectName("projectMemberPicker")
        self.member_duty = QLineEdit()
        self.member_duty.setObjectName("projectMemberDuty")
        self.member_duty.setPlaceholderText(self.tr("Part in the project"))
        self.member_duty.returnPressed.connect(self._on_add_member)
        add_member = QPushButton(self.tr("Add"))
        add_member.setObjectName("projectAddMember")
        add_member.setAutoDefault(False)
        add_member.clicked.connect(self._on_add_member)
        self.member_view = _small_table(self.members, "projectMembers")
        remove_member = QPushButton(self.tr("Remove"))
        remove_member.setAutoDefault(False)
        remove_member.clicked.connect(lambda: self._remove(self.member_view, self.members))
        member_row = QHBoxLayout()
        member_row.addWidget(self.member_picker, 1)
        member_row.addWidget(self.member_duty, 1)
        member_row.addWidget(add_member)
        member_row.addWidget(remove_member)

        # the issues attacked, picked from the board by number or title
        self.issues = IssuePickModel(self)
        self._matches = IssuePickModel(self)
        self.issue_search = QLineEdit()
        self.issue_search.setObjectName("projectIssueSearch")
        self.issue_search.setPlaceholderText(self.tr("Issue number or words of its title, then Enter"))
        completer = QCompleter(self._matches, self)
        completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.issue_search.setCompleter(completer)
        self.issue_search.textEdited.connect(self._on_issue_search_text_edited)
        self.issue_search.returnPressed.connect(self._on_add_issue)
        completer.activated[str].connect(lambda _text: self._on_add_issue())
        self.issue_view = _small_table(self.issues, "projectIssues")
        remove_issue = QPushButton(self.tr("Remove"))
        remove_issue.setAutoDefault(False)
        remove_issue.clicked.connect(lambda: self._remove(self.issue_view, self.issues))
        issue_row = QHBoxLayout()
        issue_row.addWidget(self.issue_search, 1)
        issue_row.addWidget(remove_issue)

        self.plan = _text_edit("projectPlan", 90)
        self.plan.setPlaceholderText(self.tr("2026-03-31 Feasibility study\n2026-06-30 Installation"))
        self.problem_label = QLabel()
        self.problem_label.setObjectName("projectDialogProblem")
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.setWordWrap(True)

        left = QFormLayout()
        left.addRow(self.tr("Title"), self.title)
        left.addRow(self.tr("Grid"), self.unit)
        left.addRow(self.tr("Leader"), self.leader)
        left.addRow(self.tr("Start"), self.started_on)
        left.addRow(self.tr("Due"), self.due_on)
        left.addRow(self.tr("Problem"), self.problem)
        left.addRow(self.tr("Goal"), self.goal)
        left.addRow(self.tr("Target"), target)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Team (members from any grid)")))
        right.addLayout(member_row)
        right.addWidget(self.member_view)
        right.addWidget(QLabel(self.tr("Issues it attacks")))
        right.addLayout(issue_row)
        right.addWidget(self.issue_view)
        if self._creating:
            right.addWidget(QLabel(self.tr("Milestones: one a line, its day first")))
            right.addWidget(self.plan)
        else:
            self.plan.hide()
        columns = QGridLayout()
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.problem_label)
        layout.addWidget(_buttons(self))
        self.resize(1000, 560)
        if detail is not None:
            self._fill(detail)

    def _fill(self, d: ProjectDetail) -> None:
        self.title.setText(d.row.title)
        leader = self._services.org.person(d.row.leader_id)
        self.leader.set_person(leader)
        self.problem.setPlainText(d.problem)
        self.goal.setPlainText(d.row.goal)
        self.target.setText(d.target)
        self.target_value.setText(f"{d.target_value:g}" if d.target_value is not None else "")
        self.target_unit.setText(d.target_unit)
        self.members.set_rows([MemberPick(m.person_id, m.name, m.unit, m.duty) for m in d.members])
        self.issues.set_rows(list(d.issues))

    # picking

    @Slot()
    def _on_add_member(self) -> None:
        if not self.member_picker.choose_first_match():
            self.member_picker.setFocus()
            return
        person = self.member_picker.person
        assert person is not None
        rows = [m for m in self.members.rows() if m.person_id != person.id]
        rows.append(MemberPick(person.id, person.name, person.unit, self.member_duty.text().strip()))
        self.members.set_rows(rows)
        self.member_picker.set_person(None)
        self.member_duty.clear()
        self.member_picker.setFocus()

    @Slot(str)
    def _on_issue_search_text_edited(self, text: str) -> None:
        self._matches.set_rows(self._services.projects.find_issues(text))

    @Slot()
    def _on_add_issue(self) -> None:
        text = self.issue_search.text().strip()
        if not text:
            return
        found = self._services.projects.find_issues(text.split(" ")[0]) or self._services.projects.find_issues(text)
        if not found:
            self.problem_label.setText(self.tr("No issue matches “{0}”.").format(text))
            return
        chosen: LinkedIssueRow = found[0]
        if all(i.issue_id != chosen.issue_id for i in self.issues.rows()):
            self.issues.set_rows([*self.issues.rows(), chosen])
        self.problem_label.clear()
        self.issue_search.clear()

    def _remove(self, view: QTableView, model: MemberPickModel | IssuePickModel) -> None:
        rows = {i.row() for i in view.selectionModel().selectedRows()}
        model.set_rows([r for n, r in enumerate(model.rows()) if n not in rows])  # type: ignore[arg-type]

    # accepting

    @Slot()
    def accept(self) -> None:
        # Enter in a picker adds what it found to its list, rather than closing the dialog.
        if self.focusWidget() in (self.member_picker, self.member_duty, self.issue_search):
            return
        if not self.title.text().strip():
            self.problem_label.setText(self.tr("Give it a title."))
            self.title.setFocus()
            return
        if not self.leader.choose_first_match():
            self.problem_label.setText(self.tr("Choose the project's leader."))
            self.leader.setFocus()
            return
        if self.unit.unit() is None:
            self.problem_label.setText(self.tr("Choose the grid that carries the project."))
            self.unit.setFocus()
            return
        try:
            parse_plan(self.plan.toPlainText())
        except BadPlanLine as bad:
            self.problem_label.setText(
                self.tr("Line {0} of the milestones does not start with a day: {1}").format(bad.line, bad.text)
            )
            self.plan.setFocus()
            return
        super().accept()

    def draft(self) -> ProjectDraft:
        unit, leader = self.unit.unit(), self.leader.person_id
        assert unit is not None and leader is not None
        value = self.target_value.text().strip().replace(",", ".")
        return ProjectDraft(
            title=self.title.text(),
            unit_id=unit.id,
            leader_id=leader,
            started_on=from_qdate(self.started_on.date()),
            due_on=from_qdate(self.due_on.date()),
            problem=self.problem.toPlainText(),
            goal=self.goal.toPlainText(),
            target=self.target.text(),
            target_value=float(value) if value else None,
            target_unit=self.target_unit.text(),
            members=tuple((m.person_id, m.duty) for m in self.members.rows()),
            issue_ids=tuple(i.issue_id for i in self.issues.rows()),
            milestones=parse_plan(self.plan.toPlainText()) if self._creating else (),
        )


class MilestoneDialog(QDialog):
    """One more milestone of the plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a milestone"))
        self.due_on = date_edit(plant_today())
        self.due_on.setObjectName("milestoneDue")
        self.milestone = QLineEdit()
        self.milestone.setObjectName("milestoneTitle")
        self.milestone.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("Due"), self.due_on)
        form.addRow(self.tr("Milestone"), self.milestone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(480, 140)

    def due(self) -> dt.date:
        return from_qdate(self.due_on.date())


class ResultDialog(QDialog):
    """A result as a number with its unit: 年节约电费 12.5 万元, 减少检修 300 小时."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a result"))
        self.what = QLineEdit()
        self.what.setObjectName("resultWhat")
        self.what.setPlaceholderText(self.tr("e.g. electricity saved per year"))
        self.value = QLineEdit()
        self.value.setObjectName("resultValue")
        self.value.setValidator(QDoubleValidator())
        self.unit = QLineEdit()
        self.unit.setObjectName("resultUnit")
        self.unit.setMaxLength(16)
        self.unit.setPlaceholderText(self.tr("万元, 小时, kWh …"))
        form = QFormLayout()
        form.addRow(self.tr("Result"), self.what)
        form.addRow(self.tr("Amount"), self.value)
        form.addRow(self.tr("Unit"), self.unit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(420, 160)

    def amount(self) -> float:
        text = self.value.text().strip().replace(",", ".")
        return float(text) if text else 0.0
