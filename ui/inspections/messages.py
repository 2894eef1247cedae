"""Telling the user, in their language, why an inspection change was refused or a workbook was rejected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gridapp.inspections.photos import NotAnImage, TooManyPixels
from gridapp.inspections.rows import InspectionRefused, Refusal
from gridapp.inspections.workbook import ImportProblem
from ui.errors import show_exception
from ui.inspections.labels import field_label

translate = QCoreApplication.translate


def refusal_text(refused: InspectionRefused) -> str:
    texts = {
        Refusal.CONTENT_REQUIRED: translate("InspectionMessages", "Say what is to be checked (the content)."),
        Refusal.TEXT_TOO_LONG: translate("InspectionMessages", "“{0}” is too long; shorten it."),
        Refusal.INTERVAL_REQUIRED: translate(
            "InspectionMessages", "A custom frequency needs the number of days between rounds."
        ),
        Refusal.LIMITS_REVERSED: translate("InspectionMessages", "The lower limit is above the upper limit."),
        Refusal.BAD_VERSION: translate("InspectionMessages", "Write the version as a number such as 4 or 4.1."),
        Refusal.VERSION_NOT_NEWER: translate(
            "InspectionMessages", "The new version must be higher than the current version {0}."
        ),
        Refusal.NOTHING_TO_RELEASE: translate(
            "InspectionMessages", "Nothing has changed since the last version was released."
        ),
        Refusal.NO_SUCH_DOCUMENT: translate(
            "InspectionMessages", "This document no longer exists; another user may have removed it. Refresh the list."
        ),
        Refusal.NO_SUCH_POST: translate("InspectionMessages", "This post no longer exists."),
        Refusal.NO_ITEMS: translate("InspectionMessages", "This card has no items for that level and frequency."),
        Refusal.SAME_POST: translate("InspectionMessages", "Choose another post to copy the card to."),
        Refusal.NOT_IN_FORCE: translate(
            "InspectionMessages", "This card has not been released yet, so no rounds are recorded against it."
        ),
        Refusal.NAME_REQUIRED: translate("InspectionMessages", "The name cannot be empty."),
        Refusal.READING_REQUIRED: translate(
            "InspectionMessages", "Item {0} is a reading: type the measured value, or mark it not applicable."
        ),
        Refusal.FUTURE_ROUND: translate(
            "InspectionMessages", "A round cannot be recorded for a period that has not begun."
        ),
        Refusal.STALE_ITEMS: translate(
            "InspectionMessages", "The card was changed while this round was being entered. Open the round again."
        ),
        Refusal.BAD_QR_ADDRESS: translate(
            "InspectionMessages",
            "The reporting address “{0}” has an unknown placeholder. Use {rg}, {unit}, {unit_code}, {post}, "
            "{post_code} or {post_id}.",
        ),
        Refusal.NO_SUCH_PERSON: translate(
            "InspectionMessages", "That person is no longer on the staff. Choose someone else to answer for the round."
        ),
    }
    detail = refused.detail
    if refused.refusal is Refusal.TEXT_TOO_LONG:
        detail = field_label(detail)
    return texts[refused.refusal].replace("{0}", detail)


def import_problem_text(problem: ImportProblem, value: str = "") -> str:
    from gridapp.io.workbooks import WorkbookProblem

    if problem is not ImportProblem.TOO_MANY_ROWS and problem.value in {p.value for p in WorkbookProblem}:
        from ui.file_limits import workbook_refusal_text

        return workbook_refusal_text(problem.value, value)
    return {
        ImportProblem.NOT_A_WORKBOOK: translate("InspectionMessages", "The file is not an Excel workbook (.xlsx)."),
        ImportProblem.MISSING_COLUMN: translate("InspectionMessages", "This column is missing from the heading row."),
        ImportProblem.REQUIRED: translate("InspectionMessages", "Required; the cell is empty."),
        ImportProblem.BAD_LEVEL: translate("InspectionMessages", "Not a level: write 岗位员工, 网格员 or 网格长."),
        ImportProblem.BAD_FREQUENCY: translate(
            "InspectionMessages", "Not a frequency: write 每日, 每周, 每月 or 自定义."
        ),
        ImportProblem.BAD_KIND: translate("InspectionMessages", "Not a kind: write 合格判定 or 读数."),
        ImportProblem.BAD_NUMBER: translate("InspectionMessages", "Not a number."),
        ImportProblem.INTERVAL_REQUIRED: translate(
            "InspectionMessages", "A custom frequency needs the number of days between rounds."
        ),
        ImportProblem.LIMITS_REVERSED: translate("InspectionMessages", "The lower limit is above the upper limit."),
        ImportProblem.TOO_LONG: translate("InspectionMessages", "Too long."),
        ImportProblem.BAD_ID: translate("InspectionMessages", "Not an item number written by this program."),
        ImportProblem.DUPLICATE_ID: translate("InspectionMessages", "The same item number appears twice."),
        ImportProblem.NO_ROWS: translate("InspectionMessages", "The sheet holds no items."),
        ImportProblem.TOO_MANY_ROWS: translate("InspectionMessages", "The sheet holds too many rows for one card."),
    }[problem]


def show_problem(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A refusal or a missing glyph is the user's to fix and gets a plain warning; anything else is an error."""
    title = title or translate("InspectionMessages", "Inspection cards")
    if isinstance(exc, InspectionRefused):
        QMessageBox.warning(parent, title, refusal_text(exc))
    elif isinstance(exc, TooManyPixels):
        from ui.file_limits import picture_limit_text

        QMessageBox.warning(parent, title, picture_limit_text(exc.limit))
    elif isinstance(exc, NotAnImage):
        QMessageBox.warning(
            parent, title, translate("InspectionMessages", "The file is not a picture this program can read.")
        )
    else:
        show_exception(parent, exc, title)
