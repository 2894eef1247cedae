"""The shared PDF base: embedded fonts only, page numbers in Chinese, symbols from the fallback font, atomic files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from gridapp.files import write_atomically
from gridapp.reports.fonts import CJK, SYMBOLS, check_drawable, markup, missing_glyphs
from gridapp.reports.pdf import numbered_canvas, style
from tests.pdf_checks import assert_all_fonts_embedded, fonts_of, pdf_text, save_pages_png


def sample_pdf() -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    body = style()
    doc.build(
        [Paragraph(markup("加药泵出口压力 ✓ 合格 ✗ 不合格 ★★★"), body), PageBreak(), Paragraph("第二页 Page 2", body)],
        canvasmaker=numbered_canvas(),
    )
    return out.getvalue()


def test_every_font_is_embedded_and_page_numbers_are_chinese(output_dir: Path) -> None:
    pdf = sample_pdf()
    (output_dir / "sample.pdf").write_bytes(pdf)
    assert_all_fonts_embedded(pdf)
    fonts = fonts_of(pdf)
    assert any(CJK in name for name in fonts) and any(SYMBOLS in name for name in fonts)
    first, second = pdf_text(pdf)
    assert "加药泵出口压力" in first and "✗" in first and "★" in first
    assert "第 1 页 共 2 页" in first and "第 2 页 共 2 页" in second
    assert len(save_pages_png(pdf, output_dir, "sample")) == 2


def test_missing_glyphs_are_found_before_printing() -> None:
    assert missing_glyphs("网格长月查 ABC 123 ✓✗★") == set()
    assert missing_glyphs("𠀀") == {"𠀀"}  # CJK Extension B: in neither bundled font
    assert check_drawable("正常", "𠀀") == {"𠀀"}  # logged; printed as a replacement mark, never a failed print


def test_markup_escapes_and_switches_fonts() -> None:
    assert markup("a<b & ✗") == f'a&lt;b &amp; <font name="{SYMBOLS}">✗</font>'


def test_a_failed_build_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "board.pdf"

    def fail(fh: io.BufferedIOBase) -> None:
        fh.write(b"%PDF-half")
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        write_atomically(target, fail)
    assert list(target.parent.iterdir()) == []
    write_atomically(target, lambda fh: fh.write(sample_pdf()))
    assert target.read_bytes().startswith(b"%PDF")
