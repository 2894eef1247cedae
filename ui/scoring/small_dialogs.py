"""Small dialogs of the score dashboards: star thresholds and ranking marks, a warning, a correction."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridapp.actor import Actor
from gridapp.scoring.kinds import ScoringRefused, WarningLevel
from gridapp.scoring.periods import PeriodKind
from gridapp.scoring.points import format_points
from gridapp.scoring.rows import STAR_LEVELS, CatalogueRow, EntryRow, WarningRow
from ui.person_list import PersonListModel
from ui.roles import ROW_ROLE
from ui.scoring.labels import period_kind_label, refusal_text, stars_text, warning_label

if TYPE_CHECKING:
    from gridapp.services import Services


def _spin(value: Decimal | float, low: float = -10000, high: float = 10000) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(1)
    box.setRange(low, high)
    box.setValue(float(value))
    return box


class SettingsDialog(QDialog):
    """Base score, how many are marked top and bottom, and the star thresholds per period kind."""

    def __init__(
        self, services: Services, catalogue: CatalogueRow, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services, self._catalogue, self._actor = services, catalogue, actor
        self.setWindowTitle(self.tr("Settings — {0}").format(catalogue.name))
        form = QFormLayout()
        self.base = _spin(catalogue.base, 0)
        self.base.setObjectName("base")
        form.addRow(self.tr("&Base score"), self.base)
        self.top_n = QSpinBox()
        self.top_n.setObjectName("topN")
        self.top_n.setRange(0, 99)
        self.top_n.setValue(catalogue.top_n)
        form.addRow(self.tr("Marked at the &top"), self.top_n)
        self.bottom_n = QSpinBox()
        self.bottom_n.setObjectName("bottomN")
        self.bottom_n.setRange(0, 99)
        self.bottom_n.setValue(catalogue.bottom_n)
        form.addRow(self.tr("Marked at the &bottom"), self.bottom_n)
        self.thresholds: dict[PeriodKind, list[QDoubleSpinBox]] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if catalogue.thresholds:
            grid = QGridLayout()
            grid.addWidget(QLabel(self.tr("Least points for")), 0, 0)
            for column, stars in enumerate(range(STAR_LEVELS, 0, -1), start=1):
                grid.addWidget(QLabel(stars_text(stars)), 0, column)
            for row, kind in enumerate(PeriodKind, start=1):
                grid.addWidget(QLabel(period_kind_label(kind)), row, 0)
                boxes = [_spin(v) for v in catalogue.thresholds[kind]]
                for column, box in enumerate(boxes, start=1):
                    box.setObjectName(f"threshold_{kind.value}_{column}")
                    grid.addWidget(box, row, column)
                self.thresholds[kind] = boxes
            layout.addWidget(
                QLabel(self.tr("Star thresholds (closed periods keep the thresholds they were rated by):"))
            )
            layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        thresholds = (
            {
                kind: tuple(Decimal(format_points(Decimal(str(b.value())))) for b in boxes)
                for kind, boxes in self.thresholds.items()
            }
            if self.thresholds
            else None
        )
        try:
            self._services.scoring.update_settings(
                self._actor,
                self._catalogue.code,
                base=Decimal(str(round(self.base.value(), 1))),
                top_n=self.top_n.value(),
                bottom_n=self.bottom_n.value(),
                thresholds=thresholds,
            )
        except ScoringRefused as refused:
            QMessageBox.warning(self, self.windowTitle(), refusal_text(refused))
            return
        self.accept()


class WarningDialog(QDialog):
    """Raise a warning about a person, or re-grade an open one and record the measures taken."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        person: tuple[object, str] | None = None,
        warning: WarningRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._actor, self._person, self._warning = services, actor, person, warning
        name = warning.person_name if warning else (person[1] if person else "")
        self.setWindowTitle(self.tr("Warning — {0}").format(name) if name else self.tr("New warning"))
        form = QFormLayout()
        self.search = QLineEdit()
        self.search.setObjectName("warningPerson")
        self.people = PersonListModel(self)
        self.people_view = QListView()
        self.people_view.setModel(self.people)
        self.people_view.setMaximumHeight(100)
        self.chosen = QLabel(self.tr("Chosen: <b>{0}</b>").format(name) if name else "")
        if warning is None:
            self.search.setPlaceholderText(self.tr("Name, employee no. or pinyin initials"))
            self.search.textChanged.connect(self._on_search_text_changed)
            self.people_view.clicked.connect(self._on_people_view_clicked)
            box = QVBoxLayout()
            box.addWidget(self.search)
            box.addWidget(self.people_view)
            box.addWidget(self.chosen)
            form.addRow(self.tr("&Person"), box)
        self.level = QComboBox()
        self.level.setObjectName("warningLevel")
        for level in WarningLevel:
            self.level.addItem(warning_label(level), level)
        if warning:
            self.level.setCurrentIndex(self.level.findData(warning.level))
        form.addRow(self.tr("&Level"), self.level)
        self.situation = QPlainTextEdit(warning.situation if warning else "")
        self.situation.setObjectName("situation")
        self.situation.setReadOnly(warning is not None)
        self.situation.setTabChangesFocus(True)
        form.addRow(self.tr("&Situation"), self.situation)
        self.measures = QPlainTextEdit(warning.measures if warning else "")
        self.measures.setObjectName("measures")
        self.measures.setTabChangesFocus(True)
        form.addRow(self.tr("&Measures"), self.measures)
        hint = QLabel(self.tr("Only the grid leaders and party secretaries of the person's units see warnings."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        found = self._services.org.search_people(text) if text.strip() else []
        self.people.set_people(found)
        if len(found) == 1:
            self._choose(found[0].id, found[0].name)

    @Slot(QModelIndex)
    def _on_people_view_clicked(self, index: QModelIndex) -> None:
        person = index.data(ROW_ROLE)
        if person is not None:
            self._choose(person.id, person.name)

    def _choose(self, person_id: object, name: str) -> None:
        self._person = (person_id, name)
        self.chosen.setText(self.tr("Chosen: <b>{0}</b>").format(name))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        warnings = self._services.scoring.warnings
        if self._warning is None and self._person is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose the person the warning is about."))
            return
        try:
            if self._warning is None:
                assert self._person is not None
                warnings.raise_warning(
                    self._actor,
                    self._person[0],  # type: ignore[arg-type]
                    WarningLevel(self.level.currentData()),
                    self.situation.toPlainText(),
                    self.measures.toPlainText(),
                )
            else:
                warnings.update(
                    self._actor, self._warning.id, WarningLevel(self.level.currentData()), self.measures.toPlainText()
                )
        except ScoringRefused as refused:
            QMessageBox.warning(self, self.windowTitle(), refusal_text(refused))
            return
        self.accept()


class CorrectionDialog(QDialog):
    """A correction of confirmed points: booked today, in the open period; the original stays as it was."""

    def __init__(self, services: Services, actor: Actor, entry: EntryRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor, self._entry = services, actor, entry
        self.setWindowTitle(self.tr("Correct points"))
        text = QLabel(
            self.tr(
                "{0} received {1} points on {2} under “{3}”. The correction is a new entry booked today; "
                "the original entry is not changed."
            ).format(
                entry.subject, format_points(entry.points, signed=True), entry.booked_on.isoformat(), entry.rule_name
            )
        )
        text.setWordWrap(True)
        form = QFormLayout()
        self.amount = _spin(-entry.points if entry.points else Decimal(-1))
        self.amount.setObjectName("correctionAmount")
        form.addRow(self.tr("&Points to add (negative to take away)"), self.amount)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setTabChangesFocus(True)
        form.addRow(self.tr("&Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            self._services.scoring.entries.correct(
                self._actor, self._entry.id, Decimal(str(round(self.amount.value(), 1))), self.reason.toPlainText()
            )
        except ScoringRefused as refused:
            QMessageBox.warning(self, self.windowTitle(), refusal_text(refused, dict(self._services.scoring.roles())))
            return
        self.accept()
