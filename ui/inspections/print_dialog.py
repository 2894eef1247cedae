"""Choosing what to print (checklist, display board, tiled board, pocket cards, document) and opening the preview."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridapp.inspections.kinds import LEVEL_ORDER, CheckLevel, Frequency
from gridapp.inspections.prints.options import ChecklistOptions, Source
from gridapp.times import plant_today
from ui.inspections.labels import frequency_label, level_label
from ui.inspections.messages import show_problem
from ui.settings import app_settings

if TYPE_CHECKING:
    from gridapp.services import Services

QR_KEY = "inspections/qr_address"
translate = QCoreApplication.translate


class PrintKind(enum.Enum):
    CHECKLIST = "checklist"
    BOARD = "board"
    TILES = "tiles"
    POCKET = "pocket"
    DOCUMENT = "document"


def kind_title(kind: PrintKind) -> str:
    return {
        PrintKind.CHECKLIST: translate("InspectionPrint", "Checklist"),
        PrintKind.BOARD: translate("InspectionPrint", "Display board"),
        PrintKind.TILES: translate("InspectionPrint", "Display board on small sheets"),
        PrintKind.POCKET: translate("InspectionPrint", "Pocket cards"),
        PrintKind.DOCUMENT: translate("InspectionPrint", "Document"),
    }[kind]


class PrintOptionsDialog(QDialog):
    """The choices one kind of print offers; ``build`` makes the PDF from them (in a worker thread)."""

    def __init__(self, kind: PrintKind, name: str, has_items: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(f"{kind_title(kind)} · {name}")
        form = QFormLayout()
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Portrait"), False)
        self.orientation.addItem(self.tr("Landscape"), True)
        self.level = QComboBox()
        self.level.setObjectName("printLevel")
        self.level.addItem(self.tr("All levels"), None)
        for level in LEVEL_ORDER:
            self.level.addItem(level_label(level), level)
        self.frequency = QComboBox()
        self.frequency.setObjectName("printFrequency")
        self.frequency.addItem(self.tr("All frequencies"), None)
        for frequency in Frequency:
            self.frequency.addItem(frequency_label(frequency), frequency)
        self.blank_date = QCheckBox(self.tr("Leave the date blank, to fill in by hand"))
        self.blank_date.setChecked(True)
        self.date = QDateEdit(QDate(plant_today()))
        self.date.setCalendarPopup(True)
        self.date.setEnabled(False)
        self.blank_date.toggled.connect(lambda blank: self.date.setEnabled(not blank))
        self.size = QComboBox()
        self.size.addItems(["A1", "A2"])
        self.paper = QComboBox()
        self.paper.setObjectName("cardPaper")
        self.paper.addItem(self.tr("A4 (to hang or file)"), "A4")
        self.paper.addItem(self.tr("A5"), "A5")
        self.paper.addItem(self.tr("A6 (pocket size)"), "A6")
        self.sheet = QComboBox()
        self.sheet.addItems(["A4", "A3"])
        self.overlap = QSpinBox()
        self.overlap.setRange(5, 30)
        self.overlap.setValue(10)
        self.overlap.setSuffix(" mm")
        self.copies = QSpinBox()
        self.copies.setRange(1, 200)
        self.copies.setValue(10)
        self.qr_address = QLineEdit(str(app_settings().value(QR_KEY, "")))
        self.qr_address.setPlaceholderText(self.tr("optional, e.g. https://plant.example/report?place={rg}"))
        self.qr_address.setToolTip(
            self.tr("The address of the plant's reporting form; {rg} (the place code the app's scan box reads), "
                    "{unit}, {unit_code}, {post}, {post_code} and {post_id} are filled in. Left empty, the code is "
                    "the place code alone: the scan box (F7) opens the post from it, without a network.")
        )  # fmt: skip
        if kind == PrintKind.CHECKLIST:
            form.addRow(self.tr("Paper"), self.orientation)
            form.addRow(self.tr("Items checked by"), self.level)
            form.addRow(self.tr("Frequency"), self.frequency)
            form.addRow(self.tr("Date"), self.blank_date)
            form.addRow("", self.date)
        if kind in (PrintKind.BOARD, PrintKind.TILES):
            form.addRow(self.tr("Board size"), self.size)
        if kind == PrintKind.DOCUMENT:
            form.addRow(self.tr("Paper"), self.paper)
        if kind == PrintKind.TILES:
            form.addRow(self.tr("Printer paper"), self.sheet)
            form.addRow(self.tr("Overlap"), self.overlap)
        if kind == PrintKind.POCKET:
            form.addRow(self.tr("Cards"), self.copies)
            if has_items:
                self.level.removeItem(0)
                form.addRow(self.tr("Items checked by"), self.level)
        if kind in (PrintKind.BOARD, PrintKind.TILES, PrintKind.POCKET):
            form.addRow(self.tr("QR code reporting address"), self.qr_address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def checklist_options(self) -> ChecklistOptions:
        return ChecklistOptions(
            landscape=bool(self.orientation.currentData()),
            level=self.level.currentData(),
            frequency=self.frequency.currentData(),
            date=None if self.blank_date.isChecked() else self.date.date().toPython(),  # type: ignore[arg-type]
            printed_on=plant_today(),
        )


def open_print(parent: QWidget, services: Services, kind: PrintKind, source: Source, name: str, has_items: bool,
               ask: bool = True) -> QDialog | None:  # fmt: skip
    """Ask for the options of ``kind``, check the document can be printed, and open the print preview."""
    from ui.print_preview import PrintPreviewDialog  # ReportLab and PDFium load on the first print, not at start-up

    dialog = PrintOptionsDialog(kind, name, has_items, parent)
    if ask and dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    qr = dialog.qr_address.text().strip()
    prints = services.inspections.prints
    try:
        prints.check(source, qr)
    except Exception as exc:
        show_problem(parent, exc, kind_title(kind))
        return None
    if kind in (PrintKind.BOARD, PrintKind.TILES, PrintKind.POCKET):
        app_settings().setValue(QR_KEY, qr)
    size, sheet, overlap, copies = (
        dialog.size.currentText(),
        dialog.sheet.currentText(),
        dialog.overlap.value(),
        dialog.copies.value(),
    )
    level: CheckLevel = dialog.level.currentData() or CheckLevel.STAFF
    paper = str(dialog.paper.currentData())
    options = dialog.checklist_options()
    builds = {
        PrintKind.CHECKLIST: (lambda p: prints.checklist(source, options, p), f"{name}-检查表.pdf"),
        PrintKind.BOARD: (lambda p: prints.board(source, size, qr, p), f"{name}-展板-{size}.pdf"),
        PrintKind.TILES: (
            lambda p: prints.board_tiles(source, size, sheet, overlap, qr, p),
            f"{name}-展板-{size}-拼贴{sheet}.pdf",
        ),
        PrintKind.POCKET: (lambda p: prints.pocket_cards(source, copies, level, qr, p), f"{name}-口袋卡.pdf"),
        PrintKind.DOCUMENT: (lambda p: prints.document(source, p, paper), f"{name}-{paper}.pdf"),
    }
    build, suggested = builds[kind]
    preview = PrintPreviewDialog(f"{kind_title(kind)} · {name}", build, suggested, parent)
    preview.setObjectName("inspectionPreview")
    preview.show()
    return preview
