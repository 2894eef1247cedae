"""PDF pages as pixels, through PDFium (pypdfium2), one call at a time.

PDFium is not thread-safe, not even for different documents: two threads inside it corrupt the heap and the process
dies later somewhere unrelated. Every use in the app (previews and printing on worker threads) and in the tests goes
through this module's lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

_PDFIUM = threading.Lock()


@dataclass(frozen=True, slots=True)
class PageImage:
    """An RGB page: ``height`` rows of ``stride`` bytes, 3 bytes a pixel, on white paper."""

    width: int
    height: int
    stride: int
    pixels: bytes
    width_pt: float
    height_pt: float

    def to_pil(self) -> Image.Image:
        from PIL import Image

        return Image.frombuffer("RGB", (self.width, self.height), self.pixels, "raw", "RGB", self.stride, 1)


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def render_page(pdf: bytes, index: int, dpi: float) -> PageImage:
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True, fill_color=(255, 255, 255, 255))
            if bitmap.n_channels != 3:
                raise ValueError(f"unexpected PDFium bitmap with {bitmap.n_channels} channels")
            return PageImage(
                bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), page.get_width(), page.get_height()
            )
        finally:
            document.close()
