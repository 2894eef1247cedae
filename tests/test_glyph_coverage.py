"""Every character the app can show or print is drawn: the strings of the catalogues, the demo plant, the
translations and the code's own literals, through the PDF fonts' glyphs and through Qt's font chain.

A character map is not enough: WenQuanYi Micro Hei listed ℃ with an empty glyph, so ℃ vanished everywhere. Both
checks ask for ink (outlines in the PDF font, a non-empty bounding box in Qt).
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from gridapp.paths import RESOURCES
from gridapp.reports.fonts import CJK, EMOJI, REPLACEMENT, SYMBOLS, font_for_char, inked
from ui.app import use_bundled_font

ROOT = Path(__file__).resolve().parent.parent
# The symbols the field writes (limits, marks, numbered steps, units, emoji in titles) and the mark printed for a
# character no font has.
FIELD_SYMBOLS = "℃✗✓★☆‰±≤≥×÷°²³→—…·•※√💧⚠⛔🔥✅❌" + "".join(chr(c) for c in range(0x2460, 0x2474)) + REPLACEMENT


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


RANGE = re.compile(r"[^\x00-\x7f]-[^\x00-\x7f]")  # "\u4e00-\u9fff" in a pattern: bounds, not text anyone reads


def _code_literals(folder: Path) -> Iterator[str]:
    """The string literals of the code, less docstrings and the character ranges of patterns."""
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            literal = isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            if literal and not RANGE.search(node.value):
                yield node.value


@cache
def shown_characters() -> dict[str, str]:
    """Every visible character → where it was first found."""
    sources: list[tuple[str, Iterator[str]]] = []
    for path in sorted([*(RESOURCES / "catalogues").glob("*.json"), *(RESOURCES / "demo").glob("*.json")]):
        sources.append((path.name, _json_strings(json.loads(path.read_text(encoding="utf-8")))))
    for path in sorted((RESOURCES / "i18n").glob("*.ts")):
        texts = (el.text or "" for el in ET.parse(path).iter() if el.tag in ("source", "translation", "numerusform"))
        sources.append((path.name, texts))
    sources += [("gridapp/", _code_literals(ROOT / "gridapp")), ("ui/", _code_literals(ROOT / "ui"))]
    sources.append(("field symbols", iter([FIELD_SYMBOLS])))
    found: dict[str, str] = {}
    for where, texts in sources:
        for text in texts:
            for char in text:
                if char.isprintable() and not char.isspace() and char not in found:
                    found[char] = where
    return found


def test_the_strings_reach_beyond_ascii() -> None:
    chars = shown_characters()
    assert len(chars) > 1000 and "网" in chars and "℃" in chars and "⑳" in chars


def test_every_character_has_an_inked_glyph_in_the_pdf_fonts() -> None:
    blank = {char: where for char, where in shown_characters().items() if ord(char) not in inked(font_for_char(char))}
    assert not blank, "printed blank or as a replacement mark: " + ", ".join(
        f"{c} U+{ord(c):04X} ({w})" for c, w in blank.items()
    )


def test_symbols_the_cjk_font_draws_empty_come_from_the_symbol_font() -> None:
    assert font_for_char("℃") == SYMBOLS and font_for_char("✗") == SYMBOLS
    assert font_for_char("网") == CJK and font_for_char("①") == CJK and font_for_char("💧") == EMOJI
    assert ord("℃") in inked(SYMBOLS) and ord("℃") not in inked(CJK)


@pytest.mark.usefixtures("qapp")
def test_every_character_is_drawn_by_the_window_font_chain() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    use_bundled_font(app)
    families = app.font().families()
    assert len(families) >= 3, families
    metrics = [(family, QFontMetrics(QFont(family, 10))) for family in families]
    blank = {}
    for char, where in shown_characters().items():
        code = ord(char)
        # Qt takes the first family of the chain whose character map has the character: its glyph must have ink.
        drawer = next(((f, m) for f, m in metrics if m.inFontUcs4(code)), None)
        if drawer is None or drawer[1].tightBoundingRect(char).isEmpty():
            blank[char] = f"{where}, {drawer[0] if drawer else 'no font'}"
    assert not blank, "shown blank: " + ", ".join(f"{c} U+{ord(c):04X} ({w})" for c, w in blank.items())
