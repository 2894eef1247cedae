"""Every spreadsheet a user may bring, read the same way: .xlsx (through the safe opener), old .xls (xlrd) and CSV or
tab-separated text in UTF-8, UTF-8 with a BOM, UTF-16 (Excel's "Unicode text") or GB18030 (what Chinese Excel and WPS
write), detected from the bytes. A file becomes a SheetFile: its sheets' cell values row by row from A1, their merged
ranges and their hidden rows and columns. What the rows mean is ``gridapp.io.tables``' part.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gridapp.io.workbooks import LIMITS, Layout, Limits, WorkbookProblem, WorkbookRefused, open_workbook
from gridapp.progress import Progress, no_progress

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
OLD_EXCEL_SUFFIXES = (".xls", ".et")  # WPS's own .et is an .xls inside
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
SUFFIXES = EXCEL_SUFFIXES + OLD_EXCEL_SUFFIXES + TEXT_SUFFIXES
MAX_TEXT_BYTES = 64 * 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an .xls (and an encrypted .xlsx) starts with this
_ZIP = b"PK\x03\x04"


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    rows: list[tuple[Any, ...]]  # from row 1, each from column A; empty cells are None
    merged: tuple[tuple[int, int, int, int], ...] = ()  # 0-based, inclusive: first row, first col, last row, last col
    hidden_rows: frozenset[int] = frozenset()
    hidden_columns: frozenset[int] = frozenset()
    hidden: bool = False  # the sheet itself is hidden in the workbook


@dataclass(frozen=True, slots=True)
class SheetFile:
    path: str
    sheets: tuple[Sheet, ...]
    encoding: str = ""  # a text file's encoding as detected ("utf-8", "utf-8-sig", "utf-16", "gb18030")

    def sheet(self, name: str | None) -> Sheet:
        """The sheet called ``name``; the first visible one when ``name`` is None or not found."""
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        return next((s for s in self.sheets if not s.hidden), self.sheets[0])


def read_file(path: Path | str, limits: Limits = LIMITS, progress: Progress = no_progress) -> SheetFile:
    """The file's sheets, whatever its kind (decided from its first bytes, then its name). Raises WorkbookRefused.
    ``progress`` hears the rows read so far (and can cancel)."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            start = fh.read(8)
    except OSError as exc:
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part=f"{type(exc).__name__}: {exc}"[:300]) from exc
    if start.startswith(_ZIP):
        return _read_xlsx(path, limits, progress)
    if start.startswith(_OLE):
        return _read_xls(path, limits)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return _read_text(path, limits)
    raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part=path.suffix or "?")


def _read_xlsx(path: Path, limits: Limits, progress: Progress) -> SheetFile:
    layouts: dict[str, Layout] = {}
    book = open_workbook(path, limits, layouts)
    sheets = []
    try:
        for sheet in book.worksheets:
            layout = layouts.get(getattr(sheet, "_worksheet_path", ""), Layout())
            rows = []
            for row in sheet.iter_rows(min_row=1, min_col=1, values_only=True):
                rows.append(tuple(row))
                if len(rows) % 1000 == 0:
                    progress(len(rows), 0, "read")
            sheets.append(
                Sheet(
                    sheet.title,
                    rows,
                    tuple(layout.merged),
                    frozenset(layout.hidden_rows),
                    frozenset(layout.hidden_columns),
                    getattr(sheet, "sheet_state", "visible") != "visible",
                )
            )
    except (OSError, KeyError, ValueError, TypeError, EOFError) as exc:
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part=f"{type(exc).__name__}: {exc}"[:300]) from exc
    finally:
        book.close()
    if not sheets:
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part="no worksheet")
    return SheetFile(str(path), tuple(sheets))


def _read_xls(path: Path, limits: Limits) -> SheetFile:
    """An Excel 97–2003 workbook through xlrd, with formatting read so merged ranges and hidden rows are known."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True, logfile=io.StringIO())
    except Exception as exc:  # xlrd raises XLRDError, CompDocError, struct.error… for a damaged or encrypted file
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part=f"{type(exc).__name__}: {exc}"[:300]) from exc
    sheets = []
    try:
        for index in range(book.nsheets):
            raw = book.sheet_by_index(index)
            if raw.nrows > limits.rows:
                raise WorkbookRefused(WorkbookProblem.TOO_MANY_ROWS, limits.rows, raw.name)
            if raw.ncols > limits.columns:
                raise WorkbookRefused(WorkbookProblem.TOO_MANY_COLUMNS, limits.columns, raw.name)
            rows = [
                tuple(_xls_value(book, raw.cell(r, c), limits) for c in range(raw.row_len(r))) for r in range(raw.nrows)
            ]
            merged = tuple((r1, c1, r2 - 1, c2 - 1) for r1, r2, c1, c2 in raw.merged_cells)
            hidden_rows = frozenset(r for r, info in raw.rowinfo_map.items() if info.hidden)
            hidden_columns = frozenset(c for c, info in raw.colinfo_map.items() if info.hidden)
            sheets.append(Sheet(raw.name, rows, merged, hidden_rows, hidden_columns, raw.visibility != 0))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    if not sheets:
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part="no worksheet")
    return SheetFile(str(path), tuple(sheets))


def _xls_value(book: Any, cell: Any, limits: Limits) -> Any:
    import xlrd

    kind, value = cell.ctype, cell.value
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if kind == xlrd.XL_CELL_DATE:
        try:
            moment = xlrd.xldate.xldate_as_datetime(value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return value
        return moment.date() if moment.time() == dt.time() else moment
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind == xlrd.XL_CELL_NUMBER:
        return int(value) if float(value).is_integer() else value
    if isinstance(value, str) and len(value) > limits.cell_chars:
        raise WorkbookRefused(WorkbookProblem.CELL_TOO_LONG, limits.cell_chars)
    return value


def decode_text(data: bytes) -> tuple[str, str]:
    """``data`` as text and the encoding it was in: a BOM decides; else UTF-8 when it decodes; else GB18030 (a
    superset of GBK and GB2312, so any byte sequence Chinese Excel or WPS writes)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace"), "gb18030"


def _read_text(path: Path, limits: Limits) -> SheetFile:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise WorkbookRefused(WorkbookProblem.PART_TOO_LARGE, MAX_TEXT_BYTES, path.name)
        text, encoding = decode_text(path.read_bytes())
    except OSError as exc:
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part=f"{type(exc).__name__}: {exc}"[:300]) from exc
    if "\x00" in text:
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part="binary")
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel_tab if "\t" in sample and "," not in sample else csv.excel
    csv.field_size_limit(limits.cell_chars + 1)
    rows: list[tuple[Any, ...]] = []
    try:
        for values in csv.reader(io.StringIO(text, newline=""), dialect):
            if len(rows) >= limits.rows:
                raise WorkbookRefused(WorkbookProblem.TOO_MANY_ROWS, limits.rows, path.name)
            if len(values) > limits.columns:
                raise WorkbookRefused(WorkbookProblem.TOO_MANY_COLUMNS, limits.columns, path.name)
            rows.append(tuple(v if v.strip() else None for v in values))
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise WorkbookRefused(WorkbookProblem.CELL_TOO_LONG, limits.cell_chars, path.name) from exc
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part=f"csv: {exc}"[:300]) from exc
    return SheetFile(str(path), (Sheet(path.stem, rows),), encoding)
