"""Dialogs of the detail panel: the hazard's grade, colour and five fixes; the lead, supervisor and partners; and
correcting what was reported. Each submits through a callback and shows the service's refusal inside itself."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.issues.clock import Calendar
from gridapp.issues.kinds import HazardGrade, RiskColour
from gridapp.issues.rows import CategoryRow, HazardDraft, IssueDetail, PersonRef
from gridapp.org.rows import PersonRow
from gridapp.times import plant_today
from ui.issues import labels
from ui.issues.person_picker import PersonPicker
from ui.widgets import find_data

Index = QModelIndex | QPersistentModelIndex
Submit = Callable[[Any], str | None]


class _Dialog(QDialog):
    """OK/Cancel, an error line, and submission that keeps the dialog open on a refusal."""

    def __init__(self, title: str, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.body = QVBoxLayout(self)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def values(self) -> Any:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            values = self.values()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        error = self._submit(values)
        if error:
            self.show_error(error)
            return
        self.accept()


def _text_box(text: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().height() * (lines + 1))
    return box


class HazardDialog(_Dialog):
    """Grade, colour and the five fixes (五落实); a major hazard is saved only with all five."""

    def __init__(
        self, detail: IssueDetail, org: Any, calendar: Calendar, submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Hazard · {0}").format(detail.row.number), submit, parent)
        self.setObjectName("hazardDialog")
        row = detail.row
        self.grade = QComboBox()
        self.grade.setObjectName("hazardGrade")
        for grade in HazardGrade:
            self.grade.addItem(labels.grade_label(grade), grade)
        self.grade.setCurrentIndex(max(find_data(self.grade, row.hazard_grade or HazardGrade.GENERAL), 0))
        self.colour = QComboBox()
        self.colour.addItem(self.tr("As the grade says"), None)
        for colour in RiskColour:
            self.colour.addItem(labels.colour_label(colour), colour)
        if row.risk_colour is not None:
            self.colour.setCurrentIndex(find_data(self.colour, row.risk_colour))
        self.responsible = PersonPicker(org)
        self.responsible.setObjectName("hazardResponsible")
        self.responsible.set_near(row.unit_id)
        if detail.responsible:
            self.responsible.setText(detail.responsible.name)
            self._responsible_id: uuid.UUID | None = detail.responsible.id
        else:
            self._responsible_id = None
        self.responsible.person_chosen.connect(self._on_responsible_person_chosen)
        self.measures = _text_box(detail.measures)
        self.measures.setObjectName("hazardMeasures")
        self.funds = QLineEdit(detail.funds)
        self.funds.setObjectName("hazardFunds")
        self.funds.setPlaceholderText(self.tr("Amount and source, e.g. 2 万元 workshop repair budget"))
        self.deadline_enabled = QCheckBox()
        self.deadline = QDateEdit(QDate(plant_today()).addDays(30))
        self.deadline.setObjectName("hazardDeadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        if detail.due_at is not None:
            self.deadline_enabled.setChecked(True)
            # A date deadline is stored as the end of that day (the next local midnight).
            local = calendar.local(detail.due_at - dt.timedelta(seconds=1))
            self.deadline.setDate(QDate(local.year, local.month, local.day))  # kept even when already past
        self.deadline.setEnabled(self.deadline_enabled.isChecked())
        self.deadline_enabled.toggled.connect(self.deadline.setEnabled)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_enabled)
        deadline_row.addWidget(self.deadline)
        deadline_row.addStretch(1)
        self.plan = _text_box(detail.contingency_plan)
        self.plan.setObjectName("hazardPlan")
        self.five = QLabel()
        self.five.setWordWrap(True)
        self.form.addRow(self.tr("Grade"), self.grade)
        self.form.addRow(self.tr("Risk colour"), self.colour)
        self.form.addRow(self.five)
        self.form.addRow(self.tr("Responsible person"), self.responsible)
        self.form.addRow(self.tr("Measures"), self.measures)
        self.form.addRow(self.tr("Funds"), self.funds)
        self.form.addRow(self.tr("Rectify by"), deadline_row)
        self.form.addRow(self.tr("Contingency plan"), self.plan)
        self.grade.currentIndexChanged.connect(self._on_grade_changed)
        self._on_grade_changed()
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    @Slot(object)
    def _on_responsible_person_chosen(self, person: PersonRow | None) -> None:
        self._responsible_id = person.id if person else None

    @Slot()
    def _on_grade_changed(self) -> None:
        major = self.grade.currentData() is HazardGrade.MAJOR
        self.five.setText(
            self.tr(
                "A major hazard is saved only with all five fixes: responsible person, measures, funds, "
                "deadline and contingency plan."
            )
            if major
            else self.tr("Record the five fixes as far as they are known; a deadline is set by the grade if empty.")
        )
        if major:
            self.deadline_enabled.setChecked(True)

    def values(self) -> HazardDraft:
        if self.responsible.text().strip() and self._responsible_id is None and self.responsible.choose_first_match():
            self._responsible_id = self.responsible.person_id
        if not self.responsible.text().strip():
            self._responsible_id = None
        return HazardDraft(
            grade=self.grade.currentData(),
            colour=self.colour.currentData(),
            responsible_id=self._responsible_id,
            measures=self.measures.toPlainText(),
            funds=self.funds.text(),
            deadline=self.deadline.date().toPython() if self.deadline_enabled.isChecked() else None,  # type: ignore[arg-type]
            contingency_plan=self.plan.toPlainText(),
        )


class _PeopleList(QAbstractListModel):
    def __init__(self, people: list[PersonRef], parent: Any = None) -> None:
        super().__init__(parent)
        self.people = people

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.people[index.row()].name
        return None

    def add(self, person: PersonRef) -> None:
        if any(p.id == person.id for p in self.people):
            return
        self.beginInsertRows(QModelIndex(), len(self.people), len(self.people))
        self.people.append(person)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.people):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.people[row]
            self.endRemoveRows()


class PeopleDialog(_Dialog):
    """The lead (牵头人), supervisor (督导人) and partners (合伙人) of a cross-grid issue."""

    def __init__(self, detail: IssueDetail, org: Any, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cross-grid people · {0}").format(detail.row.number), submit, parent)
        self.setObjectName("peopleDialog")
        self.lead = PersonPicker(org)
        self.supervisor = PersonPicker(org)
        self._ids: dict[PersonPicker, uuid.UUID | None] = {
            self.lead: detail.lead.id if detail.lead else None,
            self.supervisor: detail.supervisor.id if detail.supervisor else None,
        }
        for picker, ref in ((self.lead, detail.lead), (self.supervisor, detail.supervisor)):
            picker.setText(ref.name if ref else "")
            picker.person_chosen.connect(
                lambda person, p=picker: self._ids.__setitem__(p, person.id if person else None)
            )
        self.partner = PersonPicker(org)
        for picker in (self.lead, self.supervisor, self.partner):
            picker.set_near(detail.row.unit_id)
        self.partners = _PeopleList(list(detail.partners), self)
        self.partner_view = QListView()
        self.partner_view.setModel(self.partners)
        self.partner_view.setFixedHeight(self.fontMetrics().height() * 6)
        add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self._on_add_clicked)
        remove.clicked.connect(self._on_remove_clicked)
        row = QHBoxLayout()
        row.addWidget(self.partner, 1)
        row.addWidget(add)
        row.addWidget(remove)
        self.form.addRow(self.tr("Lead"), self.lead)
        self.form.addRow(self.tr("Supervisor"), self.supervisor)
        self.form.addRow(self.tr("Partners"), row)
        self.form.addRow("", self.partner_view)
        self.finish_layout()

    @Slot()
    def _on_add_clicked(self) -> None:
        if self.partner.choose_first_match() and self.partner.person is not None:
            self.partners.add(PersonRef(self.partner.person.id, self.partner.person.name))
            self.partner.set_person(None)

    @Slot()
    def _on_remove_clicked(self) -> None:
        self.partners.remove(self.partner_view.currentIndex().row())

    def values(self) -> tuple[uuid.UUID | None, uuid.UUID | None, list[uuid.UUID]]:
        for picker in (self.lead, self.supervisor):
            if not picker.text().strip():
                self._ids[picker] = None
            elif self._ids[picker] is None:
                if not picker.choose_first_match():
                    raise ValueError(self.tr("“{0}” is not on the staff list.").format(picker.text()))
                self._ids[picker] = picker.person_id
        return self._ids[self.lead], self._ids[self.supervisor], [p.id for p in self.partners.people]


class EditDialog(_Dialog):
    """Correct the title, description or category (the old values stay in the history)."""

    def __init__(
        self, detail: IssueDetail, categories: list[CategoryRow], submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Correct the report · {0}").format(detail.row.number), submit, parent)
        self.setObjectName("editDialog")
        self.title = QLineEdit(detail.row.title)
        self.title.setMaxLength(200)
        self.description = _text_box(detail.description, 5)
        self.category = QComboBox()
        for category in categories:
            self.category.addItem(labels.category_label(category.code, category.name), category.code)
        self.category.setCurrentIndex(max(self.category.findData(detail.row.category_code), 0))
        self.form.addRow(self.tr("Problem"), self.title)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Category"), self.category)
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def values(self) -> tuple[str, str, str]:
        return self.title.text(), self.description.toPlainText(), self.category.currentData()


class HoldReviewDialog(_Dialog):
    """Review a held issue (挂账复核): what the review found, and the next review date (or none)."""

    def __init__(self, detail: IssueDetail, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Review the hold · {0}").format(detail.row.number), submit, parent)
        self.setObjectName("holdReviewDialog")
        self.form.addRow(self.tr("Held because"), QLabel(detail.hold_reason or ""))
        self.note = _text_box("", 3)
        self.next_enabled = QCheckBox(self.tr("Review again on"))
        self.next_enabled.setChecked(True)
        self.next = QDateEdit(QDate(plant_today()).addDays(30))
        self.next.setCalendarPopup(True)
        self.next.setMinimumDate(QDate(plant_today()))
        self.next.setDisplayFormat("yyyy-MM-dd")
        self.next_enabled.toggled.connect(self.next.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.next_enabled)
        row.addWidget(self.next)
        row.addStretch(1)
        self.form.addRow(self.tr("Review finding *"), self.note)
        self.form.addRow("", row)
        self.finish_layout()
        self.resize(460, self.sizeHint().height())

    def values(self) -> tuple[str, dt.date | None]:
        return self.note.toPlainText(), self.next.date().toPython() if self.next_enabled.isChecked() else None  # type: ignore[return-value]
