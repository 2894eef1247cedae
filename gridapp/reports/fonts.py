"""The bundled fonts for every PDF, registered once per process, and the check that each printed string can be drawn.

ReportLab draws nothing, silently, for a character its font lacks — and a font can *have* a character and draw
nothing (WenQuanYi Micro Hei's ℃ had an empty glyph; scripts/font_cmap.py dropped such characters from the bundled
copy). The chain: WenQuanYi Micro Hei (Chinese, Latin, digits, ✓ ★ ①–⑳ ‰ ± ≤ ≥ ³), then DejaVu Sans (℃ ✗ ǎ …), then
Symbola (emoji: 💧 ⛔ 🔥 …), then REPLACEMENT. A font counts as having a character only when its glyph has outlines (``inked``), not merely a place in
the character map. Every PDF sets text through ``runs`` — ``markup`` for Paragraphs, the Typesetter for canvases —
and ``missing_glyphs`` lets tests and callers prove nothing would vanish.

A character no font of the chain has (a rare ideograph of CJK Extension B: 𠀀) must not fail a whole unit's print, nor
vanish: the fonts are registered as MarkingTTFont, which draws it as REPLACEMENT (U+FFFD, a glyph the first two
draw) however the text reaches the page — Paragraph, drawString or a text object — and logs it once per process.
"""

from __future__ import annotations

import logging
import threading
from functools import cache
from html import escape
from typing import Any

from gridapp.paths import CJK_FONT, EMOJI_FONT, SYMBOL_FONT

CJK = "WenQuanYiMicroHei"
SYMBOLS = "DejaVuSans"
EMOJI = "Symbola"
CHAIN = ((CJK, CJK_FONT), (SYMBOLS, SYMBOL_FONT), (EMOJI, EMOJI_FONT))  # the first font that inks a character sets it
REPLACEMENT = "\ufffd"  # drawn by the first two fonts of the chain; what a reader of the PDF's text finds instead
_lock = threading.Lock()
_log = logging.getLogger(__name__)


class _Marks(dict[int, str]):
    """A str.translate table: a character the font has maps to itself, any other printable one to REPLACEMENT."""

    def __init__(self, font_name: str, codes: Any) -> None:
        super().__init__()
        self.font_name = font_name
        self.codes = codes

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if code in self.codes or _drawable(char):
            self[code] = char
        else:
            self[code] = REPLACEMENT
            _log.warning("no bundled font can draw U+%04X %s; printed as %s", code, char, REPLACEMENT)
        return self[code]


def _marking_font(name: str, path: str) -> Any:
    from reportlab.pdfbase.ttfonts import TTFont

    class MarkingTTFont(TTFont):
        def __init__(self) -> None:
            super().__init__(name, path)
            self.marks = _Marks(name, self.face.charToGlyph)

        def _marked(self, text: str | bytes) -> str:
            return (text.decode("utf-8") if isinstance(text, bytes) else text).translate(self.marks)

        def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
            return super().stringWidth(self._marked(text), size, encoding)

        def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> Any:
            return super().splitString(self._marked(text), doc, encoding)

    return MarkingTTFont()


def _inked(face: Any) -> frozenset[int]:
    """The code points whose glyph in ``face`` (a ReportLab TTFontFile) has outlines: a glyph of no bytes or of
    zero contours draws nothing although the character map lists it."""
    start = face.get_table_pos("glyf")[0]
    data = face._ttf_data
    positions = face.glyphPos
    inked = set()
    for code, glyph in face.charToGlyph.items():
        at = positions[glyph]
        if positions[glyph + 1] - at >= 2 and int.from_bytes(data[start + at : start + at + 2], "big", signed=True):
            inked.add(code)
    return frozenset(inked)


@cache
def _faces() -> dict[str, frozenset[int]]:
    """Register the chain's fonts with ReportLab (≈0.25 s, once) and return each font's inked code points."""
    from reportlab.pdfbase import pdfmetrics

    with _lock:
        faces = {}
        for name, path in CHAIN:
            font = _marking_font(name, str(path))
            faces[name] = font.marks.codes = _inked(font.face)
            pdfmetrics.registerFont(font)
        return faces


def inked(font_name: str) -> frozenset[int]:
    """The code points the bundled font ``font_name`` (CJK, SYMBOLS or EMOJI) draws with ink."""
    return _faces()[font_name]


def register_fonts() -> None:
    """Make the bundled fonts available to ReportLab (idempotent, thread-safe)."""
    _faces()


def _drawable(char: str) -> bool:
    return char.isspace() or not char.isprintable()


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that no bundled font can draw."""
    faces = _faces().values()
    return {c for c in text if not _drawable(c) and not any(ord(c) in inked for inked in faces)}


def check_drawable(*texts: str) -> set[str]:
    """The characters of ``texts`` no bundled font has, logged: they are printed as REPLACEMENT, never fail a print."""
    missing = set().union(*(missing_glyphs(t) for t in texts)) if texts else set()
    if missing:
        _log.warning("printed as %s, no bundled font has them: %s", REPLACEMENT, " ".join(sorted(missing)))
    return missing


def font_for_char(char: str) -> str:
    """The first font of the chain that draws ``char``; CJK (which prints it as REPLACEMENT) when none does."""
    if _drawable(char):
        return CJK
    code = ord(char)
    return next((name for name, inked in _faces().items() if code in inked), CJK)


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` split into (font name, text) runs, each character in the first font of the chain that draws it: the
    one mechanism behind ``markup`` (Paragraphs) and the Typesetter (canvases)."""
    cjk = _faces()[CJK]
    if all(ord(c) in cjk for c in text):
        return [(CJK, text)] if text else []
    out: list[tuple[str, str]] = []
    for char in text:
        font = font_for_char(char)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + char)
        else:
            out.append((font, char))
    return out


def markup(text: str) -> str:
    """``text`` escaped for a ReportLab Paragraph, with runs the CJK font lacks set in the symbol font."""
    return "".join(
        escape(run, quote=False) if font == CJK else f'<font name="{font}">{escape(run, quote=False)}</font>'
        for font, run in runs(text)
    )
