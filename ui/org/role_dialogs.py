"""Dialogs for roles: assign a person to a role in a unit with dates, and the plant's role catalogue."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.rows import PersonRow, RoleRow, UnitRow
from gridapp.times import plant_today
from ui.org.labels import role_kind_label
from ui.org.person_dialogs import date_edit, from_qdate
from ui.org.pickers import PersonPicker, UnitPicker
from ui.row_table import RowTableModel


class AssignRoleDialog(QDialog):
    """A person takes a role in a unit from a date (and, if known, until a date)."""

    def __init__(
        self,
        roles: Sequence[RoleRow],
        units: Sequence[UnitRow],
        search: Callable[[str], list[PersonRow]],
        unit_id: uuid.UUID | None,
        person: PersonRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign role"))
        self.role = QComboBox()
        self.role.setObjectName("roleChoice")
        for role in roles:
            self.role.addItem(f"{role.name}（{role_kind_label(role.kind)}）", role.id)
        self.unit = UnitPicker(units, unit_id, self)
        self.unit.setObjectName("roleUnit")
        self.person = PersonPicker(search, person, self)
        self.starts = date_edit()
        self.starts.setObjectName("roleStarts")
        self.has_end = QCheckBox(self.tr("Until"))
        self.ends = date_edit(plant_today().replace(month=12, day=31))
        self.ends.setEnabled(False)
        self.has_end.toggled.connect(self.ends.setEnabled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.ends, 1)
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("In unit"), self.unit)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("From"), self.starts)
        form.addRow("", end_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.person.person_changed.connect(self._on_person_person_changed)
        self._on_person_person_changed(self.person.person())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 420)

    @Slot(object)
    def _on_person_person_changed(self, person: PersonRow | None) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(person is not None)

    def values(self) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, dt.date, dt.date | None]:
        unit = self.unit.unit()
        person = self.person.person()
        assert unit is not None and person is not None
        ends = from_qdate(self.ends.date()) if self.has_end.isChecked() else None
        return self.role.currentData(), person.id, unit.id, from_qdate(self.starts.date()), ends


class RoleColumn(enum.IntEnum):
    NAME = 0
    KIND = 1
    IN_USE = 2
    PARTY = 3
    DUTY = 4


class RoleCatalogueModel(RowTableModel[RoleRow]):
    """The role catalogue: names are edited in place, the "in use" and "party members only" boxes ticked; each
    edit is one undo step."""

    columns = RoleColumn

    def __init__(
        self,
        update: Callable[[RoleRow, str, bool], None],
        parent: Any = None,
        set_party_required: Callable[[RoleRow, bool], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._update = update
        self._set_party_required = set_party_required

    def title(self, column: RoleColumn) -> str:
        return {
            RoleColumn.NAME: self.tr("Role"),
            RoleColumn.KIND: self.tr("Kind"),
            RoleColumn.IN_USE: self.tr("In use"),
            RoleColumn.PARTY: self.tr("Party members only"),
            RoleColumn.DUTY: self.tr("Duty"),
        }[column]

    def text(self, row: RoleRow, column: RoleColumn) -> str:
        return {
            RoleColumn.NAME: row.name,
            RoleColumn.KIND: role_kind_label(row.kind),
            RoleColumn.IN_USE: "",
            RoleColumn.PARTY: "",
            RoleColumn.DUTY: row.duty,
        }[column]

    def flags(self, index: Any) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == RoleColumn.NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == RoleColumn.IN_USE or (
            index.column() == RoleColumn.PARTY and self._set_party_required is not None
        ):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < len(self._rows):
            row = self._rows[index.row()]
            if role == Qt.ItemDataRole.CheckStateRole and index.column() == RoleColumn.IN_USE:
                return Qt.CheckState.Checked if row.in_use else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.CheckStateRole and index.column() == RoleColumn.PARTY:
                return Qt.CheckState.Checked if row.party_required else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == RoleColumn.PARTY:
                return self.tr(
                    "Appointing a non-member to this role asks first, and the unit is flagged while it lasts"
                )
            if role == Qt.ItemDataRole.EditRole and index.column() == RoleColumn.NAME:
                return row.name
        return super().data(index, role)

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == RoleColumn.NAME and str(value).strip() != row.name:
            self._update(row, str(value), row.in_use)
            return True
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == RoleColumn.IN_USE:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self._update(row, row.name, checked)
            return True
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == RoleColumn.PARTY and self._set_party_required:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self._set_party_required(row, checked)
            return True
        return False


class RoleCatalogueDialog(QDialog):
    """Rename roles, choose which officer roles the plant uses (六大员 or 八大员) and which are for party members."""

    def __init__(self, model: RoleCatalogueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Role catalogue"))
        self.model = model
        self.table = QTableView()
        self.table.setObjectName("roleCatalogue")
        self.table.setModel(model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(RoleColumn.DUTY, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(760, 460)
