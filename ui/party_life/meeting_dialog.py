"""Recording a meeting: kind, unit, date, place, topic, host, minutes, decisions, photos and the attendance, ticked
by keyboard (1 present, 2 sick leave, 3 official leave, 4 absent without reason) or from the row's menu."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.rows import UnitRow
from gridapp.party_life.kinds import Attendance
from gridapp.party_life.rows import Attendee, MeetingDetail, MeetingDraft, MeetingKindRow, MeetingPhotoRow
from gridapp.security.rights import plant_today
from ui.org.person_dialogs import date_edit, from_qdate
from ui.party_life.meeting_models import AttendanceTableModel
from ui.party_life.meeting_photos import THUMB, MeetingPhotoModel
from ui.party_life.words import attendance_label
from ui.widgets import find_data

MARK_KEYS = (
    (Attendance.PRESENT, "1"),
    (Attendance.SICK_LEAVE, "2"),
    (Attendance.OFFICIAL_LEAVE, "3"),
    (Attendance.NO_REASON, "4"),
)
MARKS_BY_KEY = {key: mark for mark, key in MARK_KEYS}


class MeetingDialog(QDialog):
    """A new meeting (its attendees proposed from the kind and unit) or an existing record to change."""

    def __init__(
        self,
        kinds: Sequence[MeetingKindRow],
        units: Sequence[UnitRow],
        expected: Callable[[uuid.UUID, uuid.UUID, dt.date], list[Attendee]],
        unit_id: uuid.UUID | None = None,
        detail: MeetingDetail | None = None,
        parent: QWidget | None = None,
        photo_thumbnail: Callable[[MeetingPhotoRow], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._expected = expected
        self._detail = detail
        self.setWindowTitle(self.tr("Meeting record") if detail else self.tr("Record a meeting"))
        self.kind = QComboBox()
        self.kind.setObjectName("meetingKind")
        for k in kinds:
            if k.in_use or (detail and detail.meeting.kind_id == k.id):
                self.kind.addItem(k.name, k.id)
        self.unit = QComboBox()
        self.unit.setObjectName("meetingUnit")
        for u in units:
            self.unit.addItem(u.name, u.id)
        self.held_on = date_edit(detail.meeting.held_on if detail else plant_today())
        self.held_on.setObjectName("meetingDate")
        self.place = QLineEdit(detail.meeting.place if detail else "")
        self.place.setObjectName("meetingPlace")
        self.topic = QLineEdit(detail.meeting.topic if detail else "")
        self.topic.setObjectName("meetingTopic")
        self.host = QComboBox()
        self.host.setObjectName("meetingHost")
        self.minutes = QPlainTextEdit(detail.minutes if detail else "")
        self.minutes.setObjectName("meetingMinutes")
        self.minutes.setTabChangesFocus(True)
        self.decisions = QPlainTextEdit(detail.decisions if detail else "")
        self.decisions.setObjectName("meetingDecisions")
        self.decisions.setTabChangesFocus(True)
        self.decisions.setPlaceholderText(self.tr("One decision a line"))
        # the minutes and decisions scroll: the attendance list below keeps its room, photos and all
        line = self.fontMetrics().lineSpacing()
        self.minutes.setMaximumHeight(line * 7)
        self.decisions.setMaximumHeight(line * 5)
        self.attendance = AttendanceTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("attendanceTable")
        self.table.setModel(self.attendance)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for mark, key in MARK_KEYS:
            # The key is shown in the menu and handled by eventFilter: a view takes digits for its keyboard search.
            action = QAction(f"{attendance_label(mark)}\t{key}", self.table)
            action.triggered.connect(lambda _checked=False, m=mark: self.mark_selected(m))
            self.table.addAction(action)
        self.table.installEventFilter(self)
        self.photos = MeetingPhotoModel(detail.photos if detail else (), photo_thumbnail, self)
        self.photo_view = QListView()
        self.photo_view.setObjectName("meetingPhotos")
        self.photo_view.setModel(self.photos)
        self.photo_view.setViewMode(QListView.ViewMode.IconMode)
        self.photo_view.setIconSize(THUMB)
        self.photo_view.setFlow(QListView.Flow.LeftToRight)
        self.photo_view.setWrapping(False)
        self.photo_view.setFixedHeight(THUMB.height() + 30)
        add_photos = QPushButton(self.tr("Add photos…"))
        add_photos.setObjectName("meetingAddPhotos")
        add_photos.clicked.connect(self._on_add_photos_clicked)
        self.remove_photo = QPushButton(self.tr("Remove photo"))
        self.remove_photo.setObjectName("meetingRemovePhoto")
        self.remove_photo.clicked.connect(lambda: self.photos.remove(self.photo_view.currentIndex().row()))
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(add_photos)
        photo_buttons.addWidget(self.remove_photo)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_view, 1)
        photo_row.addLayout(photo_buttons)
        self.counts = QLabel()
        self.counts.setObjectName("attendanceCounts")
        hint = QLabel(
            self.tr("Keys in the list: 1 present, 2 sick leave, 3 official leave, 4 absent without reason (proposes "
                    "the deduction for missing organisation life); F2 writes a note.")
        )  # fmt: skip
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Meeting"), self.kind)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Date"), self.held_on)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow(self.tr("Decisions"), self.decisions)
        form.addRow(self.tr("Photos"), photo_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Attendance")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        if detail is not None:
            self.kind.setCurrentIndex(max(0, find_data(self.kind, detail.meeting.kind_id)))
            self.unit.setCurrentIndex(max(0, find_data(self.unit, detail.meeting.unit_id)))
            self._set_attendees(list(detail.attendees), detail.meeting.host_id)
        else:
            if unit_id is not None:
                self.unit.setCurrentIndex(max(0, find_data(self.unit, unit_id)))
            self._reload_attendees()
            # a new record follows its kind and unit; a kept one keeps its ticks
            self.kind.currentIndexChanged.connect(self._reload_attendees)
            self.unit.currentIndexChanged.connect(self._reload_attendees)
        self.attendance.dataChanged.connect(self._update)
        self.topic.textChanged.connect(self._update)
        self._update()
        self.resize(640, 760)

    @Slot()
    def _on_add_photos_clicked(self) -> None:
        from ui.file_dialogs import open_file_names
        from ui.issues.detail_panel import PHOTO_FILTER

        files = open_file_names(self, self.tr("Add photos"), "photos", self.tr("Pictures ({0})").format(PHOTO_FILTER))
        self.photos.add(files)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            mark = MARKS_BY_KEY.get(event.text())  # type: ignore[attr-defined]
            if mark is not None:
                self.mark_selected(mark)
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _reload_attendees(self) -> None:
        kind, unit = self.kind.currentData(), self.unit.currentData()
        people = self._expected(kind, unit, from_qdate(self.held_on.date())) if kind and unit else []
        self._set_attendees(people, None)

    def _set_attendees(self, people: list[Attendee], host: uuid.UUID | None) -> None:
        self.attendance.set_rows(people)
        self.table.resizeColumnsToContents()
        self.host.clear()
        self.host.addItem(self.tr("(not named)"), None)
        for person in people:
            self.host.addItem(person.name, person.person_id)
        if host is not None:
            self.host.setCurrentIndex(max(0, find_data(self.host, host)))
        self._update()

    def mark_selected(self, mark: Attendance) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        for row in rows:
            self.attendance.mark(row, mark)
        if len(rows) == 1 and rows[0] + 1 < self.attendance.rowCount():
            self.table.selectRow(rows[0] + 1)  # down the list, one key a person

    @Slot()
    def _update(self, *_args: object) -> None:
        rows = self.attendance.rows()
        present = sum(1 for r in rows if r.attendance is Attendance.PRESENT)
        no_reason = sum(1 for r in rows if r.attendance is Attendance.NO_REASON)
        self.counts.setText(
            self.tr("{0} expected, {1} present, {2} absent ({3} without reason)").format(
                len(rows), present, len(rows) - present, no_reason
            )
        )
        ready = bool(self.topic.text().strip()) and self.kind.currentData() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            ready and self.unit.currentData() is not None
        )

    def draft(self) -> MeetingDraft:
        return MeetingDraft(
            kind_id=self.kind.currentData(),
            unit_id=self.unit.currentData(),
            held_on=from_qdate(self.held_on.date()),
            topic=self.topic.text().strip(),
            place=self.place.text().strip(),
            host_id=self.host.currentData(),
            minutes=self.minutes.toPlainText(),
            decisions=self.decisions.toPlainText(),
            attendance=tuple((r.person_id, r.attendance, r.note) for r in self.attendance.rows()),
            id=self._detail.meeting.id if self._detail else None,
            add_photos=self.photos.added(),
            remove_photos=tuple(self.photos.removed),
        )
