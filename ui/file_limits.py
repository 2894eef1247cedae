"""Sentences for the files the app refused to open (gridapp.io): a picture or a workbook beyond a limit or unsafe."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridapp.io.workbooks import WorkbookProblem

translate = QCoreApplication.translate


def picture_limit_text(limit: int) -> str:
    """The picture has more pixels than ``limit``."""
    return translate(
        "FileLimits",
        "The picture is larger than {0} megapixels, the most this program opens; make it smaller and try again.",
    ).format(limit // 1_000_000)


def workbook_refusal_text(problem: WorkbookProblem | str, limit: int | str) -> str:
    """A workbook refused by gridapp.io.workbooks, naming the limit it went beyond."""
    number = int(limit or 0)
    text = {
        WorkbookProblem.NOT_A_WORKBOOK: translate(
            "FileLimits",
            "The file cannot be read as a spreadsheet (.xlsx, .xls or CSV): it may be password-protected, damaged or "
            "open in another program. Save it again from Excel or WPS and try again.",
        ),
        WorkbookProblem.UNSAFE_XML: translate(
            "FileLimits",
            "The workbook declares XML entities, which no Excel file needs and which can be used to attack the "
            "computer; it was not opened. Save it again from Excel as .xlsx.",
        ),
        WorkbookProblem.PART_TOO_LARGE: translate(
            "FileLimits",
            "A part of the workbook unpacks to more than {0} MB, the most this program reads; it was not opened. "
            "Remove what is not needed or split it into several files.",
        ),
        WorkbookProblem.TOO_MANY_ROWS: translate(
            "FileLimits", "A sheet has more than {0} rows, the most this program reads; split it into several files."
        ),
        WorkbookProblem.TOO_MANY_COLUMNS: translate(
            "FileLimits", "A sheet has more than {0} columns, the most this program reads; remove the extra columns."
        ),
        WorkbookProblem.CELL_TOO_LONG: translate(
            "FileLimits",
            "A cell holds more than {0} characters (Excel's own limit for one cell); the file was not opened.",
        ),
    }[WorkbookProblem(problem)]
    return text.format(number // (1024 * 1024) if problem == WorkbookProblem.PART_TOO_LARGE else number)
