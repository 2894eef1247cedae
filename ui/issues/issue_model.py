"""Issues as a table model, fetched from the issue service page by page, sorted and filtered in SQL."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt

from gridapp.issues.clock import Calendar, due_status
from gridapp.issues.kinds import DueStatus
from gridapp.issues.rows import IssueFilter, IssueRow, IssueSort
from ui.issues import labels
from ui.paged_model import Index, PagedTableModel
from ui.roles import ROW_ROLE, SORT_ROLE

if TYPE_CHECKING:
    from gridapp.issues.service import IssueService


class IssueColumn(enum.IntEnum):
    NUMBER = 0
    TITLE = 1
    CATEGORY = 2
    STATE = 3
    UNIT = 4
    ASSIGNEE = 5
    REPORTED_AT = 6
    DEADLINE = 7
    GRADE = 8


_SORTS = {
    IssueColumn.NUMBER: IssueSort.NUMBER,
    IssueColumn.TITLE: IssueSort.TITLE,
    IssueColumn.CATEGORY: IssueSort.CATEGORY,
    IssueColumn.STATE: IssueSort.STATE,
    IssueColumn.UNIT: IssueSort.UNIT,
    IssueColumn.ASSIGNEE: IssueSort.ASSIGNEE,
    IssueColumn.REPORTED_AT: IssueSort.REPORTED_AT,
    IssueColumn.DEADLINE: IssueSort.DEADLINE,
    IssueColumn.GRADE: IssueSort.GRADE,
}


class IssueTableModel(PagedTableModel[IssueRow]):
    """Holds only the pages fetched so far; sorting and filtering re-run the query in the database."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._service: IssueService | None = None
        self._filter = IssueFilter()
        self._sort = IssueSort.REPORTED_AT
        self._descending = True
        self._calendar = Calendar()
        self._categories: dict[str, str] = {}

    def set_service(self, service: IssueService | None) -> None:
        self._service = service
        if service is None:
            self.set_source(None, None)
            return
        self._calendar = service.calendar()
        self._categories = {c.code: c.name for c in service.categories(include_unused=True)}
        self.set_source(
            lambda: service.count(self._filter),
            lambda offset, limit: service.page(self._filter, self._sort, self._descending, offset, limit),
            first=lambda limit: service.first_page(self._filter, self._sort, self._descending, limit),
        )

    def set_filter(self, where: IssueFilter) -> None:
        self._filter = where
        self.reload()

    @property
    def filter(self) -> IssueFilter:
        return self._filter

    def issue_at(self, row: int) -> IssueRow:
        return self.row_at(row)

    # Qt's interface

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(IssueColumn)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = _SORTS[IssueColumn(column)]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        issue = self._rows[index.row()]
        column = IssueColumn(index.column())
        if role == ROW_ROLE:
            return issue
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(issue, column)
        if role == SORT_ROLE:
            return self._sort_value(issue, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (IssueColumn.TITLE, IssueColumn.DEADLINE):
            return self._tooltip(issue)
        due = self._due(issue)
        if role == Qt.ItemDataRole.BackgroundRole and due in labels.DUE_BACKGROUND:
            return labels.DUE_BACKGROUND[due]
        if role == Qt.ItemDataRole.ForegroundRole and column == IssueColumn.DEADLINE and due in labels.DUE_STRONG:
            return labels.DUE_STRONG[due]
        if role == Qt.ItemDataRole.DecorationRole and column == IssueColumn.GRADE and issue.risk_colour:
            return labels.RISK_QCOLOR[issue.risk_colour]
        return None

    def _due(self, issue: IssueRow) -> DueStatus:
        now = self._service.now() if self._service else None
        return due_status(issue.deadline_at, issue.deadline_soon_at, now) if now else DueStatus.NONE

    def _display(self, issue: IssueRow, column: IssueColumn) -> str:
        match column:
            case IssueColumn.NUMBER:
                return issue.number
            case IssueColumn.TITLE:
                return issue.title
            case IssueColumn.CATEGORY:
                return labels.category_label(issue.category_code, self._categories.get(issue.category_code, ""))
            case IssueColumn.STATE:
                return labels.state_label(issue.state)
            case IssueColumn.UNIT:
                return issue.unit
            case IssueColumn.ASSIGNEE:
                return issue.assignee
            case IssueColumn.REPORTED_AT:
                return labels.when(issue.reported_at, self._calendar)
            case IssueColumn.DEADLINE:
                if issue.deadline_at is None:
                    return ""
                text = labels.deadline_when(issue.deadline_at, self._calendar)
                due = labels.due_label(self._due(issue))
                return f"{text}  {due}" if due else text
            case IssueColumn.GRADE:
                if not issue.is_hazard:
                    return ""
                return labels.grade_label(issue.hazard_grade)

    def _tooltip(self, issue: IssueRow) -> str:
        parts = [f"{issue.number} {issue.title}"]
        if issue.deadline_at is not None and self._service is not None:
            parts.append(
                f"{labels.deadline_kind_label(issue.deadline_kind)} {labels.deadline_when(issue.deadline_at, self._calendar)}"
                f" ({labels.remaining(issue.deadline_at, self._service.now())})"
            )
        return "\n".join(parts)

    def _sort_value(self, issue: IssueRow, column: IssueColumn) -> Any:
        if column == IssueColumn.REPORTED_AT:
            return issue.reported_at.isoformat()
        if column == IssueColumn.DEADLINE:
            return issue.deadline_at.isoformat() if issue.deadline_at else ""
        if column == IssueColumn.STATE:
            return issue.state.value
        return self._display(issue, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            IssueColumn.NUMBER: self.tr("No."),
            IssueColumn.TITLE: self.tr("Problem"),
            IssueColumn.CATEGORY: self.tr("Category"),
            IssueColumn.STATE: self.tr("State"),
            IssueColumn.UNIT: self.tr("Unit"),
            IssueColumn.ASSIGNEE: self.tr("Assignee"),
            IssueColumn.REPORTED_AT: self.tr("Reported"),
            IssueColumn.DEADLINE: self.tr("Deadline"),
            IssueColumn.GRADE: self.tr("Hazard grade"),
        }[IssueColumn(section)]
