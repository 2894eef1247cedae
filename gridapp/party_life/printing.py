"""Party life's prints (A4, every font embedded): the meeting record sheet (会议记录) with signature lines, the
quarter's 1+N talk coverage ("全覆盖、无遗漏"), and the adopted suggestions for posting (公示)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from gridapp.org.words import PARTY_STATUS
from gridapp.party_life.kinds import Attendance, TalkKind
from gridapp.party_life.member_record import MemberRecord
from gridapp.party_life.rows import MeetingDetail, SuggestionRow, TalkCoverage
from gridapp.party_life.words import ATTENDANCE_CN, CATEGORY_CN, STATE_CN
from gridapp.reports.fonts import CJK, check_drawable, markup
from gridapp.reports.pdf import RED, numbered_canvas, style, title_style

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID_LINE = colors.HexColor("#C9A0A0")
PALE_RED = colors.HexColor("#FDECEC")


def _pdf(title: str, story: list[Flowable]) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
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
    return Paragraph(markup(text).replace("\n", "<br/>"), style(f"p{size}", size, **kw))


def _table(rows: list[list[object]], widths: list[float], shaded: Sequence[int] = ()) -> LongTable:
    head = style("head", 9, textColor=colors.white)
    body = style("cell", 9)
    cells = [[Paragraph(markup(str(c)), head) for c in rows[0]]]
    cells += [[c if isinstance(c, Flowable) else Paragraph(markup(str(c)), body) for c in row] for row in rows[1:]]
    table = LongTable(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), CJK),
                ("BACKGROUND", (0, 0), (-1, 0), RED),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID_LINE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *[("BACKGROUND", (0, r), (-1, r), PALE_RED) for r in shaded],
            ]
        )
    )
    return table


def meeting_record_pdf(detail: MeetingDetail, unit_path: str, photo_files: Sequence[Path | None] = ()) -> bytes:
    """The record sheet of one meeting: its facts, who attended and who not (and why), the minutes, the decisions,
    and lines for the host's and the recorder's signatures; then its photos, two a row, scaled (``photo_files``:
    the file of each of ``detail.photos`` on this PC, None for one not here, which is named instead)."""
    m = detail.meeting
    check_drawable(
        unit_path,
        m.kind,
        m.topic,
        m.place,
        m.host,
        detail.minutes,
        detail.decisions,
        *(a.name + a.note for a in detail.attendees),
    )
    present = [a for a in detail.attendees if a.attendance is Attendance.PRESENT]
    absent = [a for a in detail.attendees if a.attendance is not Attendance.PRESENT]
    facts = [
        ["会议类型", m.kind, "召开日期", m.held_on.isoformat()],
        ["召开单位", unit_path, "地点", m.place or "—"],
        ["主持人", m.host or "—", "应到 / 实到", f"{len(detail.attendees)} / {len(present)}"],
        ["会议主题", m.topic, "", ""],
    ]
    label = style("label", 10, textColor=RED)
    cells = [[Paragraph(markup(a), label), _p(b), Paragraph(markup(c), label), _p(d)] for a, b, c, d in facts]
    fact_table = LongTable(cells, colWidths=[22 * mm, WIDTH / 2 - 22 * mm, 24 * mm, WIDTH / 2 - 24 * mm])
    fact_table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID_LINE),
                ("SPAN", (1, 3), (3, 3)),
                ("FONTNAME", (0, 0), (-1, -1), CJK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story: list[Flowable] = [
        Paragraph(markup(f"{m.kind}会议记录"), title_style(18)),
        fact_table,
        Spacer(1, 4 * mm),
        _p("出席人员：" + ("、".join(a.name for a in present) or "—")),
        _p(
            "缺席人员："
            + (
                "；".join(f"{a.name}（{ATTENDANCE_CN[a.attendance]}{'，' + a.note if a.note else ''}）" for a in absent)
                or "无"
            )
        ),
        Spacer(1, 4 * mm),
        Paragraph(markup("会议记录"), style("h", 12, textColor=RED, spaceAfter=2 * mm)),
        _p(detail.minutes or "—", leading=16),
        Spacer(1, 4 * mm),
        Paragraph(markup("会议决议"), style("h", 12, textColor=RED, spaceAfter=2 * mm)),
    ]
    decisions = [d.strip() for d in detail.decisions.splitlines() if d.strip()]
    story += [_p(f"{n}. {d}") for n, d in enumerate(decisions, start=1)] or [_p("—")]
    story += [
        Spacer(1, 14 * mm),
        _p("主持人（签字）：______________　　　　记录人（签字）：______________　　　　日期：____________"),
    ]
    if detail.photos:
        story += [
            Spacer(1, 8 * mm),
            Paragraph(markup("附：会议照片"), style("h", 12, textColor=RED, spaceAfter=2 * mm)),
        ]
        story.append(_photo_grid(detail, photo_files))
    return _pdf(f"{m.kind}会议记录 {m.held_on.isoformat()}", story)


PHOTO_BOX = (WIDTH / 2 - 6 * mm, 70 * mm)  # a photo's room on the page: two a row


def _photo_grid(detail: MeetingDetail, files: Sequence[Path | None]) -> LongTable:
    """The meeting's photos two a row, each scaled into PHOTO_BOX (shrunk to a JPEG first: a phone's picture would
    make the PDF megabytes), its file name below; a photo whose file is not on this PC is named, not drawn."""
    from reportlab.platypus import Image

    from gridapp.inspections.photos import shrink_photo

    cells: list[list[object]] = []
    for n, photo in enumerate(detail.photos):
        path = files[n] if n < len(files) else None
        caption = _p(f"{n + 1}. {photo.name}", 8, alignment=1)
        picture: Flowable
        try:
            data = shrink_photo(path.read_bytes()) if path is not None else None
        except (OSError, ValueError):
            data = None
        if data is None:
            picture = _p("（照片文件不在本机，尚未同步）", 9, alignment=1)
        else:
            w, h = photo.width or 4, photo.height or 3
            scale = min(PHOTO_BOX[0] / w, PHOTO_BOX[1] / h)
            picture = Image(io.BytesIO(data), width=w * scale, height=h * scale)
        if n % 2 == 0:
            cells.append([])
        cells[-1].append([picture, caption])
    if len(cells[-1]) == 1:
        cells[-1].append("")
    grid = LongTable(cells, colWidths=[WIDTH / 2] * 2)
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), CJK),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return grid


def talk_coverage_pdf(coverage: TalkCoverage, unit_path: str) -> bytes:
    """Every 1+N link of the quarter and its talk; the missing ones shaded and counted (no summaries: personal)."""
    check_drawable(unit_path, *(r.unit + r.guardian + r.ward + r.ward_employee_no for r in coverage.rows))
    quarter = (coverage.first.month - 1) // 3 + 1
    missing = len(coverage.missing)
    verdict = "✓ 全覆盖、无遗漏。" if not missing else f"✗ 尚有 {missing} 个联系对象本季度未谈话。"
    rows: list[list[object]] = [["序号", "单位", "党员", "联系职工", "工号", "谈话日期", "核实签字"]]
    shaded = []
    for n, r in enumerate(coverage.rows, start=1):
        rows.append(
            [
                str(n),
                r.unit,
                r.guardian,
                r.ward,
                r.ward_employee_no,
                r.talked_on.isoformat() if r.talked_on else "未谈",
                "",
            ]
        )
        if not r.covered:
            shaded.append(n)
    story: list[Flowable] = [
        Paragraph(markup(f"{coverage.first.year} 年第 {quarter} 季度 1+N 谈心谈话覆盖情况"), title_style(16)),
        _p(f"{unit_path}　·　{coverage.first.isoformat()} 至 {coverage.last.isoformat()}", 9, alignment=1),
        Spacer(1, 4 * mm),
        _p(f"1+N 联系 {len(coverage.rows)} 个，已谈话 {len(coverage.rows) - missing} 个，未谈话 {missing} 个。", 11),
        _p(verdict, 12, textColor=colors.HexColor("#2E7D32") if not missing else RED, spaceAfter=3 * mm),
        _table(rows, [12 * mm, 40 * mm, 24 * mm, 24 * mm, 22 * mm, 24 * mm, WIDTH - 146 * mm], shaded),
        Spacer(1, 8 * mm),
        _p("检查人：____________　　　　支部书记：____________　　　　日期：____________"),
    ]
    return _pdf(f"1+N谈心谈话覆盖 {coverage.first.year}Q{quarter}", story)


def adopted_suggestions_pdf(rows: Sequence[SuggestionRow], unit_path: str, year: int) -> bytes:
    """The adopted suggestions of the year, for posting (公示): who suggested what, and how far it was carried out."""
    check_drawable(unit_path, *(r.unit + r.submitter + r.title + r.done_note for r in rows))
    table: list[list[object]] = [["序号", "提出日期", "单位", "建议人", "建议内容", "类别", "落实情况"]]
    for n, r in enumerate(rows, start=1):
        done = f"{STATE_CN[r.state]}{' ' + r.done_on.isoformat() if r.done_on else ''}{'：' + r.done_note if r.done_note else ''}"
        table.append([str(n), r.submitted_on.isoformat(), r.unit, r.submitter, r.title, CATEGORY_CN[r.category], done])
    story: list[Flowable] = [
        Paragraph(markup(f"{year} 年合理化建议采纳情况公示"), title_style(18)),
        _p(unit_path, 10, alignment=1),
        Spacer(1, 5 * mm),
        _table(table, [12 * mm, 22 * mm, 30 * mm, 18 * mm, WIDTH - 144 * mm, 20 * mm, 42 * mm])
        if rows
        else _p("本年度暂无被采纳的建议。"),
        Spacer(1, 8 * mm),
        _p("公示期间如有异议，请向党支部反映。　　　　党支部（盖章）　　　　日期：____________"),
    ]
    return _pdf(f"{year}年合理化建议公示", story)


TALK_KIND_CN = {
    TalkKind.LINKED_QUARTERLY: "1+N 季度访谈",
    TalkKind.NEW_HIRE: "新入职谈话",
    TalkKind.CONFLICT: "矛盾谈话",
    TalkKind.HARDSHIP: "困难谈话",
    TalkKind.MISTAKE: "失误谈话",
    TalkKind.OTHER: "其他谈话",
}


def _heading(text: str) -> Paragraph:
    return Paragraph(markup(text), style("h", 12, textColor=RED, spaceBefore=4 * mm, spaceAfter=2 * mm))


def member_record_pdf(record: MemberRecord) -> bytes:
    """One party member's year of organisation life for the 民主评议 review: meetings and attendance, talks per
    quarter, suggestions, weekly zone reports; the talks' summaries only when the record carries them (printed with
    a reason, which the page states); lines for the member's and the branch secretary's signatures."""
    r = record
    check_drawable(
        r.name,
        r.unit,
        r.summaries_reason,
        *r.zones,
        *(m.kind + m.unit + m.topic + m.note for m in r.meetings),
        *(s.title for s in r.suggestions),
        *(t.person + t.summary + t.follow_up for t in r.summaries),
    )
    label = style("label", 10, textColor=RED)
    facts = [
        ["姓名", r.name, "工号", r.employee_no],
        ["政治面貌", PARTY_STATUS[r.party_status], "所在单位", r.unit or "—"],
    ]
    cells = [[Paragraph(markup(a), label), _p(b), Paragraph(markup(c), label), _p(d)] for a, b, c, d in facts]
    fact_table = LongTable(cells, colWidths=[22 * mm, WIDTH / 2 - 22 * mm, 22 * mm, WIDTH / 2 - 22 * mm])
    fact_table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID_LINE),
                ("FONTNAME", (0, 0), (-1, -1), CJK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story: list[Flowable] = [
        Paragraph(markup(f"{r.year} 年度党员组织生活记录"), title_style(18)),
        _p("（民主评议党员用）", 9, alignment=1, spaceAfter=3 * mm),
        fact_table,
        _heading("一、参加组织生活"),
        _p(
            f"应参加 {len(r.meetings)} 次，出席 {r.present} 次，请假 {r.on_leave} 次，"
            f"无故缺席 {r.absent_without_reason} 次。"
        ),
    ]
    if r.meetings:
        rows: list[list[object]] = [["序号", "日期", "会议类型", "召开单位", "会议主题", "出勤情况"]]
        shaded = []
        for n, m in enumerate(r.meetings, start=1):
            mark = ATTENDANCE_CN[m.attendance] + (f"（{m.note}）" if m.note else "")
            rows.append([str(n), m.held_on.isoformat(), m.kind, m.unit, m.topic, mark])
            if m.attendance is Attendance.NO_REASON:
                shaded.append(n)
        story.append(_table(rows, [12 * mm, 22 * mm, 26 * mm, 30 * mm, WIDTH - 122 * mm, 32 * mm], shaded))
    story.append(_heading("二、谈心谈话"))
    rows = [["季度", "谈话次数", "1+N 联系对象", "已谈话", "未谈话"]]
    shaded = []
    for q in r.quarters:
        if not q.started:
            rows.append([f"第 {q.quarter} 季度", "—", str(q.links), "—", "—"])
            continue
        rows.append([f"第 {q.quarter} 季度", str(q.talks), str(q.links), str(q.covered), str(q.links - q.covered)])
        if q.covered < q.links:
            shaded.append(len(rows) - 1)
    story.append(_table(rows, [WIDTH / 5] * 5, shaded))
    if r.summaries:
        story += [
            Spacer(1, 2 * mm),
            _p(f"以下谈话摘要属个人信息，仅供本次使用，不得扩散。导出事由：{r.summaries_reason}", 9, textColor=RED),
        ]
        talk_rows: list[list[object]] = [["日期", "谈话类型", "谈话对象", "谈话摘要", "跟进"]]
        for t in r.summaries:
            talk_rows.append(
                [t.held_on.isoformat(), TALK_KIND_CN[t.kind], t.person, t.summary or "—", t.follow_up or "—"]
            )
        story.append(_table(talk_rows, [22 * mm, 26 * mm, 20 * mm, WIDTH - 118 * mm, 50 * mm]))
    else:
        story.append(_p("（谈话摘要属个人信息，本记录不含。）", 9))
    story += [
        _heading("三、合理化建议"),
        _p(f"提出建议 {len(r.suggestions)} 条，被采纳 {r.adopted} 条。"),
    ]
    if r.suggestions:
        rows = [["序号", "提出日期", "建议", "评审结果"]]
        for n, s in enumerate(r.suggestions, start=1):
            rows.append([str(n), s.submitted_on.isoformat(), s.title, STATE_CN[s.state]])
        story.append(_table(rows, [12 * mm, 22 * mm, WIDTH - 70 * mm, 36 * mm]))
    story.append(_heading("四、责任区安全状态周报"))
    if not r.zones:
        story.append(_p("不在责任区内，无须报告。"))
    else:
        missed = r.weeks_missed
        story.append(
            _p(
                f"责任区：{'、'.join(r.zones)}。已结束的 {len(r.weeks_due)} 周中报告 {len(r.weeks_due) - len(missed)} 周，"
                f"未报告 {len(missed)} 周。"
            )
        )
        if missed:
            story.append(_p("未报告的周（周一）：" + "、".join(f"{w.month}/{w.day}" for w in missed), 9))
    story += [
        Spacer(1, 14 * mm),
        _p("本人（签字）：______________　　　　党支部书记（签字）：______________　　　　日期：____________"),
    ]
    return _pdf(f"{r.year}年度党员组织生活记录 {r.name}", story)
