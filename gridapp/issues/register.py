"""The 挂账 register (held on register): every issue of a unit subtree held because the grid cannot solve it now —
what, where, since when, why, who decided, and when it is to be reviewed — as rows and as an A4 landscape PDF."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from gridapp.issues import printed
from gridapp.issues.clock import Calendar
from gridapp.issues.kinds import IssueState
from gridapp.issues.models import Issue
from gridapp.org.models import Area, Person, Unit
from gridapp.org.service import subtree_ids
from gridapp.progress import Progress, no_progress

Decider = aliased(Person, name="decider")
PDF_CHUNK = 150

HEADERS = ["序号", "编号", "问题", "所在单位及区域", "挂账日期", "挂账天数", "挂账原因", "决定人", "复核日期"]


@dataclass(frozen=True, slots=True)
class HeldRow:
    id: uuid.UUID
    number: str
    title: str
    unit: str  # where it is held now (escalation may have moved it up)
    area: str
    since: dt.datetime  # held since
    reason: str
    decided_by: str
    review_on: dt.date | None
    review_due: bool  # the review date has come (today or before)


def held_rows(s: Session, unit_id: uuid.UUID, today: dt.date) -> list[HeldRow]:
    """Held issues found in ``unit_id``'s subtree or held at a unit in it, oldest hold first."""
    tree = subtree_ids(unit_id)
    query = (
        select(Issue.id, Issue.number, Issue.title, Unit.name, Area.name, Issue.state_at, Issue.hold_reason,
               Decider.name, Issue.hold_review_on)
        .join(Unit, Unit.id == Issue.unit_id)
        .outerjoin(Area, Area.id == Issue.area_id)
        .outerjoin(Decider, Decider.id == Issue.held_by_id)
        .where(Issue.deleted_at.is_(None), Issue.state == IssueState.HELD,
               Issue.origin_unit_id.in_(tree) | Issue.unit_id.in_(tree))
        .order_by(Issue.state_at, Issue.id)
    )  # fmt: skip
    return [
        HeldRow(
            r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6] or "", r[7] or "", r[8], r[8] is not None and r[8] <= today
        )
        for r in s.execute(query)
    ]


def _cells(n: int, row: HeldRow, calendar: Calendar, today: dt.date) -> list[str]:
    days = (today - calendar.local_date(row.since)).days
    where = f"{row.unit}　{row.area}" if row.area else row.unit
    review = row.review_on.isoformat() if row.review_on else "未定"
    if row.review_due:
        review += "（已到期）"
    return [str(n), row.number, row.title, where, printed.when(row.since, calendar, False), f"{days} 天", row.reason,
            row.decided_by, review]  # fmt: skip


def register_pdf(rows: Sequence[HeldRow], title: str, subtitle: str, calendar: Calendar, today: dt.date,
                 progress: Progress = no_progress) -> bytes:  # fmt: skip
    """The register on A4 landscape pages, header repeated, every font embedded, due reviews marked red."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from gridapp.reports.fonts import CJK, check_drawable, markup
    from gridapp.reports.pdf import RED, numbered_canvas, style, title_style

    cells = [_cells(n, row, calendar, today) for n, row in enumerate(rows, start=1)]
    check_drawable(title, subtitle, *(c for row in cells for c in row))
    body, head = style("register", 8, 10), style("register-head", 8.5, 10.5)
    widths_mm = [10, 20, 50, 32, 18, 17, 58, 16, 28]
    page = landscape(A4)
    scale = (page[0] - 20 * mm) / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]
    story: list[object] = [Paragraph(markup(title), title_style(15)), Paragraph(markup(subtitle), style("sub", 9)),
                           Spacer(1, 3 * mm)]  # fmt: skip
    header = [Paragraph(markup(h), head) for h in HEADERS]
    if not rows:
        story.append(Paragraph(markup("本单位暂无挂账问题。"), style("empty", 10)))
    for start in range(0, len(rows), PDF_CHUNK):
        progress(start, len(rows), "")
        chunk = rows[start : start + PDF_CHUNK]
        data = [header] + [[Paragraph(markup(text), body) for text in cells[start + i]] for i in range(len(chunk))]
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), CJK),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for i, row in enumerate(chunk, start=1):
            if row.review_due:
                commands.append(("BOX", (8, i), (8, i), 1.2, RED))
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(commands))
        story.append(table)
    signature = Paragraph(markup("编制人：__________　　审核人：__________　　网格长签字：__________"), body)
    story += [Spacer(1, 6 * mm), signature]
    progress(len(rows), len(rows), "")
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=10 * mm, rightMargin=10 * mm, topMargin=10 * mm,
                            bottomMargin=14 * mm, title=title)  # fmt: skip
    doc.build(story, canvasmaker=numbered_canvas())
    return out.getvalue()
