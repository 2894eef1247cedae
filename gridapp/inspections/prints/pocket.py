"""Pocket cards (口袋卡): credit-card size (85.6 × 54 mm), front and back, ten up on A4 with cut marks.

The back sheet places each card's back behind its front for long-edge duplex printing (columns swap). The text is
set as large as fits; what does not fit on a front continues on the back above the contacts, and a card that still
overflows continues on a second card.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from gridapp.inspections.prints.text import MM, Typesetter
from gridapp.progress import Progress, no_progress
from gridapp.reports.fonts import CJK, check_drawable
from gridapp.reports.pdf import GOLD, RED
from gridapp.reports.qr import draw_qr, qr_matrix

CARD_W = 85.6 * MM
CARD_H = 53.98 * MM
COLUMNS, ROWS = 2, 5
BAND = 9.5 * MM
PAD = 2.6 * MM
INK = colors.HexColor("#202020")
GREY = colors.HexColor("#666666")
MAX_SIZE, MIN_SIZE = 7.5, 5.2
MOTTO = ("人在网中走　事在格中办", "难在格中解　情在格中结")  # seed 000's words for a grid officer's day


@dataclass(frozen=True, slots=True)
class PocketData:
    title: str  # e.g. 风险提示卡
    post: str
    unit: str
    footer: str  # plant, unit and version, printed small at the foot of the front
    points: tuple[str, ...]  # one numbered point each
    contacts: tuple[tuple[str, str, str], ...]  # (role, name, phone)
    qr_payload: str


@dataclass(frozen=True, slots=True)
class _Card:
    front: list[list[str]]  # points, each wrapped into lines
    back: list[list[str]]
    numbers_from: int
    size: float
    part: int
    parts: int


def _plan(ts: Typesetter, data: PocketData) -> list[_Card]:
    front_h = CARD_H - BAND - 2 * PAD - 4 * MM  # the footer line
    back_h = CARD_H - BAND - 2 * PAD - 24 * MM  # above the QR code and contacts
    text_w = CARD_W - 2 * PAD - 3.2 * MM  # room for the number

    def pour(size: float) -> list[tuple[list[list[str]], list[list[str]], int]]:
        leading = size * 1.28
        cards = []
        queue = [(n, ts.wrap(p, text_w, size)) for n, p in enumerate(data.points)]
        while queue:
            first = queue[0][0]
            faces: list[list[list[str]]] = [[], []]
            for face, height in ((0, front_h), (1, back_h)):
                used = 0.0
                while queue and used + len(queue[0][1]) * leading <= height:
                    used += len(queue[0][1]) * leading + size * 0.35
                    faces[face].append(queue.pop(0)[1])
                if not faces[face] and face == 0 and queue:
                    faces[face].append(queue.pop(0)[1][: int(height // leading)])  # a point longer than a card
            cards.append((faces[0], faces[1], first))
        return cards or [([], [], 0)]

    size = MAX_SIZE
    while size > MIN_SIZE and len(pour(size)) > 1:
        size = round(size - 0.25, 2)
    planned = pour(size)
    return [_Card(f, b, n, size, i + 1, len(planned)) for i, (f, b, n) in enumerate(planned)]


def build_pocket_cards(data: PocketData, copies: int = 10, progress: Progress = no_progress) -> bytes:
    """``copies`` of the card (of each part, when it needs more than one), ten to a sheet, fronts then backs."""
    check_drawable(
        data.title,
        data.post,
        data.unit,
        data.footer,
        *data.points,
        *(f"{r}{n}{p}" for r, n, p in data.contacts),
        "遇到问题　一键上报",
        "扫码上报",
        "（续）0/0",
        *MOTTO,
    )
    ts = Typesetter()
    cards = _plan(ts, data)
    slots = [card for card in cards for _ in range(max(1, copies))]
    page_w, page_h = A4
    x0 = (page_w - COLUMNS * CARD_W) / 2
    y0 = (page_h - ROWS * CARD_H) / 2
    qr = qr_matrix(data.qr_payload)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, initialFontName=CJK)
    c.setTitle(f"{data.post}{data.title} 口袋卡")
    c.setAuthor("红色网格工作站")
    per_sheet = COLUMNS * ROWS
    sheets = [slots[i : i + per_sheet] for i in range(0, len(slots), per_sheet)]
    for number, sheet in enumerate(sheets):
        progress(number, len(sheets), "cards")
        for back in (False, True):
            for index, card in enumerate(sheet):
                row, col = divmod(index, COLUMNS)
                if back:
                    col = COLUMNS - 1 - col  # behind its front after a long-edge flip
                x = x0 + col * CARD_W
                y = page_h - y0 - (row + 1) * CARD_H
                (_back if back else _front)(c, ts, data, card, x, y, qr)
            _cut_marks(c, x0, y0, page_w, page_h)
            c.setFillColor(GREY)
            side = "背面（双面打印：长边翻转）" if back else "正面"
            ts.draw(c, page_w / 2, 5 * MM, f"{data.post}{data.title} 口袋卡　{side}　沿裁切线裁开", 6.5, "center")
            c.showPage()
    c.save()
    progress(len(sheets), len(sheets), "")
    return buffer.getvalue()


def _band(c: Canvas, ts: Typesetter, x: float, y: float, title: str, right: str) -> None:
    c.setFillColor(RED)
    c.rect(x, y + CARD_H - BAND, CARD_W, BAND, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(x, y + CARD_H - BAND - 0.5 * MM, CARD_W, 0.5 * MM, stroke=0, fill=1)
    size = ts.fit(title, CARD_W * 0.6, 10.5, 7)
    ts.draw(c, x + PAD, y + CARD_H - BAND + 3 * MM, title, size, bold=True)
    c.setFillColor(colors.white)
    ts.draw(c, x + CARD_W - PAD, y + CARD_H - BAND + 3.2 * MM, right, ts.fit(right, CARD_W * 0.36, 7, 4.5), "right")


def _points(c: Canvas, ts: Typesetter, points: list[list[str]], first: int, x: float, top: float, size: float) -> None:
    leading = size * 1.28
    y = top - size
    tx = c.beginText()
    for n, lines in enumerate(points, start=first + 1):
        tx.setFillColor(RED)
        ts.put(tx, x, y, f"{n}", size)
        tx.setFillColor(INK)
        for line in lines:
            ts.put(tx, x + 3.2 * MM, y, line, size)
            y -= leading
        y -= size * 0.35
    c.drawText(tx)


def _front(c: Canvas, ts: Typesetter, data: PocketData, card: _Card, x: float, y: float, qr: list[list[bool]]) -> None:
    c.setFillColor(colors.white)
    c.rect(x, y, CARD_W, CARD_H, stroke=0, fill=1)
    part = f"（{card.part}/{card.parts}）" if card.parts > 1 else ""
    _band(c, ts, x, y, f"{data.title}{part}", data.post)
    c.setFillColor(INK)
    _points(c, ts, card.front, card.numbers_from, x + PAD, y + CARD_H - BAND - PAD, card.size)
    c.setFillColor(GREY)
    ts.draw(c, x + PAD, y + 2.2 * MM, data.footer, ts.fit(data.footer, CARD_W - 2 * PAD, 5.2, 3.5))


def _back(c: Canvas, ts: Typesetter, data: PocketData, card: _Card, x: float, y: float, qr: list[list[bool]]) -> None:
    c.setFillColor(colors.white)
    c.rect(x, y, CARD_W, CARD_H, stroke=0, fill=1)
    _band(c, ts, x, y, "遇到问题　一键上报", data.unit)
    if card.back:
        c.setFillColor(INK)
        first = card.numbers_from + len(card.front)
        _points(c, ts, card.back, first, x + PAD, y + CARD_H - BAND - PAD, card.size)
    else:
        c.setFillColor(RED)
        mid = y + CARD_H - BAND - 7.5 * MM
        ts.draw(c, x + CARD_W / 2, mid, MOTTO[0], 8.5, "center", bold=True)
        ts.draw(c, x + CARD_W / 2, mid - 4.6 * MM, MOTTO[1], 8.5, "center", bold=True)
    side = 21 * MM
    draw_qr(c, qr, x + PAD, y + PAD, side, quiet=2)
    c.setFillColor(GREY)
    ts.draw(c, x + PAD + side / 2, y + PAD + side + 0.6 * MM, "扫码上报", 5, "center")
    cx = x + PAD + side + 3 * MM
    cy = y + PAD + side - 5.5
    for role, name, phone in data.contacts[:4]:
        c.setFillColor(RED)
        ts.draw(c, cx, cy, role, 5.6)
        c.setFillColor(INK)
        ts.draw(c, cx + 16 * MM, cy, f"{name}　{phone}".strip(), 6.2)
        cy -= 5.2 * MM * 0.95


def _cut_marks(c: Canvas, x0: float, y0: float, page_w: float, page_h: float) -> None:
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.3)
    gap, length = 1.5 * MM, 6 * MM
    for k in range(COLUMNS + 1):
        x = x0 + k * CARD_W
        c.line(x, page_h - y0 + gap, x, page_h - y0 + gap + length)
        c.line(x, y0 - gap, x, y0 - gap - length)
    for k in range(ROWS + 1):
        y = y0 + k * CARD_H
        c.line(x0 - gap, y, x0 - gap - length, y)
        c.line(page_w - x0 + gap, y, page_w - x0 + gap + length, y)
