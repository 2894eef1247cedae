"""Training's prints (A4, every font embedded): the blank sign-in sheet of a session (签到表), to be signed on paper
and typed back through the import, and the period's training record (培训记录): its sessions and each person's hours
by kind against what the unit requires, the shortfalls shaded."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from gridapp.reports.fonts import CJK, check_drawable, markup
from gridapp.reports.pdf import RED, numbered_canvas, style, title_style
from gridapp.training.rows import SessionRow, Trainee, TrainingMatrix
from gridapp.training.words import KIND_CN, SHORT_KIND_CN, hours_text

MARGIN = 15 * mm
GRID_LINE = colors.HexColor("#C9A0A0")
PALE_RED = colors.HexColor("#FDECEC")
SPARE_LINES = 5  # for those who come from elsewhere


def _pdf(title: str, story: list[Flowable], pagesize: tuple[float, float] = A4) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author="红色网格工作站",
    )
    doc.build(story, canvasmaker=numbered_canvas())
    return out.getvalue()


def _p(text: str, size: float = 10, **kw: object) -> Paragraph:
    return Paragraph(markup(text).replace("\n", "<br/>"), style(f"t{size}", size, **kw))


def _grid(
    rows: list[list[str]], widths: list[float], shaded: Sequence[tuple[int, int]] = (), height: float | None = None
) -> LongTable:
    """A table with a red heading row repeated on every page; ``shaded`` cells (column, row) pale red."""
    head = style("th", 9, textColor=colors.white)
    body = style("td", 9)
    cells = [[Paragraph(markup(c), head) for c in rows[0]]]
    cells += [[Paragraph(markup(c), body) for c in row] for row in rows[1:]]
    table = LongTable(
        cells, colWidths=widths, repeatRows=1, rowHeights=[None] + [height] * (len(rows) - 1) if height else None
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), CJK),
                ("BACKGROUND", (0, 0), (-1, 0), RED),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID_LINE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *[("BACKGROUND", cell, cell, PALE_RED) for cell in shaded],
            ]
        )
    )
    return table


def _facts(session: SessionRow, unit_path: str, width: float) -> LongTable:
    label = style("label", 10, textColor=RED)
    facts = [
        ("培训主题", session.topic, "授课人", session.teacher or "—"),
        ("组织单位", unit_path, "培训日期", session.held_on.isoformat()),
        ("培训类别", KIND_CN[session.kind], "课堂", session.classroom),
        ("学时", hours_text(session.hours), "地点", session.place or "—"),
    ]
    cells = [[Paragraph(markup(a), label), _p(b), Paragraph(markup(c), label), _p(d)] for a, b, c, d in facts]
    table = LongTable(cells, colWidths=[22 * mm, width / 2 - 22 * mm, 22 * mm, width / 2 - 22 * mm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID_LINE),
                ("FONTNAME", (0, 0), (-1, -1), CJK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def sign_in_sheet_pdf(session: SessionRow, unit_path: str, people: Sequence[Trainee]) -> bytes:
    """The blank sign-in sheet: the session's facts, then 序号 / 姓名 / 单位 / 签到时间 / 签名 for each person of the
    unit and a few spare lines; the headings are the import's, so the sheet typed back imports as it is."""
    check_drawable(unit_path, session.topic, session.teacher, session.classroom, session.place,
                   *(p.name + p.unit for p in people))  # fmt: skip
    width = A4[0] - 2 * MARGIN
    rows = [["序号", "姓名", "单位", "签到时间", "签名"]]
    rows += [[str(n), p.name, p.unit, "", ""] for n, p in enumerate(people, start=1)]
    rows += [[str(n), "", "", "", ""] for n in range(len(people) + 1, len(people) + 1 + SPARE_LINES)]
    story: list[Flowable] = [
        Paragraph(markup(f"{KIND_CN[session.kind]}培训签到表"), title_style(18)),
        _facts(session, unit_path, width),
        Spacer(1, 4 * mm),
        _grid(rows, [14 * mm, 30 * mm, 50 * mm, 30 * mm, width - 124 * mm], height=9 * mm),
        Spacer(1, 8 * mm),
        _p(f"应到 {len(people)} 人，实到 ______ 人。　　　　记录人（签字）：______________　　　　日期：____________"),
    ]
    return _pdf(f"培训签到表 {session.held_on.isoformat()} {session.topic}", story)


def training_record_pdf(matrix: TrainingMatrix, sessions: Sequence[SessionRow], unit_path: str) -> bytes:
    """The period's training record: the sessions held, then each person's hours by kind (achieved / required),
    what is short shaded and counted."""
    check_drawable(unit_path, *(s.topic + s.teacher + s.classroom + s.unit for s in sessions),
                   *(r.name + r.unit for r in matrix.rows))  # fmt: skip
    page = landscape(A4)
    width = page[0] - 2 * MARGIN
    span = f"{matrix.first.isoformat()} 至 {matrix.last.isoformat()}"
    held = [["序号", "日期", "类别", "课堂", "培训主题", "授课人", "组织单位", "学时", "参训人数"]]
    held += [
        [str(n), s.held_on.isoformat(), KIND_CN[s.kind], s.classroom, s.topic, s.teacher or "—", s.unit,
         hours_text(s.hours), str(s.attendees)]
        for n, s in enumerate(sorted(sessions, key=lambda s: (s.held_on, s.topic)), start=1)
    ]  # fmt: skip
    kinds = matrix.kinds
    people = [["序号", "姓名", "单位", *(f"{SHORT_KIND_CN[k]}（实际/要求）" for k in kinds), "合计", "未达标"]]
    shaded = []
    for n, r in enumerate(matrix.rows, start=1):
        cells = []
        for i, _kind in enumerate(kinds):
            need = r.required[i]
            cells.append(hours_text(r.hours[i]) + (f" / {hours_text(need)}" if need is not None else ""))
            if r.short(i) > 0:
                shaded.append((3 + i, n))
        missing = "、".join(f"{SHORT_KIND_CN[k]}差{hours_text(r.short(i))}" for i, k in enumerate(kinds) if r.short(i))
        people.append([str(n), r.name, r.unit, *cells, hours_text(r.total), missing])
    short_people = sum(1 for r in matrix.rows if r.is_short)
    totals = "，".join(f"{KIND_CN[k]} {hours_text(h)} 人·学时" for k, h in zip(kinds, matrix.totals(), strict=True))
    story: list[Flowable] = [
        Paragraph(markup("“三学四课堂”培训记录"), title_style(18)),
        _p(f"{unit_path}　·　{span}", 10, alignment=1),
        Spacer(1, 4 * mm),
        _p(
            f"本期共开展培训 {len(sessions)} 次；{totals}；{len(matrix.rows)} 人中 {short_people} 人学时未达标（浅红）。",
            11,
        ),
        Spacer(1, 3 * mm),
        Paragraph(markup("一、培训开展情况"), style("h", 12, textColor=RED, spaceAfter=2 * mm)),
        _grid(held, [12 * mm, 24 * mm, 22 * mm, 26 * mm, width - 196 * mm, 22 * mm, 48 * mm, 16 * mm, 26 * mm])
        if sessions
        else _p("本期无培训记录。"),
        Spacer(1, 5 * mm),
        Paragraph(markup("二、人员学时统计"), style("h", 12, textColor=RED, spaceAfter=2 * mm)),
        _grid(people, [12 * mm, 24 * mm, 48 * mm, 34 * mm, 34 * mm, 34 * mm, 18 * mm, width - 204 * mm], shaded)
        if matrix.rows
        else _p("本单位无人员。"),
        Spacer(1, 8 * mm),
        _p("统计人：____________　　　　审核人：____________　　　　日期：____________"),
    ]
    return _pdf(f"培训记录 {span}", story, page)
