"""Submitting a suggestion, and reviewing one: adopt, decline with a reason, or merge into another."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.rows import UnitRow
from gridapp.party_life.kinds import SuggestionCategory, SuggestionState
from gridapp.party_life.rows import SuggestionDraft, SuggestionRow
from ui.party_life.words import category_label
from ui.widgets import find_data


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SubmitDialog(QDialog):
    def __init__(self, units: Sequence[UnitRow], unit_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Submit a suggestion"))
        self.unit = QComboBox()
        for u in units:
            self.unit.addItem(u.name, u.id)
        self.unit.setCurrentIndex(max(0, find_data(self.unit, unit_id)))
        self.title = QLineEdit()
        self.title.setObjectName("suggestionTitle")
        self.category = QComboBox()
        self.category.setObjectName("suggestionCategory")
        for c in SuggestionCategory:
            self.category.addItem(category_label(c), c)
        self.content = QPlainTextEdit()
        self.content.setObjectName("suggestionContent")
        self.content.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Suggestion"), self.title)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Content"), self.content)
        self.buttons = _buttons(self)
        self.title.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(520, 420)

    @Slot()
    def _update(self, *_args: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()))

    def draft(self) -> SuggestionDraft:
        return SuggestionDraft(
            self.unit.currentData(), self.title.text().strip(), self.category.currentData(), self.content.toPlainText()
        )


class ReviewDialog(QDialog):
    """Adopt (the points its rules give are proposed), decline with a reason, or merge into another one."""

    def __init__(
        self, suggestion: SuggestionRow, others: Sequence[SuggestionRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review a suggestion"))
        what = QLabel(f"{suggestion.number}. {suggestion.title}\n{suggestion.content}")
        what.setWordWrap(True)
        self.adopt = QRadioButton(self.tr("Adopt (proposes the points of the rules for adopted suggestions)"))
        self.adopt.setObjectName("adopt")
        self.decline = QRadioButton(self.tr("Not adopted, because:"))
        self.decline.setObjectName("decline")
        self.reason = QLineEdit()
        self.reason.setObjectName("declineReason")
        self.merge = QRadioButton(self.tr("Merge into:"))
        self.merge.setObjectName("merge")
        self.into = QComboBox()
        self.into.setObjectName("mergeInto")
        for other in others:
            if other.id != suggestion.id and other.state in (
                SuggestionState.SUBMITTED,
                SuggestionState.ADOPTED,
                SuggestionState.DONE,
            ):
                self.into.addItem(f"{other.number}. {other.title}", other.id)
        self.merge.setEnabled(self.into.count() > 0)
        self.adopt.setChecked(True)
        form = QFormLayout()
        form.addRow(self.adopt)
        form.addRow(self.decline, self.reason)
        form.addRow(self.merge, self.into)
        self.buttons = _buttons(self)
        for widget in (self.adopt, self.decline, self.merge):
            widget.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    @Slot()
    def _update(self, *_args: object) -> None:
        ready = not self.decline.isChecked() or bool(self.reason.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def decision(self) -> tuple[SuggestionState, str, uuid.UUID | None]:
        if self.decline.isChecked():
            return SuggestionState.NOT_ADOPTED, self.reason.text().strip(), None
        if self.merge.isChecked():
            return SuggestionState.MERGED, "", self.into.currentData()
        return SuggestionState.ADOPTED, "", None
