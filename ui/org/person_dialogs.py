"""Dialogs for people: add or edit every field, and pick a date (leaving, ending a role or a link)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.kinds import Gender, PartyStatus
from gridapp.org.rows import PersonFields, PostRow, UnitRow
from gridapp.times import plant_today
from ui.org.labels import gender_label, party_status_label
from ui.org.pickers import UnitPicker
from ui.widgets import find_data


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day or plant_today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class PersonDialog(QDialog):
    """Everything about a person but whether they left (that is "Mark as left", which also ends their roles)."""

    def __init__(
        self,
        units: Sequence[UnitRow],
        posts: Callable[[uuid.UUID], list[PostRow]],
        add_post: Callable[[uuid.UUID, str], uuid.UUID | None],
        fields: PersonFields | None = None,
        unit_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit person") if fields else self.tr("Add person"))
        self._posts = posts
        self._add_post = add_post
        self.name = QLineEdit(fields.name if fields else "")
        self.name.setObjectName("personName")
        self.name.setMaxLength(40)
        self.employee_no = QLineEdit(fields.employee_no if fields else "")
        self.employee_no.setObjectName("personEmployeeNo")
        self.employee_no.setMaxLength(32)
        self.gender = QComboBox()
        self.gender.addItem(self.tr("(not given)"), None)
        for gender in Gender:
            self.gender.addItem(gender_label(gender), gender)
        self.party_status = QComboBox()
        self.party_status.setObjectName("personPartyStatus")
        for status in PartyStatus:
            self.party_status.addItem(party_status_label(status), status)
        self.unit = UnitPicker(units, fields.home_unit_id if fields else unit_id, self)
        self.unit.setObjectName("personUnit")
        self.post = QComboBox()
        self.post.setObjectName("personPost")
        new_post = QPushButton(self.tr("New post…"))
        new_post.clicked.connect(self._on_new_post_clicked)
        self.phone = QLineEdit(fields.phone if fields else "")
        self.phone.setMaxLength(32)
        if fields is not None:
            self.gender.setCurrentIndex(self.gender.findData(fields.gender))
            self.party_status.setCurrentIndex(self.party_status.findData(fields.party_status))
        else:
            self.party_status.setCurrentIndex(self.party_status.findData(PartyStatus.MASSES))
        self._left_on = fields.left_on if fields else None
        self._fill_posts(fields.post_id if fields else None)
        self.unit.unit_changed.connect(lambda _unit: self._fill_posts(self.post.currentData()))
        post_row = QHBoxLayout()
        post_row.addWidget(self.post, 1)
        post_row.addWidget(new_post)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Employee no."), self.employee_no)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Party status"), self.party_status)
        form.addRow(self.tr("Home unit"), self.unit)
        form.addRow(self.tr("Post"), post_row)
        form.addRow(self.tr("Phone"), self.phone)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _fill_posts(self, keep: uuid.UUID | None) -> None:
        self.post.clear()
        self.post.addItem(self.tr("(no post)"), None)
        unit = self.unit.unit()
        for post in self._posts(unit.id) if unit else []:
            self.post.addItem(f"{post.name}（{post.unit}）", post.id)
        self.post.setCurrentIndex(max(0, find_data(self.post, keep)))

    @Slot()
    def _on_new_post_clicked(self) -> None:
        unit = self.unit.unit()
        if unit is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("New post"), self.tr("Post name (added to {0}):").format(unit.name)
        )
        if ok and name.strip():
            post_id = self._add_post(unit.id, name)
            if post_id is not None:
                self._fill_posts(post_id)

    def fields(self) -> PersonFields:
        unit = self.unit.unit()
        return PersonFields(
            name=self.name.text(),
            employee_no=self.employee_no.text(),
            home_unit_id=unit.id if unit else uuid.UUID(int=0),
            party_status=self.party_status.currentData(),
            gender=self.gender.currentData(),
            post_id=self.post.currentData(),
            phone=self.phone.text(),
            left_on=self._left_on,
        )


class DateDialog(QDialog):
    """Ask for one date, with a sentence saying what it is for."""

    def __init__(self, title: str, text: str, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.date = date_edit(day)
        self.date.setObjectName("dateEdit")
        label = QLabel(text)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.date)
        layout.addWidget(buttons)

    def day(self) -> dt.date:
        return from_qdate(self.date.date())
