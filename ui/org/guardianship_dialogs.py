"""Dialogs for guardianship: a party member answers for a staff member or an area; the 1+N settings."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.rows import AreaRow, PersonRow
from gridapp.org.settings import MAX_WARDS_LIMIT
from ui.org.person_dialogs import date_edit, from_qdate
from ui.org.pickers import PersonPicker


class LinkDialog(QDialog):
    """Guardian (a party member) and whom or what they answer for, from a date."""

    def __init__(
        self,
        search_members: Callable[[str], list[PersonRow]],
        search_staff: Callable[[str], list[PersonRow]],
        areas: Sequence[AreaRow],
        guardian: PersonRow | None = None,
        ward: PersonRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add guardianship link"))
        self.guardian = PersonPicker(search_members, guardian, self, self.tr("Guardian: a party member"))
        self.guardian.setObjectName("guardianPicker")
        self.for_person = QRadioButton(self.tr("a staff member (1+N)"))
        self.for_area = QRadioButton(self.tr("an area"))
        self.for_person.setChecked(True)
        self.for_area.setEnabled(bool(areas))
        self.ward = PersonPicker(search_staff, ward, self, self.tr("Staff member"))
        self.ward.setObjectName("wardPicker")
        self.area = QComboBox()
        for area in areas:
            self.area.addItem(f"{area.name}（{area.unit}）", area.id)
        self.which = QStackedWidget()
        self.which.addWidget(self.ward)
        self.which.addWidget(self.area)
        self.for_area.toggled.connect(lambda on: self.which.setCurrentIndex(1 if on else 0))
        self.starts = date_edit()
        form = QFormLayout()
        form.addRow(self.tr("Guardian"), self.guardian)
        form.addRow(self.tr("Answers for"), self.for_person)
        form.addRow("", self.for_area)
        form.addRow("", self.which)
        form.addRow(self.tr("From"), self.starts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for picker in (self.guardian, self.ward):
            picker.person_changed.connect(self._on_picker_person_changed)
        self.for_area.toggled.connect(self._on_picker_person_changed)
        self._on_picker_person_changed(None)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 560)

    @Slot(object)
    def _on_picker_person_changed(self, _changed: object) -> None:
        ready = self.guardian.person() is not None and (
            self.area.currentData() is not None if self.for_area.isChecked() else self.ward.person() is not None
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def values(self) -> tuple[uuid.UUID, uuid.UUID | None, uuid.UUID | None, dt.date]:
        """(guardian, ward person or None, area or None, from)."""
        guardian = self.guardian.person()
        assert guardian is not None
        starts = from_qdate(self.starts.date())
        if self.for_area.isChecked():
            return guardian.id, None, self.area.currentData(), starts
        ward = self.ward.person()
        assert ward is not None
        return guardian.id, ward.id, None, starts


class GuardianshipSettingsDialog(QDialog):
    """The plant's 1+N limit and whether party members themselves need a guardian."""

    def __init__(self, max_wards: int, covers_members: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guardianship settings"))
        self.max_wards = QSpinBox()
        self.max_wards.setObjectName("maxWards")
        self.max_wards.setRange(1, MAX_WARDS_LIMIT)
        self.max_wards.setValue(max_wards)
        self.covers_members = QCheckBox(self.tr("Party members need a guardian too"))
        self.covers_members.setChecked(covers_members)
        note = QLabel(
            self.tr(
                "1+N: each party member answers for 1 to N staff (seed practice: 1 to 3). Lowering the limit keeps "
                "existing links; the coverage report lists guardians over it."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("N (staff per party member)"), self.max_wards)
        form.addRow("", self.covers_members)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
