"""The team assessment sheet (班组考核表, 5 大项 × 44 小项) printed for posting and signature (A4 or A3 portrait).

Each category shows its items with the points per time, how many times (the quantities booked), what was asked and
what counted; a category is floored at zero and the sheet says where a deduction was cut off (by the floor or a
cap). Signature lines for the team leader, the assessor and the branch secretary, and the posting (公示) footer.
Printed output is Chinese (DESIGN.md §1); every font is embedded and every string checked for glyphs first.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from gridapp.actor import Actor
from gridapp.progress import Progress, no_progress
from gridapp.reports.fonts import CJK, markup
from gridapp.reports.pdf import RED, fill_scale, style, title_style
from gridapp.scoring.periods import Period
from gridapp.scoring.points import format_points
from gridapp.scoring.reports import _build, _page, period_cn
from gridapp.scoring.rows import CatalogueRow, Scorecard
from gridapp.times import plant_today

SHEET_SIZES = ("A4", "A3")
POSTING_FOOTER = (
    "公示期：自张贴之日起5个工作日。班组成员如对考核结果有异议，请在公示期内向党支部书面反映；经核实需更正的，"
    "在当期以更正记录登记（须经另一名有权人员确认），已关闭周期的记录不作修改。"
)
FLOOR_NOTE = "各大项得分最低为0分：扣分超过该项满分的部分不计，并在备注中注明。"


@dataclass(frozen=True)
class AssessmentSheet:
    card: Scorecard
    catalogue: CatalogueRow
    printed_on: dt.date


def gather_sheet(scoring: Any, actor: Actor, catalogue: str, subject_id: uuid.UUID, period: Period) -> AssessmentSheet:
    """``scoring`` is the ScoringService; the print is a score table leaving the app: RANKING_EXPORT, audited."""
    card = scoring.standings.sheet_for_print(actor, catalogue, subject_id, period)
    settings = scoring.standings.settings(catalogue, period)
    return AssessmentSheet(card, settings.catalogue, plant_today())


def _signed(value: Decimal) -> str:
    return format_points(value, signed=True) if value else ""


def _cut_words(requested: Decimal, points: Decimal) -> str:
    if requested == points:
        return ""
    return f"未计 {format_points(abs(requested - points))} 分（封顶或保底）"


def assessment_sheet_pdf(sheet: AssessmentSheet, size: str = "A4", progress: Progress = no_progress) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    if size not in SHEET_SIZES:
        raise ValueError(f"page size {size}")
    card, cat = sheet.card, sheet.catalogue
    scale = {"A4": 1.0, "A3": 1.35}[size]
    title = f"{card.subject_name} {period_cn(card.period)} {cat.name}考核表"
    state = "已关闭（数据已冻结）" if card.closed else "未关闭"
    intro = (
        f"班组：{card.subject_name}　所属单位：{card.unit_name}　考核周期：{card.period.starts_on:%Y-%m-%d} 至 "
        f"{card.period.ends_on:%Y-%m-%d}　状态：{state}　打印日期：{sheet.printed_on:%Y-%m-%d}"
    )
    # No cell spans rows: a category is a band above its items, so the table may break between any two rows and no
    # page ends half empty because a category's span would not fit.
    head = ["序号", "考核内容", "考核标准", "每次", "次数", "应计", "实计", "备注"]
    rows: list[list[str]] = []
    bands: list[int] = []  # table rows of the category bands
    subtotals: list[int] = []
    number = 0
    for category in card.categories:
        full = category.category.full
        label = (
            f"{category.category.name}（满分 {format_points(full)}）" if full is not None else category.category.name
        )
        rows.append([label, "", "", "", "", "", "", ""])
        bands.append(len(rows))
        for item in category.items:
            number += 1
            rows.append(
                [
                    str(number),
                    item.rule.name,
                    item.rule.standard,
                    format_points(item.rule.points, signed=True),
                    str(item.times) if item.times else "",
                    _signed(item.requested),
                    _signed(item.points),
                    _cut_words(item.requested, item.points),
                ]
            )
        # Deductions are cut off at zero as they are confirmed: a category at 0 with points cut off hit its floor.
        floored = full is not None and category.score == 0 and category.cut_off > 0
        note = "扣分超过满分，按0分计" if floored else ""
        if category.cut_off:
            note = "；".join(n for n in (note, f"本项共未计 {format_points(category.cut_off)} 分") if n)
        rows.append(
            [
                f"{category.category.name}小计",
                "",
                "",
                "",
                "",
                _signed(sum((i.requested for i in category.items), Decimal(0))),
                _signed(category.points),
                f"得分 {format_points(category.score)}" + (f"（{note}）" if note else ""),
            ]
        )
        subtotals.append(len(rows))
    total_row = ["总分", "", "", "", "", "", "", f"基础分 {format_points(card.base)}，得分 {format_points(card.score)}"]
    rows.append(total_row)
    signatures = [
        "班组长（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿",
        "考核人（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿",
        "党支部书记（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿",
    ]
    seal = "党支部（盖章）　　　　　　　　　　　　年　　月　　日"
    texts = [title, intro, FLOOR_NOTE, POSTING_FOOTER, seal, *signatures, *head, *(t for row in rows for t in row)]
    progress(0, 2, "")

    def paragraphs(row: list[str], st: Any, wrap: set[int]) -> list[Any]:
        return [Paragraph(markup(v), st) if i in wrap and v else v for i, v in enumerate(row)]

    def story(width: float, k: float = 1.0) -> list[Any]:
        size = 9 * scale * k
        body = style("cell", size)
        bold = style("subtotal", size, textColor=RED)
        band = style("band", size * 1.1, textColor=colors.white)
        fractions = [0.05, 0.19, 0.33, 0.065, 0.055, 0.065, 0.065, 0.18]
        widths = [f * width for f in fractions]
        data = [paragraphs(head, body, set(range(len(head))))]
        for index, row in enumerate(rows, start=1):
            if index in bands:
                data.append(paragraphs(row, band, {0}))
            elif index in subtotals or index == len(rows):
                data.append(paragraphs(row, bold, {0, 7}))
            else:
                data.append(paragraphs(row, body, {1, 2, 7}))
        table = Table(data, colWidths=widths, repeatRows=1)
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), CJK, size),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("ALIGN", (3, 1), (6, -1), "RIGHT"),
        ]
        for index in bands:
            commands += [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), RED)]
        for index in [*subtotals, len(rows)]:
            commands += [
                ("SPAN", (0, index), (4, index)),
                ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#FBEFEF")),
            ]
        table.setStyle(TableStyle(commands))
        signature_table = Table(
            [[Paragraph(markup(s), body)] for s in signatures], colWidths=[width * 0.6], hAlign="LEFT"
        )
        signature_table.setStyle(
            TableStyle([("FONT", (0, 0), (-1, -1), CJK, size), ("TOPPADDING", (0, 0), (-1, -1), 8 * scale * k)])
        )
        return [
            Paragraph(markup(title), title_style(16 * scale * k)),
            Paragraph(markup(intro), body),
            Spacer(1, 4 * scale * k),
            table,
            Spacer(1, 4 * scale * k),
            Paragraph(markup(FLOOR_NOTE), body),
            KeepTogether(
                [
                    Spacer(1, 6 * scale * k),
                    signature_table,
                    Spacer(1, 6 * scale * k),
                    Paragraph(markup(POSTING_FOOTER), body),
                    Spacer(1, 8 * scale * k),
                    Paragraph(markup(seal), style("seal", 10 * scale * k, alignment=2)),
                ]
            ),
        ]

    page = _page(size, landscape_=False)
    # A sheet that fits one page sets its type as large as the page allows; a longer one runs on at the base size.
    frame_w, frame_h = page[0] - 24 * mm - 12, page[1] - 28 * mm - 12  # _build's margins and the frame's padding
    k = fill_scale(lambda k: story(frame_w, k), frame_w, frame_h, high=1.5)
    pdf = _build(page, lambda width: story(width, k), 12, texts)
    progress(2, 2, "")
    return pdf
