"""The graded checkpoint display board (分级检查点项卡展板) at A1 or A2, landscape: the grid's leader, officers and
zone leads, the items grouped by the level that checks them and how often, and a QR code to report a problem at this
place, in the red and gold of the boards workshops hang on their walls.

Everything is drawn on one canvas in board coordinates, so the same drawing serves the whole board and its tiles.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from gridapp.inspections.kinds import FREQUENCY_ORDER, LEVEL_ORDER, CheckLevel, ItemKind
from gridapp.inspections.prints.text import MM, Typesetter, embolden
from gridapp.inspections.prints.words import LEVEL_ROUND, frequency_word, level_word, limits_text
from gridapp.inspections.rows import DocumentContent, GridTeam, ItemRow
from gridapp.progress import Progress, no_progress
from gridapp.reports.fonts import CJK, check_drawable
from gridapp.reports.pdf import GOLD, RED
from gridapp.reports.qr import draw_qr, qr_matrix
from gridapp.times import plant_today

BOARD_SIZES_MM = {"A1": (841.0, 594.0), "A2": (594.0, 420.0)}  # landscape
DARK_RED = colors.HexColor("#8E0A0E")
CREAM = colors.HexColor("#FFF8EC")
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#5A5A5A")
PALE_RED = colors.HexColor("#F4C7C3")
SLOGAN = "支部建在网格上　党员冲在第一线　问题解决在网格"


@dataclass(frozen=True, slots=True)
class BoardData:
    content: DocumentContent
    team: GridTeam
    plant: str
    qr_payload: str
    released_on: dt.date | None = None
    printed_on: dt.date = field(default_factory=plant_today)


@dataclass(slots=True)
class _Entry:
    item: ItemRow
    content: list[str]
    standard: list[str]


def groups(items: tuple[ItemRow, ...]) -> list[tuple[CheckLevel, list[tuple[str, list[ItemRow]]]]]:
    """Items by level (staff, officer, leader), and within a level by frequency; empty levels left out."""
    out = []
    for level in LEVEL_ORDER:
        mine = [i for i in items if i.level == level]
        if not mine:
            continue
        keys = sorted({(FREQUENCY_ORDER.index(i.frequency), i.interval_days or 0, i.frequency) for i in mine})
        out.append(
            (
                level,
                [
                    (
                        frequency_word(f, n or None),
                        [i for i in mine if i.frequency == f and (i.interval_days or 0) == n],
                    )
                    for _, n, f in keys
                ],
            )
        )
    return out


def _standard(item: ItemRow) -> str:
    if item.kind == ItemKind.READING:
        limits = limits_text(item.lower, item.upper, item.unit)
        return f"标准：{item.standard}（{limits}）" if item.standard else f"标准：{limits}"
    return f"标准：{item.standard}" if item.standard else ""


def board_strings(data: BoardData) -> list[str]:
    """Every string the board prints, to check against the fonts before anything is drawn."""
    team = data.team
    texts = [
        data.content.title,
        data.content.post,
        data.content.unit,
        data.plant,
        team.grid,
        SLOGAN,
        "红色网格分级检查点项卡",
        "网格责任体系",
        "扫码上报问题",
        "发现问题　一键上报",
        "另有 0 项，详见检查表",
        "版本 0.0　发布 0000-00-00　打印于 0000-00-00",
        "网格长",
        "网格员",
        "责任区负责人",
        "（暂无）",
    ]
    texts += [f"{p.role}{p.name}{p.phone}" for p in (*team.leaders, *team.officers, *team.zone_leads)]
    for level, frequencies in groups(data.content.items):
        texts += [LEVEL_ROUND[level], level_word(level)]
        for word, items in frequencies:
            texts.append(word)
            texts += [f"{i.sequence}{i.content}{_standard(i)}" for i in items]
    return texts


class _Scale:
    def __init__(self, height: float) -> None:
        self.k = height / (594 * MM)

    def __call__(self, mm: float) -> float:
        """A length given in millimetres at A1, scaled to this board."""
        return mm * MM * self.k

    def pt(self, points: float) -> float:
        """A font size given in points at A1, scaled to this board."""
        return points * self.k


def _gradient_rect(c: Canvas, x: float, y: float, w: float, h: float, across: bool = False, steps: int = 48) -> None:
    """A rectangle shaded from dark red to party red, as thin bands: PDF shadings are lost inside the form the
    tiled board is drawn into (ReportLab registers them on the page, not the form)."""
    c.saveState()
    for k in range(steps):
        t = k / (steps - 1)
        c.setFillColor(colors.linearlyInterpolatedColor(DARK_RED, RED, 0, 1, t))
        if across:
            c.rect(x + w * k / steps, y, w / steps + 0.5, h, stroke=0, fill=1)
        else:
            c.rect(x, y + h - h * (k + 1) / steps, w, h / steps + 0.5, stroke=0, fill=1)
    c.restoreState()


def draw_board(c: Canvas, data: BoardData, width: float, height: float, progress: Progress = no_progress) -> None:
    ts = Typesetter()
    s = _Scale(height)
    content = data.content
    # Paper and bands.
    c.setFillColor(CREAM)
    c.rect(0, 0, width, height, stroke=0, fill=1)
    header = s(100)
    footer = s(40)
    _gradient_rect(c, 0, height - header, width, header)
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, 0, width, footer, stroke=0, fill=1)
    c.setFillColor(GOLD)
    for y, h in ((height - header - s(4), s(4)), (height - header - s(7), s(1)), (footer, s(3)), (footer + s(5), s(1))):
        c.rect(0, y, width, h, stroke=0, fill=1)
    c.restoreState()
    _emblem(c, s(62), height - header / 2, s(36))
    c.setFillColor(GOLD)
    title = "红色网格分级检查点项卡"
    ts.draw(c, s(112), height - s(56), title, ts.fit(title, s(430), s.pt(96), s.pt(40)), bold=True)
    c.setFillColor(colors.white)
    subtitle = "　｜　".join(t for t in (data.team.grid, content.unit, f"{content.post}{content.title}") if t)
    ts.draw(c, s(114), height - s(84), subtitle, ts.fit(subtitle, s(430), s.pt(34), s.pt(14)))
    c.setFillColor(GOLD)
    ts.draw(c, width - s(24), height - s(52), "群众日查 · 网格员周查 · 网格长月查", s.pt(40), "right", bold=True)
    c.setFillColor(colors.white)
    released = f"　发布 {data.released_on:%Y-%m-%d}" if data.released_on else ""
    version = f"版本 {content.version or '草稿'}{released}　打印于 {data.printed_on:%Y-%m-%d}"
    ts.draw(c, width - s(24), height - s(82), version, s.pt(24), "right")
    c.setFillColor(GOLD)
    ts.draw(c, s(24), footer / 2 - s(4), f"{data.plant}　红色网格" if data.plant else "红色网格", s.pt(36), bold=True)
    c.setFillColor(colors.white)
    ts.draw(c, width - s(24), footer / 2 - s(4), SLOGAN, s.pt(34), "right")
    progress(1, 4, "board")

    top = height - header - s(16)
    bottom = footer + s(16)
    side_w = s(178)
    _sidebar(c, ts, s, data, s(20), bottom, side_w, top - bottom)
    progress(2, 4, "board")
    left = s(20) + side_w + s(14)
    _levels(c, ts, s, content, left, bottom, width - s(20) - left, top - bottom)
    progress(3, 4, "board")


def _emblem(c: Canvas, x: float, y: float, r: float) -> None:
    """A gold ring around a red disc with five gold stars (one large, four small), drawn, not a picture."""
    c.saveState()
    c.setFillColor(RED)
    c.setStrokeColor(GOLD)
    c.setLineWidth(r * 0.09)
    c.circle(x, y, r, stroke=1, fill=1)
    c.setFillColor(GOLD)
    _star(c, x - r * 0.22, y + r * 0.05, r * 0.42)
    for angle, dist in ((40, 0.62), (15, 0.72), (-12, 0.72), (-38, 0.62)):
        a = math.radians(angle)
        _star(c, x - r * 0.22 + math.cos(a) * r * dist, y + r * 0.05 + math.sin(a) * r * dist, r * 0.13)
    c.restoreState()


def _star(c: Canvas, x: float, y: float, r: float) -> None:
    path = c.beginPath()
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.382
        a = math.radians(90 + k * 36)
        px, py = x + radius * math.cos(a), y + radius * math.sin(a)
        path.moveTo(px, py) if k == 0 else path.lineTo(px, py)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def _panel(
    c: Canvas, ts: Typesetter, s: _Scale, x: float, y: float, w: float, h: float, title: str, right: str = ""
) -> float:
    """A white panel with a red title bar; returns the top of its body."""
    bar = s(18)
    c.saveState()
    c.setFillColor(colors.white)
    c.setStrokeColor(RED)
    c.setLineWidth(s(0.8))
    c.rect(x, y, w, h, stroke=1, fill=1)
    c.setFillColor(RED)
    c.rect(x, y + h - bar, w, bar, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(x, y + h - bar - s(1.2), w, s(1.2), stroke=0, fill=1)
    ts.draw(c, x + s(6), y + h - bar + s(5), title, s.pt(30), bold=True)
    if right:
        c.setFillColor(colors.white)
        ts.draw(c, x + w - s(6), y + h - bar + s(5.5), right, s.pt(18), "right")
    c.restoreState()
    return y + h - bar - s(4)


def _sidebar(c: Canvas, ts: Typesetter, s: _Scale, data: BoardData, x: float, y: float, w: float, h: float) -> None:
    qr_h = s(168)
    gap = s(12)
    team = data.team
    # Who answers for this place, top to bottom as the grid is built: leader, officers, zone leads.
    sections: list[tuple[str, list[tuple[str, str, bool]]]] = [
        ("网格长", [("", f"{p.name}　{p.phone}".strip(), False) for p in team.leaders]),
        (
            f"网格员（{len(team.officers)}）" if team.officers else "网格员",
            [(p.role, p.name, False) for p in team.officers],
        ),
        (
            "责任区负责人",
            [
                (
                    p.role,
                    p.name,
                    team.zone_lead_here is not None
                    and p.id == team.zone_lead_here.id
                    and p.role == team.zone_lead_here.role,
                )
                for p in team.zone_leads
            ],
        ),
    ]
    body_top = _panel(c, ts, s, x, y + qr_h + gap, w, h - qr_h - gap, "网格责任体系")
    avail = body_top - (y + qr_h + gap) - s(4)

    def height_at(size: float) -> float:
        total = 0.0
        for _, people in sections:
            total += size * 1.9
            for role, name, _ in people or [("", "（暂无）", False)]:
                total += size * 1.45 * len(ts.wrap(f"{role}　{name}" if role else name, w - s(16), size))
            total += size * 0.5
        return total

    size = _largest(height_at, avail, s.pt(40), s.pt(9))
    cursor = body_top - size * 1.2
    for label, people in sections:
        c.setFillColor(RED)
        ts.draw(c, x + s(6), cursor, label, size * 1.05, bold=True)
        c.setStrokeColor(PALE_RED)
        c.setLineWidth(s(0.4))
        c.line(x + s(6), cursor - size * 0.45, x + w - s(6), cursor - size * 0.45)
        cursor -= size * 1.9
        for role, name, here in people or [("", "（暂无）", False)]:
            c.setFillColor(RED if here else INK)
            lines = ts.wrap(f"{role}　{name}" if role else name, w - s(16), size)
            cursor = ts.draw_lines(c, x + s(10), cursor + size * 0.45, lines, size, size * 1.45) - size * 0.45
        cursor -= size * 0.5
    # The QR panel: report a problem at this place.
    body = _panel(c, ts, s, x, y, w, qr_h, "扫码上报问题")
    side = min(w - s(40), body - y - s(36))
    draw_qr(c, qr_matrix(data.qr_payload), x + (w - side) / 2, body - side - s(2), side)
    c.setFillColor(RED)
    ts.draw(c, x + w / 2, y + s(19), "发现问题　一键上报", s.pt(28), "center", bold=True)
    c.setFillColor(GREY)
    place = f"{data.content.unit}　{data.content.post}"
    if data.qr_payload.startswith("RG:"):  # the code to type into the scan box when no scanner is at hand
        place += f"　{data.qr_payload}"
    ts.draw(c, x + w / 2, y + s(7), place, ts.fit(place, w - s(12), s.pt(20), s.pt(8)), "center")


def _largest(height_at: Callable[[float], float], avail: float, high: float, low: float, steps: int = 12) -> float:
    """The largest size in [low, high] whose layout fits ``avail`` (bisection; ``low`` when none fits)."""
    if height_at(high) <= avail:
        return high
    for _ in range(steps):
        mid = (high + low) / 2
        if height_at(mid) <= avail:
            low = mid
        else:
            high = mid
    return low


def _levels(
    c: Canvas, ts: Typesetter, s: _Scale, content: DocumentContent, x: float, y: float, w: float, h: float
) -> None:
    levels = groups(content.items)
    if not levels:
        c.setFillColor(GREY)
        ts.draw(c, x + w / 2, y + h / 2, "（本卡尚无检查项）", s.pt(40), "center")
        return
    gap = s(12)
    inner_gap = s(8)
    head = s(26) + s(7) + s(6)  # ribbon and padding above and below the items
    avail = h - head
    # One text size for the whole board. The area is cut into equal lanes; each level gets lanes in proportion to
    # how much it holds, and sets its items in that many sub-columns. Try a few lane counts, keep the largest text.
    areas = [sum(len(i.content) + 0.6 * len(i.standard) + 8 for _, items in fs for i in items) for _, fs in levels]
    best: tuple[float, float, list[int]] = (float("-inf"), 0.0, [1] * len(levels))
    for lanes in range(len(levels), len(levels) + 4):
        lane_w = (w - gap * (lanes - 1)) / lanes
        if lane_w < s(80):
            break
        alloc = _apportion(areas, lanes)
        widths = [k * lane_w + (k - 1) * gap - s(14) for k in alloc]

        def fits(size: float, alloc: list[int] = alloc, widths: list[float] = widths) -> float:
            ok = all(
                _flow(ts, fs, size, k, width, avail, inner_gap)[1] == 0
                for (_, fs), k, width in zip(levels, alloc, widths, strict=True)
            )
            return 0 if ok else avail + 1

        size = _largest(fits, avail, s.pt(30), s.pt(7), steps=8)
        # Prefer showing every item, then larger text; when nothing fits, the plan that shows the most.
        left_out = (
            sum(
                _flow(ts, fs, size, k, width, avail, inner_gap)[1]
                for (_, fs), k, width in zip(levels, alloc, widths, strict=True)
            )
            if fits(size)
            else 0
        )
        if -left_out > best[0] or (-left_out == best[0] and size > best[1] * 1.03):
            best = (-left_out, size, alloc)
    _, size, alloc = best
    lane_w = (w - gap * (sum(alloc) - 1)) / sum(alloc)
    cx = x
    for (level, frequencies), k in zip(levels, alloc, strict=True):
        col_w = k * lane_w + (k - 1) * gap
        _level_column(c, ts, s, level, frequencies, cx, y, col_w, h, size, k)
        cx += col_w + gap


def _apportion(areas: list[float], lanes: int) -> list[int]:
    """``lanes`` shared out in proportion to ``areas``, at least one each (largest remainders)."""
    total = sum(areas) or 1.0
    spare = lanes - len(areas)
    shares = [a / total * spare for a in areas]
    alloc = [1 + int(v) for v in shares]
    order = sorted(range(len(areas)), key=lambda i: shares[i] - int(shares[i]), reverse=True)
    for i in order[: lanes - sum(alloc)]:
        alloc[i] += 1
    return alloc


@dataclass(slots=True)
class _Block:
    """One thing a level's panel stacks: a frequency heading or an item; ``height`` at the size it was set in."""

    word: str
    entry: _Entry | None
    height: float


def _flow(
    ts: Typesetter,
    frequencies: list[tuple[str, list[ItemRow]]],
    size: float,
    columns: int,
    width: float,
    height: float,
    gap: float,
) -> tuple[list[list[_Block]], int]:
    """Items set at ``size`` and poured into ``columns`` columns of ``height``; returns the columns and how many
    items did not fit."""
    sub = (width - gap * (columns - 1)) / columns
    disc = size * 1.5
    multi = len(frequencies) > 1
    blocks: list[_Block] = []
    for word, items in frequencies:
        if multi:
            blocks.append(_Block(word, None, size * 2.0))
        for item in items:
            lines = ts.wrap(item.content, sub - disc, size)
            std = _standard(item)
            std_lines = ts.wrap(std, sub - disc, size * 0.82) if std else []
            need = len(lines) * size * 1.3 + len(std_lines) * size * 1.08 + size * 0.55
            blocks.append(_Block(word, _Entry(item, lines, std_lines), need))
    out: list[list[_Block]] = [[]]
    used = 0.0
    for n, block in enumerate(blocks):
        # A frequency heading stays with the first item under it.
        need = block.height + (blocks[n + 1].height if block.entry is None and n + 1 < len(blocks) else 0)
        if used + need > height and out[-1]:
            if len(out) == columns:
                return out, sum(1 for b in blocks[n:] if b.entry is not None)
            out.append([])
            used = 0.0
        out[-1].append(block)
        used += block.height
    return out, 0


def _level_column(
    c: Canvas,
    ts: Typesetter,
    s: _Scale,
    level: CheckLevel,
    frequencies: list[tuple[str, list[ItemRow]]],
    x: float,
    y: float,
    w: float,
    h: float,
    size: float,
    columns: int,
) -> None:
    bar = s(26)
    c.saveState()
    c.setFillColor(colors.white)
    c.setStrokeColor(RED)
    c.setLineWidth(s(0.8))
    c.rect(x, y, w, h, stroke=1, fill=1)
    c.restoreState()
    # Heading ribbon: the seeds' name of the round, who does it and how often.
    _gradient_rect(c, x, y + h - bar, w, bar, across=True)
    c.setFillColor(GOLD)
    c.rect(x, y + h - bar - s(1.5), w, s(1.5), stroke=0, fill=1)
    title = LEVEL_ROUND[level]
    title_size = ts.fit(title, w * 0.55, s.pt(40), s.pt(16))
    ts.draw(c, x + s(7), y + h - bar + s(8), title, title_size, bold=True)
    c.setFillColor(colors.white)
    count = sum(len(items) for _, items in frequencies)
    who = f"{level_word(level)} · {'、'.join(word for word, _ in frequencies)} · {count} 项"
    room = w - s(21) - ts.width(title, title_size)
    ts.draw(c, x + w - s(7), y + h - bar + s(9), who, ts.fit(who, room, s.pt(22), s.pt(6)), "right")

    top = y + h - bar - s(7)
    avail = top - y - s(6)
    inner = w - s(14)
    gap = s(8)
    laid, left_out = _flow(ts, frequencies, size, columns, inner, avail, gap)
    if left_out:  # even the smallest text does not hold them all: keep a line to say so
        laid, left_out = _flow(ts, frequencies, size, columns, inner, avail - size * 1.6, gap)
    sub = (inner - gap * (columns - 1)) / columns
    disc = size * 1.5
    for index, blocks in enumerate(laid):
        bx = x + s(7) + index * (sub + gap)
        cursor = top
        for block in blocks:
            if block.entry is None:
                c.setFillColor(PALE_RED)
                c.roundRect(
                    bx,
                    cursor - size * 1.55,
                    ts.width(block.word, size) + size * 1.4,
                    size * 1.5,
                    size * 0.4,
                    stroke=0,
                    fill=1,
                )
                c.setFillColor(RED)
                ts.draw(c, bx + size * 0.7, cursor - size * 1.15, block.word, size, bold=True)
            else:
                _item(c, ts, block.entry, bx, cursor, size, disc)
            cursor -= block.height
    if left_out:
        c.setFillColor(RED)
        ts.draw(c, x + s(7), y + s(6), f"另有 {left_out} 项，详见检查表", size)


def _item(c: Canvas, ts: Typesetter, entry: _Entry, x: float, top: float, size: float, disc: float) -> None:
    """A numbered item: a red disc with its sequence, the content in faux bold, the standard below in grey."""
    c.setFillColor(RED)
    c.circle(x + disc * 0.42, top - size * 0.62, disc * 0.42, stroke=0, fill=1)
    c.setFillColor(colors.white)
    number = str(entry.item.sequence)
    ts.draw(
        c, x + disc * 0.42, top - size * 0.95, number, ts.fit(number, disc * 0.74, size * 0.8, size * 0.4), "center"
    )
    c.setFillColor(INK)
    tx = c.beginText()
    embolden(c, tx, size * 0.6)
    baseline = top - size
    for line in entry.content:
        ts.put(tx, x + disc, baseline, line, size)
        baseline -= size * 1.3
    tx.setTextRenderMode(0)
    c.drawText(tx)
    c.setFillColor(GREY)
    baseline += size * 1.3 - size * 1.12
    ts.draw_lines(c, x + disc, baseline, entry.standard, size * 0.82, size * 1.08)


def build_board(data: BoardData, size: str = "A1", progress: Progress = no_progress) -> bytes:
    """The whole board on one sheet of ``size`` (A1 or A2, landscape)."""
    check_drawable(*board_strings(data))
    w_mm, h_mm = BOARD_SIZES_MM[size]
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(w_mm * MM, h_mm * MM), initialFontName=CJK)
    c.setTitle(f"{data.content.post}{data.content.title} 展板 {size}")
    c.setAuthor("红色网格工作站")
    draw_board(c, data, w_mm * MM, h_mm * MM, progress)
    c.showPage()
    c.save()
    progress(4, 4, "")
    return buffer.getvalue()
