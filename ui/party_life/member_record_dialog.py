"""Choosing what a member's yearly record of organisation life (个人组织生活记录) prints: the party member, the year,
and — only with a reason, which goes to the audit trail — the summaries of their talks (personal information)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.rows import PersonRow
from ui.org.pickers import PersonPicker
from ui.party_life.page_parts import preview, run_change, year_box

if TYPE_CHECKING:
    from ui.context import AppContext


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


def print_member_record(parent: QWidget, context: AppContext, year: int, person: PersonRow | None = None) -> None:
    """Ask for the member and the year (and a reason, for the summaries), then preview the record to print or save;
    the service audits summaries that go out."""
    from gridapp.party_life.member_record import MemberRecord
    from gridapp.party_life.printing import member_record_pdf

    services, actor = context.services, context.actor
    if services is None or actor is None:
        return
    org = services.org
    dialog = MemberRecordDialog(lambda text: org.search_people(text, party_members_only=True), year, person, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    chosen = dialog.person.person()
    if chosen is None:
        return
    found: list[MemberRecord | None] = [None]
    records = services.party_life.member_records
    year, reason = dialog.year.value(), dialog.summaries_reason()
    title = dialog.windowTitle()
    if not run_change(parent, title, lambda: found.__setitem__(0, records.record(actor, chosen.id, year, reason))):
        return
    record = found[0]
    assert record is not None
    if reason and not record.summaries:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "MemberRecordDialog",
                "No talk summaries of {0} in {1} that you may read: the record is printed without them.",
            ).format(chosen.name, year),
        )
    preview(parent, title, lambda: member_record_pdf(record), f"{year}年度党员组织生活记录-{chosen.name}.pdf")
