"""Training's dialogs: a session with its attendees ticked from the unit, the catalogue of classrooms, and the hours a
unit requires of its people per kind."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.rows import UnitRow
from gridapp.security.rights import plant_today
from gridapp.training.kinds import RequirementPeriod, TrainingKind, TrainingRefused
from gridapp.training.rows import ClassroomDraft, ClassroomRow, Requirement, SessionDetail, SessionDraft, Trainee
from ui.catalogue_dialog import CatalogueDialog
from ui.org.person_dialogs import date_edit, from_qdate
from ui.party_life import page_parts
from ui.party_life.page_parts import Refusals
from ui.training.models import ClassroomColumn, ClassroomTableModel, TraineeCheckModel
from ui.training.words import hours_text, kind_label, period_label, refusal_text
from ui.widgets import find_data

if TYPE_CHECKING:
    from gridapp.actor import Actor
    from gridapp.training.service import TrainingService


TRAINING_REFUSED: Refusals = (TrainingRefused, refusal_text)


def run_change(parent: QWidget, title: str, change: Callable[[], object]) -> bool:
    """Carry out ``change``; training's refusal or a fault is shown (never swallowed) and False returned."""
    return page_parts.run_change(parent, title, change, TRAINING_REFUSED)


def exec_until_saved(dialog: QDialog, save: Callable[[], object]) -> bool:
    """Show ``dialog`` until its change is saved or it is cancelled; a refused change keeps what was typed."""
    return page_parts.exec_until_saved(dialog, save, TRAINING_REFUSED)


def hours_box(value: float, most: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setRange(0, most)
    box.setValue(value)
    return box


class SessionDialog(QDialog):
    """A new session (its unit's people listed, none ticked) or a recorded one to change."""

    def __init__(
        self,
        classrooms: Sequence[ClassroomRow],
        units: Sequence[UnitRow],
        people: Callable[[uuid.UUID, dt.date], list[Trainee]],
        unit_id: uuid.UUID | None = None,
        detail: SessionDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._detail = detail
        s = detail.session if detail else None
        self.setWindowTitle(self.tr("Training session") if detail else self.tr("Record a training session"))
        self.kind = QComboBox()
        self.kind.setObjectName("trainingKind")
        for k in TrainingKind:
            self.kind.addItem(kind_label(k), k)
        self.classroom = QComboBox()
        self.classroom.setObjectName("trainingClassroom")
        for c in classrooms:
            if c.in_use or (s and s.classroom_id == c.id):
                self.classroom.addItem(c.name, c.id)
        self.unit = QComboBox()
        self.unit.setObjectName("trainingUnit")
        for u in units:
            self.unit.addItem(u.name, u.id)
        self.held_on = date_edit(s.held_on if s else plant_today())
        self.held_on.setObjectName("trainingDate")
        self.hours = hours_box(s.hours if s else 2.0, 24)
        self.hours.setObjectName("trainingHours")
        self.topic = QLineEdit(s.topic if s else "")
        self.topic.setObjectName("trainingTopic")
        self.teacher = QLineEdit(s.teacher if s else "")
        self.teacher.setObjectName("trainingTeacher")
        self.place = QLineEdit(s.place if s else "")
        self.place.setObjectName("trainingPlace")
        self.attendees = TraineeCheckModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.attendees)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.find = QLineEdit()
        self.find.setObjectName("trainingFind")
        self.find.setPlaceholderText(self.tr("Find a name, employee no. or unit"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("trainingAttendees")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.toggle_selected())
        tick_all = QPushButton(self.tr("Tick all shown"))
        tick_all.clicked.connect(lambda: self._tick_shown(True))
        clear = QPushButton(self.tr("Clear all shown"))
        clear.clicked.connect(lambda: self._tick_shown(False))
        self.counts = QLabel()
        self.counts.setObjectName("trainingCounts")
        hint = QLabel(self.tr("Space or a double click ticks the selected people; the sign-in sheet can also be "
                              "imported into a saved session."))  # fmt: skip
        hint.setWordWrap(True)
        form = QGridLayout()
        rows = (
            (self.tr("Kind"), self.kind, self.tr("Classroom"), self.classroom),
            (self.tr("Unit"), self.unit, self.tr("Date"), self.held_on),
            (self.tr("Topic"), self.topic, self.tr("Hours"), self.hours),
            (self.tr("Teacher"), self.teacher, self.tr("Place"), self.place),
        )
        for r, (a, wa, b, wb) in enumerate(rows):
            form.addWidget(QLabel(a), r, 0)
            form.addWidget(wa, r, 1)
            form.addWidget(QLabel(b), r, 2)
            form.addWidget(wb, r, 3)
        form.setColumnStretch(1, 3)
        form.setColumnStretch(3, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.find, 1)
        ticks.addWidget(tick_all)
        ticks.addWidget(clear)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Attendees")))
        layout.addLayout(ticks)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        if s is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(s.kind)))
            self.unit.setCurrentIndex(max(0, find_data(self.unit, s.unit_id)))
            self.classroom.setCurrentIndex(max(0, find_data(self.classroom, s.classroom_id)))
        elif unit_id is not None:
            self.unit.setCurrentIndex(max(0, find_data(self.unit, unit_id)))
        self._reload_people({a.person_id for a in detail.attendees} if detail else set())
        self.unit.currentIndexChanged.connect(lambda _i: self._reload_people(self.attendees.ticked))
        self.attendees.dataChanged.connect(self._update)
        self.attendees.modelReset.connect(self._update)
        self.topic.textChanged.connect(self._update)
        self._update()
        self.resize(720, 620)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Space and self.table.hasFocus():
            self.toggle_selected()
            return
        super().keyPressEvent(event)

    def _reload_people(self, ticked: set[uuid.UUID]) -> None:
        unit = self.unit.currentData()
        people = self._people(unit, from_qdate(self.held_on.date())) if unit else []
        if self._detail is not None:  # someone who left since keeps their tick on the record
            known = {p.person_id for p in people}
            people += [a for a in self._detail.attendees if a.person_id not in known]
        self.attendees.set_people(people, ticked)
        self.table.resizeColumnsToContents()

    def _source_rows(self, proxy_rows: list[int]) -> list[int]:
        return [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in proxy_rows]

    def toggle_selected(self) -> None:
        rows = self._source_rows(sorted({i.row() for i in self.table.selectionModel().selectedRows()}))
        if not rows:
            return
        on = not all(self.attendees.row_at(r).person_id in self.attendees.ticked for r in rows)
        self.attendees.set_ticked(rows, on)

    def _tick_shown(self, on: bool) -> None:
        self.attendees.set_ticked(self._source_rows(list(range(self.proxy.rowCount()))), on)

    @Slot()
    def _update(self, *_args: object) -> None:
        self.counts.setText(self.tr("{0} of {1} ticked").format(len(self.attendees.ticked), self.attendees.rowCount()))
        ready = bool(self.topic.text().strip()) and self.classroom.currentData() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            ready and self.unit.currentData() is not None
        )

    def draft(self) -> SessionDraft:
        return SessionDraft(
            unit_id=self.unit.currentData(),
            kind=self.kind.currentData(),
            classroom_id=self.classroom.currentData(),
            topic=self.topic.text().strip(),
            teacher=self.teacher.text().strip(),
            held_on=from_qdate(self.held_on.date()),
            hours=self.hours.value(),
            attendees=self.attendees.ticked_in_order(),
            place=self.place.text().strip(),
            id=self._detail.session.id if self._detail else None,
        )


class ClassroomDialog(QDialog):
    def __init__(self, classroom: ClassroomRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Classroom"))
        self.code = QLineEdit(classroom.code if classroom else "")
        self.code.setObjectName("classroomCode")
        self.name = QLineEdit(classroom.name if classroom else "")
        self.name.setObjectName("classroomName")
        self.in_use = QCheckBox(self.tr("In use (offered when recording)"))
        self.in_use.setChecked(classroom.in_use if classroom else True)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.in_use)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def draft(self) -> ClassroomDraft:
        return ClassroomDraft(self.code.text().strip(), self.name.text().strip(), self.in_use.isChecked())


class ClassroomsDialog(CatalogueDialog[ClassroomRow]):
    """The catalogue of classrooms (四课堂) with add, change and delete; each change is saved at once."""

    def __init__(self, service: TrainingService, actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(
            ClassroomTableModel(),
            service.classrooms,
            ClassroomDialog,
            lambda draft, room: service.save_classroom(actor(), draft, room.id if room else None),
            lambda room: service.delete_classroom(actor(), room.id),
            TRAINING_REFUSED,
            ClassroomColumn.NAME,
            parent,
        )
        self.setWindowTitle(self.tr("Classrooms"))
        self.model.setParent(self)
        self.table.setObjectName("classroomsTable")
        self.resize(520, 360)


class RequirementsDialog(QDialog):
    """The hours each person of a unit owes per kind and period: the unit's own setting, or the one it inherits."""

    def __init__(self, unit: UnitRow, current: Sequence[Requirement], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unit = unit
        self.setWindowTitle(self.tr("Required training hours"))
        by_kind = {r.kind: r for r in current}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Kind")), 0, 0)
        grid.addWidget(QLabel(self.tr("Set here")), 0, 1)
        grid.addWidget(QLabel(self.tr("Hours")), 0, 2)
        grid.addWidget(QLabel(self.tr("per")), 0, 3)
        self.rows: dict[TrainingKind, tuple[QCheckBox, QDoubleSpinBox, QComboBox]] = {}
        for r, kind in enumerate(TrainingKind, start=1):
            req = by_kind.get(kind)
            own = QCheckBox()
            own.setObjectName(f"requirementOwn_{kind.value}")
            own.setChecked(req is not None and req.set_at == unit.id)
            hours = hours_box(req.hours if req else 0.0, 1000)
            hours.setObjectName(f"requirementHours_{kind.value}")
            period = QComboBox()
            for p in RequirementPeriod:
                period.addItem(period_label(p), p)
            period.setCurrentIndex(period.findData(req.period if req else RequirementPeriod.YEARLY))
            inherited = QLabel(
                self.tr("inherited from {0}: {1} h {2}").format(
                    req.set_at_name, hours_text(req.hours), period_label(req.period)
                )
                if req is not None and req.set_at != unit.id
                else ""
            )
            inherited.setStyleSheet("color: #6B6B6B")
            own.toggled.connect(hours.setEnabled)
            own.toggled.connect(period.setEnabled)
            hours.setEnabled(own.isChecked())
            period.setEnabled(own.isChecked())
            grid.addWidget(QLabel(kind_label(kind)), r, 0)
            grid.addWidget(own, r, 1)
            grid.addWidget(hours, r, 2)
            grid.addWidget(period, r, 3)
            grid.addWidget(inherited, r, 4)
            self.rows[kind] = (own, hours, period)
        note = QLabel(
            self.tr("Hours each person of {0} and the units below it must attend. Unticked, the unit takes the "
                    "setting of the nearest unit above it; the matrix counts a period's hours pro rata by month.").format(unit.name)
        )  # fmt: skip
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def settings(self) -> list[tuple[TrainingKind, RequirementPeriod, float | None]]:
        """Per kind: the period and hours to set, or None hours to drop the unit's own setting."""
        return [
            (kind, period.currentData(), hours.value() if own.isChecked() else None)
            for kind, (own, hours, period) in self.rows.items()
        ]
