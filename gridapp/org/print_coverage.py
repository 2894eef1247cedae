"""The guardianship coverage report as a PDF (A4): counts per unit, then every employee without a guardian and every
area without a claimer ("全覆盖、无遗漏"), ready to print and check off."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle

from gridapp.org.printing import ProgressDoc
from gridapp.org.rows import CoverageGap, CoverageReport
from gridapp.progress import Progress, no_progress
from gridapp.reports.fonts import CJK, check_drawable, markup
from gridapp.reports.pdf import RED, numbered_canvas, style, title_style

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
PALE_RED = colors.HexColor("#FDECEC")
GRID_LINE = colors.HexColor("#C9A0A0")
CHUNK = 40  # rows per table


def coverage_pdf(report: CoverageReport, progress: Progress = no_progress) -> bytes:
    check_drawable(
        report.unit_path,
        *(u.name for u in report.units),
        *(g.unit_path + g.name + g.detail + g.extra for g in (*report.unguarded, *report.unclaimed)),
        *(g.name + g.unit for g in report.overloaded),
    )
    progress(1, 3, "report")
    out = io.BytesIO()
    doc = ProgressDoc(
        out,
        progress=progress,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title="包保覆盖检查报告",
        author="红色网格工作站",
    )
    body = style("body", 9)
    note = style("note", 9, textColor=colors.HexColor("#555555"))
    root = report.units[0] if report.units else None
    scope = "全体在岗职工（含党员）" if report.includes_party_members else "在岗非党员职工（党员为包保人）"
    story: list[Flowable] = [
        Paragraph(markup("包保覆盖检查报告（全覆盖、无遗漏）"), title_style(16)),
        Paragraph(markup(f"{report.unit_path}　·　检查日期 {report.on.isoformat()}"), style("sub", 9, alignment=1)),
        Spacer(1, 4 * mm),
        Paragraph(markup(f"统计对象：{scope}；1+N 联系上限：每名党员联系 {report.max_wards} 名职工。"), note),
    ]
    if root is not None:
        verdict = (
            "✓ 全覆盖、无遗漏。"
            if report.complete
            else f"✗ 尚有 {root.uncovered} 名职工未落实包保人、{root.unclaimed} 个区域无人认领。"
        )
        story += [
            Paragraph(
                markup(
                    f"应包保 {root.staff} 人，已包保 {root.covered} 人，未包保 {root.uncovered} 人；"
                    f"区域 {root.areas} 个，已认领 {root.claimed} 个，未认领 {root.unclaimed} 个。"
                ),
                style("summary", 11, spaceBefore=2 * mm),
            ),
            Paragraph(
                markup(verdict),
                style(
                    "verdict", 12, textColor=colors.HexColor("#2E7D32") if report.complete else RED, spaceAfter=3 * mm
                ),
            ),
            _section("各单位覆盖情况"),
            *_unit_table(report, body),
        ]
    progress(2, 3, "lists")
    story += [_section(f"未落实包保人的职工（{len(report.unguarded)} 人）")]
    story += (
        _gap_table(report, report.unguarded, ("单位", "姓名", "工号", "岗位"), body)
        if report.unguarded
        else [Paragraph(markup("无。"), body)]
    )
    story += [_section(f"无人认领的区域（{len(report.unclaimed)} 个）")]
    story += (
        _gap_table(report, report.unclaimed, ("单位", "区域", "类型", ""), body)
        if report.unclaimed
        else [Paragraph(markup("无。"), body)]
    )
    if report.overloaded:
        story += [_section(f"需调整的包保人（{len(report.overloaded)} 人）")]
        rows = [["序号", "包保人", "单位", "联系职工数", "情况"]]
        for n, g in enumerate(report.overloaded, start=1):
            problem = "已不是党员" if not g.party_member else f"超过 1+{report.max_wards} 上限"
            rows.append([str(n), _cell(g.name, body), Paragraph(markup(g.unit), body), str(g.wards), problem])
        story.append(_table(rows, [12 * mm, 35 * mm, 70 * mm, 25 * mm, WIDTH - 142 * mm]))
    story += [
        Spacer(1, 8 * mm),
        Paragraph(markup("检查人：____________　　　　支部书记：____________　　　　日期：____________"), body),
    ]
    doc.build(story, canvasmaker=numbered_canvas())
    progress(3, 3, "")
    return out.getvalue()


def _cell(text: str, cell_style: object) -> object:
    """A short text as a plain table cell (fast: thousands of rows), or a Paragraph when it needs the symbol font."""
    marked = markup(text)
    return Paragraph(marked, cell_style) if "<font" in marked else text


def _section(text: str) -> Paragraph:
    return Paragraph(markup(text), style("h2", 12, spaceBefore=5 * mm, spaceAfter=2 * mm, textColor=RED))


def _table(rows: list[list[object]], widths: list[float], highlight: list[int] | None = None) -> LongTable:
    head = style("head", 9, textColor=colors.white)
    rows[0] = [Paragraph(markup(str(c)), head) for c in rows[0]]
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), CJK),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), RED),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_LINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), PALE_RED) for r in highlight or []]
    table.setStyle(TableStyle(commands))
    return table


def _unit_table(report: CoverageReport, body: object) -> list[Flowable]:
    rows: list[list[object]] = [["单位", "应包保", "已包保", "未包保", "覆盖率", "区域", "已认领", "未认领"]]
    highlight = []
    for n, u in enumerate(report.units, start=1):
        rate = f"{u.covered * 100 // u.staff}%" if u.staff else "—"
        rows.append(
            [
                _cell("　" * min(u.depth, 8) + u.name, body),
                str(u.staff),
                str(u.covered),
                str(u.uncovered),
                rate,
                str(u.areas),
                str(u.claimed),
                str(u.unclaimed),
            ]
        )
        if u.uncovered or u.unclaimed:
            highlight.append(n)
    number = (WIDTH - 80 * mm) / 7
    return _chunked(rows, [80 * mm, *[number] * 7], [], highlight)


def _gap_table(
    report: CoverageReport, gaps: tuple[CoverageGap, ...], titles: tuple[str, str, str, str], body: object
) -> list[Flowable]:
    """The gaps grouped under their unit: one shaded row names the unit, the rows below it are plain text (quick to
    lay out for thousands of people, and how a checker walks the plant: unit by unit)."""
    columns = [t for t in titles[1:] if t]
    rows: list[list[object]] = [["序号", *columns, "核实签字"]]
    prefix = report.unit_path.rsplit("/", 1)[0] + "/" if "/" in report.unit_path else ""
    unit_rows = []
    current = None
    for n, g in enumerate(gaps, start=1):
        if g.unit_id != current:
            current = g.unit_id
            where = g.unit_path.removeprefix(prefix)  # paths from the checked unit down, shorter to read
            unit_rows.append(len(rows))
            rows.append([Paragraph(markup(f"{titles[0]}：{where}"), body)] + [""] * (len(columns) + 1))
        cells: list[object] = [str(n), _cell(g.name, body), g.detail]
        if titles[3]:
            cells.append(_cell(g.extra, body))
        rows.append([*cells, ""])
    widths = [14 * mm, 40 * mm, 32 * mm] + ([40 * mm] if titles[3] else [])
    widths.append(WIDTH - sum(widths))
    return _chunked(rows, widths, unit_rows)


def _chunked(
    rows: list[list[object]], widths: list[float], unit_rows: list[int], highlight: list[int] | None = None
) -> list[Flowable]:
    """Tables of CHUNK rows, each with the header: ReportLab splits one long table across pages in quadratic time
    (6,000 rows took 14 s); short tables stack in linear time and read the same."""
    header, body = rows[0], rows[1:]
    tables: list[Flowable] = []
    for start in range(0, len(body), CHUNK):
        part = [list(header), *body[start : start + CHUNK]]
        shaded = [r - start for r in unit_rows if start < r <= start + CHUNK]
        marked = [r - start for r in highlight or [] if start < r <= start + CHUNK]
        table = _table(part, widths, shaded + marked)
        table.setStyle(TableStyle([("SPAN", (0, r), (-1, r)) for r in shaded]))
        tables.append(table)
    return tables
