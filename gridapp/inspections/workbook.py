"""Checkpoint items to and from Excel (.xlsx): export with the plant's column headings, and an all-or-nothing
import that reports every bad row and cell before anything is changed.

The workbook is an exchange format read by people, so its headings and words are Chinese (like the printed PDFs);
the aliases let a sheet typed by hand use the short or English forms too.
"""

from __future__ import annotations

import enum
import io
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridapp.actor import Actor
from gridapp.inspections.kinds import CheckLevel, Frequency, ItemKind
from gridapp.inspections.rows import InspectionRefused, ItemDraft, ItemRow, Refusal
from gridapp.inspections.rules import LIMITS, check_item
from gridapp.progress import Progress, no_progress

if TYPE_CHECKING:
    from gridapp.db.database import Database
    from gridapp.inspections.documents import DocumentService
    from gridapp.inspections.editions import EditionService

MAX_ROWS = 5000

# column key → (heading written on export, accepted headings on import)
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sequence": ("序号", ("序号", "序", "no", "no.", "sequence")),
    "equipment": ("设备类别", ("设备类别", "设备", "equipment")),
    "activity": ("作业活动单元", ("作业活动单元", "活动单元", "作业活动", "activity")),
    "content": ("检查内容", ("检查内容", "内容", "检查项目", "content")),
    "standard": ("检查标准", ("检查标准", "标准", "standard")),
    "method": ("检查方法", ("检查方法", "方法", "method")),
    "level": ("检查级别", ("检查级别", "级别", "执行级", "level")),
    "frequency": ("检查频次", ("检查频次", "频次", "frequency")),
    "interval_days": ("间隔天数", ("间隔天数", "间隔", "interval", "interval days")),
    "kind": ("记录方式", ("记录方式", "类型", "kind")),
    "lower": ("下限", ("下限", "lower", "min")),
    "upper": ("上限", ("上限", "upper", "max")),
    "unit": ("单位", ("单位", "unit")),
    "id": ("项目编号", ("项目编号", "编号", "id")),
}
REQUIRED = ("content", "level", "frequency")

LEVEL_WORDS = {
    CheckLevel.STAFF: ("岗位员工", "员工", "群众", "岗位", "日查人", "staff"),
    CheckLevel.OFFICER: ("网格员", "officer"),
    CheckLevel.LEADER: ("网格长", "leader"),
}
FREQUENCY_WORDS = {
    Frequency.DAILY: ("每日", "日", "日查", "每天", "daily"),
    Frequency.WEEKLY: ("每周", "周", "周查", "weekly"),
    Frequency.MONTHLY: ("每月", "月", "月查", "monthly"),
    Frequency.CUSTOM: ("自定义", "custom"),
}
KIND_WORDS = {
    ItemKind.PASS_FAIL: ("合格判定", "合格/不合格", "判定", "pass_fail", "pass/fail"),
    ItemKind.READING: ("读数", "数值", "reading"),
}


class ImportProblem(enum.StrEnum):
    """What is wrong with a workbook or one of its cells; the UI words each one."""

    NOT_A_WORKBOOK = "not_a_workbook"
    MISSING_COLUMN = "missing_column"
    REQUIRED = "required"
    BAD_LEVEL = "bad_level"
    BAD_FREQUENCY = "bad_frequency"
    BAD_KIND = "bad_kind"
    BAD_NUMBER = "bad_number"
    INTERVAL_REQUIRED = "interval_required"
    LIMITS_REVERSED = "limits_reversed"
    TOO_LONG = "too_long"
    BAD_ID = "bad_id"
    DUPLICATE_ID = "duplicate_id"
    NO_ROWS = "no_rows"
    TOO_MANY_ROWS = "too_many_rows"
    # the file refused by gridapp.io.workbooks before it was read; the value is the limit
    TOO_MANY_COLUMNS = "too_many_columns"
    CELL_TOO_LONG = "cell_too_long"
    PART_TOO_LARGE = "part_too_large"
    UNSAFE_XML = "unsafe_xml"


@dataclass(frozen=True, slots=True)
class RowError:
    row: int  # the sheet's row number as Excel shows it (0 for the file as a whole)
    column: str  # the heading, "" for the row as a whole
    problem: ImportProblem
    value: str = ""


@dataclass(frozen=True, slots=True)
class ParsedWorkbook:
    rows: tuple[tuple[uuid.UUID | None, ItemDraft], ...]
    errors: tuple[RowError, ...]


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do (a dry run shown before the user confirms)."""

    rows: int
    added: int
    updated: int
    removed: int
    errors: tuple[RowError, ...]


class WorkbookRejected(ValueError):
    """The workbook has errors; nothing was imported."""

    def __init__(self, errors: tuple[RowError, ...]) -> None:
        super().__init__(f"{len(errors)} problems in the workbook")
        self.errors = errors


def _norm(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _word(value: str, words: dict[Any, tuple[str, ...]]) -> Any:
    key = value.strip().lower()
    for code, accepted in words.items():
        if key == code.value or key in (w.lower() for w in accepted):
            return code
    return None


def _number(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        return float(value)
    return float(str(value).strip().replace("，", ".").replace(",", "."))


def read_items(source: Path | bytes, progress: Progress = no_progress) -> ParsedWorkbook:
    """Every item row of the first sheet, or every problem found (all rows are checked, not just the first bad one)."""
    from gridapp.io.workbooks import WorkbookProblem, WorkbookRefused, open_workbook

    try:
        book = open_workbook(source)
    except WorkbookRefused as exc:
        if exc.problem is WorkbookProblem.NOT_A_WORKBOOK:
            return ParsedWorkbook((), (RowError(0, "", ImportProblem.NOT_A_WORKBOOK, exc.part.split(":")[0]),))
        return ParsedWorkbook((), (RowError(0, "", ImportProblem(exc.problem.value), str(exc.limit)),))
    try:
        sheet = book.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        book.close()
    header_at, columns = _find_header(rows)
    if header_at is None:
        missing = "、".join(COLUMNS[k][0] for k in REQUIRED)
        return ParsedWorkbook((), (RowError(1, missing, ImportProblem.MISSING_COLUMN),))
    missing_cols = [COLUMNS[k][0] for k in REQUIRED if k not in columns]
    if missing_cols:
        errors = tuple(RowError(header_at + 1, c, ImportProblem.MISSING_COLUMN) for c in missing_cols)
        return ParsedWorkbook((), errors)
    body = [(n, r) for n, r in enumerate(rows[header_at + 1 :], start=header_at + 2) if any(_norm(v) for v in r)]
    if not body:
        return ParsedWorkbook((), (RowError(0, "", ImportProblem.NO_ROWS),))
    if len(body) > MAX_ROWS:
        return ParsedWorkbook((), (RowError(0, "", ImportProblem.TOO_MANY_ROWS, str(len(body))),))
    parsed: list[tuple[float, int, uuid.UUID | None, ItemDraft]] = []
    errors: list[RowError] = []
    seen_ids: dict[uuid.UUID, int] = {}
    for count, (number, values) in enumerate(body):
        if count % 100 == 0:
            progress(count, len(body), "")

        def cell(key: str, values: tuple[Any, ...] = values) -> Any:
            index = columns.get(key)
            return values[index] if index is not None and index < len(values) else None

        row_errors: list[RowError] = []

        def problem(
            key: str,
            kind: ImportProblem,
            value: Any = "",
            number: int = number,
            row_errors: list[RowError] = row_errors,
        ) -> None:
            row_errors.append(RowError(number, COLUMNS[key][0], kind, _norm(value)[:60]))

        level = _word(_norm(cell("level")), LEVEL_WORDS)
        if level is None:
            problem(
                "level", ImportProblem.REQUIRED if not _norm(cell("level")) else ImportProblem.BAD_LEVEL, cell("level")
            )
        frequency = _word(_norm(cell("frequency")), FREQUENCY_WORDS)
        if frequency is None:
            bad = ImportProblem.REQUIRED if not _norm(cell("frequency")) else ImportProblem.BAD_FREQUENCY
            problem("frequency", bad, cell("frequency"))
        kind = ItemKind.PASS_FAIL
        if _norm(cell("kind")):
            kind = _word(_norm(cell("kind")), KIND_WORDS)
            if kind is None:
                problem("kind", ImportProblem.BAD_KIND, cell("kind"))
        numbers: dict[str, float | None] = {}
        for key in ("lower", "upper", "interval_days", "sequence"):
            try:
                numbers[key] = _number(cell(key))
            except ValueError:
                numbers[key] = None
                problem(key, ImportProblem.BAD_NUMBER, cell(key))
        interval = numbers["interval_days"]
        if interval is not None and (interval != int(interval) or interval < 1):
            problem("interval_days", ImportProblem.BAD_NUMBER, cell("interval_days"))
            interval = None
        item_id = None
        if _norm(cell("id")):
            try:
                item_id = uuid.UUID(_norm(cell("id")))
            except ValueError:
                problem("id", ImportProblem.BAD_ID, cell("id"))
            else:
                if item_id in seen_ids:
                    problem("id", ImportProblem.DUPLICATE_ID, f"{cell('id')} ({seen_ids[item_id]})")
                seen_ids.setdefault(item_id, number)
        if not row_errors:
            draft = ItemDraft(
                content=_norm(cell("content")),
                level=level,
                frequency=frequency,
                equipment=_norm(cell("equipment")),
                activity=_norm(cell("activity")),
                standard=_norm(cell("standard")),
                method=_norm(cell("method")),
                interval_days=int(interval) if interval is not None else None,
                kind=kind or ItemKind.PASS_FAIL,
                lower=numbers["lower"],
                upper=numbers["upper"],
                unit=_norm(cell("unit")),
            )
            try:
                draft = check_item(draft)
            except InspectionRefused as refused:
                match refused.refusal:
                    case Refusal.CONTENT_REQUIRED:
                        problem("content", ImportProblem.REQUIRED)
                    case Refusal.INTERVAL_REQUIRED:
                        problem("interval_days", ImportProblem.INTERVAL_REQUIRED)
                    case Refusal.LIMITS_REVERSED:
                        problem("lower", ImportProblem.LIMITS_REVERSED, f"{cell('lower')} > {cell('upper')}")
                    case Refusal.TEXT_TOO_LONG:
                        key = refused.detail
                        problem(key, ImportProblem.TOO_LONG, f"{len(_norm(cell(key)))} > {LIMITS[key]}")
                    case _:
                        raise
            else:
                sequence = numbers["sequence"]
                parsed.append((sequence if sequence is not None else float("inf"), number, item_id, draft))
        errors.extend(row_errors)
    progress(len(body), len(body), "")
    # Rows are taken in the order of their sequence numbers (a sheet sorted by another column still imports right);
    # rows without one keep their place at the end, in sheet order.
    parsed.sort(key=lambda p: (p[0], p[1]))
    return ParsedWorkbook(tuple((p[2], p[3]) for p in parsed), tuple(errors))


def _find_header(rows: list[tuple[Any, ...]]) -> tuple[int | None, dict[str, int]]:
    lookup = {alias.lower(): key for key, (_, aliases) in COLUMNS.items() for alias in aliases}
    for index, row in enumerate(rows[:10]):
        found: dict[str, int] = {}
        for column, value in enumerate(row):
            key = lookup.get(_norm(value).lower())
            if key and key not in found:
                found[key] = column
        if "content" in found:
            return index, found
    return None, {}


def write_items(items: list[ItemRow], title: str, out: io.BufferedIOBase | io.BytesIO) -> None:
    """The items as a workbook with the plant's headings, drop-down lists for the coded columns, and print setup
    (landscape A4, heading repeated on every page) so the sheet also prints as a checklist."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    from gridapp.io import workbooks
    from gridapp.scoring.export import sheet_title

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(title or "检查项", set())
    keys = list(COLUMNS)
    sheet.append(workbooks.row(sheet, [COLUMNS[k][0] for k in keys]))
    for item in items:
        sheet.append(
            workbooks.row(
                sheet,
                [
                    item.sequence,
                    item.equipment,
                    item.activity,
                    item.content,
                    item.standard,
                    item.method,
                    LEVEL_WORDS[item.level][0],
                    FREQUENCY_WORDS[item.frequency][0],
                    item.interval_days,
                    KIND_WORDS[item.kind][0],
                    item.lower,
                    item.upper,
                    item.unit or None,
                    str(item.id),
                ],
            )
        )
    widths = {
        "sequence": 6,
        "equipment": 12,
        "activity": 14,
        "content": 40,
        "standard": 32,
        "method": 14,
        "level": 10,
        "frequency": 10,
        "interval_days": 9,
        "kind": 10,
        "lower": 8,
        "upper": 8,
        "unit": 8,
        "id": 38,
    }
    heading_font = Font(bold=True, color="FFFFFF")
    heading_fill = PatternFill("solid", fgColor="C8161D")
    for column, key in enumerate(keys, start=1):
        letter = sheet.cell(1, column).column_letter
        sheet.column_dimensions[letter].width = widths[key]
        heading = sheet.cell(1, column)
        heading.font, heading.fill = heading_font, heading_fill
        heading.alignment = Alignment(horizontal="center", vertical="center")
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2, min_col=2, max_col=6):
        for cell in row:
            cell.alignment = wrap
    last = max(2, len(items) + 1)
    for key, words in (("level", LEVEL_WORDS), ("frequency", FREQUENCY_WORDS), ("kind", KIND_WORDS)):
        letter = sheet.cell(1, keys.index(key) + 1).column_letter
        listing = ",".join(w[0] for w in words.values())
        validation = DataValidation(type="list", formula1=f'"{listing}"', allow_blank=key == "kind")
        validation.add(f"{letter}2:{letter}{last + 500}")
        sheet.add_data_validation(validation)
    id_letter = sheet.cell(1, keys.index("id") + 1).column_letter
    for row in range(2, last + 1):
        sheet[f"{id_letter}{row}"].font = Font(color="999999", size=8)
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.save(out)


class WorkbookService:
    def __init__(self, db: Database, documents: DocumentService, editions: EditionService) -> None:
        self._db = db
        self._documents = documents
        self._editions = editions

    def export_items(self, document_id: uuid.UUID, path: Path, progress: Progress = no_progress) -> Path:
        from gridapp.files import write_atomically

        content = self._editions.content(document_id)
        progress(0, 1, "")
        title = f"{content.post}{content.title}"
        written = write_atomically(path, lambda fh: write_items(list(content.items), title, fh))
        progress(1, 1, "")
        return written

    def plan_import(self, document_id: uuid.UUID, path: Path, progress: Progress = no_progress) -> ImportPlan:
        """What importing ``path`` would add, change and remove, and every problem in it; changes nothing."""
        parsed = read_items(path.read_bytes(), progress)
        existing = {i.id: i for i in self._documents.items(document_id)}
        named = {item_id for item_id, _ in parsed.rows if item_id in existing}
        updated = sum(1 for item_id, draft in parsed.rows if item_id in existing and existing[item_id].draft() != draft)
        return ImportPlan(
            rows=len(parsed.rows),
            added=sum(1 for item_id, _ in parsed.rows if item_id not in existing),
            updated=updated,
            removed=len(set(existing) - named),
            errors=parsed.errors,
        )

    def import_items(self, actor: Actor, document_id: uuid.UUID, path: Path, progress: Progress = no_progress) -> int:
        """Make the document's items those of the workbook, all or nothing; raises WorkbookRejected listing every
        problem when any row is bad. Returns the number of item changes."""
        parsed = read_items(path.read_bytes(), progress)
        if parsed.errors:
            raise WorkbookRejected(parsed.errors)
        return self._documents.replace_items(actor, document_id, parsed.rows, path.name)
