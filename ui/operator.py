"""Who is working at this PC (the operator): chosen at shift start, named in every change the UI makes."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.rows import PersonRow
from ui.roles import ROW_ROLE
from ui.settings import app_settings

if TYPE_CHECKING:
    from gridapp.services import Services

OPERATOR_KEY = "operator/person_id"


def remembered_operator(services: Services) -> PersonRow | None:
    raw = app_settings().value(OPERATOR_KEY, "")
    try:
        person_id = uuid.UUID(str(raw))
    except ValueError:
        return None
    person = services.org.person(person_id)
    return person if person and person.left_on is None else None


def remember_operator(person: PersonRow | None) -> None:
    app_settings().setValue(OPERATOR_KEY, str(person.id) if person else "")


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


class OperatorDialog(QDialog):
    """Type a name, employee number or pinyin initials; pick the person; Enter confirms."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose operator"))
        self._services = services
        self.chosen: PersonRow | None = None
        self.search = QLineEdit()
        self.search.setObjectName("operatorSearch")
        self.search.setPlaceholderText(self.tr("Name, employee no. or pinyin initials (e.g. wjh)"))
        self.model = PersonListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who is working at this PC?")))
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self.accept)
        self.list.doubleClicked.connect(self.accept)
        self.resize(420, 360)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self.model.set_people(self._services.org.search_people(text))
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def accept(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        self.chosen = index.data(ROW_ROLE)
        super().accept()
