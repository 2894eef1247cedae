"""Dialogs for units: add or edit (name, kind, code), move under another unit, delete (moving its people first)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.kinds import UnitKind
from gridapp.org.rows import UnitContents, UnitRow
from ui.org.labels import unit_kind_label
from ui.org.pickers import UnitPicker

# What a new unit below each kind usually is: plant → net/grid, grid → zone, zone → team.
NEXT_KIND = {
    UnitKind.PLANT: UnitKind.GRID,
    UnitKind.NET: UnitKind.GRID,
    UnitKind.GRID: UnitKind.ZONE,
    UnitKind.ZONE: UnitKind.TEAM,
    UnitKind.TEAM: UnitKind.TEAM,
}


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class UnitDialog(QDialog):
    """A new unit below ``parent`` (``unit`` None) or an existing unit's name, kind and code."""

    def __init__(
        self,
        units: Sequence[UnitRow],
        suggest_code: Callable[[uuid.UUID | None], str],
        parent_id: uuid.UUID | None = None,
        unit: UnitRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit unit") if unit else self.tr("Add unit"))
        self._suggest = suggest_code
        self.parent_picker = UnitPicker(units, parent_id, self)
        self.parent_picker.setObjectName("unitParent")
        self.parent_picker.setEnabled(unit is None)
        self.name = QLineEdit(unit.name if unit else "")
        self.name.setObjectName("unitName")
        self.name.setMaxLength(80)
        self.kind = QComboBox()
        self.kind.setObjectName("unitKind")
        for kind in UnitKind:
            if kind != UnitKind.PLANT or (unit and unit.kind == UnitKind.PLANT) or (not units and not unit):
                self.kind.addItem(unit_kind_label(kind), kind)
        self.code = QLineEdit(unit.code if unit else "")
        self.code.setObjectName("unitCode")
        self.code.setMaxLength(40)
        self.code.setPlaceholderText(self.tr("Unique in the plant, e.g. DH-W-06"))
        self._code_edited = unit is not None
        self.code.textEdited.connect(self._on_code_text_edited)
        if unit is not None:
            self.kind.setCurrentIndex(self.kind.findData(unit.kind))
            self.kind.setEnabled(unit.kind != UnitKind.PLANT)
        else:
            self._on_parent_picker_unit_changed(self.parent_picker.unit())
        self.parent_picker.unit_changed.connect(self._on_parent_picker_unit_changed)
        form = QFormLayout()
        if units:
            form.addRow(self.tr("Belongs to"), self.parent_picker)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Code"), self.code)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.name.setFocus()

    @Slot(str)
    def _on_code_text_edited(self, text: str) -> None:
        self._code_edited = bool(text)

    @Slot(object)
    def _on_parent_picker_unit_changed(self, unit: UnitRow | None) -> None:
        if unit is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(NEXT_KIND[unit.kind])))
        if not self._code_edited:
            self.code.setText(self._suggest(unit.id if unit else None))

    def values(self) -> tuple[uuid.UUID | None, UnitKind, str, str]:
        parent = self.parent_picker.unit()
        return (parent.id if parent else None, self.kind.currentData(), self.name.text(), self.code.text())


class MoveUnitDialog(QDialog):
    """Where to move a unit (the keyboard's way of dragging it)."""

    def __init__(self, units: Sequence[UnitRow], unit: UnitRow, is_below: Callable[[uuid.UUID, uuid.UUID], bool],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move unit"))
        self.target = UnitPicker(units, unit.parent_id, self, accept=lambda u: not is_below(u.id, unit.id))
        self.target.setObjectName("moveTarget")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Move “{0}” with everything below it under:").format(unit.name)))
        layout.addWidget(self.target)
        layout.addWidget(_buttons(self))

    def target_id(self) -> uuid.UUID | None:
        unit = self.target.unit()
        return unit.id if unit else None


class DeleteUnitDialog(QDialog):
    """Confirm a deletion; when the unit still has people, posts or areas, choose where they go."""

    def __init__(self, units: Sequence[UnitRow], unit: UnitRow, contents: UnitContents,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete unit"))
        layout = QVBoxLayout(self)
        self.target: UnitPicker | None = None
        text = QLabel()
        text.setWordWrap(True)
        layout.addWidget(text)
        if contents.movable:
            text.setText(
                self.tr(
                    "“{0}” still has {1} people, {2} posts and {3} areas. They move to the unit chosen below, "
                    "then the unit is deleted. Roles held in it end today."
                ).format(unit.name, contents.people, contents.posts, contents.areas)
            )
            self.target = UnitPicker(units, unit.parent_id, self, accept=lambda u: u.id != unit.id)
            self.target.setObjectName("reassignTarget")
            layout.addWidget(self.target)
        else:
            text.setText(
                self.tr("Delete “{0}”? It is empty. Roles held in it end today. You can undo this.").format(unit.name)
            )
        layout.addWidget(_buttons(self))

    def reassign_to(self) -> uuid.UUID | None:
        unit = self.target.unit() if self.target else None
        return unit.id if unit else None
