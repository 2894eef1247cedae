"""People of a unit's subtree as a table model, fetched from the organisation service page by page, filtered and
sorted in the database; rows can be dragged onto a unit of the tree to move those people there."""

from __future__ import annotations

import enum
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt

from gridapp.org.rows import PersonRow, PersonSort
from ui.org.labels import gender_label, party_status_label
from ui.org.unit_tree_model import PEOPLE_MIME, encode_ids
from ui.paged_model import Index, PagedTableModel
from ui.roles import ROW_ROLE, SORT_ROLE

if TYPE_CHECKING:
    from gridapp.org.service import OrgService


class PersonColumn(enum.IntEnum):
    EMPLOYEE_NO = 0
    NAME = 1
    GENDER = 2
    POST = 3
    UNIT = 4
    PARTY_STATUS = 5
    PHONE = 6
    STATUS = 7
    TEAM = 8


_SORTS = {
    PersonColumn.EMPLOYEE_NO: PersonSort.EMPLOYEE_NO,
    PersonColumn.NAME: PersonSort.NAME,
    PersonColumn.GENDER: PersonSort.GENDER,
    PersonColumn.POST: PersonSort.POST,
    PersonColumn.UNIT: PersonSort.UNIT,
    PersonColumn.TEAM: PersonSort.TEAM,
    PersonColumn.PARTY_STATUS: PersonSort.PARTY_STATUS,
    PersonColumn.PHONE: PersonSort.PHONE,
    PersonColumn.STATUS: PersonSort.LEFT_ON,
}


class PeopleTableModel(PagedTableModel[PersonRow]):
    """Holds only the pages fetched so far; sorting and filtering re-run the query in the database."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._service: OrgService | None = None
        self._unit_id: uuid.UUID | None = None
        self._sort = PersonSort.EMPLOYEE_NO
        self._descending = False
        self._text = ""
        self._include_left = True

    def set_service(self, service: OrgService | None) -> None:
        self._service = service
        self.set_unit(None)

    def set_unit(self, unit_id: uuid.UUID | None) -> None:
        self._unit_id = unit_id
        service = self._service
        if service is None or unit_id is None:
            self.set_source(None, None)
            return
        self.set_source(
            lambda: service.count_people(unit_id, self._text, self._include_left),
            lambda offset, limit: service.people(
                unit_id, offset, limit, self._sort, self._descending, self._text, self._include_left
            ),
        )

    def set_filter(self, text: str, include_left: bool | None = None) -> None:
        """Show only people matching ``text`` (name, number, pinyin), and those who left or not."""
        self._text = text
        if include_left is not None:
            self._include_left = include_left
        self.reload()

    @property
    def unit_id(self) -> uuid.UUID | None:
        return self._unit_id

    def person_at(self, row: int) -> PersonRow:
        return self.row_at(row)

    # Qt's interface

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PersonColumn)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = _SORTS[PersonColumn(column)]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [PEOPLE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid() and i.row() < len(self._rows)})
        data = QMimeData()
        data.setData(PEOPLE_MIME, encode_ids(self._rows[r].id for r in rows))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        person = self._rows[index.row()]
        column = PersonColumn(index.column())
        if role == ROW_ROLE:
            return person
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == SORT_ROLE:
            return self._sort_value(person, column)
        if role == Qt.ItemDataRole.ForegroundRole and person.left_on is not None:
            return Qt.GlobalColor.gray
        return None

    def _display(self, person: PersonRow, column: PersonColumn) -> str:
        match column:
            case PersonColumn.EMPLOYEE_NO:
                return person.employee_no
            case PersonColumn.NAME:
                return person.name
            case PersonColumn.GENDER:
                return gender_label(person.gender)
            case PersonColumn.POST:
                return person.post
            case PersonColumn.UNIT:
                return person.department or person.unit
            case PersonColumn.TEAM:
                return person.team
            case PersonColumn.PARTY_STATUS:
                return party_status_label(person.party_status)
            case PersonColumn.PHONE:
                return person.phone
            case PersonColumn.STATUS:
                if person.left_on is None:
                    return self.tr("Active")
                return self.tr("Left {0}").format(person.left_on.isoformat())

    def _sort_value(self, person: PersonRow, column: PersonColumn) -> Any:
        if column == PersonColumn.PARTY_STATUS:
            return person.party_status.value
        if column == PersonColumn.GENDER:
            return person.gender.value if person.gender else ""
        if column == PersonColumn.STATUS:
            return person.left_on.isoformat() if person.left_on else ""
        return self._display(person, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            PersonColumn.EMPLOYEE_NO: self.tr("Employee no."),
            PersonColumn.NAME: self.tr("Name"),
            PersonColumn.GENDER: self.tr("Gender"),
            PersonColumn.POST: self.tr("Post"),
            PersonColumn.UNIT: self.tr("Unit"),
            PersonColumn.TEAM: self.tr("Team"),
            PersonColumn.PARTY_STATUS: self.tr("Party status"),
            PersonColumn.PHONE: self.tr("Phone"),
            PersonColumn.STATUS: self.tr("Status"),
        }[PersonColumn(section)]
