"""Shared PDF building blocks: CJK paragraph styles, "第 x 页 共 y 页" numbering, and atomic writing.

Every PDF of the app is built with these, so every font is embedded (no built-in Helvetica anywhere, page numbers
included) and the file is written with gridapp.files.write_atomically, so a cancelled or failed build never leaves a
half-written file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from gridapp.reports.fonts import CJK, register_fonts

RED = colors.HexColor("#C8161D")  # the party red of the boards
GOLD = colors.HexColor("#FFD54F")


def style(name: str = "body", size: float = 10, leading: float | None = None, **kw: Any) -> ParagraphStyle:
    """A paragraph style in the bundled CJK font; Chinese wraps between any two characters."""
    register_fonts()
    return ParagraphStyle(name, fontName=CJK, fontSize=size, leading=leading or size * 1.3, wordWrap="CJK", **kw)


def title_style(size: float = 16) -> ParagraphStyle:
    return style("title", size, alignment=TA_CENTER, spaceAfter=size * 0.5)


def numbered_canvas(footer: Callable[[int, int], str] | None = None, size: float = 8) -> type[Canvas]:
    """A Canvas class that writes "第 x 页 共 y 页" (or ``footer(page, pages)``) at the foot of every page.

    The total is known only at the end, so page states are kept and each page is finished in ``save``.
    """
    register_fonts()
    text_of = footer or (lambda page, pages: f"第 {page} 页 共 {pages} 页")

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # ReportLab starts every page in Helvetica unless told otherwise, which would leave an unembedded font.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or CJK
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, _height = self._pagesize
                self.setFont(CJK, size)
                self.setFillColor(colors.black)
                self.drawCentredString(width / 2, 10 * 2.83465, text_of(number, pages))
                super().showPage()
            super().save()

    return NumberedCanvas


def story_height(flowables: list[Any], width: float) -> float:
    """The height ``flowables`` take in a frame ``width`` wide (the first one's space before is dropped, as a frame
    drops it at its top)."""
    total = 0.0
    for index, flowable in enumerate(flowables):
        inner = getattr(flowable, "_content", None)  # KeepTogether measures its content only on a canvas
        if isinstance(inner, list):
            total += story_height(inner, width)
            continue
        _w, h = flowable.wrap(width, 1e6)
        total += h + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if index else 0)
    return total


def fill_scale(
    story: Callable[[float], list[Any]], width: float, height: float, high: float = 2.5, steps: int = 10
) -> float:
    """The largest scale in [1, ``high``] at which ``story(scale)`` still fits one frame of ``width`` × ``height``:
    a wall print sets its type as large as its paper allows instead of leaving the bottom empty. 1 when even that
    overflows (the story then runs onto further pages)."""
    if story_height(story(high), width) <= height:
        return high
    low = 1.0
    if story_height(story(low), width) > height:
        return low
    for _ in range(steps):
        middle = (low + high) / 2
        if story_height(story(middle), width) <= height:
            low = middle
        else:
            high = middle
    return low
