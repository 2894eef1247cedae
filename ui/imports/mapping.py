"""The import's first step, the one users know from Excel's and WPS's import wizards: which sheet, which row holds
the headings, whether hidden rows count, and what each column means — proposed by the app, with a sample of each
column's values, every choice changeable, a required field left without a column named."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridapp.io.sheets import SheetFile
from gridapp.io.tables import IGNORE, MappingProblem, Schema, Settings, Table, build_table
from ui.settings import app_settings

WARNING = QColor("#B3261E")
GUESSED = QColor("#FFF6D6")
_KEY = "import-mapping/"


def recall(layout_key: str) -> Mapping[str, str] | None:
    """The mapping the user last imported a sheet of this layout with, if any (per user, on this PC)."""
    raw = app_settings().value(_KEY + layout_key.replace(":", "-"))
    try:
        mapping = json.loads(str(raw)) if raw else None
    except ValueError:
        return None
    return mapping if isinstance(mapping, dict) else None


def remember(table: Table) -> None:
    """Keep ``table``'s mapping for the next sheet with the same headings."""
    app_settings().setValue(_KEY + table.layout_key.replace(":", "-"), json.dumps(table.remembered_form()))


class MappingStep(QWidget):
    """Shows a Table and rebuilds it from the same file whenever the user changes a choice."""

    changed = Signal(object)  # the Table as it now stands

    class Col:
        LETTER, HEADING, SAMPLES, MEANING = range(4)

    def __init__(self, schema: Schema, label: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._schema = schema
        self._label = label
        self._file: SheetFile | None = None
        self.table: Table | None = None
        self._filling = False
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.activated.connect(self._on_choice)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        self.header_line = QSpinBox()
        self.header_line.setObjectName("importHeaderLine")
        self.header_line.setRange(1, 30)
        self.header_line.setToolTip(self.tr("The row of the sheet that holds the column headings"))
        self.header_line.valueChanged.connect(self._on_choice)
        header_label = QLabel(self.tr("&Headings in row:"))
        header_label.setBuddy(self.header_line)
        self.hidden = QCheckBox(self.tr("Include hidden rows and columns"))
        self.hidden.setObjectName("importHidden")
        self.hidden.toggled.connect(self._on_choice)
        choices = QHBoxLayout()
        choices.addWidget(self.sheet_label)
        choices.addWidget(self.sheet)
        choices.addSpacing(16)
        choices.addWidget(header_label)
        choices.addWidget(self.header_line)
        choices.addSpacing(16)
        choices.addWidget(self.hidden)
        choices.addStretch(1)
        self.columns = QTableWidget(0, 4)
        self.columns.setObjectName("importMapping")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Heading in the sheet"), self.tr("Values (first rows)"), self.tr("Import as")]
        )
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(self.Col.LETTER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.Col.HEADING, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.Col.SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.Col.MEANING, QHeaderView.ResizeMode.ResizeToContents)
        self.columns.setColumnWidth(self.Col.HEADING, 180)
        self.status = QLabel()
        self.status.setObjectName("importMappingStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.status)

    def set_file(self, file: SheetFile) -> None:
        """Show ``file`` with the app's proposal (or the remembered mapping for its headings)."""
        self._file = file
        self._show(build_table(file, self._schema, Settings(), recall))

    def _settings(self) -> Settings:
        assert self.table is not None
        mapping: dict[int, str] = {}
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, self.Col.MEANING)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[int(self.columns.item(row, self.Col.LETTER).data(Qt.ItemDataRole.UserRole))] = str(
                    combo.currentData()
                )
        return Settings(self.sheet.currentText() or None, self.header_line.value(), mapping, self.hidden.isChecked())

    @Slot()
    def _on_choice(self) -> None:
        if self._filling or self._file is None or self.table is None:
            return
        settings = self._settings()
        sender = self.sender()
        if sender is self.sheet or sender is self.header_line:  # a new sheet or heading row: propose afresh
            settings = Settings(settings.sheet, None if sender is self.sheet else settings.header_line, None,
                                settings.include_hidden)  # fmt: skip
        self._show(build_table(self._file, self._schema, settings))

    def _on_meaning(self, row: int) -> None:
        if self._filling:
            return
        combo = self.columns.cellWidget(row, self.Col.MEANING)
        assert isinstance(combo, QComboBox)
        chosen = combo.currentData()
        if chosen:  # a field has one column: the column that had it before is let go
            for other in range(self.columns.rowCount()):
                box = self.columns.cellWidget(other, self.Col.MEANING)
                if other != row and isinstance(box, QComboBox) and box.currentData() == chosen:
                    box.blockSignals(True)
                    box.setCurrentIndex(0)
                    box.blockSignals(False)
        self._on_choice()

    def _show(self, table: Table) -> None:
        self.table = table
        self._filling = True
        try:
            self.sheet.clear()
            self.sheet.addItems(list(table.sheets))
            self.sheet.setCurrentText(table.sheet)
            self.sheet.setVisible(len(table.sheets) > 1)
            self.sheet_label.setVisible(len(table.sheets) > 1)
            if table.header_line:
                self.header_line.setValue(table.header_line)
            self.hidden.setChecked(table.include_hidden)
            self.columns.setRowCount(len(table.columns))
            for row, column in enumerate(table.columns):
                letter = QTableWidgetItem(column.letter + (self.tr(" (hidden)") if column.hidden else ""))
                letter.setData(Qt.ItemDataRole.UserRole, column.index)
                self.columns.setItem(row, self.Col.LETTER, letter)
                heading = QTableWidgetItem(column.heading or self.tr("(no heading)"))
                heading.setToolTip(column.heading)
                self.columns.setItem(row, self.Col.HEADING, heading)
                samples = QTableWidgetItem(" / ".join(column.samples))
                samples.setToolTip("\n".join(column.samples))
                self.columns.setItem(row, self.Col.SAMPLES, samples)
                combo = QComboBox()
                combo.addItem(self.tr("— do not import —"), IGNORE)
                for f in self._schema.fields:
                    combo.addItem(self._label(f.key) + (" *" if f.required else ""), f.key)
                combo.setCurrentIndex(max(0, combo.findData(table.mapping.get(column.index, IGNORE))))
                if column.index in table.guessed:
                    combo.setToolTip(self.tr("Proposed from a word in the heading; check it."))
                    for c in (self.Col.HEADING, self.Col.SAMPLES):
                        self.columns.item(row, c).setBackground(GUESSED)
                combo.currentIndexChanged.connect(lambda _i, row=row: self._on_meaning(row))
                self.columns.setCellWidget(row, self.Col.MEANING, combo)
            self.status.setText(self.status_text(table))
            problems = table.problems()
            self.status.setStyleSheet(f"color: {WARNING.name()}" if problems else "")
        finally:
            self._filling = False
        self.changed.emit(table)

    def status_text(self, table: Table) -> str:
        lines = []
        for problem, detail in table.problems():
            lines.append(
                {
                    MappingProblem.NO_HEADER: self.tr(
                        "The first rows of the sheet are empty; choose the row that holds the column headings."
                    ),
                    MappingProblem.MISSING: self.tr("Required and not in any column: {0}. Choose its column below."),
                    MappingProblem.TWICE: self.tr("Two columns are imported as {0}; choose one."),
                    MappingProblem.NO_ROWS: self.tr("There are no rows under the headings."),
                }[problem].format(self._label(detail) if detail else "")
            )
        if table.remembered:
            lines.append(self.tr("Columns matched as in your last import of a sheet with these headings."))
        if table.unmapped:
            names = "、".join(f"{c.heading or self.tr('(no heading)')}（{c.letter}）" for c in table.unmapped)
            lines.append(self.tr("Not imported: {0}.").format(names))
        if table.hidden_rows:
            lines.append(
                self.tr("{0} hidden rows are included.").format(table.hidden_rows)
                if table.include_hidden
                else self.tr("{0} hidden rows are left out.").format(table.hidden_rows)
            )
        return "\n".join(lines)
