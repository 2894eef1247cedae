"""The print preview: the PDF is built and rendered in the background, then printed or saved."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from tests.test_reports_base import sample_pdf
from ui.print_preview import PrintPreviewDialog, print_pdf, render_page


def test_preview_renders_every_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog("检查表", lambda progress: sample_pdf(), "检查表.pdf")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.task.finished, timeout=10_000):
        pass
    assert dialog.pages.count() == 2
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()


def test_rendered_page_shows_ink(qtbot) -> None:  # type: ignore[no-untyped-def]
    image = render_page(sample_pdf(), 0, 50)
    assert image.width() > 300
    colours = {image.pixelColor(x, y).lightness() for x in range(0, image.width(), 4) for y in range(0, 120, 2)}
    assert min(colours) < 100 and max(colours) == 255  # black text on white paper


def test_printing_reaches_the_printer(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    print_pdf(sample_pdf(), printer)
    assert len(PdfReader(out).pages) == 2
