"""Fast text setting straight onto a ReportLab canvas: widths from the fonts' tables, CJK line wrapping computed once,
and runs the CJK font lacks set in the symbol font.

Platypus paragraphs and tables re-measure every cell on every layout pass; a 498-row checklist built that way takes
seconds. Here each string is measured and wrapped once, and drawn with text objects.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from gridapp.reports.fonts import CHAIN, CJK, font_for_char, inked, register_fonts, runs

# Closing punctuation may hang past the right edge rather than start a line (禁则); opening ones never end a line.
HANG = set("，。、；：？！）》」』】〕,.;:?!)]}%…·")
NO_END = set("（《「『【〔([{")
MM = 72 / 25.4


def embolden(c: Canvas, tx: PDFTextObject, size: float) -> None:
    """Fill and stroke glyphs (text render mode 2) in the current fill colour: a faux bold for a regular-only font."""
    c.setStrokeColor(c._fillColorObj)
    c.setLineWidth(size * 0.035)
    c.setLineJoin(1)
    tx.setTextRenderMode(2)


def _is_cjk(char: str) -> bool:
    return ord(char) >= 0x2E80


class Typesetter:
    """Measures, wraps and draws text in the bundled fonts; one per build (cheap: the fonts are registered once)."""

    def __init__(self) -> None:
        register_fonts()
        cjk = pdfmetrics.getFont(CJK)
        cjk_inked = inked(CJK)
        # Widths of the characters the CJK font draws; any other is measured in the font ``runs`` sets it in.
        self._cjk_widths: dict[int, float] = {
            c: w
            for c, w in cjk.face.charWidths.items()
            if c in cjk_inked or chr(c).isspace() or not chr(c).isprintable()
        }
        self._widths: dict[str, dict[int, float]] = {
            name: pdfmetrics.getFont(name).face.charWidths for name, _ in CHAIN
        }
        self._cjk_default = float(cjk.face.defaultWidth)

    def _char_width(self, char: str) -> float:
        code = ord(char)
        width = self._cjk_widths.get(code)
        if width is None:
            width = self._widths[font_for_char(char)].get(code, self._cjk_default)
        return width

    def width(self, text: str, size: float) -> float:
        widths = self._cjk_widths
        total = 0.0
        for char in text:
            w = widths.get(ord(char))
            total += w if w is not None else self._char_width(char)
        return total * size / 1000

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        """``text`` broken into lines no wider than ``width`` points (Chinese between any two characters, Latin
        words kept whole where possible, closing punctuation hanging); newlines are kept."""
        lines: list[str] = []
        limit = width * 1000 / size
        for para in text.split("\n"):
            if self.width(para, 1000) <= limit:
                lines.append(para)
                continue
            lines.extend(self._wrap_paragraph(para, limit))
        return lines

    def _wrap_paragraph(self, para: str, limit: float) -> list[str]:
        out: list[str] = []
        n = len(para)
        start, used, brk, i = 0, 0.0, -1, 0
        while i < n:
            char = para[i]
            w = self._char_width(char)
            if used + w > limit and i > start and char not in HANG:
                cut = brk if brk > start else i
                out.append(para[start:cut].rstrip())
                start = cut
                while start < n and para[start] == " ":
                    start += 1
                used = sum(self._char_width(c) for c in para[start:i])
                brk = -1
                continue
            used += w
            following = para[i + 1] if i + 1 < n else ""
            breakable = bool(following) and (char == " " or _is_cjk(char) or _is_cjk(following))
            if breakable and following not in HANG and char not in NO_END:
                brk = i + 1
            i += 1
        if start < n:
            out.append(para[start:])
        return out

    def fit(self, text: str, width: float, size: float, minimum: float) -> float:
        """The largest size ≤ ``size`` (down to ``minimum``) at which ``text`` fits on one line of ``width``."""
        natural = self.width(text, size)
        if natural <= width:
            return size
        return max(minimum, size * width / natural)

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``text`` split into (font, text) runs: the first font of the chain that draws each character."""
        return runs(text)

    def put(self, tx: PDFTextObject, x: float, y: float, text: str, size: float) -> None:
        """Write ``text`` at (x, y) into an open text object (the cheapest way to set many strings)."""
        tx.setTextOrigin(x, y)
        for font, run in self.runs(text):
            # Tf only when the font changes: thousands of cells share one font and size.
            if getattr(tx, "_grid_font", None) != (font, size):
                tx.setFont(font, size)
                tx._grid_font = (font, size)  # type: ignore[attr-defined]
            tx.textOut(run)

    def draw(
        self, c: Canvas, x: float, y: float, text: str, size: float, align: str = "left", bold: bool = False
    ) -> None:
        """One line at baseline ``y``; ``bold`` strokes the outline too (the bundled font has no bold face)."""
        if align != "left":
            w = self.width(text, size)
            x -= w if align == "right" else w / 2
        tx = c.beginText()
        if bold:
            embolden(c, tx, size)
        self.put(tx, x, y, text, size)
        if bold:
            tx.setTextRenderMode(0)  # the render mode outlives the text object in PDF's graphics state
        c.drawText(tx)

    def draw_lines(
        self,
        c: Canvas,
        x: float,
        y: float,
        lines: list[str],
        size: float,
        leading: float,
        align: str = "left",
        width: float = 0,
    ) -> float:
        """Draw ``lines`` downwards from baseline ``y``; returns the baseline after the last line."""
        tx = c.beginText()
        for line in lines:
            lx = x
            if align != "left":
                w = self.width(line, size)
                lx = x + (width - w if align == "right" else (width - w) / 2)
            self.put(tx, lx, y, line, size)
            y -= leading
        c.drawText(tx)
        return y
