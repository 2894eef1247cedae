"""Checks every PDF test uses: fonts embedded, the text, page sizes, and pages rendered to PNG for a person to look at."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from gridapp.reports import raster

MM = 72 / 25.4


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page (including inside form XObjects) → whether it is embedded."""
    found: dict[str, bool] = {}

    def visit(resources: object) -> None:
        if not resources:
            return
        resources = resources.get_object()  # type: ignore[attr-defined]
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            embedded = bool(descriptor) and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2"))
            found[str(font["/BaseFont"])] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            visit(xobject.get_object().get("/Resources"))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        visit(page.get("/Resources"))
    return found


def assert_all_fonts_embedded(pdf: bytes) -> None:
    fonts = fonts_of(pdf)
    assert fonts, "the PDF uses no font at all"
    assert all(fonts.values()), f"fonts not embedded: {[name for name, ok in fonts.items() if not ok]}"


def pdf_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def page_sizes_mm(pdf: bytes) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width) / MM), round(float(p.mediabox.height) / MM))
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]


def save_pages_png(pdf: bytes, folder: Path, stem: str, dpi: int = 50, limit: int = 3) -> list[Path]:
    """Render the first ``limit`` pages to PNG files in ``folder`` (test output to open and look at)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(min(limit, raster.page_count(pdf))):
        path = folder / f"{stem}-{index + 1}.png"
        raster.render_page(pdf, index, dpi).to_pil().save(path)
        paths.append(path)
    return paths
