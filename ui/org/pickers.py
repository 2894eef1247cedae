"""Choosing a unit (a combo box over the tree, searchable by typing) or a person (search box and list) in dialogs."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QListView, QVBoxLayout, QWidget

from gridapp.org.rows import PersonRow, UnitRow
from ui.org.labels import party_status_label
from ui.roles import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex


class UnitListModel(QAbstractListModel):
    """Units in tree order, indented by depth; the full path is the tooltip and what typing matches."""

    def __init__(self, units: Sequence[UnitRow], parent: Any = None) -> None:
        super().__init__(parent)
        by_id = {u.id: u for u in units}
        self._units = list(units)
        self._depth: dict[uuid.UUID, int] = {}
        self._path: dict[uuid.UUID, str] = {}
        for u in self._units:
            parent_id = u.parent_id if u.parent_id in by_id else None
            self._depth[u.id] = self._depth[parent_id] + 1 if parent_id else 0
            self._path[u.id] = f"{self._path[parent_id]}/{u.name}" if parent_id else u.name

    def row_of(self, unit_id: uuid.UUID | None) -> int:
        return next((i for i, u in enumerate(self._units) if u.id == unit_id), -1)

    def unit(self, row: int) -> UnitRow | None:
        return self._units[row] if 0 <= row < len(self._units) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._units)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self._units[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "　" * self._depth[unit.id] + unit.name
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self._path[unit.id]
        if role == ROW_ROLE:
            return unit
        return None


class UnitPicker(QComboBox):
    """Pick a unit; typing any part of its path narrows the list."""

    unit_changed = Signal(object)  # UnitRow | None

    def __init__(
        self, units: Sequence[UnitRow], selected: uuid.UUID | None = None, parent: QWidget | None = None,
        accept: Callable[[UnitRow], bool] | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        allowed = [u for u in units if accept is None or accept(u)]
        self._model = UnitListModel(allowed, self)
        self.setModel(self._model)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self._model, self)
        completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_unit(selected)
        self.currentIndexChanged.connect(self._on_self_current_index_changed)

    def set_unit(self, unit_id: uuid.UUID | None) -> None:
        self.setCurrentIndex(self._model.row_of(unit_id))

    def unit(self) -> UnitRow | None:
        return self._model.unit(self.currentIndex())

    @Slot(int)
    def _on_self_current_index_changed(self, row: int) -> None:
        self.unit_changed.emit(self._model.unit(row))


class _PeopleModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PersonRow] = []

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.name}　{p.employee_no}　{p.department or p.unit}　{party_status_label(p.party_status)}"
        if role == ROW_ROLE:
            return p
        return None


class PersonPicker(QWidget):
    """Type a name, employee number or pinyin initials; the matching people are listed; click (or arrow) to pick."""

    person_changed = Signal(object)  # PersonRow | None

    def __init__(
        self, search: Callable[[str], list[PersonRow]], selected: PersonRow | None = None,
        parent: QWidget | None = None, placeholder: str = "",
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._search = search
        self.text = QLineEdit()
        self.text.setObjectName("personSearch")
        self.text.setPlaceholderText(placeholder or self.tr("Name, employee no. or pinyin initials (e.g. wjh)"))
        self.text.setClearButtonEnabled(True)
        self.model = _PeopleModel(self)
        self.list = QListView()
        self.list.setObjectName("personList")
        self.list.setModel(self.model)
        self.list.setMinimumHeight(self.fontMetrics().height() * 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.list)
        # Properties set one by one: PySide6 6.12 loses a reference to None for each keyword of a constructor.
        self._timer = QTimer(self)  # search once typing pauses
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        self.text.textEdited.connect(lambda _text: self._timer.start())
        self.text.returnPressed.connect(self.refresh)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        if selected is not None:
            self.model.set_rows([selected])
            self.list.setCurrentIndex(self.model.index(0, 0))

    @Slot()
    def refresh(self) -> None:
        self._timer.stop()
        self.model.set_rows(self._search(self.text.text()))
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        else:
            self.person_changed.emit(None)

    def person(self) -> PersonRow | None:
        index = self.list.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    @Slot(QModelIndex, QModelIndex)
    def _on_list_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.person_changed.emit(self.person())
