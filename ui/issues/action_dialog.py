"""The small dialog of one transition: a note (required where the rule table says), and for an assignment the
person and an optional completion date. Errors from the service show inside the dialog, which stays open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gridapp.issues.kinds import Action
from gridapp.issues.rows import IssueRow
from gridapp.issues.workflow import TRANSITIONS
from gridapp.times import plant_today
from ui.issues import labels
from ui.issues.person_picker import PersonPicker


@dataclass(frozen=True)
class ActionInput:
    note: str
    assignee_id: object | None = None
    due: dt.date | None = None


class ActionDialog(QDialog):
    def __init__(
        self,
        action: Action,
        issue: IssueRow,
        org: object,
        submit: Callable[[ActionInput], str | None],
        parent: QWidget | None = None,
        overdue: bool = False,
    ) -> None:
        """``submit`` performs the transition and returns an error sentence, or None when it succeeded."""
        super().__init__(parent)
        self.setObjectName("issueActionDialog")
        self.action = action
        self._submit = submit
        self.setWindowTitle(f"{labels.action_label(action)} · {issue.number}")
        self.note_required = TRANSITIONS[action].note_required or (action is Action.ESCALATE and not overdue)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{issue.number}</b> {issue.title}")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        form = QFormLayout()
        self.assignee = PersonPicker(org)  # type: ignore[arg-type]
        self.assignee.setObjectName("assigneePicker")
        self.assignee.set_near(issue.unit_id)  # the responsible unit's people, offered before a name is typed
        self.due_enabled = QCheckBox(self.tr("Complete by"))
        self.due = QDateEdit(QDate(plant_today()).addDays(3))
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(QDate(plant_today()))
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setEnabled(False)
        self.due_enabled.toggled.connect(self.due.setEnabled)
        if action is Action.ASSIGN:
            form.addRow(self.tr("Assign to"), self.assignee)
            due_row = QHBoxLayout()
            due_row.addWidget(self.due_enabled)
            due_row.addWidget(self.due)
            due_row.addStretch(1)
            form.addRow("", due_row)
        elif action is Action.HOLD:  # 挂账: when to review it again (an alert to its managers from that day)
            self.due_enabled.setText(self.tr("Review on"))
            self.due.setDate(QDate(plant_today()).addDays(30))
            review_row = QHBoxLayout()
            review_row.addWidget(self.due_enabled)
            review_row.addWidget(self.due)
            review_row.addStretch(1)
            form.addRow("", review_row)
            self.due_enabled.setChecked(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("actionNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 5)
        title = labels.note_label(action) + (" *" if self.note_required else self.tr(" (optional)"))
        form.addRow(title, self.note)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("actionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(labels.action_label(action))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.assignee if action is Action.ASSIGN else self.note).setFocus()
        self.resize(460, self.sizeHint().height())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        note = self.note.toPlainText().strip()
        if self.action is Action.ASSIGN and not self.assignee.choose_first_match():
            self.show_error(self.tr("Choose whom to assign it to: type a name and pick from the list."))
            self.assignee.setFocus()
            return
        if self.note_required and not note:
            self.show_error(self.tr("Write the {0} first.").format(labels.note_label(self.action)))
            self.note.setFocus()
            return
        due = self.due.date().toPython() if self.due_enabled.isChecked() else None
        error = self._submit(ActionInput(note, self.assignee.person_id, due))  # type: ignore[arg-type]
        if error:
            self.show_error(error)
            return
        self.accept()
