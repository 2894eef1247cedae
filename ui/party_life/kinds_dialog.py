"""The catalogue of meeting kinds: which units must hold each kind, how often, and who attends; a site renames,
adds, switches off and (when never used) deletes kinds."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.kinds import UnitKind
from gridapp.party_life.kinds import Attendees, MeetingFrequency, PartyLifeRefused
from gridapp.party_life.rows import MeetingKindDraft, MeetingKindRow
from ui.errors import show_exception
from ui.party_life.meeting_models import KindColumn, MeetingKindTableModel
from ui.party_life.words import attendees_label, frequency_label, refusal_text, unit_kind_label
from ui.roles import ROW_ROLE

if TYPE_CHECKING:
    from gridapp.actor import Actor
    from gridapp.party_life.meetings import MeetingService


class KindDialog(QDialog):
    def __init__(self, kind: MeetingKindRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting kind"))
        self.code = QLineEdit(kind.code if kind else "")
        self.code.setObjectName("kindCode")
        self.name = QLineEdit(kind.name if kind else "")
        self.name.setObjectName("kindName")
        self.frequency = QComboBox()
        for f in MeetingFrequency:
            self.frequency.addItem(frequency_label(f), f)
        self.units = QComboBox()
        for u in (None, *UnitKind):
            self.units.addItem(unit_kind_label(u), u)
        self.attendees = QComboBox()
        for a in Attendees:
            self.attendees.addItem(attendees_label(a), a)
        self.in_use = QCheckBox(self.tr("In use (required and offered when recording)"))
        self.in_use.setChecked(kind.in_use if kind else True)
        if kind is not None:
            self.frequency.setCurrentIndex(self.frequency.findData(kind.frequency))
            self.units.setCurrentIndex(self.units.findData(kind.unit_kind))
            self.attendees.setCurrentIndex(self.attendees.findData(kind.attendees))
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Required"), self.frequency)
        form.addRow(self.tr("Held by"), self.units)
        form.addRow(self.tr("Who attends"), self.attendees)
        form.addRow("", self.in_use)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def draft(self) -> MeetingKindDraft:
        return MeetingKindDraft(
            self.code.text().strip(),
            self.name.text().strip(),
            self.frequency.currentData(),
            self.attendees.currentData(),
            self.units.currentData(),
            self.in_use.isChecked(),
        )


class KindsDialog(QDialog):
    """The catalogue as a list with add, change and delete; each change is saved at once."""

    def __init__(self, service: MeetingService, actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self.setWindowTitle(self.tr("Meeting kinds"))
        self.model = MeetingKindTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("kindsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self._on_edit_clicked())
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self._on_add_clicked)
        edit = QPushButton(self.tr("Change…"))
        edit.clicked.connect(self._on_edit_clicked)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self._on_delete_clicked)
        row = QHBoxLayout()
        for button in (add, edit, delete):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._service.kinds())
        self.table.sortByColumn(KindColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()

    def _current(self) -> MeetingKindRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _save(self, kind: MeetingKindRow | None) -> None:
        dialog = KindDialog(kind, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._call(lambda: self._service.save_kind(self._actor(), dialog.draft(), kind.id if kind else None))

    def _call(self, change: Callable[[], object]) -> None:
        try:
            change()
        except PartyLifeRefused as exc:
            QMessageBox.warning(self, self.windowTitle(), refusal_text(exc))
        except Exception as exc:  # shown, not swallowed: a refusal of the rights table, a database fault
            show_exception(self, exc)
        self.reload()

    @Slot()
    def _on_add_clicked(self) -> None:
        self._save(None)

    @Slot()
    def _on_edit_clicked(self) -> None:
        kind = self._current()
        if kind is not None:
            self._save(kind)

    @Slot()
    def _on_delete_clicked(self) -> None:
        kind = self._current()
        if kind is not None:
            self._call(lambda: self._service.delete_kind(self._actor(), kind.id))
