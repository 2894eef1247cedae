"""The hazard ledger (隐患台账): every hazard of a unit subtree with its grade, colour, five fixes, acceptance and
closure; as rows for the view, as an A4 landscape PDF and as an .xlsx workbook."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from gridapp.issues import printed
from gridapp.issues.clock import Calendar, due_status
from gridapp.issues.kinds import DueStatus, HazardGrade, IssueState, RiskColour
from gridapp.issues.models import Issue
from gridapp.org.models import Person, Unit
from gridapp.org.service import subtree_ids
from gridapp.progress import Progress, no_progress

Responsible = aliased(Person, name="responsible")
Rectifier = aliased(Person, name="rectifier")
Verifier = aliased(Person, name="verifier")

PDF_CHUNK = 150  # rows per ReportLab table: long tables split across pages in quadratic time


@dataclass(frozen=True, slots=True)
class LedgerRow:
    id: uuid.UUID
    number: str
    title: str
    unit: str
    reported_at: dt.datetime
    grade: HazardGrade | None
    colour: RiskColour | None
    responsible: str
    measures: str
    funds: str
    deadline: dt.datetime | None
    contingency_plan: str
    state: IssueState
    rectifier: str
    rectified_at: dt.datetime | None
    verifier: str  # acceptance (验收) by someone other than the fixer
    verified_at: dt.datetime | None
    closed_at: dt.datetime | None
    due: DueStatus
    hold_reason: str


def ledger_rows(s: Session, unit_id: uuid.UUID, now: dt.datetime, include_closed: bool = True) -> list[LedgerRow]:
    query = (
        select(
            Issue.id, Issue.number, Issue.title, Unit.name, Issue.reported_at, Issue.hazard_grade, Issue.risk_colour,
            Responsible.name, Issue.measures, Issue.funds, Issue.due_at, Issue.contingency_plan, Issue.state,
            Rectifier.name, Issue.rectified_at, Verifier.name, Issue.verified_at, Issue.closed_at,
            Issue.deadline_at, Issue.deadline_soon_at, Issue.hold_reason,
        )
        .join(Unit, Unit.id == Issue.origin_unit_id)
        .outerjoin(Responsible, Responsible.id == Issue.responsible_id)
        .outerjoin(Rectifier, Rectifier.id == Issue.rectifier_id)
        .outerjoin(Verifier, Verifier.id == Issue.verifier_id)
        .where(Issue.deleted_at.is_(None), Issue.is_hazard.is_(True),
               Issue.origin_unit_id.in_(subtree_ids(unit_id)))
        .order_by(Issue.year, Issue.seq)
    )  # fmt: skip
    if not include_closed:
        query = query.where(Issue.state != IssueState.CLOSED)
    rows = []
    for r in s.execute(query):
        rows.append(
            LedgerRow(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8], r[9], r[10], r[11], r[12],
                r[13] or "", r[14], r[15] or "", r[16], r[17], due_status(r[18], r[19], now), r[20] or "",
            )
        )  # fmt: skip
    return rows


HEADERS = ["编号", "隐患内容", "所在单位", "发现日期", "等级", "风险", "责任人", "整改措施", "资金", "整改期限",
           "应急预案", "状态", "整改人", "验收人", "验收日期", "销号日期"]  # fmt: skip


def _cells(row: LedgerRow, calendar: Calendar) -> list[str]:
    state = printed.STATE[row.state]
    if row.due is DueStatus.OVERDUE:
        state += "（超期）"
    elif row.state is IssueState.HELD and row.hold_reason:
        state += f"：{row.hold_reason}"
    return [
        row.number, row.title, row.unit, printed.when(row.reported_at, calendar, False),
        printed.GRADE[row.grade] if row.grade else "待定级", printed.COLOUR[row.colour] if row.colour else "",
        row.responsible, row.measures, row.funds, printed.deadline_day(row.deadline, calendar), row.contingency_plan,
        state, row.rectifier, row.verifier, printed.when(row.verified_at, calendar, False),
        printed.when(row.closed_at, calendar, False),
    ]  # fmt: skip


# The PDF folds the workbook's 16 columns into 13 so that 9 pt type fits A4 landscape: grade and colour share a cell
# (the colour its background and its word), and the fixer, the acceptor and the acceptance day share one.
PDF_HEADERS = ["编号", "隐患内容", "所在单位", "发现日期", "等级", "责任人", "整改措施", "资金", "整改期限",
               "应急预案", "状态", "整改 / 验收", "销号日期"]  # fmt: skip
PDF_WIDTHS_MM = [17, 37, 20, 19, 12, 13, 40, 14, 19, 26, 17, 24, 19]  # dates and 待定级 never wrap at 9 pt
PDF_SIZE = 9  # pt: the smallest a ledger on a desk is read at


def _pdf_cells(row: LedgerRow, calendar: Calendar) -> list[str]:
    cells = _cells(row, calendar)
    grade = "\n".join(t for t in (cells[4], f"{cells[5]}色" if cells[5] else "") if t)
    people = "\n".join(t for t in (f"整改：{cells[12]}" if cells[12] else "", f"验收：{cells[13]}" if cells[13] else "",
                                    cells[14]) if t)  # fmt: skip
    state = cells[11].replace("（", "\n（", 1)  # "已上报" over "（超期）", never "已上报（" over "超期）"
    return [*cells[:4], grade, *cells[6:11], state, people, cells[15]]


def ledger_xlsx(rows: Sequence[LedgerRow], path: Path, title: str, calendar: Calendar,
                progress: Progress = no_progress) -> Path:  # fmt: skip
    """Write the ledger as an .xlsx workbook (atomically: a cancelled export leaves no file)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from gridapp.files import write_atomically
    from gridapp.io import workbooks

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "隐患台账"
    sheet.append(workbooks.row(sheet, [title]))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.append(workbooks.row(sheet, HEADERS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F2DCDB")
    wrap = Alignment(wrap_text=True, vertical="top")
    for n, row in enumerate(rows):
        sheet.append(workbooks.row(sheet, _cells(row, calendar)))
        line = sheet.max_row
        for cell in sheet[line]:
            cell.alignment = wrap
        if row.colour is not None:
            sheet.cell(line, 6).fill = PatternFill("solid", fgColor=printed.COLOUR_HEX[row.colour].lstrip("#"))
        if row.due is DueStatus.OVERDUE:
            sheet.cell(line, 12).font = Font(color="C62828", bold=True)
        if n % 200 == 0:
            progress(n, len(rows), "")
    widths = [11, 30, 16, 11, 6, 6, 8, 30, 14, 11, 26, 12, 8, 8, 11, 11]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "C3"
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(HEADERS))}{max(sheet.max_row, 2)}"
    sheet.print_options.gridLines = True
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.print_title_rows = "2:2"
    progress(len(rows), len(rows), "")
    return write_atomically(path, lambda fh: book.save(fh))


def ledger_pdf(rows: Sequence[LedgerRow], title: str, subtitle: str, calendar: Calendar,
               progress: Progress = no_progress) -> bytes:  # fmt: skip
    """The ledger on A4 landscape pages, every font embedded, risk colours in the colour column."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from gridapp.reports.fonts import CJK, check_drawable, markup
    from gridapp.reports.pdf import RED, numbered_canvas, style, title_style

    cells = [_pdf_cells(row, calendar) for row in rows]
    check_drawable(title, subtitle, *(c for row in cells for c in row))
    body, head = style("ledger", PDF_SIZE, PDF_SIZE * 1.25), style("ledger-head", PDF_SIZE, PDF_SIZE * 1.25)
    page = landscape(A4)
    usable = page[0] - 20 * mm
    widths = [w * mm * usable / (sum(PDF_WIDTHS_MM) * mm) for w in PDF_WIDTHS_MM]
    story: list[object] = [Paragraph(markup(title), title_style(15)), Paragraph(markup(subtitle), style("sub", 10)),
                           Spacer(1, 3 * mm)]  # fmt: skip
    header = [Paragraph(markup(h), head) for h in PDF_HEADERS]
    if not rows:
        story.append(Paragraph(markup("本单位暂无隐患记录。"), style("empty", 10)))
    for start in range(0, len(rows), PDF_CHUNK):
        progress(start, len(rows), "")
        chunk = rows[start : start + PDF_CHUNK]
        data = [header] + [[Paragraph(_lines(text), body) for text in cells[start + i]] for i in range(len(chunk))]
        table = Table(data, colWidths=widths, repeatRows=1)
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), CJK),  # Table sets its cell font even around Paragraphs
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
        for i, row in enumerate(chunk, start=1):
            if row.colour is not None:
                commands.append(("BACKGROUND", (4, i), (4, i), colors.HexColor(printed.COLOUR_HEX[row.colour])))
            if row.due is DueStatus.OVERDUE:
                commands.append(("BOX", (10, i), (10, i), 1.2, RED))
        table.setStyle(TableStyle(commands))
        story.append(table)
    progress(len(rows), len(rows), "")
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=10 * mm, rightMargin=10 * mm, topMargin=10 * mm,
                            bottomMargin=14 * mm, title=title)  # fmt: skip
    doc.build(story, canvasmaker=numbered_canvas())
    return out.getvalue()


def _lines(text: str) -> str:
    from gridapp.reports.fonts import markup

    return "<br/>".join(markup(line) for line in text.split("\n"))
