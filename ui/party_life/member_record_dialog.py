"""Choosing what a member's yearly record of organisation life (个人组织生活记录) prints: the party member, the year,
and — only with a reason, which goes to the audit trail — the summaries of their talks (personal information)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.rows import PersonRow
from ui.org.pickers import PersonPicker
from ui.party_life.page_parts import year_box


class MemberRecordDialog(QDialog):
    def __init__(
        self,
        search_members: Callable[[str], list[PersonRow]],
        year: int,
        person: PersonRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Member's yearly record of organisation life"))
        self.person = PersonPicker(search_members, person, self)
        self.person.setObjectName("recordPersonPicker")
        self.year = year_box("recordYear")
        self.year.setValue(year)
        self.with_summaries = QCheckBox(self.tr("Include the summaries of their talks (personal information)"))
        self.with_summaries.setObjectName("recordWithSummaries")
        self.reason = QLineEdit()
        self.reason.setObjectName("recordReason")
        self.reason.setPlaceholderText(self.tr("Why the summaries are printed, e.g. the 2025 democratic review"))
        self.reason.setEnabled(False)
        note = QLabel(
            self.tr("Talk summaries are printed only with a reason; the reason and who printed them go to the audit "
                    "trail. Only the summaries you may read are included.")
        )  # fmt: skip
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Party member"), self.person)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.with_summaries)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.person.person_changed.connect(self._on_person_changed)
        self.with_summaries.toggled.connect(self._on_with_summaries_toggled)
        self.reason.textChanged.connect(lambda _text: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(520, 440)

    @Slot(object)
    def _on_person_changed(self, _person: object) -> None:
        self._update_ok()

    @Slot(bool)
    def _on_with_summaries_toggled(self, on: bool) -> None:
        self.reason.setEnabled(on)
        if on:
            self.reason.setFocus()
        self._update_ok()

    def _update_ok(self) -> None:
        ready = self.person.person() is not None and (
            not self.with_summaries.isChecked() or bool(self.summaries_reason())
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def summaries_reason(self) -> str:
        """The reason typed when summaries are asked for; empty when they are not."""
        return self.reason.text().strip() if self.with_summaries.isChecked() else ""
