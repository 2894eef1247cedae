"""What a roster import would do, row by row: the preview the user reads before anything is written."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class FileProblem(enum.Enum):
    UNREADABLE = "unreadable"  # not an .xlsx, damaged, password-protected, or cannot be opened
    NO_HEADER = "no_header"  # no row with the required headers (detail: the missing ones)
    EMPTY = "empty"  # headers but no data rows
    TOO_MANY_ROWS = "too_many_rows"  # detail: the limit (so are the four below: gridapp.io.workbooks' refusals)
    TOO_MANY_COLUMNS = "too_many_columns"
    CELL_TOO_LONG = "cell_too_long"
    PART_TOO_LARGE = "part_too_large"
    UNSAFE_XML = "unsafe_xml"  # entity declarations or an external entity: never read


class RowProblem(enum.Enum):
    # fixed automatically (shown, not blocking)
    FULL_WIDTH = "full_width"
    STRAY_SPACES = "stray_spaces"
    NEW_POST = "new_post"  # the post does not exist yet and will be added to the unit (detail: where)
    # blocking: nothing is imported while any row has one
    MISSING_NAME = "missing_name"
    MISSING_EMPLOYEE_NO = "missing_employee_no"
    MISSING_UNIT = "missing_unit"
    DUPLICATE_EMPLOYEE_NO = "duplicate_employee_no"  # detail: the other row numbers
    UNKNOWN_UNIT = "unknown_unit"  # detail: the part of the path not found
    AMBIGUOUS_UNIT = "ambiguous_unit"  # detail: how many units match
    BAD_GENDER = "bad_gender"
    BAD_PARTY_STATUS = "bad_party_status"
    BAD_STATUS = "bad_status"
    BAD_DATE = "bad_date"
    MISSING_LEFT_DATE = "missing_left_date"
    TOO_LONG = "too_long"  # detail: the limit

    @property
    def blocking(self) -> bool:
        return self not in (RowProblem.FULL_WIDTH, RowProblem.STRAY_SPACES, RowProblem.NEW_POST)


class RowAction(enum.Enum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Problem:
    kind: RowProblem
    column: str  # the field ("name", "unit", …)
    detail: str = ""


@dataclass(frozen=True, slots=True)
class RosterRow:
    line: int  # the row number in Excel
    values: dict[str, str]  # cleaned text of each field found, as shown in the preview
    action: RowAction
    problems: tuple[Problem, ...]
    changes: tuple[str, ...] = ()  # fields an update changes


@dataclass(frozen=True, slots=True)
class RosterPreview:
    path: str
    sheet: str = ""
    file_problem: FileProblem | None = None
    file_detail: str = ""
    columns: tuple[str, ...] = ()  # fields found, in the file's order
    rows: tuple[RosterRow, ...] = ()
    new_posts: tuple[str, ...] = field(default=())

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def blocked(self) -> bool:
        return self.file_problem is not None or any(r.action == RowAction.ERROR for r in self.rows)

    @property
    def changes_anything(self) -> bool:
        return any(r.action in (RowAction.NEW, RowAction.UPDATE) for r in self.rows)
