"""Giving points by hand: for whom, under which rule, how many times, on which day, why, and the evidence.

The service confirms at once when the operator may grant the rule for that person or unit; otherwise the points
wait as a proposal for someone who may, and the dialog says so.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from gridapp.scoring.kinds import EntryStatus, ScoringRefused
from gridapp.scoring.points import format_points
from gridapp.scoring.rows import EntryRow, RuleRow
from gridapp.times import plant_today
from ui.person_list import PersonListModel
from ui.roles import ROW_ROLE
from ui.scoring.labels import per_period_label, refusal_text
from ui.scoring.scope import Scope

if TYPE_CHECKING:
    from gridapp.services import Services


class GiveDialog(QDialog):
    def __init__(
        self,
        services: Services,
        scope: Scope,
        actor: Actor,
        subject: tuple[uuid.UUID, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Give points — {0}").format(scope.catalogue.name))
        self._services = services
        self._scope = scope
        self._actor = actor
        self.result_row: EntryRow | None = None
        self._roles = dict(services.scoring.roles())
        self._rules = [r for r in services.scoring.rules.rules(scope.catalogue.code)]
        form = QFormLayout()

        self.search = QLineEdit()
        self.search.setObjectName("subjectSearch")
        self.people = PersonListModel(self)
        self.people_view = QListView()
        self.people_view.setObjectName("subjectList")
        self.people_view.setModel(self.people)
        self.people_view.setMaximumHeight(110)
        self.unit_box = QComboBox()
        self.unit_box.setObjectName("subjectUnit")
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenSubject")
        if scope.people:
            self.search.setPlaceholderText(self.tr("Name, employee no. or pinyin initials"))
            self.search.textChanged.connect(self._on_search_text_changed)
            self.people_view.clicked.connect(self._on_people_view_clicked)
            box = QVBoxLayout()
            box.addWidget(self.search)
            box.addWidget(self.people_view)
            box.addWidget(self.chosen)
            form.addRow(self.tr("&For"), box)
            self.search.setFocus()
        else:
            kind = scope.catalogue.unit_kind  # a team assessment scores teams only: no zone to choose by mistake
            for unit in services.org.units():
                if kind is None or unit.kind == kind:
                    self.unit_box.addItem(unit.name, str(unit.id))  # strings: findData matches by value
            form.addRow(self.tr("&For"), self.unit_box)
        self._person_id: uuid.UUID | None = None
        if subject is not None:
            if scope.people:
                self._choose_person(*subject)
            else:
                self.unit_box.setCurrentIndex(max(self.unit_box.findData(str(subject[0])), 0))

        self.rule_box = QComboBox()
        self.rule_box.setObjectName("ruleBox")
        categories = {c.code: c.name for c in scope.catalogue.categories}
        for category in scope.catalogue.categories:
            for rule in self._rules:
                if rule.category == category.code:
                    text = f"{categories[rule.category]} · {rule.code} {rule.name}（{format_points(rule.points, signed=True)}）"
                    self.rule_box.addItem(text, rule.id)
        self.rule_box.currentIndexChanged.connect(self._on_rule_box_changed)
        form.addRow(self.tr("&Rule"), self.rule_box)
        self.rule_info = QLabel()
        self.rule_info.setWordWrap(True)
        self.rule_info.setObjectName("ruleInfo")
        form.addRow("", self.rule_info)
        self.times = QSpinBox()
        self.times.setObjectName("times")
        self.times.setRange(1, 99)
        form.addRow(self.tr("&Times"), self.times)
        self.day = QDateEdit()
        self.day.setObjectName("bookedOn")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = QDate(plant_today())
        self.day.setMaximumDate(today)
        self.day.setDate(min(today, _qdate(scope.period.ends_on)))
        form.addRow(self.tr("&Day"), self.day)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(
            self.tr("What was done, where and when — everyone can read why the points were given.")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        form.addRow(self.tr("Rea&son"), self.reason)
        self.evidence = QLineEdit()
        self.evidence.setObjectName("evidence")
        self.evidence.setPlaceholderText(self.tr("A link, a file path or a record number"))
        form.addRow(self.tr("&Evidence"), self.evidence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 520)
        self._on_rule_box_changed(self.rule_box.currentIndex())

    def rule(self) -> RuleRow | None:
        rule_id = self.rule_box.currentData()
        return next((r for r in self._rules if r.id == rule_id), None)

    def choose_rule(self, code: str) -> None:
        rule = next((r for r in self._rules if r.code == code), None)
        if rule is not None:
            self.rule_box.setCurrentIndex(self.rule_box.findData(rule.id))

    def _choose_person(self, person_id: uuid.UUID, name: str) -> None:
        self._person_id = person_id
        self.chosen.setText(self.tr("Chosen: <b>{0}</b>").format(name))

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        found = self._services.org.search_people(text) if text.strip() else []
        self.people.set_people(found)
        if len(found) == 1:
            self._choose_person(found[0].id, found[0].name)

    @Slot(QModelIndex)
    def _on_people_view_clicked(self, index: QModelIndex) -> None:
        person = index.data(ROW_ROLE)
        if person is not None:
            self._choose_person(person.id, person.name)

    @Slot(int)
    def _on_rule_box_changed(self, index: int) -> None:
        rule = self.rule()
        if rule is None:
            self.rule_info.setText(self.tr("This catalogue has no rules in force."))
            return
        cap = (
            self.tr("at most {0} {1}").format(format_points(rule.cap), per_period_label(rule.cap_period))
            if rule.cap is not None
            else self.tr("no cap")
        )
        roles = "、".join(self._roles.get(code, code) for code in rule.grantor_roles)
        evidence = self.tr("Evidence required.") if rule.evidence_required else ""
        self.rule_info.setText(
            self.tr("{0} points each, {1}. Granted by: {2}. {3}\n{4}").format(
                format_points(rule.points, signed=True), cap, roles, evidence, rule.standard
            )
        )

    @Slot()
    def _on_buttons_accepted(self) -> None:
        rule = self.rule()
        if rule is None:
            return
        if self._scope.people and self._person_id is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose the person the points are for."))
            return
        try:
            self.result_row = self._services.scoring.entries.give(
                self._actor,
                rule.id,
                person_id=self._person_id if self._scope.people else None,
                unit_id=None if self._scope.people else uuid.UUID(self.unit_box.currentData()),
                booked_on=self.day.date().toPython(),  # type: ignore[arg-type]
                quantity=self.times.value(),
                reason=self.reason.toPlainText(),
                evidence=self.evidence.text(),
            )
        except ScoringRefused as refused:
            QMessageBox.warning(self, self.windowTitle(), refusal_text(refused, self._roles))
            return
        if self.result_row.status is EntryStatus.PROPOSED:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "You may not grant this rule for {0} yourself, so the points were saved as a proposal. "
                    "They count once one of these confirms them: {1}."
                ).format(self.result_row.subject, "、".join(self._roles.get(c, c) for c in rule.grantor_roles)),
            )
        self.accept()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
