"""The blank checklist (巡回检查表) on A4, portrait or landscape: a header to fill in by hand, a table whose heading
repeats on every page, signature lines, and "第 x 页 共 y 页".

Rows are measured and wrapped once and drawn straight onto the canvas (see prints/text.py): the 498-item card is
laid out in a fraction of the time a Platypus Table needs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape

from gridapp.inspections.kinds import ItemKind
from gridapp.inspections.prints.options import ChecklistOptions
from gridapp.inspections.prints.text import MM, Typesetter
from gridapp.inspections.prints.words import frequency_word, level_short, level_word, limits_text, version_text
from gridapp.inspections.rows import DocumentContent, ItemRow
from gridapp.progress import Progress, no_progress
from gridapp.reports.fonts import CJK, check_drawable
from gridapp.reports.pdf import RED, numbered_canvas
from gridapp.times import plant_today

MARGIN = 10 * MM
FOOT = 11 * MM  # room for the page number and footer line
SIZE = 7.6  # table text
LEADING = 9.2
PAD = 2.3
HEAD_FILL = colors.HexColor("#FBE9E7")
GRID = colors.HexColor("#555555")


@dataclass(frozen=True, slots=True)
class _Column:
    key: str
    title: str
    width: float  # points
    align: str = "left"


def _columns(page_width: float, wide: bool) -> list[_Column]:
    if wide:
        fixed = [
            ("seq", "序号", 10, "center"),
            ("equipment", "设备类别", 22, "left"),
            ("activity", "作业活动单元", 24, "left"),
            ("content", "检查内容", 0, "left"),
            ("standard", "检查标准", 0, "left"),
            ("method", "检查方法", 22, "left"),
            ("level", "检查级别", 14, "center"),
            ("frequency", "频次", 12, "center"),
            ("result", "检查结果", 28, "left"),
            ("note", "备注", 24, "left"),
        ]
        flex = {"content": 0.55, "standard": 0.45}
    else:
        fixed = [
            ("seq", "序号", 8, "center"),
            ("place", "设备 / 活动单元", 22, "left"),
            ("content", "检查内容", 0, "left"),
            ("standard", "检查标准", 0, "left"),
            ("level", "级别", 11, "center"),
            ("frequency", "频次", 10, "center"),
            ("result", "检查结果", 24, "left"),
            ("note", "备注", 15, "left"),
        ]
        flex = {"content": 0.55, "standard": 0.45}
    rest = page_width - 2 * MARGIN - sum(w for _, _, w, _ in fixed) * MM
    return [_Column(k, t, (w * MM) if w else rest * flex[k], a) for k, t, w, a in fixed]


@dataclass(slots=True)
class _Row:
    item: ItemRow
    cells: dict[str, list[str]]
    height: float


def _cell_texts(item: ItemRow, wide: bool) -> dict[str, str]:
    texts = {
        "seq": str(item.sequence),
        "content": item.content,
        "standard": item.standard,
        "note": "",
    }
    if item.kind == ItemKind.READING:
        limits = limits_text(item.lower, item.upper, item.unit)
        texts["result"] = (f"范围 {limits}\n" if limits else "") + "实测："
    else:
        texts["result"] = ""
    texts["level"] = level_short(item.level)
    texts["frequency"] = frequency_word(item.frequency, item.interval_days)
    if wide:
        texts.update(equipment=item.equipment, activity=item.activity, method=item.method)
    else:
        texts["place"] = "\n".join(t for t in (item.equipment, item.activity) if t)
    return texts


def build_checklist(content: DocumentContent, options: ChecklistOptions, progress: Progress = no_progress) -> bytes:
    ts = Typesetter()
    page = landscape(A4) if options.landscape else A4
    width, height = page
    columns = _columns(width, options.landscape)
    items = [
        i
        for i in content.items
        if (options.level is None or i.level == options.level)
        and (options.frequency is None or i.frequency == options.frequency)
    ]
    drawn: list[str] = []

    # Measure every row once.
    rows: list[_Row] = []
    for n, item in enumerate(items):
        if n % 100 == 0:
            progress(n, len(items) * 2, "layout")
        texts = _cell_texts(item, options.landscape)
        drawn.extend(texts.values())
        cells = {c.key: ts.wrap(texts[c.key], c.width - 2 * PAD, SIZE) for c in columns}
        lines = max(len(v) for v in cells.values())
        if item.kind == ItemKind.READING:
            lines = max(lines, 2)
        rows.append(_Row(item, cells, lines * LEADING + 2 * PAD))

    title = f"{content.post}{content.title}"
    version = version_text(content.version, content.draft)
    filters = "　".join(
        t
        for t in (
            f"检查级别：{level_word(options.level)}" if options.level else "检查级别：全部",
            f"频次：{frequency_word(options.frequency, None)}" if options.frequency else "频次：全部",
        )
    )
    date_text = f"日期：{options.date:%Y年%m月%d日}" if options.date else "日期：______年____月____日"
    printed = f"打印于 {(options.printed_on or plant_today()):%Y-%m-%d}"
    legend = "结果栏填写：√ 合格　× 不合格　— 不适用；读数项填写实测值。不合格项请在备注栏写明情况，及时一键上报。"
    signatures = "检查人签字：____________　　网格员复核签字：____________　　网格长审阅签字：____________"
    footer_left = f"{content.unit}　{content.post}　{content.title}"
    drawn.extend(
        [
            title,
            version,
            filters,
            date_text,
            printed,
            legend,
            signatures,
            footer_left,
            f"单位：{content.unit}",
            f"岗位：{content.post}",
            "班次：________",
            "检查人：____________",
            "（续）",
            "红色网格工作站",
            "本表共 0 项",
        ]
        + [c.title for c in columns]
    )
    check_drawable(*drawn)

    buffer = io.BytesIO()
    canvas = numbered_canvas()(buffer, pagesize=page, initialFontName=CJK, initialFontSize=SIZE)
    canvas.setTitle(f"{title} {version}")
    canvas.setAuthor("红色网格工作站")
    left = MARGIN
    top = height - MARGIN
    bottom = MARGIN + FOOT
    table_width = sum(c.width for c in columns)

    def page_frame(first: bool) -> float:
        """Draw the page's header and the table heading; returns where the first row starts."""
        canvas.setFillColor(colors.black)
        y = top
        if first:
            canvas.setFillColor(RED)
            ts.draw(canvas, width / 2, y - 16, title, 17, "center")
            canvas.setFillColor(colors.black)
            ts.draw(canvas, width - MARGIN, y - 14, version, 9, "right")
            y -= 30
            ts.draw(canvas, left, y, f"单位：{content.unit}", 9.5)
            ts.draw(canvas, left + table_width * 0.32, y, f"岗位：{content.post}", 9.5)
            ts.draw(canvas, left + table_width * 0.58, y, filters, 9.5)
            y -= 17
            ts.draw(canvas, left, y, date_text, 9.5)
            ts.draw(canvas, left + table_width * 0.32, y, "班次：________", 9.5)
            ts.draw(canvas, left + table_width * 0.58, y, "检查人：____________", 9.5)
            y -= 13
            canvas.setFillColor(colors.HexColor("#444444"))
            ts.draw(canvas, left, y, legend, 7.5)
            y -= 8
        else:
            ts.draw(canvas, left, y - 9, f"{title}（续）", 9)
            ts.draw(canvas, width - MARGIN, y - 9, f"{version}　{date_text}", 8, "right")
            y -= 15
        # Table heading, repeated on every page.
        head = 18.0
        canvas.setFillColor(HEAD_FILL)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.6)
        canvas.rect(left, y - head, table_width, head, stroke=1, fill=1)
        canvas.setFillColor(colors.black)
        tx = canvas.beginText()
        x = left
        for column in columns:
            w = ts.width(column.title, 8.5)
            ts.put(tx, x + (column.width - w) / 2, y - head + 6, column.title, 8.5)
            x += column.width
        canvas.drawText(tx)
        x = left
        for column in columns[:-1]:
            x += column.width
            canvas.line(x, y, x, y - head)
        return y - head

    def page_foot() -> None:
        canvas.setFillColor(colors.HexColor("#666666"))
        ts.draw(canvas, left, 6 * MM, footer_left, 7)
        ts.draw(canvas, width - MARGIN, 6 * MM, f"红色网格工作站　{printed}", 7, "right")

    y = page_frame(True)
    page_top = y
    previous: ItemRow | None = None
    tx = canvas.beginText()
    rules: list[tuple[float, float, float, float]] = []

    def close_page(y_end: float) -> None:
        canvas.drawText(tx)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.lines(rules)
        canvas.setLineWidth(0.6)
        x = left
        edges = [(left, page_top, left, y_end)]
        for column in columns:
            x += column.width
            edges.append((x, page_top, x, y_end))
        edges.append((left, y_end, left + table_width, y_end))
        canvas.lines(edges)
        page_foot()

    for n, row in enumerate(rows):
        if n % 100 == 0:
            progress(len(rows) + n, len(rows) * 2, "draw")
        if y - row.height < bottom:
            close_page(y)
            canvas.showPage()
            y = page_frame(False)
            page_top = y
            previous = None
            tx = canvas.beginText()
            rules = []
        # Repeated equipment / activity names are left out below the first row of a run, like merged cells.
        same_place = previous is not None and (previous.equipment, previous.activity) == (
            row.item.equipment,
            row.item.activity,
        )
        same_equipment = previous is not None and previous.equipment == row.item.equipment
        x = left
        for column in columns:
            suppressed = (
                (column.key in ("equipment", "place") and same_place)
                or (column.key == "equipment" and same_equipment)
                or (column.key == "activity" and same_place)
            )
            if previous is not None and not suppressed:
                rules.append((x, y, x + column.width, y))
            if not suppressed:
                lines = row.cells[column.key]
                baseline = y - PAD - SIZE
                for line in lines:
                    lx = x + (column.width - ts.width(line, SIZE)) / 2 if column.align == "center" else x + PAD
                    ts.put(tx, lx, baseline, line, SIZE)
                    baseline -= LEADING
            x += column.width
        if row.item.kind == ItemKind.READING:
            result = next(c for c in columns if c.key == "result")
            rx = left + sum(c.width for c in columns[: columns.index(result)])
            line_y = y - row.height + PAD + 1
            rules.append((rx + PAD + ts.width("实测：", SIZE), line_y, rx + result.width - PAD, line_y))
        previous = row.item
        y -= row.height

    # Count and signatures after the last row, on a new page if they do not fit.
    if y - 40 < bottom:
        close_page(y)
        canvas.showPage()
        y = page_frame(False)
        page_top = y
        tx = canvas.beginText()
        rules = []
    close_page(y)
    canvas.setFillColor(colors.black)
    ts.draw(canvas, left, y - 14, f"本表共 {len(rows)} 项", 8.5)
    ts.draw(canvas, left, y - 34, signatures, 9.5)
    canvas.showPage()
    canvas.save()
    progress(1, 1, "")
    return buffer.getvalue()
