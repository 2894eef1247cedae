"""The bundled fonts for every PDF, registered once per process, and the check that each printed string can be drawn.

ReportLab draws nothing, silently, for a character its font lacks. WenQuanYi Micro Hei covers Chinese, Latin,
digits, ✓ and ★; DejaVu Sans supplies the symbols it lacks (✗ …). Text goes through ``markup`` so each character is
set in a font that has it, and ``missing_glyphs`` lets tests and callers prove nothing would vanish.
"""

from __future__ import annotations

import threading
from functools import cache
from html import escape

from gridapp.paths import CJK_FONT, SYMBOL_FONT

CJK = "WenQuanYiMicroHei"
SYMBOLS = "DejaVuSans"
_lock = threading.Lock()


class MissingGlyphs(ValueError):
    def __init__(self, characters: set[str]) -> None:
        super().__init__("no bundled font can draw: " + " ".join(sorted(characters)))
        self.characters = characters


@cache
def _faces() -> dict[str, frozenset[int]]:
    """Register both fonts with ReportLab (≈0.2 s, once) and return each font's code points."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        faces = {}
        for name, path in ((CJK, CJK_FONT), (SYMBOLS, SYMBOL_FONT)):
            font = TTFont(name, str(path))
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


def check_drawable(*texts: str) -> None:
    """Raise MissingGlyphs when any character of ``texts`` would silently vanish from the PDF."""
    missing = set().union(*(missing_glyphs(t) for t in texts)) if texts else set()
    if missing:
        raise MissingGlyphs(missing)


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
