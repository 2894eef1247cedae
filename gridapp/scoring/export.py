"""Excel (.xlsx) export of any scoring table: headers, typed cells (numbers stay numbers), written atomically."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from gridapp.files import write_atomically
from gridapp.progress import Progress, no_progress
from gridapp.times import to_plant

MAX_TITLE = 31  # Excel's limit for a sheet name
_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    widths: Sequence[float] | None = None  # in characters; guessed from the headers when None


def _value(value: object) -> object:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if value is None or isinstance(value, (int, float, str, dt.date, dt.datetime)):
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return to_plant(value).replace(tzinfo=None)  # Excel has no time zones: plant time
        return value
    return str(value)


def sheet_title(title: str, taken: set[str]) -> str:
    from gridapp.io.workbooks import cell_text

    base = _BAD.sub(" ", cell_text(title)).strip()[:MAX_TITLE] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name = base[: MAX_TITLE - len(suffix)] + suffix
        n += 1
    taken.add(name.lower())
    return name


def write_xlsx(path: Path, sheets: Iterable[Sheet], progress: Progress = no_progress) -> Path:
    """Write ``sheets`` to ``path``; a cancel or failure leaves no half-written file."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from gridapp.io import workbooks

    sheets = list(sheets)
    total = sum(len(s.rows) for s in sheets) or 1
    done = 0
    book = Workbook(write_only=True)
    taken: set[str] = set()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="F2DCDB")
    for sheet in sheets:
        ws = book.create_sheet(sheet_title(sheet.title, taken))
        ws.freeze_panes = "A2"
        widths = sheet.widths or [max(8.0, min(40.0, len(h) * 2.2 + 2)) for h in sheet.headers]
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        header = []
        for text in sheet.headers:
            cell = workbooks.cell(ws, text)
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            header.append(cell)
        ws.append(header)
        for row in sheet.rows:
            ws.append(workbooks.row(ws, [_value(v) for v in row]))
            done += 1
            if done % 500 == 0:
                progress(done, total, "")
    progress(total, total, "")
    return write_atomically(path, lambda fh: book.save(fh))
