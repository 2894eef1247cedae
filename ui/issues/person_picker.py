"""Choosing a person by typing a name, employee number or pinyin initials (the organisation's people search); before
anything is typed, the people of the unit in question are offered."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from gridapp.org.rows import PersonRow
from ui.roles import ROW_ROLE

if TYPE_CHECKING:
    from gridapp.org.service import OrgService

Index = QModelIndex | QPersistentModelIndex
SUGGESTED = 30  # people offered before anything is typed


class PersonMatchModel(QAbstractListModel):
    """The few people matching what was typed so far."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        person = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{person.name}  {person.employee_no}  {person.unit}"
        if role == Qt.ItemDataRole.EditRole:
            return person.name
        if role == ROW_ROLE:
            return person
        return None


class PersonPicker(QLineEdit):
    """A line edit that completes people; ``person`` is the chosen one (None until one is picked)."""

    person_chosen = Signal(object)  # PersonRow | None

    def __init__(self, org: OrgService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._org = org
        self._near: uuid.UUID | None = None
        self.person: PersonRow | None = None
        self.matches = PersonMatchModel(self)
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Name, employee no. or pinyin initials"))
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._on_self_text_edited)
        completer.activated[QModelIndex].connect(self._on_completer_activated)

    def set_org(self, org: OrgService | None) -> None:
        self._org = org

    def set_near(self, unit_id: uuid.UUID | None) -> None:
        """Offer the people of this unit (and below it) when the field is empty: a list to choose from at once,
        rather than an empty one until a name is typed."""
        self._near = unit_id

    def show_suggestions(self) -> None:
        """Open the list of the unit's people when nothing is typed yet."""
        if self.text().strip() or self._near is None or not self.isEnabled():
            return
        self._search("")
        if self.matches.rowCount():
            completer = self.completer()
            completer.setCompletionPrefix("")
            completer.complete()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            QTimer.singleShot(0, self.show_suggestions)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.show_suggestions()

    def set_person(self, person: PersonRow | None) -> None:
        self.person = person
        self.setText(person.name if person else "")

    @property
    def person_id(self) -> uuid.UUID | None:
        return self.person.id if self.person else None

    def choose_first_match(self) -> bool:
        """Pick the first match of what is typed (Enter without opening the list)."""
        if self.person is not None and self.person.name == self.text():
            return True
        if not self.text().strip():
            return False
        self._search(self.text())
        if self.matches.rowCount() == 0:
            return False
        self._choose(self.matches.index(0, 0).data(ROW_ROLE))
        return True

    def _search(self, text: str) -> None:
        if self._org is None:
            rows: list[PersonRow] = []
        elif text.strip():
            rows = self._org.search_people(text, limit=SUGGESTED)
        elif self._near is not None:
            rows = self._org.people(self._near, limit=SUGGESTED, include_left=False)
        else:
            rows = []
        self.matches.set_rows(rows)

    def _choose(self, person: PersonRow) -> None:
        self.person = person
        self.setText(person.name)
        self.person_chosen.emit(person)

    @Slot(str)
    def _on_self_text_edited(self, text: str) -> None:
        if self.person is not None:
            self.person = None
            self.person_chosen.emit(None)
        self._search(text)

    @Slot(QModelIndex)
    def _on_completer_activated(self, index: QModelIndex) -> None:
        person = index.data(ROW_ROLE)
        if isinstance(person, PersonRow):
            self._choose(person)
