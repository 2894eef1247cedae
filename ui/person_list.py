"""A plain list of people (name, employee number, unit) for the dialogs that pick one from a search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from gridapp.org.rows import PersonRow
from ui.roles import ROW_ROLE


class PersonListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []

    def set_people(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{person.name}  {person.employee_no}  {person.unit}"
        if role == ROW_ROLE:
            return person
        return None
