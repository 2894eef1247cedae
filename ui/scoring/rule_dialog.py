"""Adding a rule or changing one (which makes a new version: closed periods keep the old one)."""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gridapp.actor import Actor
from gridapp.scoring.kinds import TRIGGERS, EntrySource, ScoringRefused
from gridapp.scoring.periods import PeriodKind
from gridapp.scoring.rows import CatalogueRow, RuleDraft, RuleRow
from ui.scoring.labels import per_period_label, refusal_text, source_label

if TYPE_CHECKING:
    from gridapp.services import Services


class RuleDialog(QDialog):
    def __init__(
        self,
        services: Services,
        catalogue: CatalogueRow,
        actor: Actor,
        rule: RuleRow | None = None,
        parent: QWidget | None = None,
        owners: list[tuple[uuid.UUID | None, str]] | None = None,
    ) -> None:
        """``owners``: whose the new rule may be, as (unit id or None for the plant, name), the first preselected."""
        super().__init__(parent)
        self._services, self._catalogue, self._actor, self._rule = services, catalogue, actor, rule
        self.saved: RuleRow | None = None
        self.setWindowTitle(
            self.tr("Change rule {0}").format(rule.code) if rule else self.tr("New rule — {0}").format(catalogue.name)
        )
        form = QFormLayout()
        self.code = QLineEdit(rule.code if rule else "")
        self.code.setObjectName("ruleCode")
        self.code.setMaxLength(24)
        self.code.setEnabled(rule is None)
        form.addRow(self.tr("&Code"), self.code)
        self.name = QLineEdit(rule.name if rule else "")
        self.name.setObjectName("ruleName")
        self.name.setMaxLength(200)
        form.addRow(self.tr("&Name"), self.name)
        self.owner = QComboBox()
        self.owner.setObjectName("ruleOwner")
        for unit_id, name in owners or [(None, "")]:
            label = self.tr("The whole plant (a plant rule)") if unit_id is None else self.tr("{0} only").format(name)
            self.owner.addItem(label, unit_id)
        self.owner.setEnabled(rule is None)  # a rule stays whose it is: retire it and add another to move it
        self.owner.setToolTip(
            self.tr(
                "A plant rule applies everywhere and is kept by the plant's leaders; a unit's own rule applies to "
                "that unit and the units below it and is kept by its grid leader or party secretary."
            )
        )
        form.addRow(self.tr("Applies &to"), self.owner)
        self.category = QComboBox()
        for category in catalogue.categories:
            self.category.addItem(category.name, category.code)
        if rule:
            self.category.setCurrentIndex(max(self.category.findData(rule.category), 0))
        form.addRow(self.tr("C&ategory"), self.category)
        self.points = QDoubleSpinBox()
        self.points.setObjectName("rulePoints")
        self.points.setDecimals(1)
        self.points.setRange(-1000, 1000)
        self.points.setSingleStep(0.5)
        self.points.setValue(float(rule.points) if rule else 1.0)
        self.points.setToolTip(self.tr("Points each time; negative for a deduction"))
        form.addRow(self.tr("&Points each time"), self.points)
        self.cap = QDoubleSpinBox()
        self.cap.setObjectName("ruleCap")
        self.cap.setDecimals(1)
        self.cap.setRange(0, 10000)
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.cap.setValue(float(rule.cap) if rule and rule.cap is not None else 0)
        self.cap_period = QComboBox()
        for kind in PeriodKind:
            self.cap_period.addItem(per_period_label(kind), kind)
        if rule:
            self.cap_period.setCurrentIndex(self.cap_period.findData(rule.cap_period))
        cap_row = QGridLayout()
        cap_row.addWidget(self.cap, 0, 0)
        cap_row.addWidget(self.cap_period, 0, 1)
        form.addRow(self.tr("Ca&p (most points or deduction)"), cap_row)
        self.evidence = QCheckBox(self.tr("Evidence required"))
        self.evidence.setChecked(bool(rule and rule.evidence_required))
        form.addRow("", self.evidence)
        roles = QGridLayout()
        self.role_boxes: dict[str, QCheckBox] = {}
        for i, (code, name) in enumerate(services.scoring.roles()):
            box = QCheckBox(name)
            box.setChecked(bool(rule and code in rule.grantor_roles))
            self.role_boxes[code] = box
            roles.addWidget(box, i // 3, i % 3)
        form.addRow(self.tr("May &grant"), roles)
        self.trigger = QComboBox()
        self.trigger.addItem(self.tr("none (given by hand only)"), None)
        for trigger in TRIGGERS:
            self.trigger.addItem(source_label(trigger), trigger)
        if rule and rule.trigger:
            self.trigger.setCurrentIndex(self.trigger.findData(rule.trigger))
        form.addRow(self.tr("Proposed by the &event"), self.trigger)
        self.standard = QPlainTextEdit(rule.standard if rule else "")
        self.standard.setMaximumHeight(80)
        self.standard.setTabChangesFocus(True)
        form.addRow(self.tr("&Standard"), self.standard)
        note = QLabel(
            self.tr("Saving makes a new version of the rule. Closed periods keep the version they were scored under.")
            if rule
            else ""
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def draft(self) -> RuleDraft:
        try:
            points = Decimal(str(round(self.points.value(), 1)))
            cap = Decimal(str(round(self.cap.value(), 1))) if self.cap.value() > 0 else None
        except InvalidOperation:  # pragma: no cover - spin boxes give numbers
            points, cap = Decimal(0), None
        return RuleDraft(
            code=self.code.text(),
            name=self.name.text(),
            category=self.category.currentData(),
            points=points,
            cap=cap,
            cap_period=PeriodKind(self.cap_period.currentData()),
            evidence_required=self.evidence.isChecked(),
            grantor_roles=tuple(code for code, box in self.role_boxes.items() if box.isChecked()),
            trigger=EntrySource(self.trigger.currentData()) if self.trigger.currentData() else None,
            standard=self.standard.toPlainText(),
            owner_unit_id=self.owner.currentData() if self._rule is None else self._rule.owner_unit_id,
        )

    @Slot()
    def _on_buttons_accepted(self) -> None:
        rules = self._services.scoring.rules
        try:
            if self._rule is None:
                self.saved = rules.add(self._actor, self._catalogue.code, self.draft())
            else:
                self.saved = rules.revise(self._actor, self._rule.id, self.draft())
        except ScoringRefused as refused:
            QMessageBox.warning(self, self.windowTitle(), refusal_text(refused, dict(self._services.scoring.roles())))
            return
        self.accept()
