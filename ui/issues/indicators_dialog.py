"""Indicators of a unit subtree over a period, as numbers beside a small chart (drawn off the UI thread)."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gridapp.issues.indicators import Indicators
from ui.issues.filter_bar import fill_unit_combo
from ui.tasks import Task

if TYPE_CHECKING:
    from ui.context import AppContext


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} h"


def period(preset: str, today: dt.date) -> tuple[dt.date, dt.date]:
    first = today.replace(day=1)
    if preset == "last_month":
        end = first - dt.timedelta(days=1)
        return end.replace(day=1), end
    if preset == "quarter":
        return today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1), today
    if preset == "year":
        return today.replace(month=1, day=1), today
    if preset == "30_days":
        return today - dt.timedelta(days=29), today
    return first, today


class IndicatorsDialog(QDialog):
    def __init__(self, context: AppContext, unit_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsDialog")
        self.setWindowTitle(self.tr("Indicators"))
        self._context = context
        services = context.services
        assert services is not None
        self.unit = QComboBox()
        fill_unit_combo(self.unit, services.org.units(), unit_id)
        self.preset = QComboBox()
        for text, key in (
            (self.tr("This month"), "month"),
            (self.tr("Last month"), "last_month"),
            (self.tr("This quarter"), "quarter"),
            (self.tr("This year"), "year"),
            (self.tr("Last 30 days"), "30_days"),
            (self.tr("Chosen dates"), "custom"),
        ):
            self.preset.addItem(text, key)
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._on_dates_changed)
        top = QHBoxLayout()
        top.addWidget(self.unit, 1)
        top.addWidget(self.preset)
        top.addWidget(self.start)
        top.addWidget(QLabel("–"))
        top.addWidget(self.end)
        self.values: dict[str, QLabel] = {}
        self.definitions = self._definitions()
        form = QFormLayout()
        for key, (text, definition) in self.definitions.items():
            name = QLabel(text)
            name.setObjectName(f"indicatorName_{key}")
            name.setToolTip(definition)  # the definition where the user looks, not in a README they do not have
            name.setWhatsThis(definition)
            label = QLabel("…")
            label.setObjectName(f"indicator_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            label.setToolTip(definition)
            self.values[key] = label
            form.addRow(name, label)
        self.chart = QLabel()
        self.chart.setObjectName("indicatorChart")
        self.chart.setMinimumSize(600, 260)
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QHBoxLayout()
        body.addLayout(form)
        body.addWidget(self.chart, 1)
        note = QLabel(
            self.tr(
                "Rest the pointer on an indicator's name for its definition, or press Definitions. Issues count for "
                "the unit where they were found; a rate with nothing to divide by shows —."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.help_button = close.addButton(self.tr("Definitions…"), QDialogButtonBox.ButtonRole.HelpRole)
        self.help_button.setObjectName("indicatorDefinitions")
        self.help_button.clicked.connect(self._on_help_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body)
        layout.addWidget(note)
        layout.addWidget(close)
        self.task: Task | None = None
        self.help_box: QMessageBox | None = None
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        self.unit.currentIndexChanged.connect(self.refresh)
        self._on_preset_changed()

    def _definitions(self) -> dict[str, tuple[str, str]]:
        """Each indicator's name and what it counts, in the words of the README's table, for the user."""
        return {
            "reported": (self.tr("Reported"), self.tr("Issues reported in the period.")),
            "closed": (self.tr("Closed"), self.tr("Issues closed in the period and not reopened since.")),
            "closure_rate": (
                self.tr("Closure rate"),
                self.tr(
                    "Issues reported in the period and closed by its end (or by now, if that is earlier) ÷ issues "
                    "reported in the period."
                ),
            ),
            "on_time_feedback_rate": (
                self.tr("On-time feedback rate"),
                self.tr(
                    "Of the issues reported in the period that were assigned and whose feedback is decided (fed back, "
                    "or its deadline has passed): those whose first feedback met its deadline."
                ),
            ),
            "on_time_closure_rate": (
                self.tr("On-time closure rate"),
                self.tr("Of the issues closed in the period that had a completion deadline: those closed by it."),
            ),
            "self_resolution_rate": (
                self.tr("Self-resolution rate (solved inside the grid)"),
                self.tr(
                    "Issues closed in the period that were solved inside the grid where they were found ÷ issues "
                    "closed in the period. An issue leaves its grid when it is escalated to a unit outside the grid; "
                    "passing between a team and a zone inside the grid does not count."
                ),
            ),
            "not_escalated_rate": (
                self.tr("Not-escalated rate"),
                self.tr("Issues closed in the period that were never escalated ÷ issues closed in the period."),
            ),
            "rework_rate": (
                self.tr("Rework rate"),
                self.tr(
                    "Issues closed in the period that were returned for rework at least once ÷ issues closed in the "
                    "period."
                ),
            ),
            "mean_hours_to_feedback": (
                self.tr("Mean time to feedback"),
                self.tr(
                    "Mean hours from the first assignment to the first feedback, over the issues first fed back in "
                    "the period."
                ),
            ),
            "mean_hours_to_close": (
                self.tr("Mean time to close"),
                self.tr("Mean hours from report to closure, over the issues closed in the period."),
            ),
            "open_now": (
                self.tr("Open now"),
                self.tr("Issues found in this unit or below it that are not closed."),
            ),
            "overdue_now": (self.tr("Overdue now"), self.tr("Open issues past their running deadline.")),
            "held_now": (self.tr("Held on register now"), self.tr("Issues held on the register now.")),
        }

    @Slot()
    def _on_help_button_clicked(self) -> None:
        rows = "".join(
            f"<tr><td><b>{html.escape(name)}</b></td><td>{html.escape(text)}</td></tr>"
            for name, text in self.definitions.values()
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Indicator definitions"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            f"<table cellspacing='4'>{rows}</table><p>"
            + html.escape(self.tr("Issues count for the unit where they were found; escalation does not move them."))
            + "</p>"
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()
        self.help_box = box

    @Slot()
    def _on_preset_changed(self) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        services = self._context.services
        assert services is not None
        today = services.issues.calendar().local_date(services.issues.now())
        start, end = period(key, today)
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    @Slot()
    def _on_dates_changed(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        services = self._context.services
        unit_id = self.unit.currentData()
        if services is None or unit_id is None:
            return
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if end < start:  # type: ignore[operator]
            start, end = end, start
        got = services.issues.indicators(unit_id, start, end)  # type: ignore[arg-type]
        self.show_values(got)
        issues = services.issues
        self.chart.setText(self.tr("Drawing the chart…"))
        legend = (self.tr("Reported"), self.tr("Closed"))

        def draw(progress: object) -> bytes:
            from gridapp.issues.charts import indicator_chart

            points = issues.indicator_series(unit_id, start, end)  # type: ignore[arg-type]
            return indicator_chart(points, *legend)

        self.task = Task(draw, name="indicator chart", parent=self)
        self.task.succeeded.connect(self._on_chart_drawn)
        self.task.start()

    def show_values(self, got: Indicators) -> None:
        shown = {
            "reported": str(got.reported),
            "closed": str(got.closed),
            "closure_rate": _rate(got.closure_rate),
            "on_time_feedback_rate": _rate(got.on_time_feedback_rate),
            "on_time_closure_rate": _rate(got.on_time_closure_rate),
            "self_resolution_rate": _rate(got.self_resolution_rate),
            "not_escalated_rate": _rate(got.not_escalated_rate),
            "rework_rate": _rate(got.rework_rate),
            "mean_hours_to_feedback": _hours(got.mean_hours_to_feedback),
            "mean_hours_to_close": _hours(got.mean_hours_to_close),
            "open_now": str(got.open_now),
            "overdue_now": str(got.overdue_now),
            "held_now": str(got.held_now),
        }
        for key, text in shown.items():
            self.values[key].setText(text)

    @Slot(object)
    def _on_chart_drawn(self, png: bytes) -> None:
        if self.sender() is not self.task:
            return  # a chart for dates chosen before the latest change
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.chart.setPixmap(pixmap)
