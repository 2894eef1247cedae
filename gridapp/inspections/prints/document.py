"""A text document of the set (the handbook, a card) printed as a card: a red title block with the plant, the post
and the card's name; a row of facts (unit, post, version, in force since, printed on); the body's headings, numbered
points and paragraphs set as large as the page allows and spread to fill it; the grid's contacts at the foot. A4 to
hang or file, A5 and A6 (pocket size) to carry; what does not fit continues on further pages under a short header."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, A6
from reportlab.pdfgen.canvas import Canvas

from gridapp.inspections.prints.text import MM, Typesetter
from gridapp.inspections.prints.words import version_text
from gridapp.inspections.rows import DocumentContent
from gridapp.progress import Progress, no_progress
from gridapp.reports.fonts import CJK, check_drawable
from gridapp.reports.pdf import GOLD, RED
from gridapp.times import plant_today

PAGE_SIZES = {"A4": A4, "A5": A5, "A6": A6}
INK = colors.HexColor("#202020")
GREY = colors.HexColor("#666666")
PALE = colors.HexColor("#FBEAEA")
EMPTY = "（本文件尚无内容）"


@dataclass(frozen=True, slots=True)
class CardPlace:
    """Where a card belongs, for its title block and foot: the plant, when its version came into force, and the
    grid's contacts as (role, name, phone)."""

    plant: str = ""
    released_on: dt.date | None = None
    contacts: tuple[tuple[str, str, str], ...] = ()


def body_blocks(body: str) -> list[tuple[str, str]]:
    """The body as (kind, text) blocks: "heading" for lines starting with '#', "point" for lines starting with
    '-', '·' or a number and a full stop, "text" otherwise; blank lines end nothing (each line is a block)."""
    out = []
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            out.append(("heading", line.lstrip("#").strip()))
        elif line[0] in "-·•*":
            out.append(("point", line[1:].strip()))
        else:
            out.append(("text", line))
    return out


def points_of(body: str) -> list[str]:
    """The body's points for a pocket card (headings become points of their own only when there are no points)."""
    blocks = body_blocks(body)
    points = [t for k, t in blocks if k != "heading"]
    return points or [t for _, t in blocks]


@dataclass(frozen=True, slots=True)
class _Line:
    kind: str  # heading, point, text
    text: str
    first: bool  # the first line of its block (a point's number, a heading's bar)
    number: int = 0
    gap: bool = False  # space above: the first line of a block, except the body's very first


class _Card:
    """One build: the page's geometry at its size, the body set into lines, and the drawing."""

    def __init__(self, content: DocumentContent, place: CardPlace, size: str, printed_on: dt.date) -> None:
        self.content, self.place, self.printed_on = content, place, printed_on
        self.w, self.h = PAGE_SIZES.get(size, A4)
        self.k = self.w / A4[0]  # A5 and A6 are A4 scaled down: every measure follows
        self.margin = max(6 * MM, 10 * MM * self.k)
        self.ts = Typesetter()
        self.title = f"{content.post}{content.title}"
        self.facts = [
            ("单位", content.unit),
            ("岗位", content.post),
            ("版本", version_text(content.version, content.draft)),
            ("施行日期", f"{place.released_on:%Y-%m-%d}" if place.released_on else "—"),
            ("打印日期", f"{printed_on:%Y-%m-%d}"),
        ]
        self.blocks = body_blocks(content.body) or [("text", EMPTY)]
        self.inner = self.w - 2 * self.margin
        self.pad = 4 * MM * self.k
        self.band = 30 * MM * self.k
        self.fact_h = 15 * MM * self.k
        columns = 4 if self.k > 0.8 else 2
        rows = -(-min(len(place.contacts), 8 if columns == 4 else 4) // columns) if place.contacts else 0
        self.contact_columns = columns
        self.contacts = place.contacts[: rows * columns]
        self.contact_h = (8 * MM + rows * 11 * MM) * self.k**0.5 if rows else 0  # text shrinks by √k
        self.footer_h = 7 * MM * self.k

    # the body

    def lines(self, size: float) -> list[_Line]:
        text_w = self.inner - 2 * self.pad
        out: list[_Line] = []
        number = 0
        for kind, text in self.blocks:
            if kind == "heading":
                number = 0
                wrapped = self.ts.wrap(text, text_w - 3 * MM * self.k, size * 1.15)
            elif kind == "point":
                number += 1
                wrapped = self.ts.wrap(text, text_w - size * 1.8, size)
            else:
                wrapped = self.ts.wrap(text, text_w, size)
            out.extend(
                _Line(kind, line, n == 0, number if kind == "point" else 0, n == 0 and bool(out))
                for n, line in enumerate(wrapped)
            )
        return out

    def line_height(self, line: _Line, size: float, spread: float) -> float:
        if line.kind == "heading":
            return size * 1.15 * 1.5 + (size * 1.1 * spread if line.gap else 0)
        return size * 1.55 + (size * 0.45 * spread if line.gap else 0)

    def body_top(self, first_page: bool) -> float:
        band = self.band if first_page else self.band * 0.55
        facts = self.fact_h if first_page else 0
        return self.h - self.margin - band - facts - self.pad

    def body_bottom(self) -> float:
        return self.margin + self.footer_h + self.contact_h + self.pad

    def choose_size(self) -> tuple[float, float]:
        """The largest body size at which everything fits on one page, and the spread of the space between
        blocks that fills the page; at the smallest size, the text flows onto further pages."""
        # A short card is read from a step away: its type grows (to 22 pt on A4) before the space between blocks does.
        top_size, least = 22 * self.k**0.5, max(6.0, 9.5 * self.k**0.5)
        room = self.body_top(True) - self.body_bottom()
        size = top_size
        while size >= least:
            lines = self.lines(size)
            used = sum(self.line_height(line, size, 1.0) for line in lines)
            if used <= room:
                # The spare room goes into the space above blocks (a heading's counts more), so the text fills
                # the card down to its contacts.
                unit = sum(size * (1.1 if line.kind == "heading" else 0.45) for line in lines if line.gap)
                spare = (room - used) * 0.97  # a hair short of the bottom, whatever the rounding
                return size, min(1.0 + (spare / unit if unit else 0), 8.0)
            size -= 0.5
        return least, 1.0

    def pages(self, size: float, spread: float) -> list[list[_Line]]:
        pages: list[list[_Line]] = [[]]
        y = self.body_top(True)
        bottom = self.body_bottom()
        for line in self.lines(size):
            h = self.line_height(line, size, spread)
            if y - h < bottom and pages[-1]:
                pages.append([])
                y = self.body_top(False)
            pages[-1].append(line)
            y -= h
        return pages

    # drawing

    def draw_page(self, c: Canvas, lines: list[_Line], size: float, spread: float, page: int, total: int) -> None:
        m, k, ts = self.margin, self.k, self.ts
        c.setStrokeColor(RED)
        c.setLineWidth(1.6 * k + 0.4)
        c.rect(m, m, self.inner, self.h - 2 * m)
        c.setLineWidth(0.4)
        c.rect(m + 1.5 * MM * k, m + 1.5 * MM * k, self.inner - 3 * MM * k, self.h - 2 * m - 3 * MM * k)
        band = self.band if page == 1 else self.band * 0.55
        top = self.h - m
        c.setFillColor(RED)
        c.rect(m, top - band, self.inner, band, stroke=0, fill=1)
        c.setFillColor(GOLD)
        plant = f"{self.place.plant}　红色网格" if self.place.plant else "红色网格"
        ts.draw(c, m + self.pad, top - 6.5 * MM * k, plant, 8.5 * k**0.5)
        c.setFillColor(colors.white)
        if page == 1:
            title_size = ts.fit(self.title, self.inner - 2 * self.pad, 26 * k, 10 * k)
            ts.draw(c, self.w / 2, top - band + 8 * MM * k, self.title, title_size, "center", bold=True)
            self.draw_facts(c, top - band)
        else:
            ts.draw(c, self.w / 2, top - band + 4 * MM * k, f"{self.title}（续）", 14 * k, "center", bold=True)
        self.draw_body(c, lines, size, spread, self.body_top(page == 1))
        if self.contacts:
            self.draw_contacts(c)
        c.setFillColor(GREY)
        foot = "　".join(t for t in (self.place.plant, self.content.unit, self.title, self.facts[2][1]) if t)
        foot_size = 7.5 * k**0.5
        ts.draw(c, m + self.pad, m + 2.6 * MM * k, foot, foot_size)
        ts.draw(c, self.w - m - self.pad, m + 2.6 * MM * k, f"第 {page} 页 共 {total} 页", foot_size, "right")

    def draw_facts(self, c: Canvas, top: float) -> None:
        m, k, ts = self.margin, self.k, self.ts
        h = self.fact_h
        cell = self.inner / len(self.facts)
        c.setFillColor(PALE)
        c.rect(m, top - h, self.inner, h, stroke=0, fill=1)
        c.setStrokeColor(RED)
        c.setLineWidth(0.5)
        c.line(m, top - h, m + self.inner, top - h)
        for n, (label, value) in enumerate(self.facts):
            x = m + n * cell
            if n:
                c.line(x, top - h + 2 * MM * k, x, top - 2 * MM * k)
            c.setFillColor(GREY)
            ts.draw(c, x + cell / 2, top - 5.5 * MM * k, label, 7.5 * k**0.5, "center")
            c.setFillColor(INK)
            value_size = ts.fit(value, cell - 2 * MM * k, 10.5 * k**0.5, 5.5)
            ts.draw(c, x + cell / 2, top - h + 3.5 * MM * k, value, value_size, "center")

    def draw_body(self, c: Canvas, lines: list[_Line], size: float, spread: float, top: float) -> None:
        x = self.margin + self.pad
        y = top
        ts = self.ts
        for line in lines:
            h = self.line_height(line, size, spread)
            base = y - h + size * 0.45
            if line.kind == "heading":
                hs = size * 1.15
                base = y - h + hs * 0.5
                if line.first:
                    c.setFillColor(RED)
                    c.rect(x, base - hs * 0.2, 1.4 * MM * self.k, hs * 1.1, stroke=0, fill=1)
                    c.setStrokeColor(RED)
                    c.setLineWidth(0.4)
                    c.line(x, base - hs * 0.35, self.w - self.margin - self.pad, base - hs * 0.35)
                c.setFillColor(RED)
                ts.draw(c, x + 3 * MM * self.k, base, line.text, hs, bold=True)
            elif line.kind == "point":
                c.setFillColor(INK)
                if line.first:
                    c.setFillColor(RED)
                    ts.draw(c, x + size * 1.3, base, f"{line.number}.", size, "right", bold=True)
                    c.setFillColor(INK)
                ts.draw(c, x + size * 1.8, base, line.text, size)
            else:
                c.setFillColor(GREY if line.text == EMPTY else INK)
                ts.draw(c, x, base, line.text, size)
            y -= h

    def draw_contacts(self, c: Canvas) -> None:
        m, k, ts = self.margin, self.k**0.5, self.ts
        top = m + self.footer_h + self.contact_h
        c.setStrokeColor(RED)
        c.setLineWidth(0.6)
        c.line(m + self.pad, top, self.w - m - self.pad, top)
        c.setFillColor(RED)
        ts.draw(c, m + self.pad, top - 5.5 * MM * k, "网格联系人（发现问题，一键上报；8小时内反馈）", 9 * k, bold=True)
        columns = self.contact_columns
        cell_w = (self.inner - 2 * self.pad) / columns
        row_h = 11 * MM * k
        for n, (role, name, phone) in enumerate(self.contacts):
            col, row = n % columns, n // columns
            x = m + self.pad + col * cell_w
            y = top - 8 * MM * k - row * row_h
            c.setFillColor(PALE)
            c.roundRect(x + 0.8 * MM * k, y - row_h + 1.2 * MM * k, cell_w - 1.6 * MM * k, row_h - 1.6 * MM * k,
                        1.5 * MM * k, stroke=0, fill=1)  # fmt: skip
            c.setFillColor(GREY)
            ts.draw(c, x + 2.5 * MM * k, y - 4.2 * MM * k, role, 7.5 * k)
            c.setFillColor(INK)
            who = f"{name}　{phone}" if phone else name
            ts.draw(c, x + 2.5 * MM * k, y - 8.6 * MM * k, who, ts.fit(who, cell_w - 5 * MM * k, 10 * k, 5.5))


def build_document(
    content: DocumentContent,
    printed_on: dt.date | None = None,
    progress: Progress = no_progress,
    place: CardPlace | None = None,
    size: str = "A4",
) -> bytes:
    """The card as a PDF of ``size`` (A4, A5, or A6 for the pocket)."""
    place = place or CardPlace()
    card = _Card(content, place, size, printed_on or plant_today())
    check_drawable(
        card.title,
        *(f"{label}{value}" for label, value in card.facts),
        *(t for _, t in card.blocks),
        place.plant,
        *(f"{r}{n}{p}" for r, n, p in place.contacts),
    )
    progress(0, 2, "")
    font_size, spread = card.choose_size()
    pages = card.pages(font_size, spread)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(card.w, card.h), initialFontName=CJK)
    c.setTitle(f"{card.title} {content.version}".strip())
    c.setAuthor("红色网格工作站")
    for n, lines in enumerate(pages, start=1):
        card.draw_page(c, lines, font_size, spread, n, len(pages))
        c.showPage()
    c.save()
    progress(2, 2, "")
    return buffer.getvalue()
