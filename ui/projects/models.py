"""The projects' table models: the board's groups, the projects, a project's milestones, and the lists a dialog picks."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gridapp.projects.kinds import ProjectStatus
from gridapp.projects.rows import LinkedIssueRow, MilestoneRow, ProjectRow
from ui.projects.words import status_label
from ui.row_table import RowTableModel

LATE = QColor("#c62828")


@dataclass(frozen=True, slots=True)
class GroupRow:
    """A column of the board: a status or a grid, and how many projects stand in it."""

    label: str
    count: int
    status: ProjectStatus | None = None
    grid: str | None = None  # None with no status: every project


class GroupColumn(enum.IntEnum):
    GROUP = 0
    COUNT = 1


class GroupModel(RowTableModel[GroupRow]):
    columns = GroupColumn

    def title(self, column: Any) -> str:
        return (self.tr("Group"), self.tr("Projects"))[column]

    def text(self, row: GroupRow, column: Any) -> str:
        return row.label if column is GroupColumn.GROUP else str(row.count)

    def sort_value(self, row: GroupRow, column: Any) -> object:
        return row.label if column is GroupColumn.GROUP else row.count


class ProjectColumn(enum.IntEnum):
    NUMBER = 0
    TITLE = 1
    LEADER = 2
    GRIDS = 3
    STATUS = 4
    PROGRESS = 5
    DUE = 6
    RESULTS = 7


class ProjectModel(RowTableModel[ProjectRow]):
    columns = ProjectColumn

    def title(self, column: Any) -> str:
        return (
            self.tr("No."), self.tr("Project"), self.tr("Leader"), self.tr("Grids"), self.tr("Status"),
            self.tr("Milestones"), self.tr("Due"), self.tr("Results"),
        )[column]  # fmt: skip

    def text(self, row: ProjectRow, column: Any) -> str:
        if column is ProjectColumn.PROGRESS:
            late = self.tr(" ({0} late)").format(row.overdue) if row.overdue else ""
            return f"{row.milestones_done}/{row.milestones}{late}"
        return {
            ProjectColumn.NUMBER: row.number,
            ProjectColumn.TITLE: row.title,
            ProjectColumn.LEADER: row.leader,
            ProjectColumn.GRIDS: "、".join(row.grids),
            ProjectColumn.STATUS: status_label(row.status),
            ProjectColumn.DUE: row.due_on.isoformat() if row.due_on else "",
            ProjectColumn.RESULTS: "；".join(row.results),
        }[column]

    def sort_value(self, row: ProjectRow, column: Any) -> object:
        if column is ProjectColumn.STATUS:
            return list(ProjectStatus).index(row.status)
        if column is ProjectColumn.PROGRESS:
            return (row.overdue, row.milestones_done)
        if column is ProjectColumn.DUE:
            return row.due_on
        return self.text(row, column)

    def tooltip(self, row: ProjectRow, column: Any) -> str:
        return self.text(row, column)

    def extra(self, row: ProjectRow, column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column is ProjectColumn.PROGRESS:
            return LATE
        return None

    def row_of(self, project_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == project_id), -1)


class MilestoneColumn(enum.IntEnum):
    DUE = 0
    TITLE = 1
    DONE = 2
    NOTE = 3


class MilestoneModel(RowTableModel[MilestoneRow]):
    columns = MilestoneColumn

    def title(self, column: Any) -> str:
        return (self.tr("Due"), self.tr("Milestone"), self.tr("Done"), self.tr("Note"))[column]

    def text(self, row: MilestoneRow, column: Any) -> str:
        return {
            MilestoneColumn.DUE: row.due_on.isoformat(),
            MilestoneColumn.TITLE: row.title,
            MilestoneColumn.DONE: row.done_on.isoformat() if row.done_on else (self.tr("late") if row.overdue else ""),
            MilestoneColumn.NOTE: row.note,
        }[column]

    def sort_value(self, row: MilestoneRow, column: Any) -> object:
        return (row.due_on, row.position) if column is MilestoneColumn.DUE else self.text(row, column)

    def extra(self, row: MilestoneRow, column: Any, role: int) -> Any:
        return LATE if role == Qt.ItemDataRole.ForegroundRole and row.overdue else None


@dataclass(frozen=True, slots=True)
class MemberPick:
    person_id: uuid.UUID
    name: str
    unit: str
    duty: str


class MemberColumn(enum.IntEnum):
    NAME = 0
    UNIT = 1
    DUTY = 2


class MemberPickModel(RowTableModel[MemberPick]):
    columns = MemberColumn

    def title(self, column: Any) -> str:
        return (self.tr("Member"), self.tr("Unit"), self.tr("Part"))[column]

    def text(self, row: MemberPick, column: Any) -> str:
        return (row.name, row.unit, row.duty)[column]

    def sort_value(self, row: MemberPick, column: Any) -> object:
        return self.text(row, column)


class IssueColumn(enum.IntEnum):
    NUMBER = 0
    TITLE = 1


class IssuePickModel(RowTableModel[LinkedIssueRow]):
    columns = IssueColumn

    def title(self, column: Any) -> str:
        return (self.tr("Issue"), self.tr("Title"))[column]

    def text(self, row: LinkedIssueRow, column: Any) -> str:
        return (row.number, row.title)[column]

    def sort_value(self, row: LinkedIssueRow, column: Any) -> object:
        return self.text(row, column)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():  # what the completer matches and fills in
            row = self.row(index)
            return f"{row.number} {row.title}" if row else None
        return super().data(index, role)
