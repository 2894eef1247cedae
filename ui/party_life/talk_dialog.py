"""Recording a talk: the party member who talked, the person, the day, why (1+N or a 四必谈 occasion), a short
summary and the follow-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gridapp.org.rows import PersonRow
from gridapp.party_life.kinds import TalkKind
from gridapp.party_life.rows import TalkDraft
from gridapp.security.rights import plant_today
from ui.org.person_dialogs import date_edit, from_qdate
from ui.org.pickers import PersonPicker
from ui.party_life.words import talk_kind_label


class TalkDialog(QDialog):
    def __init__(
        self,
        search_members: Callable[[str], list[PersonRow]],
        search_people: Callable[[str], list[PersonRow]],
        talker: PersonRow | None = None,
        person: PersonRow | None = None,
        kind: TalkKind = TalkKind.LINKED_QUARTERLY,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a talk"))
        self.talker = PersonPicker(search_members, talker, self, self.tr("Party member who talked"))
        self.talker.setObjectName("talkerPicker")
        self.person = PersonPicker(search_people, person, self, self.tr("Person talked with"))
        self.person.setObjectName("talkPersonPicker")
        self.held_on = date_edit(plant_today())
        self.held_on.setObjectName("talkDate")
        self.kind = QComboBox()
        self.kind.setObjectName("talkKind")
        for k in TalkKind:
            self.kind.addItem(talk_kind_label(k), k)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("talkSummary")
        self.summary.setTabChangesFocus(True)
        self.follow_up = QPlainTextEdit()
        self.follow_up.setObjectName("talkFollowUp")
        self.follow_up.setTabChangesFocus(True)
        note = QLabel(
            self.tr("The summary and follow-ups are personal information: only you, the grid leader and the branch "
                    "secretary can read them.")
        )  # fmt: skip
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Party member"), self.talker)
        form.addRow(self.tr("With"), self.person)
        form.addRow(self.tr("Date"), self.held_on)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Follow-ups"), self.follow_up)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for picker in (self.talker, self.person):
            picker.person_changed.connect(self._on_picker_person_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._on_picker_person_changed(None)
        self.resize(560, 720)

    @Slot(object)
    def _on_picker_person_changed(self, _changed: object) -> None:
        ready = self.talker.person() is not None and self.person.person() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def draft(self) -> TalkDraft:
        talker, person = self.talker.person(), self.person.person()
        assert talker is not None and person is not None
        day: dt.date = from_qdate(self.held_on.date())
        return TalkDraft(
            talker.id, person.id, day, self.kind.currentData(), self.summary.toPlainText(), self.follow_up.toPlainText()
        )
