"""The area dialog: name, kind, unit, claimer, what the claimer answers for, and the placard photo."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.rows import AreaFields, PersonRow, UnitRow
from ui.file_dialogs import open_file_name
from ui.org.pickers import PersonPicker, UnitPicker

# Kinds of places the seeds name (seed 001: 办公室, 会议室, 卫生间, 宿舍, 活动室 …); any other may be typed.
AREA_KINDS = (
    "办公室",
    "会议室",
    "卫生间",
    "宿舍",
    "活动室",
    "泵房",
    "配电室",
    "值班室",
    "化验室",
    "生产间",
    "库房",
    "生产区",
)
PHOTO_FILTER = "*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff"


class AreaDialog(QDialog):
    def __init__(
        self,
        units: Sequence[UnitRow],
        search: Callable[[str], list[PersonRow]],
        fields: AreaFields | None = None,
        unit_id: uuid.UUID | None = None,
        claimer: PersonRow | None = None,
        photo: bytes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit area") if fields else self.tr("Add area"))
        self.name = QLineEdit(fields.name if fields else "")
        self.name.setObjectName("areaName")
        self.name.setMaxLength(80)
        self.kind = QComboBox()
        self.kind.setObjectName("areaKind")
        self.kind.setEditable(True)
        self.kind.addItems(AREA_KINDS)
        self.kind.setCurrentText(fields.kind if fields else "")
        self.unit = UnitPicker(units, fields.unit_id if fields else unit_id, self)
        self.unclaimed = QCheckBox(self.tr("Nobody claims it yet"))
        self.claimer = PersonPicker(search, claimer, self, self.tr("Claimer: name, employee no. or pinyin initials"))
        self.claimer.setObjectName("claimerPicker")
        self.unclaimed.toggled.connect(self.claimer.setDisabled)
        self.unclaimed.setChecked(fields is not None and fields.claimer_id is None)
        self.duties = QPlainTextEdit(fields.duties if fields else "")
        self.duties.setPlaceholderText(self.tr("What the claimer answers for (printed on the placard)"))
        self.duties.setMaximumHeight(self.fontMetrics().height() * 5)
        self.photo: bytes | None = photo
        self.photo_changed = False
        self.preview = QLabel()
        self.preview.setFixedSize(120, 150)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px dashed palette(mid);")
        choose = QPushButton(self.tr("Choose photo…"))
        choose.clicked.connect(self._on_choose_clicked)
        remove = QPushButton(self.tr("Remove photo"))
        remove.clicked.connect(self._on_remove_clicked)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(choose)
        photo_buttons.addWidget(remove)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.preview)
        photo_row.addLayout(photo_buttons)
        self._show_photo()
        form = QFormLayout()
        form.addRow(self.tr("Area"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Claimed by"), self.unclaimed)
        form.addRow("", self.claimer)
        form.addRow(self.tr("Duties"), self.duties)
        form.addRow(self.tr("Placard photo"), photo_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def _show_photo(self) -> None:
        pixmap = QPixmap()
        if self.photo and pixmap.loadFromData(self.photo):
            self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo"))

    @Slot()
    def _on_choose_clicked(self) -> None:
        path = open_file_name(self, self.tr("Placard photo"), "photos", self.tr("Pictures ({0})").format(PHOTO_FILTER))
        if path is None:
            return
        name = str(path)
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Placard photo"), self.tr("The file cannot be read: {0}").format(exc.strerror)
            )
            return
        self.photo, self.photo_changed = data, True
        self._show_photo()

    @Slot()
    def _on_remove_clicked(self) -> None:
        self.photo, self.photo_changed = None, True
        self._show_photo()

    def fields(self) -> AreaFields:
        unit = self.unit.unit()
        claimer = None if self.unclaimed.isChecked() else self.claimer.person()
        return AreaFields(
            unit_id=unit.id if unit else uuid.UUID(int=0),
            name=self.name.text(),
            kind=self.kind.currentText(),
            claimer_id=claimer.id if claimer else None,
            duties=self.duties.toPlainText(),
        )
