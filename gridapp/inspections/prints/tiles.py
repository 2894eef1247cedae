"""The display board tiled onto A3 or A4 sheets for printers that cannot print large: each sheet shows its part of
the board with an overlap strip, crosshair marks in the overlap to line neighbours up, trim marks at the edges, and
a label saying where the sheet goes.

No sheet carries only a strip: an A1 board on A4 at its exact size needs a third row of sheets for its last 60 mm.
Where a grid of whole sheets comes within 10 % of the board's size in both directions, the board is laid out at that
grid's size instead (draw_board sets any size), and every sheet is printed full: A1 on A4 takes 9 sheets, not 15.

The board is drawn once into a PDF form (XObject); every sheet shows that form through a clipping window, so 15
sheets cost little more than one board.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.pdfgen.canvas import Canvas

from gridapp.inspections.prints.board import BOARD_SIZES_MM, BoardData, board_strings, draw_board
from gridapp.inspections.prints.text import MM, Typesetter
from gridapp.progress import Progress, no_progress
from gridapp.reports.fonts import CJK, check_drawable

SHEETS = {"A3": A3, "A4": A4}  # portrait (width, height)
MARGIN = 10 * MM  # unprintable edge of office printers, and room for the labels


@dataclass(frozen=True, slots=True)
class TilePlan:
    sheet: tuple[float, float]  # the sheet as printed (points), in the orientation chosen
    rows: int
    columns: int
    step_x: float  # board distance between neighbouring tiles
    step_y: float
    window: tuple[float, float]  # the part of the board one sheet shows
    board: tuple[float, float]  # the board as laid out and assembled (points): within 10 % of the size asked for

    @property
    def sheets(self) -> int:
        return self.rows * self.columns


FIT = 0.10  # how far the assembled board may differ from the size asked for, in each direction
FULL = 0.5  # the least part of a window the last row or column must show for the board to keep its exact size


def plan_tiles(board: tuple[float, float], sheet: str, overlap: float) -> TilePlan:
    """The fewest sheets (points throughout) for which no sheet carries only a strip of the board. In each direction
    the board keeps its exact length when its last row (column) of sheets is at least half used, or takes the length
    of a whole number of sheets within FIT of it."""
    portrait = SHEETS[sheet]
    plans: list[TilePlan] = []
    for page in (portrait, (portrait[1], portrait[0])):
        window = (page[0] - 2 * MARGIN, page[1] - 2 * MARGIN)
        step = (window[0] - overlap, window[1] - overlap)
        across, down = (_lengths(board[i], window[i], step[i], overlap) for i in (0, 1))
        for columns, width in across:
            for rows, height in down:
                plans.append(TilePlan(page, rows, columns, step[0], step[1], window, (width, height)))
    if not plans:  # nothing fits that rule: the exact size on the fewest sheets
        return min((_exact(board, overlap, p) for p in (portrait, portrait[::-1])), key=lambda t: t.sheets)
    return min(plans, key=lambda t: (t.sheets, abs(t.board[0] * t.board[1] / (board[0] * board[1]) - 1)))


def _lengths(length: float, window: float, step: float, overlap: float) -> list[tuple[int, float]]:
    """(sheets, assembled length) in one direction that leave no sheet with only a strip."""
    count = max(1, math.ceil((length - overlap) / step))
    options = []
    if count == 1 or length - (count - 1) * step >= FULL * window:
        options.append((count, length))
    for n in {count - 1, count}:
        whole = n * step + overlap
        if n >= 1 and abs(whole / length - 1) <= FIT:
            options.append((n, whole))
    return options


def _exact(board: tuple[float, float], overlap: float, page: tuple[float, float]) -> TilePlan:
    window = (page[0] - 2 * MARGIN, page[1] - 2 * MARGIN)
    step = (window[0] - overlap, window[1] - overlap)
    columns = max(1, math.ceil((board[0] - overlap) / step[0]))
    rows = max(1, math.ceil((board[1] - overlap) / step[1]))
    return TilePlan(page, rows, columns, step[0], step[1], window, board)


def build_tiles(
    data: BoardData, board: str = "A1", sheet: str = "A4", overlap_mm: float = 10.0, progress: Progress = no_progress
) -> bytes:
    check_drawable(
        *board_strings(data),
        "拼贴第 0 行第 0 列（共 0 行 × 0 列，0 张，拼成 0 × 0 mm）↑←",
        "重叠 0 mm：沿裁切标记裁去本张左侧和上侧白边，叠到相邻一张上，边缘对齐虚线和十字标记后粘贴",
    )
    ts = Typesetter()
    size = (BOARD_SIZES_MM[board][0] * MM, BOARD_SIZES_MM[board][1] * MM)
    overlap = overlap_mm * MM
    plan = plan_tiles(size, sheet, overlap)
    size = plan.board
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=plan.sheet, initialFontName=CJK)
    c.setTitle(f"{data.content.post}{data.content.title} 展板 {board} 拼贴 {sheet}")
    c.setAuthor("红色网格工作站")
    c.beginForm("board", 0, 0, size[0], size[1])
    draw_board(c, data, size[0], size[1])
    c.endForm()
    total = plan.sheets
    for r in range(plan.rows):
        for col in range(plan.columns):
            progress(r * plan.columns + col, total, "tiles")
            _tile(c, ts, plan, size, overlap_mm, r, col)
            c.showPage()
    c.save()
    progress(total, total, "")
    return buffer.getvalue()


def _tile(
    c: Canvas, ts: Typesetter, plan: TilePlan, board: tuple[float, float], overlap_mm: float, r: int, col: int
) -> None:
    page_w, page_h = plan.sheet
    win_w, win_h = plan.window
    # Board coordinates of this window: row 0 is the top of the board.
    bx = col * plan.step_x
    by_top = board[1] - r * plan.step_y
    shown_w = min(win_w, board[0] - bx)
    shown_h = min(win_h, by_top)
    c.saveState()
    path = c.beginPath()
    path.rect(MARGIN, page_h - MARGIN - shown_h, shown_w, shown_h)
    c.clipPath(path, stroke=0, fill=0)
    c.translate(MARGIN - bx, page_h - MARGIN - by_top)
    c.doForm("board")
    c.restoreState()

    left, top = MARGIN, page_h - MARGIN
    right, bottom = MARGIN + shown_w, page_h - MARGIN - shown_h
    c.saveState()
    # Trim marks in the margin at every edge of the window.
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.3)
    mark = 6 * MM
    for x in (left, right):
        c.line(x, top + 1.5 * MM, x, top + 1.5 * MM + mark)
        c.line(x, bottom - 1.5 * MM, x, bottom - 1.5 * MM - mark)
    for y in (top, bottom):
        c.line(left - 1.5 * MM, y, left - 1.5 * MM - mark, y)
        c.line(right + 1.5 * MM, y, right + 1.5 * MM + mark, y)
    # Seams: the right and lower neighbours are trimmed at their left / top edge and laid onto this sheet with
    # that edge on the dashed line. Crosshairs sit on the seam at the same board points on both sheets, so the
    # trimmed edge cuts them in half and the halves meet when the sheets are aligned.
    c.setDash(3, 2)
    c.setStrokeColor(colors.HexColor("#555555"))
    c.setLineWidth(0.5)
    if col + 1 < plan.columns:
        c.line(left + plan.step_x, bottom, left + plan.step_x, top)
    if r + 1 < plan.rows:
        c.line(left, top - plan.step_y, right, top - plan.step_y)
    c.setDash()
    for x, y in _crosshair_points(plan, board, r, col):
        _crosshair(c, MARGIN - bx + x, page_h - MARGIN - by_top + y, 2.6 * MM)
    c.restoreState()
    # Where this sheet goes.
    c.setFillColor(colors.black)
    label = (
        f"拼贴第 {r + 1} 行第 {col + 1} 列（共 {plan.rows} 行 × {plan.columns} 列，{plan.sheets} 张，"
        f"拼成 {board[0] / MM:.0f} × {board[1] / MM:.0f} mm）"
    )
    ts.draw(c, MARGIN, 4 * MM, label, 7)
    if r or col:
        hint = f"重叠 {overlap_mm:g} mm：沿裁切标记裁去本张左侧和上侧白边，叠到相邻一张上，边缘对齐虚线和十字标记后粘贴"
        ts.draw(c, page_w - MARGIN, 4 * MM, hint, 6, "right")
    if col > 0:
        ts.draw(c, 2 * MM, page_h / 2, "←", 9)
    if r > 0:
        ts.draw(c, page_w / 2, page_h - 4.5 * MM, "↑", 9, "center")


def _crosshair_points(plan: TilePlan, board: tuple[float, float], r: int, col: int) -> list[tuple[float, float]]:
    """Board points (origin bottom-left) on the seams this tile shares with its four neighbours."""
    points = []
    y_top = board[1] - r * plan.step_y
    for c_edge in (col, col + 1):  # vertical seams: the left edge of tile c_edge's window
        if 0 < c_edge < plan.columns:
            for frac in (0.25, 0.75):
                points.append((c_edge * plan.step_x, y_top - min(plan.window[1], y_top) * frac))
    for r_edge in (r, r + 1):  # horizontal seams: the top edge of row r_edge's window
        if 0 < r_edge < plan.rows:
            for frac in (0.25, 0.75):
                points.append(
                    (
                        col * plan.step_x + min(plan.window[0], board[0] - col * plan.step_x) * frac,
                        board[1] - r_edge * plan.step_y,
                    )
                )
    return points


def _crosshair(c: Canvas, x: float, y: float, r: float) -> None:
    c.setStrokeColor(colors.white)
    c.setLineWidth(1.4)
    c.circle(x, y, r * 0.6, stroke=1, fill=0)
    c.line(x - r, y, x + r, y)
    c.line(x, y - r, x, y + r)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.4)
    c.circle(x, y, r * 0.6, stroke=1, fill=0)
    c.line(x - r, y, x + r, y)
    c.line(x, y - r, x, y + r)
