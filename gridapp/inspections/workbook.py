"""Checkpoint items to and from spreadsheets: the export with the plant's column headings, and an import of the card
sheets workshops keep (read through the common framework in ``gridapp.io.tables``: title blocks, categories merged
over their runs, headings in their own words, notes under the table), checked and shown row by row before an
all-or-nothing import.

The workbook is an exchange format read by people, so its headings and words are Chinese (like the printed PDFs);
the synonyms let a sheet typed by hand use the words workshops use. An item whose standard states limits
(``0.3～0.5MPa``, ``≤75℃``) is proposed as a reading item with those limits and unit; the user accepts the
proposals all together, row by row, or keeps the items pass/fail.
"""

from __future__ import annotations

import enum
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridapp.actor import Actor
from gridapp.inspections.kinds import CheckLevel, Frequency, ItemKind
from gridapp.inspections.rows import InspectionRefused, ItemDraft, ItemRow, Refusal
from gridapp.inspections.rules import LIMITS, check_item
from gridapp.io import values
from gridapp.io.readings import Limits, limits_in
from gridapp.io.tables import Field, Schema, Skipped, Table
from gridapp.progress import Progress, no_progress

if TYPE_CHECKING:
    from gridapp.db.database import Database
    from gridapp.inspections.documents import DocumentService
    from gridapp.inspections.editions import EditionService

MAX_ROWS = 5000

# column key → (heading written on export, words accepted on import: the app's own, then what workshops write)
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sequence": ("序号", ("序号", "序", "顺序号", "no", "no.", "sequence")),
    "equipment": (
        "设备类别",
        (
            "设备类别",
            "设备",
            "设备名称",
            "设备设施",
            "设备/设施",
            "设施名称",
            "部位",
            "检查部位",
            "检查区域",
            "区域",
            "装置",
            "系统",
            "类别",
            "equipment",
        ),
    ),
    "activity": (
        "作业活动单元",
        ("作业活动单元", "活动单元", "作业活动", "作业单元", "作业内容", "工序", "作业步骤", "activity"),
    ),
    "content": (
        "检查内容",
        ("检查内容", "内容", "检查项目", "检查项", "点检内容", "巡检内容", "检查要点", "点项", "检查点", "content"),
    ),
    "standard": (
        "检查标准",
        ("检查标准", "标准", "标准要求", "技术标准", "控制标准", "检查要求", "判定标准", "合格标准", "standard"),
    ),
    "method": ("检查方法", ("检查方法", "方法", "判定方法", "检查方式", "检查手段", "判断方法", "method")),
    "level": ("检查级别", ("检查级别", "级别", "执行级", "检查层级", "检查人", "检查主体", "执行人", "level")),
    "frequency": ("检查频次", ("检查频次", "频次", "频率", "检查频率", "检查周期", "周期", "frequency")),
    "interval_days": ("间隔天数", ("间隔天数", "间隔", "间隔(天)", "interval", "interval days")),
    "kind": ("记录方式", ("记录方式", "类型", "记录类型", "kind")),
    "lower": ("下限", ("下限", "下限值", "最小值", "lower", "min")),
    "upper": ("上限", ("上限", "上限值", "最大值", "upper", "max")),
    "unit": ("单位", ("单位", "计量单位", "unit")),
    "id": ("项目编号", ("项目编号", "id")),
}
REQUIRED = ("content",)
SCHEMA = Schema(
    "card_items",
    tuple(Field(key, heading, words[1:], key in REQUIRED) for key, (heading, words) in COLUMNS.items()),
)

LEVEL_WORDS = {
    CheckLevel.STAFF: ("岗位员工", "员工", "群众", "岗位", "日查人", "操作工", "操作人员", "班组员工", "staff"),
    CheckLevel.OFFICER: ("网格员", "officer"),
    CheckLevel.LEADER: ("网格长", "leader"),
}
FREQUENCY_WORDS = {
    Frequency.DAILY: ("每日", "日", "日查", "每天", "每班", "班", "daily"),
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


class Readings(enum.StrEnum):
    ALL = "all"  # every proposal becomes a reading item
    CHOSEN = "chosen"  # only the rows in CardImportOptions.accepted
    NONE = "none"  # keep every item pass/fail


@dataclass(frozen=True, slots=True)
class CardImportOptions:
    readings: Readings = Readings.ALL
    accepted: frozenset[int] = frozenset()  # rows (line numbers) whose proposal is taken, with Readings.CHOSEN
    level: CheckLevel | None = None  # for rows that name none (a sheet without the column); None: required
    frequency: Frequency | None = None

    def takes(self, line: int) -> bool:
        return self.readings is Readings.ALL or (self.readings is Readings.CHOSEN and line in self.accepted)


@dataclass(frozen=True, slots=True)
class ItemLine:
    """One row of the sheet as the preview shows it."""

    line: int
    values: dict[str, str]  # field → the cell's text (merged cells filled)
    filled: frozenset[str]  # fields filled from a merged cell
    item_id: uuid.UUID | None
    draft: ItemDraft | None  # None when the row has errors
    proposal: Limits | None  # a reading read from the standard text
    errors: tuple[RowError, ...]

    @property
    def accepted(self) -> bool:
        return self.draft is not None and self.proposal is not None and self.draft.kind is ItemKind.READING


@dataclass(frozen=True, slots=True)
class ParsedWorkbook:
    rows: tuple[tuple[uuid.UUID | None, ItemDraft], ...]
    errors: tuple[RowError, ...]
    lines: tuple[ItemLine, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    unmapped: tuple[str, ...] = ()  # headings of the columns not read


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do (a dry run shown before the user confirms)."""

    rows: int
    added: int
    updated: int
    removed: int
    errors: tuple[RowError, ...]
    lines: tuple[ItemLine, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    unmapped: tuple[str, ...] = ()

    @property
    def proposals(self) -> int:
        return sum(1 for line in self.lines if line.proposal is not None)

    @property
    def accepted(self) -> int:
        return sum(1 for line in self.lines if line.accepted)


class WorkbookRejected(ValueError):
    """The workbook has errors; nothing was imported."""

    def __init__(self, errors: tuple[RowError, ...]) -> None:
        super().__init__(f"{len(errors)} problems in the workbook")
        self.errors = errors


def _norm(value: Any) -> str:
    return values.text(value).strip()


def _word(value: str, words: dict[Any, tuple[str, ...]]) -> Any:
    key = value.strip().lower()
    for code, accepted in words.items():
        if key == code.value or key in (w.lower() for w in accepted):
            return code
    return None


def open_items(source: Path) -> Table | ParsedWorkbook:
    """``source`` read with the proposed column mapping; a ParsedWorkbook holding the file's problem instead."""
    from gridapp.io.sheets import read_file
    from gridapp.io.tables import build_table
    from gridapp.io.workbooks import WorkbookProblem, WorkbookRefused

    try:
        file = read_file(source)
    except WorkbookRefused as exc:
        if exc.problem is WorkbookProblem.NOT_A_WORKBOOK:
            return ParsedWorkbook((), (RowError(0, "", ImportProblem.NOT_A_WORKBOOK, exc.part.split(":")[0]),))
        return ParsedWorkbook((), (RowError(0, "", ImportProblem(exc.problem.value), str(exc.limit)),))
    return build_table(file, SCHEMA)


def read_items(
    source: Path | Table,
    options: CardImportOptions = CardImportOptions(),
    progress: Progress = no_progress,
    existing: Sequence[ItemRow] = (),
) -> ParsedWorkbook:
    """Every item row of the sheet, or every problem found (all rows are checked, not just the first bad one).

    A row without an item number (a workshop's own sheet) is the existing item of the same category, activity and
    content, so importing an edited sheet again changes those items in place and keeps their rounds' history."""
    table = open_items(source) if isinstance(source, Path) else source
    if isinstance(table, ParsedWorkbook):
        return table
    unmapped = tuple(c.heading or c.letter for c in table.unmapped)
    if not table.header_line or table.missing:
        missing = table.missing or SCHEMA.required
        errors = tuple(RowError(table.header_line or 1, f.heading, ImportProblem.MISSING_COLUMN) for f in missing)
        return ParsedWorkbook((), errors, skipped=table.skipped, unmapped=unmapped)
    body = table.rows
    if not body:
        return ParsedWorkbook((), (RowError(0, "", ImportProblem.NO_ROWS),), skipped=table.skipped)
    if len(body) > MAX_ROWS:
        return ParsedWorkbook((), (RowError(0, "", ImportProblem.TOO_MANY_ROWS, str(len(body))),))
    parsed: list[tuple[float, int, uuid.UUID | None, ItemDraft]] = []
    errors: list[RowError] = []
    lines: list[ItemLine] = []
    seen_ids: dict[uuid.UUID, int] = {}
    unclaimed: dict[tuple[str, str, str], list[uuid.UUID]] = {}
    for item in existing:
        unclaimed.setdefault((item.equipment, item.activity, item.content), []).append(item.id)
    named = {row.get("id") for row in body}
    for count, row in enumerate(body):
        if count % 100 == 0:
            progress(count, len(body), "")
        line, draft, item_id, sequence, proposal, row_errors = _read_row(row.line, row.get, options, seen_ids)
        if item_id is None and draft is not None:
            same = unclaimed.get((draft.equipment, draft.activity, draft.content), [])
            while same and (str(same[0]) in named or same[0] in seen_ids):
                same.pop(0)
            item_id = same.pop(0) if same else None
        if draft is not None:
            parsed.append((sequence if sequence is not None else float("inf"), line, item_id, draft))
        errors.extend(row_errors)
        shown = {key: _norm(row.get(key)) for key in table.fields}
        lines.append(ItemLine(line, shown, row.filled, item_id, draft, proposal, tuple(row_errors)))
    progress(len(body), len(body), "")
    # Rows are taken in the order of their sequence numbers (a sheet sorted by another column still imports right);
    # rows without one keep their place at the end, in sheet order.
    parsed.sort(key=lambda p: (p[0], p[1]))
    return ParsedWorkbook(tuple((p[2], p[3]) for p in parsed), tuple(errors), tuple(lines), table.skipped, unmapped)


def _read_row(
    number: int, cell: Any, options: CardImportOptions, seen_ids: dict[uuid.UUID, int]
) -> tuple[int, ItemDraft | None, uuid.UUID | None, float | None, Limits | None, list[RowError]]:
    row_errors: list[RowError] = []

    def problem(key: str, kind: ImportProblem, value: Any = "") -> None:
        row_errors.append(RowError(number, COLUMNS[key][0], kind, _norm(value)[:60]))

    level = _word(_norm(cell("level")), LEVEL_WORDS) if _norm(cell("level")) else options.level
    if level is None:
        problem("level", ImportProblem.REQUIRED if not _norm(cell("level")) else ImportProblem.BAD_LEVEL, cell("level"))
    frequency = _word(_norm(cell("frequency")), FREQUENCY_WORDS) if _norm(cell("frequency")) else options.frequency
    if frequency is None:
        bad = ImportProblem.REQUIRED if not _norm(cell("frequency")) else ImportProblem.BAD_FREQUENCY
        problem("frequency", bad, cell("frequency"))
    numbers: dict[str, float | None] = {}
    for key in ("lower", "upper", "interval_days", "sequence"):
        try:
            numbers[key] = values.number(cell(key))
        except ValueError:
            numbers[key] = None
            problem(key, ImportProblem.BAD_NUMBER, cell(key))
    kind = ItemKind.READING if numbers["lower"] is not None or numbers["upper"] is not None else ItemKind.PASS_FAIL
    if _norm(cell("kind")):
        kind = _word(_norm(cell("kind")), KIND_WORDS)
        if kind is None:
            problem("kind", ImportProblem.BAD_KIND, cell("kind"))
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
    # A pass/fail item (no kind written, no limits in their columns) whose standard states limits: a proposal.
    proposal = None
    if not _norm(cell("kind")) and kind is ItemKind.PASS_FAIL:
        proposal = limits_in(_norm(cell("standard")))
    if row_errors:
        return number, None, item_id, None, proposal, row_errors
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
    if proposal is not None and options.takes(number):
        fields = proposal.item_fields()
        if draft.unit:  # the sheet's own unit column wins over the unit read from the text
            fields.pop("unit")
        draft = replace(draft, **fields)
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
        return number, None, item_id, None, proposal, row_errors
    return number, draft, item_id, numbers["sequence"], proposal, row_errors


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

    def plan_import(
        self,
        document_id: uuid.UUID,
        source: Path | Table,
        progress: Progress = no_progress,
        options: CardImportOptions = CardImportOptions(),
    ) -> ImportPlan:
        """What importing ``source`` would add, change and remove, row by row with every problem; changes nothing."""
        items = self._documents.items(document_id)
        parsed = read_items(source, options, progress, items)
        existing = {i.id: i for i in items}
        named = {item_id for item_id, _ in parsed.rows if item_id in existing}
        updated = sum(1 for item_id, draft in parsed.rows if item_id in existing and existing[item_id].draft() != draft)
        return ImportPlan(
            rows=len(parsed.rows),
            added=sum(1 for item_id, _ in parsed.rows if item_id not in existing),
            updated=updated,
            removed=len(set(existing) - named),
            errors=parsed.errors,
            lines=parsed.lines,
            skipped=parsed.skipped,
            unmapped=parsed.unmapped,
        )

    def import_items(
        self,
        actor: Actor,
        document_id: uuid.UUID,
        source: Path | Table,
        progress: Progress = no_progress,
        options: CardImportOptions = CardImportOptions(),
    ) -> int:
        """Make the document's items those of the sheet, all or nothing; raises WorkbookRejected listing every
        problem when any row is bad. Returns the number of item changes."""
        parsed = read_items(source, options, progress, self._documents.items(document_id))
        if parsed.errors:
            raise WorkbookRejected(parsed.errors)
        name = Path(source.path).name if isinstance(source, Table) else source.name
        return self._documents.replace_items(actor, document_id, parsed.rows, name)
