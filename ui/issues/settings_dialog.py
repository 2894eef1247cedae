"""The clocks: per category the feedback time (calendar or working hours), the acceptance time and the default
completion, and the shift calendar (working hours per weekday, holidays, make-up working days, shift change times)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridapp.issues.catalogue import ACCEPT_MINUTES, COMPLETE_DAYS, Limits
from gridapp.issues.clock import Calendar
from gridapp.issues.errors import IssueInputError
from gridapp.issues.kinds import ClockKind
from gridapp.times import plant_offset_text
from ui.issues import labels
from ui.widgets import find_data

if TYPE_CHECKING:
    from ui.context import AppContext

_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def minutes_text(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_time(text: str) -> int:
    match = _TIME.match(text)
    if not match or int(match.group(1)) > 24 or int(match.group(2)) > 59:
        raise ValueError(text)
    return int(match.group(1)) * 60 + int(match.group(2))


def parse_spans(text: str) -> tuple[tuple[int, int], ...]:
    """ "08:00-12:00, 13:00-17:00" → ((480, 720), (780, 1020)); empty means a day off."""
    spans = []
    for part in re.split(r"[,，;；\s]+", text.strip()):
        if not part:
            continue
        start, sep, end = part.replace("–", "-").replace("~", "-").partition("-")
        if not sep:
            raise ValueError(part)
        spans.append((parse_time(start), parse_time(end)))
    return tuple(spans)


def parse_dates(text: str) -> frozenset[dt.date]:
    return frozenset(dt.date.fromisoformat(p) for p in re.split(r"[,，;；\s]+", text.strip()) if p)


class ClockSettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockSettingsDialog")
        self.setWindowTitle(self.tr("Clocks"))
        self._context = context
        services = context.services
        assert services is not None
        self.categories = services.issues.categories()
        calendar = services.issues.calendar()
        clocks = QGroupBox(self.tr("Feedback time after assignment, per category"))
        clock_form = QFormLayout(clocks)
        self.hours: dict[str, QDoubleSpinBox] = {}
        self.kinds: dict[str, QComboBox] = {}
        for category in self.categories:
            hours = QDoubleSpinBox()
            hours.setRange(0.5, 720)
            hours.setDecimals(1)
            hours.setSuffix(self.tr(" h"))
            hours.setValue(category.feedback_minutes / 60)
            kind = QComboBox()
            for clock in ClockKind:
                kind.addItem(labels.clock_label(clock), clock)
            kind.setCurrentIndex(find_data(kind, category.clock))
            row = QHBoxLayout()
            row.addWidget(hours)
            row.addWidget(kind)
            clock_form.addRow(labels.category_label(category.code, category.name), row)
            self.hours[category.code], self.kinds[category.code] = hours, kind
        self.limits = services.issues.category_limits()
        waits = QGroupBox(
            self.tr("Acceptance time while nobody assigned it, and completion after feedback without a date")
        )
        waits_form = QFormLayout(waits)
        self.accept_hours: dict[str, QDoubleSpinBox] = {}
        self.accept_kinds: dict[str, QComboBox] = {}
        self.complete_days: dict[str, QSpinBox] = {}
        for category in self.categories:
            limits = self.limits.get(category.code, Limits())
            hours = QDoubleSpinBox()
            hours.setRange(ACCEPT_MINUTES[0] / 60, ACCEPT_MINUTES[1] / 60)
            hours.setDecimals(2)
            hours.setSuffix(self.tr(" h"))
            hours.setValue(limits.accept_minutes / 60)
            kind = QComboBox()
            for clock in ClockKind:
                kind.addItem(labels.clock_label(clock), clock)
            kind.setCurrentIndex(find_data(kind, limits.accept_clock))
            days = QSpinBox()
            days.setRange(*COMPLETE_DAYS)
            days.setSuffix(self.tr(" days"))
            days.setValue(limits.complete_days)
            row = QHBoxLayout()
            row.addWidget(hours)
            row.addWidget(kind)
            row.addWidget(days)
            waits_form.addRow(labels.category_label(category.code, category.name), row)
            self.accept_hours[category.code], self.accept_kinds[category.code] = hours, kind
            self.complete_days[category.code] = days
        week = QGroupBox(self.tr("Shift calendar (for clocks in working hours)"))
        week_form = QFormLayout(week)
        days = [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]
        self.days: list[QLineEdit] = []
        for name, spans in zip(days, calendar.week, strict=True):
            edit = QLineEdit(", ".join(f"{minutes_text(a)}-{minutes_text(b)}" for a, b in spans))
            edit.setPlaceholderText(self.tr("day off"))
            self.days.append(edit)
            week_form.addRow(name, edit)
        self.holidays = QPlainTextEdit(", ".join(sorted(d.isoformat() for d in calendar.holidays)))
        self.holidays.setFixedHeight(self.fontMetrics().height() * 3)
        self.workdays = QLineEdit(", ".join(sorted(d.isoformat() for d in calendar.workdays)))
        self.shifts = QLineEdit(", ".join(minutes_text(m) for m in calendar.shift_changes))
        week_form.addRow(self.tr("Holidays (YYYY-MM-DD)"), self.holidays)
        week_form.addRow(self.tr("Make-up working days"), self.workdays)
        week_form.addRow(self.tr("Shift changes"), self.shifts)
        # The one zone every time is shown, printed and exported in (UTC is stored): UTC+8 unless the plant is elsewhere.
        self.zone = QComboBox()
        self.zone.setObjectName("plantTimeZone")
        offsets = sorted({*range(-12 * 60, 14 * 60 + 1, 30), calendar.utc_offset_minutes})
        for minutes in offsets:
            self.zone.addItem(plant_offset_text(minutes), minutes)
        self.zone.setCurrentIndex(offsets.index(calendar.utc_offset_minutes))
        self.zone.setToolTip(self.tr("Every time on screen, in prints and in exports is shown in this zone."))
        week_form.addRow(self.tr("Plant time zone"), self.zone)
        self._calendar = calendar
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        # Clocks on the left, the calendar on the right: one above the other the dialog was taller than a
        # 1280×800 screen, its Save button below the bottom edge.
        left = QVBoxLayout()
        left.addWidget(clocks)
        left.addWidget(waits)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addWidget(week, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def calendar(self) -> Calendar:
        """The calendar as typed; raises ValueError naming the first field that cannot be read."""
        week = []
        for edit in self.days:
            try:
                week.append(parse_spans(edit.text()))
            except ValueError as exc:
                raise ValueError(
                    self.tr("Working hours are written like 08:00-12:00, 13:00-17:00: “{0}”.").format(edit.text())
                ) from exc
        try:
            holidays = parse_dates(self.holidays.toPlainText())
            workdays = parse_dates(self.workdays.text())
        except ValueError as exc:
            raise ValueError(self.tr("Dates are written like 2026-10-01, separated by commas.")) from exc
        try:
            shifts = tuple(sorted(parse_time(p) for p in re.split(r"[,，;；\s]+", self.shifts.text().strip()) if p))
        except ValueError as exc:
            raise ValueError(self.tr("Shift changes are times like 08:00, 20:00.")) from exc
        return Calendar(tuple(week), holidays, workdays, shifts, self.zone.currentData(), self._calendar.name)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        services = self._context.services
        actor = self._context.require_actor(self)
        if services is None or actor is None:
            return
        try:
            calendar = self.calendar()
            changed = {}
            for category in self.categories:
                minutes = round(self.hours[category.code].value() * 60)
                clock = self.kinds[category.code].currentData()
                if (minutes, clock) != (category.feedback_minutes, category.clock):
                    changed[category.code] = (minutes, clock)
            limits = {}
            for category in self.categories:
                wanted = Limits(
                    round(self.accept_hours[category.code].value() * 60),
                    self.accept_kinds[category.code].currentData(),
                    self.complete_days[category.code].value(),
                )
                if wanted != self.limits.get(category.code):
                    limits[category.code] = wanted
            # The feedback clocks and calendar first: they are the ones the service may refuse after the spin boxes.
            services.issues.set_clocks(actor, changed, calendar if calendar != self._calendar else None)
            if limits:
                services.issues.set_category_limits(actor, limits)
        except ValueError as exc:
            text = labels.input_text(exc) if isinstance(exc, IssueInputError) else str(exc)
            self.error.setText(text)
            self.error.show()
            return
        self.accept()
