"""Sentences for the organisation's refusals and the roster import's findings, through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.roster_preview import Change, FileProblem, Problem, RowAction, RowProblem
from ui.errors import show_exception

translate = QCoreApplication.translate


def org_error_text(error: OrgError) -> str:
    d = error.details
    texts = {
        OrgProblem.NOT_FOUND: translate(
            "OrgMessages",
            "This item no longer exists; it may have been changed at another station. The view is refreshed.",
        ),
        OrgProblem.NAME_REQUIRED: translate("OrgMessages", "Please enter a name."),
        OrgProblem.NAME_TOO_LONG: translate("OrgMessages", "The text is too long: at most {0} characters."),
        OrgProblem.CODE_REQUIRED: translate(
            "OrgMessages", "Please enter a unit code (unique in the plant, e.g. DH-W-06)."
        ),
        OrgProblem.CODE_TAKEN: translate(
            "OrgMessages", "The code “{0}” is already used by “{1}”. Unit codes are unique in the plant."
        ),
        OrgProblem.PLANT_EXISTS: translate(
            "OrgMessages", "There is already a plant; the plant is the single top of the tree."
        ),
        OrgProblem.PARENT_REQUIRED: translate(
            "OrgMessages", "Only the plant is at the top of the tree; choose where this unit belongs."
        ),
        OrgProblem.PLANT_CANNOT_MOVE: translate(
            "OrgMessages", "The plant is the top of the tree and cannot be moved or deleted."
        ),
        OrgProblem.MOVE_INTO_ITSELF: translate(
            "OrgMessages", "A unit cannot be moved into itself or into a unit below it."
        ),
        OrgProblem.UNIT_HAS_CHILDREN: translate(
            "OrgMessages", "This unit still has {0} units below it. Move or delete them first."
        ),
        OrgProblem.UNIT_NOT_EMPTY: translate(
            "OrgMessages",
            "This unit still has {0} people, {1} posts and {2} areas. Choose a unit to move them to before deleting it.",
        ),
        OrgProblem.REASSIGN_INTO_ITSELF: translate("OrgMessages", "Choose another unit to move the people to."),
        OrgProblem.EMPLOYEE_NO_REQUIRED: translate("OrgMessages", "Please enter the employee number."),
        OrgProblem.EMPLOYEE_NO_TAKEN: translate("OrgMessages", "The employee number {0} already belongs to {1}."),
        OrgProblem.POST_NOT_IN_UNIT: translate(
            "OrgMessages", "The post “{0}” belongs to another part of the tree; choose a post of this unit or above it."
        ),
        OrgProblem.PERSON_HAS_LEFT: translate("OrgMessages", "{0} has left; this cannot be done for someone who left."),
        OrgProblem.PERSON_STILL_ACTIVE: translate("OrgMessages", "{0} is still active."),
        OrgProblem.PERSON_HAS_HISTORY: translate(
            "OrgMessages",
            "{0} has roles, guardianship links or areas on record and cannot be deleted. Mark the person as left instead: "
            "the history is kept.",
        ),
        OrgProblem.DATES_REVERSED: translate("OrgMessages", "The end date is before the start date."),
        OrgProblem.ROLE_OVERLAP: translate("OrgMessages", "{0} already holds “{1}” in {2} during that period."),
        OrgProblem.ROLE_NOT_IN_USE: translate(
            "OrgMessages", "The role “{0}” is not in use at this plant. Take it into use in the role catalogue first."
        ),
        OrgProblem.GUARDIAN_NOT_MEMBER: translate(
            "OrgMessages", "{0} is not a party member; guardians (包保人) are party members."
        ),
        OrgProblem.GUARD_SELF: translate("OrgMessages", "A person cannot be their own guardian."),
        OrgProblem.WARD_ALREADY_GUARDED: translate(
            "OrgMessages", "{0} already has a guardian: {1}. End that link first to change the guardian."
        ),
        OrgProblem.AREA_ALREADY_GUARDED: translate("OrgMessages", "The area “{0}” already has a guardian: {1}."),
        OrgProblem.TOO_MANY_WARDS: translate(
            "OrgMessages", "{0} already answers for {1} staff, the 1+N limit of this plant."
        ),
        OrgProblem.BAD_SETTING: translate("OrgMessages", "The value must be between 1 and {0}."),
        OrgProblem.RESTORE_CONFLICT: translate(
            "OrgMessages", "This cannot be undone: “{0}” is now used by “{1}”, made since."
        ),
        OrgProblem.PHOTO_UNREADABLE: translate(
            "OrgMessages",
            "The file is not a picture this program can read (JPEG, PNG, BMP…), or it is larger than 30 MB.",
        ),
        OrgProblem.FILE_UNREADABLE: translate(
            "OrgMessages",
            "The file {0} cannot be read as a spreadsheet (.xlsx, .xls or .csv). Nothing was imported.",
        ),
        OrgProblem.ROSTER_HAS_ERRORS: translate(
            "OrgMessages", "{0} rows have problems; nothing was imported. Correct the file and try again."
        ),
    }
    args = {
        OrgProblem.NAME_TOO_LONG: (d.get("limit"),),
        OrgProblem.CODE_TAKEN: (d.get("code"), d.get("unit")),
        OrgProblem.UNIT_HAS_CHILDREN: (d.get("count"),),
        OrgProblem.UNIT_NOT_EMPTY: (d.get("people"), d.get("posts"), d.get("areas")),
        OrgProblem.EMPLOYEE_NO_TAKEN: (d.get("employee_no"), d.get("name")),
        OrgProblem.POST_NOT_IN_UNIT: (d.get("post"),),
        OrgProblem.PERSON_HAS_LEFT: (d.get("name"),),
        OrgProblem.PERSON_STILL_ACTIVE: (d.get("name"),),
        OrgProblem.PERSON_HAS_HISTORY: (d.get("name"),),
        OrgProblem.ROLE_OVERLAP: (d.get("name"), d.get("role"), d.get("unit")),
        OrgProblem.ROLE_NOT_IN_USE: (d.get("role"),),
        OrgProblem.GUARDIAN_NOT_MEMBER: (d.get("name"),),
        OrgProblem.WARD_ALREADY_GUARDED: (d.get("ward"), d.get("guardian")),
        OrgProblem.AREA_ALREADY_GUARDED: (d.get("area"), d.get("guardian")),
        OrgProblem.TOO_MANY_WARDS: (d.get("guardian"), d.get("limit")),
        OrgProblem.BAD_SETTING: (d.get("limit"),),
        OrgProblem.RESTORE_CONFLICT: (d.get("code") or d.get("employee_no"), d.get("unit") or d.get("name")),
        OrgProblem.FILE_UNREADABLE: (d.get("path"),),
        OrgProblem.ROSTER_HAS_ERRORS: (d.get("count"),),
    }.get(error.problem, ())
    if error.problem is OrgProblem.PHOTO_TOO_MANY_PIXELS:
        from ui.file_limits import picture_limit_text

        return picture_limit_text(d.get("limit", 0))
    return texts[error.problem].format(*args)


def show_problem(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A refusal in a warning box with its sentence; anything unexpected through the app's error dialog."""
    if isinstance(exc, OrgError):
        QMessageBox.warning(parent, title or translate("OrgMessages", "Not possible"), org_error_text(exc))
    else:
        show_exception(parent, exc, title)


def file_problem_text(problem: FileProblem, detail: str) -> str:
    from gridapp.io.workbooks import WorkbookProblem
    from ui.file_limits import workbook_refusal_text

    if problem.value in {p.value for p in WorkbookProblem} and problem is not FileProblem.TOO_MANY_ROWS:
        return workbook_refusal_text(problem.value, detail)
    return {
        FileProblem.UNREADABLE: translate(
            "OrgMessages",
            "The file cannot be read as a spreadsheet (.xlsx, .xls or .csv): it may be password-protected, damaged "
            "or open in another program. ({0})",
        ),
        FileProblem.NO_HEADER: translate(
            "OrgMessages",
            "No column was found for: {0}. Choose which column holds it in the column step.",
        ),
        FileProblem.TWICE: translate(
            "OrgMessages", "Two columns were given the same meaning: {0}. Choose another meaning for one of them."
        ),
        FileProblem.EMPTY: translate("OrgMessages", "The sheet has headers but no rows of people."),
        FileProblem.TOO_MANY_ROWS: translate("OrgMessages", "The file has more than {0} rows; split it into parts."),
    }[problem].format(detail)


def row_problem_text(problem: RowProblem, detail: str) -> str:
    return {
        RowProblem.FULL_WIDTH: translate("OrgMessages", "full-width characters made half-width"),
        RowProblem.STRAY_SPACES: translate("OrgMessages", "stray spaces removed"),
        RowProblem.TRADITIONAL: translate("OrgMessages", "traditional characters converted: {0}"),
        RowProblem.PHONE_NORMALISED: translate("OrgMessages", "written “{0}”, stored in the usual form"),
        RowProblem.NEW_POST: translate("OrgMessages", "new post, added to {0}"),
        RowProblem.NEW_UNIT: translate("OrgMessages", "new unit, created by this import: {0}"),
        RowProblem.PARTY_NOTE: translate("OrgMessages", "“{0}” is recorded as 群众"),
        RowProblem.MISSING_NAME: translate("OrgMessages", "name missing"),
        RowProblem.MISSING_EMPLOYEE_NO: translate("OrgMessages", "employee number missing"),
        RowProblem.MISSING_UNIT: translate("OrgMessages", "unit missing"),
        RowProblem.DUPLICATE_EMPLOYEE_NO: translate("OrgMessages", "employee number also in row {0}"),
        RowProblem.UNKNOWN_UNIT: translate("OrgMessages", "unknown unit “{0}”"),
        RowProblem.AMBIGUOUS_UNIT: translate("OrgMessages", "the unit path fits {0} units; give the full path"),
        RowProblem.BAD_GENDER: translate("OrgMessages", "gender “{0}” is not 男 or 女"),
        RowProblem.BAD_PARTY_STATUS: translate("OrgMessages", "unknown political status “{0}”"),
        RowProblem.BAD_STATUS: translate("OrgMessages", "unknown status “{0}” (在岗 or 离职)"),
        RowProblem.BAD_DATE: translate("OrgMessages", "“{0}” is not a date (e.g. 2025-03-31)"),
        RowProblem.MISSING_LEFT_DATE: translate("OrgMessages", "left, but no date of leaving"),
        RowProblem.TOO_LONG: translate("OrgMessages", "longer than {0} characters"),
    }[problem].format(detail)


def problem_text(problem: Problem) -> str:
    """A row's problem in words, with what only some problems carry: an unknown unit's team cell (as the sheet
    wrote it, apart from the unit cell) and the unit it probably means."""
    if problem.kind is RowProblem.UNKNOWN_UNIT and problem.team:
        text = translate("OrgMessages", "unknown unit “{0}”, team “{1}”").format(problem.detail, problem.team)
    else:
        text = row_problem_text(problem.kind, problem.detail)
    if problem.suggestion:
        text += translate("OrgMessages", " — did you mean {0}?").format(problem.suggestion)
    return text


def change_text(change: Change, field: str) -> str:
    """ "Phone: 13900000001 → 13912345678", an empty value shown as such; ``field`` is the field's label."""
    empty = translate("OrgMessages", "(empty)")
    return f"{field}：{change.old or empty} → {change.new or empty}"


def row_action_text(action: RowAction) -> str:
    return {
        RowAction.NEW: translate("OrgMessages", "New"),
        RowAction.UPDATE: translate("OrgMessages", "Update"),
        RowAction.UNCHANGED: translate("OrgMessages", "Unchanged"),
        RowAction.ERROR: translate("OrgMessages", "Error"),
    }[action]
