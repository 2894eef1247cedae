"""The bundled fonts for every PDF, registered once per process, and the check that each printed string can be drawn.

ReportLab draws nothing, silently, for a character its font lacks. WenQuanYi Micro Hei covers Chinese, Latin,
digits, ✓ and ★; DejaVu Sans supplies the symbols it lacks (✗ …). Text goes through ``markup`` so each character is
set in a font that has it, and ``missing_glyphs`` lets tests and callers prove nothing would vanish.

A character neither font has (an emoji in a title: 泵房漏水💧) must not fail a whole unit's print, nor vanish: both
fonts are registered as MarkingTTFont, which draws it as REPLACEMENT (U+FFFD, a glyph both fonts draw) however the
text reaches the page — Paragraph, drawString or a text object — and logs it once per process.
"""

from __future__ import annotations

import logging
import threading
from functools import cache
from html import escape
from typing import Any

from gridapp.paths import CJK_FONT, SYMBOL_FONT

CJK = "WenQuanYiMicroHei"
SYMBOLS = "DejaVuSans"
REPLACEMENT = "\ufffd"  # drawn by both bundled fonts, and what a reader of the PDF's text finds instead
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


@cache
def _faces() -> dict[str, frozenset[int]]:
    """Register both fonts with ReportLab (≈0.2 s, once) and return each font's code points."""
    from reportlab.pdfbase import pdfmetrics

    with _lock:
        faces = {}
        for name, path in ((CJK, CJK_FONT), (SYMBOLS, SYMBOL_FONT)):
            font = _marking_font(name, str(path))
            pdfmetrics.registerFont(font)
            faces[name] = frozenset(font.face.charToGlyph)
        return faces


def register_fonts() -> None:
    """Make the bundled fonts available to ReportLab (idempotent, thread-safe)."""
    _faces()


def _drawable(char: str) -> bool:
    return char.isspace() or not char.isprintable()


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that neither bundled font can draw."""
    faces = _faces()
    return {c for c in text if not _drawable(c) and ord(c) not in faces[CJK] and ord(c) not in faces[SYMBOLS]}


def check_drawable(*texts: str) -> set[str]:
    """The characters of ``texts`` no bundled font has, logged: they are printed as REPLACEMENT, never fail a print."""
    missing = set().union(*(missing_glyphs(t) for t in texts)) if texts else set()
    if missing:
        _log.warning("printed as %s, no bundled font has them: %s", REPLACEMENT, " ".join(sorted(missing)))
    return missing


def font_for_char(char: str) -> str:
    faces = _faces()
    return CJK if _drawable(char) or ord(char) in faces[CJK] or ord(char) not in faces[SYMBOLS] else SYMBOLS


def markup(text: str) -> str:
    """``text`` escaped for a ReportLab Paragraph, with runs the CJK font lacks set in the symbol font."""
    faces = _faces()
    out: list[str] = []
    in_symbols = False
    for char in text:
        symbol = not _drawable(char) and ord(char) not in faces[CJK] and ord(char) in faces[SYMBOLS]
        if symbol != in_symbols:
            out.append(f'<font name="{SYMBOLS}">' if symbol else "</font>")
            in_symbols = symbol
        out.append(escape(char, quote=False))
    if in_symbols:
        out.append("</font>")
    return "".join(out)
