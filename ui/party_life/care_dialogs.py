"""Care's dialogs: a state-of-mind note, a hardship case with its typed plan (脱困时间表), one more step, and a
short text (a step done, progress, the closure)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gridapp.party_life.care import BadPlanLine, CaseDraft, parse_plan
from gridapp.security.rights import plant_today
from ui.org.person_dialogs import date_edit, from_qdate, to_qdate


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _text_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    return edit


class CareNoteDialog(QDialog):
    """A dated note of the person's state of mind, written by their guardian."""

    def __init__(self, person: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("State of mind: {0}").format(person))
        self.written_on = date_edit(plant_today())
        self.written_on.setObjectName("careNoteDate")
        self.written_on.setMaximumDate(to_qdate(plant_today()))  # a note is of what was seen, not yet to come
        self.text = _text_edit("careNoteText")
        note = QLabel(
            self.tr("Personal information: only you, the grid leader and the branch secretary can read it; every "
                    "reading is recorded in the audit trail.")
        )  # fmt: skip
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.written_on)
        form.addRow(self.tr("State of mind"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(_buttons(self))
        self.resize(520, 360)

    def day(self) -> dt.date:
        return from_qdate(self.written_on.date())


class CaseDialog(QDialog):
    """A hardship case: what the hardship is, its detail, and the plan typed one step a line, the day first."""

    def __init__(self, person_id: object, person: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_id = person_id
        self.setWindowTitle(self.tr("Hardship case: {0}").format(person))
        self.hardship = QLineEdit()
        self.hardship.setObjectName("caseHardship")
        self.hardship.setMaxLength(200)
        self.detail = _text_edit("caseDetail")
        self.plan = _text_edit("casePlan")
        self.plan.setPlaceholderText(self.tr("2025-06-30 Apply to the union for a hardship grant"))
        hint = QLabel(self.tr("The plan (脱困时间表): one step a line, its day first."))
        hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("casePlanProblem")
        self.problem.setStyleSheet("color: #c62828")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Hardship"), self.hardship)
        form.addRow(self.tr("Detail"), self.detail)
        form.addRow(self.tr("Plan"), self.plan)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self))
        self.resize(600, 480)

    @Slot()
    def accept(self) -> None:
        try:
            parse_plan(self.plan.toPlainText())
        except BadPlanLine as bad:
            self.problem.setText(
                self.tr("Line {0} of the plan does not start with a day: {1}").format(bad.line, bad.text)
            )
            self.plan.setFocus()
            return
        super().accept()

    def draft(self) -> CaseDraft:
        return CaseDraft(
            self._person_id,  # type: ignore[arg-type]
            self.hardship.text(),
            self.detail.toPlainText(),
            parse_plan(self.plan.toPlainText()),
        )


class StepDialog(QDialog):
    """One more step of a case's plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a step to the plan"))
        self.due_on = date_edit(plant_today())
        self.due_on.setObjectName("stepDue")
        self.action = QLineEdit()
        self.action.setObjectName("stepAction")
        self.action.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("Due"), self.due_on)
        form.addRow(self.tr("Step"), self.action)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(480, 160)

    def due(self) -> dt.date:
        return from_qdate(self.due_on.date())


class CareTextDialog(QDialog):
    """One short text: what was done on a step, a progress note, the closure's note."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = _text_edit("careText")
        form = QFormLayout()
        form.addRow(label, self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(480, 240)

    def value(self) -> str:
        return self.text.toPlainText()
