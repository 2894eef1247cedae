"""The printed boards: the points table for public posting (公示, A4 or A3) and the star board (A3 or A2).

Printed output is Chinese (DESIGN.md §1); every font is embedded, every string is checked for glyphs first, and
warnings never appear on anything posted. Data is gathered here from the service, so the UI only chooses.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from gridapp.actor import Actor
from gridapp.progress import Progress, no_progress
from gridapp.reports.fonts import CJK, check_drawable, markup
from gridapp.reports.pdf import GOLD, RED, fill_scale, numbered_canvas, story_height, style, title_style
from gridapp.scoring.kinds import EntrySource, EntryStatus, Mark, SubjectKind
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.points import format_points
from gridapp.scoring.rows import STAR_LEVELS, CatalogueRow, EntryQuery, EntryRow, StandingQuery, StandingRow
from gridapp.times import plant_today

DETAIL_LIMIT = 1500  # more entries than this are left to the app; the corrections are always printed
SOURCE_CN = {
    EntrySource.MANUAL: "人工登记",
    EntrySource.CORRECTION: "更正",
    EntrySource.ISSUE_REPORTED: "问题上报",
    EntrySource.FEEDBACK_ON_TIME: "按时反馈",
    EntrySource.FEEDBACK_LATE: "超时反馈",
    EntrySource.ISSUE_CLOSED: "问题关闭",
    EntrySource.HAZARD_CLOSED: "隐患销号",
    EntrySource.ROUND_COMPLETED: "巡回检查",
    EntrySource.MEETING_ABSENT: "无故缺席组织生活",
    EntrySource.SUGGESTION_SAFETY: "安全合理化建议被采纳",
    EntrySource.SUGGESTION_COST: "降本增效合理化建议被采纳",
    EntrySource.SUGGESTION_TECHNIQUE: "技术合理化建议被采纳",
    EntrySource.SUGGESTION_MANAGEMENT: "管理合理化建议被采纳",
    EntrySource.PROJECT_FINISHED: "攻关项目完成",
}
STARS_CN = {5: "五星", 4: "四星", 3: "三星", 2: "二星", 1: "一星"}
PAGE_SIZES = ("A4", "A3", "A2")


def period_cn(period: Period) -> str:
    if period.kind is PeriodKind.MONTH:
        return f"{period.year}年{period.index}月"
    if period.kind is PeriodKind.QUARTER:
        return f"{period.year}年第{period.index}季度"
    return f"{period.year}年度"


@dataclass(frozen=True)
class Posting:
    """Everything a posted board shows, gathered in one go."""

    unit_name: str
    catalogue: CatalogueRow
    period: Period
    closed: bool
    party_members_only: bool
    standings: list[StandingRow]
    entries: list[EntryRow]  # confirmed entries of the period (all of them, or only corrections when too many)
    entries_total: int
    printed_on: dt.date


def gather(
    scoring: Any,
    actor: Actor,
    catalogue: str,
    period: Period,
    unit_id: uuid.UUID,
    unit_name: str,
    party_members_only: bool = True,
    progress: Progress = no_progress,
) -> Posting:
    """``scoring`` is the ScoringService; no viewer is passed, so no warning can reach a public board. A posted
    board is a ranking leaving the app: RANKING_EXPORT is required and the print audited."""
    scoring.standings.for_print(actor, StandingQuery(catalogue, period, unit_id, party_members_only))
    progress(0, 3, "")
    settings = scoring.standings.settings(catalogue, period)
    standings = scoring.standings.all(StandingQuery(catalogue, period, unit_id, party_members_only))
    progress(1, 3, "")
    query = EntryQuery(catalogue, period, unit_id, EntryStatus.CONFIRMED)
    total = scoring.entries.count(query)
    entries = scoring.entries.all(query) if total <= DETAIL_LIMIT else []
    if total > DETAIL_LIMIT:
        entries = [e for e in scoring.entries.all(query) if e.source is EntrySource.CORRECTION]
    if party_members_only and settings.catalogue.subject is SubjectKind.PERSON:
        ranked = {r.subject_id for r in standings}
        entries = [e for e in entries if e.person_id in ranked]
    progress(2, 3, "")
    return Posting(
        unit_name,
        settings.catalogue,
        period,
        settings.closed,
        party_members_only,
        standings,
        entries,
        total,
        plant_today(),
    )


def _build(page: tuple[float, float], story: Callable[[float], list[Any]], margin: float, texts: list[str]) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    check_drawable(*texts)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=page,
        leftMargin=margin * mm,
        rightMargin=margin * mm,
        topMargin=margin * mm,
        bottomMargin=(margin + 4) * mm,
    )
    doc.build(story(doc.width), canvasmaker=numbered_canvas())
    return out.getvalue()


def _page(size: str, landscape_: bool) -> tuple[float, float]:
    from reportlab.lib import pagesizes

    if size not in PAGE_SIZES:
        raise ValueError(f"page size {size}")
    page = getattr(pagesizes, size)
    return pagesizes.landscape(page) if landscape_ else pagesizes.portrait(page)


def subject_words(catalogue: CatalogueRow) -> tuple[str, str, str]:
    if catalogue.subject is SubjectKind.PERSON:
        return "姓名", "工号", "单位"
    return "班组", "编码", "所属单位"


def points_table_pdf(posting: Posting, size: str = "A4", progress: Progress = no_progress) -> bytes:
    """The monthly (or quarterly, yearly) points table for posting, with the record of each point and correction."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    scale = {"A4": 1.0, "A3": 1.3, "A2": 1.8}[size]
    cat = posting.catalogue
    name_word, code_word, unit_word = subject_words(cat)
    title = f"{posting.unit_name} {period_cn(posting.period)} {cat.name}公示表"
    state = "已关闭（数据已冻结）" if posting.closed else "未关闭（公示后如有更正，在当期以更正记录登记）"
    scope = "党员" if posting.party_members_only and cat.subject is SubjectKind.PERSON else "全体"
    intro = (
        f"统计范围：{posting.unit_name}（{scope}）　积分周期：{posting.period.starts_on:%Y-%m-%d} 至 "
        f"{posting.period.ends_on:%Y-%m-%d}　状态：{state}　打印日期：{posting.printed_on:%Y-%m-%d}"
    )
    mark_words = {Mark.TOP: f"前{cat.top_n}名", Mark.BOTTOM: f"后{cat.bottom_n}名", Mark.NONE: ""}
    head = ["序号", name_word, code_word, unit_word, *[c.name for c in cat.categories], "合计"]
    has_score = bool(cat.base) or cat.mode.value != "sum"
    if has_score:
        head.append("得分")
    if cat.thresholds:
        head.append("星级")
    head += ["排名", "备注"]
    rows = []
    for number, r in enumerate(posting.standings, start=1):
        row = [str(number), r.name, r.employee_no, r.unit_name, *[format_points(v) for v in r.by_category]]
        row.append(format_points(r.points))
        if has_score:
            row.append(format_points(r.score))
        if cat.thresholds:
            row.append("★" * (r.stars or 0))
        row += [str(r.rank), mark_words[r.mark] + ("（并列）" if r.tied and r.mark is not Mark.NONE else "")]
        rows.append(row)
    detail_head = ["日期", name_word, "规则", "分值", "事由", "依据", "来源", "确认人"]
    details = [
        [
            f"{e.booked_on:%m-%d}",
            e.subject,
            f"{e.rule_code} {e.rule_name}",
            format_points(e.points, signed=True) + ("（封顶）" if e.capped else ""),
            e.reason or f"由“{SOURCE_CN[e.source]}”提出",
            e.evidence,
            SOURCE_CN[e.source],
            e.decided_by,
        ]
        for e in posting.entries
    ]
    footer = (
        "公示期：自张贴之日起5个工作日。如对积分有异议，请在公示期内向党支部书面反映；经核实需更正的，"
        "在当期以更正记录登记，已关闭周期的记录不作修改。"
    )
    texts = [
        title,
        intro,
        footer,
        *head,
        *detail_head,
        *(t for row in rows for t in row),
        *(t for row in details for t in row),
    ]
    progress(0, 2, "")
    body = style("cell", 8.5 * scale)
    small = style("small", 7.5 * scale)
    heading = style("heading", 11 * scale, textColor=RED, spaceBefore=6 * scale, spaceAfter=3 * scale)

    def cells(row: list[str], wrap: set[int], st: Any) -> list[Any]:
        return [Paragraph(markup(v), st) if i in wrap else v for i, v in enumerate(row)]

    def story(width: float) -> list[Any]:
        n_cat = len(cat.categories)
        fixed = [0.04, 0.09, 0.08, 0.13]
        tail = [0.06] * (len(head) - 4 - n_cat - 1) + [0.09]
        rest = 1 - sum(fixed) - sum(tail)
        widths = [w * width for w in [*fixed, *[rest / n_cat] * n_cat, *tail]]
        table = Table(
            [cells(head, set(range(len(head))), small), *[cells(r, {1, 3}, body) for r in rows]],
            colWidths=widths,
            repeatRows=1,
        )
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), CJK, 8.5 * scale),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (4, 1), (-3, -1), "RIGHT"),
            ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ]
        if cat.thresholds:
            commands.append(("TEXTCOLOR", (len(head) - 3, 1), (len(head) - 3, -1), RED))
        for i, r in enumerate(posting.standings, start=1):
            if r.mark is Mark.TOP:
                commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#FFF3C4")))
            elif r.mark is Mark.BOTTOM:
                commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#E3ECF7")))
        table.setStyle(TableStyle(commands))
        out: list[Any] = [
            Paragraph(markup(title), title_style(16 * scale)),
            Paragraph(markup(intro), small),
            Spacer(1, 4 * scale),
            table,
        ]
        out.append(Paragraph("积分明细及变更记录", heading))
        if posting.entries_total > DETAIL_LIMIT:
            out.append(
                Paragraph(
                    markup(f"本期共 {posting.entries_total} 条积分记录，明细见积分看板；以下仅列出更正记录。"), body
                )
            )
        if details:
            detail_widths = [w * width for w in (0.06, 0.09, 0.2, 0.08, 0.27, 0.12, 0.08, 0.1)]
            detail = Table(
                [cells(detail_head, set(), small), *[cells(d, {1, 2, 4, 5}, small) for d in details]],
                colWidths=detail_widths,
                repeatRows=1,
            )
            detail.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), CJK, 7.5 * scale),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
                        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#AAAAAA")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ALIGN", (3, 1), (3, -1), "RIGHT"),
                    ]
                )
            )
            out.append(detail)
        elif posting.entries_total <= DETAIL_LIMIT:
            out.append(Paragraph("本期无积分记录。", body))
        out += [Spacer(1, 6 * scale), Paragraph(markup(footer), body), Spacer(1, 10 * scale)]
        out.append(
            Paragraph("党支部（盖章）　　　　　　　　　　　　　年　　月　　日", style("sign", 10 * scale, alignment=2))
        )
        return out

    pdf = _build(_page(size, landscape_=True), story, 12, texts)
    progress(2, 2, "")
    return pdf


def star_board_pdf(posting: Posting, size: str = "A3", progress: Progress = no_progress) -> bytes:
    """The star board for the wall: the stars of the period at the top, then each star level's members."""
    from reportlab.lib.units import mm

    cat = posting.catalogue
    if not cat.thresholds:
        raise ValueError(f"the catalogue {cat.code} has no star levels")
    scale = {"A4": 0.7, "A3": 1.0, "A2": 1.41}[size]
    title = (
        f"{posting.unit_name}星级党员榜"
        if cat.subject is SubjectKind.PERSON
        else f"{posting.unit_name}{cat.name}星级榜"
    )
    subtitle = f"{period_cn(posting.period)} · {cat.name}"
    minimums = cat.thresholds[posting.period.kind]
    rule_text = (
        "评定标准："
        + "，".join(f"{STARS_CN[STAR_LEVELS - i]}≥{format_points(m)}分" for i, m in enumerate(minimums))
        + f"（{period_cn(posting.period)}积分）"
    )
    footer = f"打印日期：{posting.printed_on:%Y-%m-%d}　　积分依据及明细见积分看板，如有异议请向党支部反映。"
    star_word = "党员之星" if cat.subject is SubjectKind.PERSON else "先进之星"
    texts = [
        title,
        subtitle,
        rule_text,
        footer,
        star_word,
        *STARS_CN.values(),
        *(f"{r.name}{r.unit_name}" for r in posting.standings),
    ]
    progress(0, 2, "")

    def sized(k: float, gap: float = 0.0) -> list[Any]:
        """The board, its type ``k`` times the paper's base size, ``gap`` points more between sections."""
        return _star_board_story(posting, frame_w, title, subtitle, star_word, rule_text, footer, scale * k, gap)

    page = _page(size, landscape_=False)
    margin = 15 * scale * mm
    frame_w, frame_h = page[0] - 2 * margin - 12, page[1] - 2 * margin - 4 * mm - 12  # SimpleDocTemplate's padding
    k = fill_scale(sized, frame_w, frame_h)
    sections = sum(1 for f in sized(k) if getattr(f, "_section", False))
    spare = frame_h - story_height(sized(k), frame_w)
    gap = max(0.0, spare - 2) / max(1, sections) if k > 1 else 0.0  # what the type could not fill, between sections
    pdf = _build(page, lambda width: sized(k, gap), 15 * scale, texts)
    progress(2, 2, "")
    return pdf


def _star_board_story(
    posting: Posting,
    width: float,
    title: str,
    subtitle: str,
    star_word: str,
    rule_text: str,
    footer: str,
    scale: float,
    gap: float,
) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    cat = posting.catalogue
    stars = [r for r in posting.standings if r.mark is Mark.TOP and r.points > 0]
    levels = {level: [r for r in posting.standings if r.stars == level] for level in range(STAR_LEVELS, 0, -1)}
    white_title = style("board-title", 34 * scale, textColor=colors.white, alignment=1, leading=44 * scale)
    white_sub = style("board-sub", 15 * scale, textColor=GOLD, alignment=1)
    level_style = style("level", 18 * scale, textColor=RED, spaceBefore=10 * scale, spaceAfter=4 * scale)
    name_style = style("name", 17 * scale, alignment=1, leading=22 * scale)
    unit_style = style("unit", 9 * scale, alignment=1, textColor=colors.HexColor("#555555"))
    star_name = style("star-name", 24 * scale, alignment=1, leading=30 * scale, textColor=RED)

    def card(r: StandingRow, big: bool) -> list[Any]:
        return [
            Paragraph(markup(r.name), star_name if big else name_style),
            Paragraph(markup(r.unit_name), unit_style),
            Paragraph(markup(f"{format_points(r.points)}分"), unit_style),  # a line of its own: never "13.5" / "分"
        ]

    def grid(rows: list[StandingRow], width: float, columns: int, big: bool) -> Table:
        cells = [card(r, big) for r in rows]
        while len(cells) % columns:
            cells.append("")  # type: ignore[arg-type]
        data = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        table = Table(data, colWidths=[width / columns] * columns)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), CJK, 10 * scale),  # the empty cells too: no Helvetica anywhere
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 6 * scale),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * scale),
                    ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#E8C4C4")),
                    ("BOX", (0, 0), (-1, -1), 1, RED if big else colors.HexColor("#E8C4C4")),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF8E1") if big else colors.white),
                ]
            )
        )
        return table

    def story() -> list[Any]:
        band = Table(
            [[Paragraph(markup(title), white_title)], [Paragraph(markup(subtitle), white_sub)]], colWidths=[width]
        )
        band.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), CJK, 10 * scale),
                    ("BACKGROUND", (0, 0), (-1, -1), RED),
                    ("TOPPADDING", (0, 0), (-1, -1), 10 * scale),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10 * scale),
                ]
            )
        )
        out: list[Any] = [band, Spacer(1, 8 * scale)]
        if stars:
            out.append(_section(Spacer(1, gap)))
            out.append(Paragraph(markup(f"★ {star_word}（前{cat.top_n}名）"), level_style))
            out.append(grid(stars, width, min(4, max(len(stars), 1)), big=True))
        for level, rows in levels.items():
            if not rows:
                continue
            out.append(_section(Spacer(1, gap)))
            out.append(Paragraph(markup(f"{'★' * level}　{STARS_CN[level]}（{len(rows)}人）"), level_style))
            out.append(grid(rows, width, 6, big=False))
        if not any(levels.values()):
            out.append(Paragraph("本期暂无达到星级标准的人员。", name_style))
        out += [_section(Spacer(1, 10 * scale + gap)), Paragraph(markup(rule_text), unit_style)]
        out.append(Paragraph(markup(footer), unit_style))
        return out

    return story()


def _section(spacer: Any) -> Any:
    """A spacer between the board's sections: where room the type cannot fill goes."""
    spacer._section = True
    return spacer
