"""Adding or editing one checkpoint item in a form; the service checks it, and a refusal is shown in the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridapp.inspections.kinds import LEVEL_ORDER, CheckLevel, Frequency, ItemKind
from gridapp.inspections.rows import InspectionRefused, ItemDraft, ItemRow
from ui.inspections.labels import frequency_label, kind_label, level_label
from ui.inspections.messages import refusal_text


class ItemDialog(QDialog):
    """``save(draft)`` stores the item and raises InspectionRefused for bad input (the dialog then stays open)."""

    def __init__(self, title: str, save: Callable[[ItemDraft], object], item: ItemRow | None,
                 equipment: list[str], activities: list[str], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.equipment = QLineEdit()
        self.equipment.setCompleter(QCompleter(sorted(set(equipment)), self))
        self.activity = QLineEdit()
        self.activity.setCompleter(QCompleter(sorted(set(activities)), self))
        self.content = QLineEdit()
        self.content.setObjectName("itemContent")
        self.standard = QLineEdit()
        self.method = QLineEdit()
        self.level = QComboBox()
        for level in LEVEL_ORDER:
            self.level.addItem(level_label(level), level)
        self.frequency = QComboBox()
        for frequency in Frequency:
            self.frequency.addItem(frequency_label(frequency), frequency)
        self.interval = QSpinBox()
        self.interval.setRange(1, 366)
        self.interval.setSuffix(self.tr(" days"))
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(kind_label(kind), kind)
        number = QDoubleValidator(self)
        number.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.lower = QLineEdit()
        self.upper = QLineEdit()
        for edit in (self.lower, self.upper):
            edit.setValidator(number)
            edit.setPlaceholderText(self.tr("none"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. MPa, mg/L, ℃"))
        self.problem = QLabel()
        self.problem.setObjectName("itemProblem")
        self.problem.setStyleSheet("color: #C8161D;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Equipment category"), self.equipment)
        form.addRow(self.tr("Activity unit"), self.activity)
        form.addRow(self.tr("Content"), self.content)
        form.addRow(self.tr("Standard"), self.standard)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Checked by"), self.level)
        form.addRow(self.tr("Frequency"), self.frequency)
        form.addRow(self.tr("Every"), self.interval)
        form.addRow(self.tr("Record"), self.kind)
        form.addRow(self.tr("Lower limit"), self.lower)
        form.addRow(self.tr("Upper limit"), self.upper)
        form.addRow(self.tr("Unit"), self.unit)
        self._form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.frequency.currentIndexChanged.connect(self._on_choice_changed)
        self.kind.currentIndexChanged.connect(self._on_choice_changed)
        if item is not None:
            self._show(item)
        self._on_choice_changed()
        self.resize(520, self.sizeHint().height())

    def _show(self, item: ItemRow) -> None:
        self.equipment.setText(item.equipment)
        self.activity.setText(item.activity)
        self.content.setText(item.content)
        self.standard.setText(item.standard)
        self.method.setText(item.method)
        self.level.setCurrentIndex(self.level.findData(item.level))
        self.frequency.setCurrentIndex(self.frequency.findData(item.frequency))
        self.interval.setValue(item.interval_days or 7)
        self.kind.setCurrentIndex(self.kind.findData(item.kind))
        self.lower.setText("" if item.lower is None else f"{item.lower:g}")
        self.upper.setText("" if item.upper is None else f"{item.upper:g}")
        self.unit.setText(item.unit)

    @Slot()
    def _on_choice_changed(self) -> None:
        custom = self.frequency.currentData() == Frequency.CUSTOM
        reading = self.kind.currentData() == ItemKind.READING
        for widget, shown in (
            (self.interval, custom),
            (self.lower, reading),
            (self.upper, reading),
            (self.unit, reading),
        ):
            self._form.setRowVisible(widget, shown)

    def draft(self) -> ItemDraft:
        def number(edit: QLineEdit) -> float | None:
            text = edit.text().strip().replace(",", ".")
            return float(text) if text else None

        level: CheckLevel = self.level.currentData()
        frequency: Frequency = self.frequency.currentData()
        return ItemDraft(
            content=self.content.text(),
            level=level,
            frequency=frequency,
            equipment=self.equipment.text(),
            activity=self.activity.text(),
            standard=self.standard.text(),
            method=self.method.text(),
            interval_days=self.interval.value() if frequency == Frequency.CUSTOM else None,
            kind=self.kind.currentData(),
            lower=number(self.lower),
            upper=number(self.upper),
            unit=self.unit.text(),
        )

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            self._save(self.draft())
        except InspectionRefused as refused:
            self.problem.setText(refusal_text(refused))
            self.problem.show()
            return
        except ValueError:
            self.problem.setText(self.tr("The limits must be numbers."))
            self.problem.show()
            return
        self.accept()
