"""Print preview for any PDF the app builds: built and rendered off the UI thread, printed, or saved.

Qt's own PDF module is not part of PySide6-Essentials, so pages are rasterised with PDFium (gridapp.reports.raster,
which serialises every call: PDFium is not thread-safe). The same rendering feeds the printer, page by page, at the
printer's resolution (capped so an A1 board does not need gigabytes).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QRectF, QSize, Qt, Slot
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.files import write_atomically
from gridapp.progress import Progress
from gridapp.reports import raster
from ui.errors import show_exception
from ui.file_dialogs import save_file_name
from ui.tasks import Task

PREVIEW_DPI = 60
MAX_PRINT_DPI = 300


def render_page(pdf: bytes, index: int, dpi: float) -> QImage:
    """One page of ``pdf`` as an image at ``dpi`` (safe in a worker thread: it touches no widget)."""
    page = raster.render_page(pdf, index, dpi)
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the QImage above only borrows the bytes


class PrintPreviewDialog(QDialog):
    """Builds a PDF with ``build`` in the background, shows its pages, and prints or saves it."""

    def __init__(
        self,
        title: str,
        build: Callable[[Progress], bytes],
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.suggested_name = suggested_name
        self.pdf: bytes | None = None
        self.pages = QListWidget()
        self.pages.setObjectName("previewPages")
        self.pages.setViewMode(QListWidget.ViewMode.IconMode)
        self.pages.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.pages.setMovement(QListWidget.Movement.Static)
        self.pages.setSpacing(12)
        self.status = QLabel(self.tr("Preparing the document…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(1000, 760)
        self.task = Task(partial(self._build_and_render, build), name=f"preview {title}", parent=self)
        self.task.progressed.connect(self._on_task_progressed)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.rejected.connect(self.task.cancel)
        self.task.start()

    @staticmethod
    def _build_and_render(build: Callable[[Progress], bytes], progress: Progress) -> tuple[bytes, list[QImage]]:
        pdf = build(progress)
        count = raster.page_count(pdf)
        images = []
        for index in range(count):
            progress(index, count, "render")
            images.append(render_page(pdf, index, PREVIEW_DPI))
        return pdf, images

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def _on_task_succeeded(self, result: tuple[bytes, list[QImage]]) -> None:
        self.pdf, images = result
        size = QSize(0, 0)
        for number, image in enumerate(images, start=1):
            item = QListWidgetItem(QPixmap.fromImage(image), self.tr("Page {0}").format(number))
            self.pages.addItem(item)
            size = size.expandedTo(image.size())
        self.pages.setIconSize(size)
        self.progress.hide()
        self.status.setText(self.tr("{0} pages").format(len(images)))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.status.setText(self.tr("The document could not be made."))
        show_exception(self, exc)

    @Slot()
    def _on_save_clicked(self) -> None:
        assert self.pdf is not None
        path = save_file_name(self, self.tr("Save PDF"), "pdf", self.suggested_name, self.tr("PDF (*.pdf)"), ".pdf")
        if path is None:
            return
        pdf = self.pdf
        try:
            write_atomically(path, lambda fh: fh.write(pdf))
        except OSError as exc:
            show_exception(self, exc)
            return
        self.status.setText(self.tr("Saved {0}").format(path))

    @Slot()
    def _on_print_clicked(self) -> None:
        assert self.pdf is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.pdf, printer)
        except Exception as exc:
            show_exception(self, exc)
            return
        self.status.setText(self.tr("Sent to the printer"))


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Paint each page onto ``printer``, fitted to its printable area, keeping the aspect ratio."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        count = raster.page_count(pdf)
        for index in range(count):
            if index:
                printer.newPage()
            image = render_page(pdf, index, dpi)
            area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target = QRectF(image.rect())
            target.setSize(target.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio))
            painter.drawImage(target, image)
    finally:
        painter.end()
