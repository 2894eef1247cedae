"""What a roster import would do, row by row: the preview the user reads before anything is written — each person's
changes old → new, the rows set aside as notes, the units and posts it would add, and a summary that counts them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from gridapp.io.tables import Skipped


class FileProblem(enum.Enum):
    UNREADABLE = "unreadable"  # not a spreadsheet, damaged, password-protected, or cannot be opened
    NO_HEADER = "no_header"  # no heading row, or required fields without a column (detail: their headings)
    TWICE = "twice"  # two columns were given the same meaning (detail: the field's heading)
    EMPTY = "empty"  # headers but no data rows
    TOO_MANY_ROWS = "too_many_rows"  # detail: the limit (so are the four below: gridapp.io.workbooks' refusals)
    TOO_MANY_COLUMNS = "too_many_columns"
    CELL_TOO_LONG = "cell_too_long"
    PART_TOO_LARGE = "part_too_large"
    UNSAFE_XML = "unsafe_xml"  # entity declarations or an external entity: never read


class RowProblem(enum.Enum):
    # corrected automatically (shown, not blocking; counted as "cleaned")
    FULL_WIDTH = "full_width"
    STRAY_SPACES = "stray_spaces"
    TRADITIONAL = "traditional"  # unit path in traditional characters, converted (detail: "廠→厂、藥→药")
    PHONE_NORMALISED = "phone_normalised"  # detail: the number as the sheet wrote it
    # notes (shown, not blocking)
    NEW_POST = "new_post"  # the post does not exist yet and will be added to the unit (detail: where)
    NEW_UNIT = "new_unit"  # the unit will be created by this import (detail: its path)
    PARTY_NOTE = "party_note"  # 民主党派 / 无党派人士, recorded as 群众 (detail: as written)
    # blocking: nothing is imported while any row has one
    MISSING_NAME = "missing_name"
    MISSING_EMPLOYEE_NO = "missing_employee_no"
    MISSING_UNIT = "missing_unit"
    DUPLICATE_EMPLOYEE_NO = "duplicate_employee_no"  # detail: the other row numbers
    UNKNOWN_UNIT = "unknown_unit"  # detail: the unit cell as written; team: the team cell; suggestion: a close path
    AMBIGUOUS_UNIT = "ambiguous_unit"  # detail: how many units match
    BAD_GENDER = "bad_gender"
    BAD_PARTY_STATUS = "bad_party_status"  # detail: as written
    BAD_STATUS = "bad_status"
    BAD_DATE = "bad_date"
    MISSING_LEFT_DATE = "missing_left_date"
    TOO_LONG = "too_long"  # detail: the limit

    @property
    def blocking(self) -> bool:
        return self not in NOT_BLOCKING

    @property
    def corrected(self) -> bool:
        return self in CORRECTIONS


CORRECTIONS = frozenset(
    {RowProblem.FULL_WIDTH, RowProblem.STRAY_SPACES, RowProblem.TRADITIONAL, RowProblem.PHONE_NORMALISED}
)
NOT_BLOCKING = CORRECTIONS | {RowProblem.NEW_POST, RowProblem.NEW_UNIT, RowProblem.PARTY_NOTE}


class RowAction(enum.Enum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class RosterOptions:
    blank_clears: bool = False  # an empty cell clears the stored value (otherwise it keeps it)
    create_units: bool = False  # units the roster names that do not exist are created


@dataclass(frozen=True, slots=True)
class Problem:
    kind: RowProblem
    column: str  # the field ("name", "unit", …)
    detail: str = ""
    team: str = ""  # UNKNOWN_UNIT: the team cell as written, shown apart from the unit cell
    suggestion: str = ""  # UNKNOWN_UNIT: the path of the unit the sheet probably means


@dataclass(frozen=True, slots=True)
class Change:
    """One field of a person as stored and as the import would write it, in the words of the app's exports
    ("" for empty)."""

    field: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class RosterRow:
    line: int  # the row number in the spreadsheet
    values: dict[str, str]  # cleaned text of each field found, as shown in the preview
    action: RowAction
    problems: tuple[Problem, ...]
    changes: tuple[Change, ...] = ()  # what an update changes, field by field

    @property
    def changed_fields(self) -> tuple[str, ...]:
        return tuple(c.field for c in self.changes)

    @property
    def corrected(self) -> bool:
        return any(p.kind.corrected for p in self.problems)


@dataclass(frozen=True, slots=True)
class RosterSummary:
    """The preview's counts; each is what its word says (rows, not cells)."""

    new: int
    changed: int
    unchanged: int
    refused: int  # rows with a blocking problem
    cleaned: int  # rows to import with at least one automatic correction
    skipped: int  # rows set aside: blank, totals, notes, sections, repeated headings, hidden


@dataclass(frozen=True, slots=True)
class RosterPreview:
    path: str
    sheet: str = ""
    file_problem: FileProblem | None = None
    file_detail: str = ""
    columns: tuple[str, ...] = ()  # fields found, in the file's order
    rows: tuple[RosterRow, ...] = ()
    new_posts: tuple[str, ...] = field(default=())
    skipped: tuple[Skipped, ...] = ()  # rows that are not people, each with its reason
    unmapped: tuple[str, ...] = ()  # headings of the columns nothing reads
    new_units: tuple[str, ...] = ()  # "parent path / new name" of each unit the import creates, parents first
    clearable: tuple[tuple[str, int], ...] = ()  # (field, people) an empty cell would clear with blank_clears
    options: RosterOptions = RosterOptions()

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def blocked(self) -> bool:
        return self.file_problem is not None or any(r.action == RowAction.ERROR for r in self.rows)

    @property
    def changes_anything(self) -> bool:
        return any(r.action in (RowAction.NEW, RowAction.UPDATE) for r in self.rows)

    @property
    def cleaned(self) -> int:
        return sum(1 for r in self.rows if r.action is not RowAction.ERROR and r.corrected)

    @property
    def summary(self) -> RosterSummary:
        return RosterSummary(
            self.count(RowAction.NEW),
            self.count(RowAction.UPDATE),
            self.count(RowAction.UNCHANGED),
            self.count(RowAction.ERROR),
            self.cleaned,
            len(self.skipped),
        )
