"""The catalogue of meeting kinds: which units must hold each kind, how often, and who attends; a site renames,
adds, switches off and (when never used) deletes kinds."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.kinds import UnitKind
from gridapp.party_life.kinds import Attendees, MeetingFrequency
from gridapp.party_life.rows import MeetingKindDraft, MeetingKindRow
from ui.catalogue_dialog import CatalogueDialog
from ui.party_life.meeting_models import KindColumn, MeetingKindTableModel
from ui.party_life.page_parts import PARTY_LIFE_REFUSED
from ui.party_life.words import attendees_label, frequency_label, unit_kind_label

if TYPE_CHECKING:
    from gridapp.actor import Actor
    from gridapp.party_life.meetings import MeetingService


class KindDialog(QDialog):
    def __init__(self, kind: MeetingKindRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting kind"))
        self.code = QLineEdit(kind.code if kind else "")
        self.code.setObjectName("kindCode")
        self.name = QLineEdit(kind.name if kind else "")
        self.name.setObjectName("kindName")
        self.frequency = QComboBox()
        for f in MeetingFrequency:
            self.frequency.addItem(frequency_label(f), f)
        self.units = QComboBox()
        for u in (None, *UnitKind):
            self.units.addItem(unit_kind_label(u), u)
        self.attendees = QComboBox()
        for a in Attendees:
            self.attendees.addItem(attendees_label(a), a)
        self.in_use = QCheckBox(self.tr("In use (required and offered when recording)"))
        self.in_use.setChecked(kind.in_use if kind else True)
        if kind is not None:
            self.frequency.setCurrentIndex(self.frequency.findData(kind.frequency))
            self.units.setCurrentIndex(self.units.findData(kind.unit_kind))
            self.attendees.setCurrentIndex(self.attendees.findData(kind.attendees))
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Required"), self.frequency)
        form.addRow(self.tr("Held by"), self.units)
        form.addRow(self.tr("Who attends"), self.attendees)
        form.addRow("", self.in_use)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def draft(self) -> MeetingKindDraft:
        return MeetingKindDraft(
            self.code.text().strip(),
            self.name.text().strip(),
            self.frequency.currentData(),
            self.attendees.currentData(),
            self.units.currentData(),
            self.in_use.isChecked(),
        )


class KindsDialog(CatalogueDialog[MeetingKindRow]):
    """The catalogue as a list with add, change and delete; each change is saved at once."""

    def __init__(self, service: MeetingService, actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(
            MeetingKindTableModel(),
            service.kinds,
            KindDialog,
            lambda draft, kind: service.save_kind(actor(), draft, kind.id if kind else None),
            lambda kind: service.delete_kind(actor(), kind.id),
            PARTY_LIFE_REFUSED,
            KindColumn.NAME,
            parent,
        )
        self.setWindowTitle(self.tr("Meeting kinds"))
        self.model.setParent(self)
        self.table.setObjectName("kindsTable")
        self.resize(760, 420)
