"""What the score dashboards show: which catalogue, which period, which unit's subtree, and whether only party
members are ranked; the bar of combo boxes that chooses it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from gridapp.org.rows import UnitRow
from gridapp.scoring.kinds import SubjectKind
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import CatalogueRow, PeriodRow
from ui.scoring.labels import period_kind_label, period_label

RECENT = {PeriodKind.MONTH: 24, PeriodKind.QUARTER: 8, PeriodKind.YEAR: 4}


@dataclass(frozen=True)
class Scope:
    catalogue: CatalogueRow
    period: Period
    closed: bool
    unit_id: uuid.UUID
    unit_name: str
    party_members_only: bool

    @property
    def people(self) -> bool:
        return self.catalogue.subject is SubjectKind.PERSON


class ScopeBar(QWidget):
    """Catalogue · period kind · period · unit, and the party-members-only box (placed by the tab where there is
    room); ``scope_changed`` after any change."""

    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue_box = QComboBox()
        self.catalogue_box.setObjectName("catalogueBox")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("periodKindBox")
        for kind in PeriodKind:
            self.kind_box.addItem(period_kind_label(kind), kind.value)
        self.period_box = QComboBox()
        self.period_box.setObjectName("periodBox")
        self.period_box.setMinimumContentsLength(9)
        self.unit_box = QComboBox()
        self.unit_box.setObjectName("unitBox")
        self.unit_box.setMinimumContentsLength(9)
        self.party_only = QCheckBox(self.tr("Party members only"))
        self.party_only.setObjectName("partyOnly")
        self.party_only.setChecked(True)
        self.party_only.setToolTip(self.tr("Rank party members only (星级党员), or all staff (班员争先)."))
        for box in (self.catalogue_box, self.period_box, self.unit_box):
            # Shrinkable, so the window still fits a small screen (long unit names are elided, not cut off).
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.catalogue_box.setMinimumContentsLength(8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            (self.tr("Scheme"), self.catalogue_box),
            (self.tr("Period"), self.kind_box),
            (None, self.period_box),
            (self.tr("Unit"), self.unit_box),
        ):
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                layout.addWidget(caption)
            layout.addWidget(widget)
        layout.addStretch(1)
        self._catalogues: list[CatalogueRow] = []
        self._periods: dict[PeriodKind, list[PeriodRow]] = {}
        self._quiet = False
        self.catalogue_box.currentIndexChanged.connect(self._on_catalogue_box_changed)
        self.kind_box.currentIndexChanged.connect(self._on_kind_box_changed)
        self.period_box.currentIndexChanged.connect(self._on_any_changed)
        self.unit_box.currentIndexChanged.connect(self._on_any_changed)
        self.party_only.toggled.connect(self._on_any_changed)

    def set_choices(
        self,
        catalogues: list[CatalogueRow],
        units: list[UnitRow],
        periods: dict[PeriodKind, list[PeriodRow]],
    ) -> None:
        """Fill the boxes, keeping the current choices where they still exist."""
        current_catalogue = self.catalogue_box.currentData()
        current_unit = self.unit_box.currentData()
        current_period = self._current_period()
        self._quiet = True
        try:
            self._catalogues = catalogues
            self._periods = periods
            self.catalogue_box.clear()
            for catalogue in catalogues:
                self.catalogue_box.addItem(catalogue.name, catalogue.code)
            index = self.catalogue_box.findData(current_catalogue)
            self.catalogue_box.setCurrentIndex(max(index, 0))
            self.unit_box.clear()
            depth: dict[uuid.UUID, int] = {}
            for unit in units:
                depth[unit.id] = depth.get(unit.parent_id, -1) + 1 if unit.parent_id else 0
                # Item data are plain strings: QComboBox.findData cannot match Python objects by value.
                self.unit_box.addItem("　" * depth[unit.id] + unit.name, str(unit.id))
            index = self.unit_box.findData(current_unit)
            self.unit_box.setCurrentIndex(max(index, 0))
            self._fill_periods(current_period)
            self._sync_party_box()
        finally:
            self._quiet = False
        self.scope_changed.emit()

    def set_periods(self, periods: dict[PeriodKind, list[PeriodRow]]) -> None:
        """New period states (a period was closed): keep the chosen period."""
        current = self._current_period()
        self._quiet = True
        try:
            self._periods = periods
            self._fill_periods(current)
        finally:
            self._quiet = False
        self.scope_changed.emit()

    def _fill_periods(self, keep: Period | None) -> None:
        kind = PeriodKind(self.kind_box.currentData() or PeriodKind.MONTH.value)
        self.period_box.clear()
        for row in self._periods.get(kind, []):
            text = period_label(row.period)
            if row.closed:
                text = self.tr("{0} (closed)").format(text)
            self.period_box.addItem(text, row.period.key)
        index = self.period_box.findData(keep.key) if keep is not None and keep.kind is kind else -1
        self.period_box.setCurrentIndex(max(index, 0))

    def choose(
        self, period: Period | None = None, unit_id: uuid.UUID | None = None, catalogue: str | None = None
    ) -> None:
        """Select a period, unit or catalogue from code (and through them the scope)."""
        if catalogue is not None:
            self.catalogue_box.setCurrentIndex(max(self.catalogue_box.findData(catalogue), 0))
        if period is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(period.kind.value))
            self.period_box.setCurrentIndex(max(self.period_box.findData(period.key), 0))
        if unit_id is not None:
            self.unit_box.setCurrentIndex(max(self.unit_box.findData(str(unit_id)), 0))

    def _current_period(self) -> Period | None:
        key = self.period_box.currentData()
        return Period.from_key(key) if key else None

    def scope(self) -> Scope | None:
        code = self.catalogue_box.currentData()
        catalogue = next((c for c in self._catalogues if c.code == code), None)
        period = self._current_period()
        unit = self.unit_box.currentData()
        if catalogue is None or period is None or unit is None:
            return None
        unit_id = uuid.UUID(unit)
        rows = self._periods.get(period.kind, [])
        closed = any(r.closed for r in rows if r.period == period)
        return Scope(
            catalogue,
            period,
            closed,
            unit_id,
            self.unit_box.currentText().strip("　"),
            self.party_only.isChecked() and catalogue.subject is SubjectKind.PERSON,
        )

    def _sync_party_box(self) -> None:
        scope_catalogue = next((c for c in self._catalogues if c.code == self.catalogue_box.currentData()), None)
        self.party_only.setEnabled(scope_catalogue is not None and scope_catalogue.subject is SubjectKind.PERSON)

    @Slot(int)
    def _on_catalogue_box_changed(self, index: int) -> None:
        self._sync_party_box()
        self._on_any_changed()

    @Slot(int)
    def _on_kind_box_changed(self, index: int) -> None:
        self._quiet, quiet = True, self._quiet
        try:
            self._fill_periods(None)
        finally:
            self._quiet = quiet
        self._on_any_changed()

    @Slot()
    def _on_any_changed(self, *args: object) -> None:
        if not self._quiet:
            self.scope_changed.emit()
