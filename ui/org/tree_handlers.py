"""Handlers of the tree and people actions: add, edit, move and delete units and people; the org chart."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog

from gridapp.actor import Actor
from gridapp.org.errors import OrgError
from ui.org.handlers import Handlers
from ui.org.messages import show_problem


class TreeHandlers(Handlers):
    @Slot()
    def add_unit(self) -> None:
        from ui.org.unit_dialogs import UnitDialog

        org = self.org
        current = self.tab.current_unit()
        dialog = UnitDialog(self._units(), org.tree.suggest_code, current.id if current else None, parent=self.tab)

        def make() -> Any:
            parent_id, kind, name, code = dialog.values()

            def forward(actor: Actor, record: Any) -> uuid.UUID:
                if record is None:
                    return org.tree.add_unit(actor, parent_id, kind, name, code)
                org.tree.restore_unit(actor, record)
                return record.unit_id

            return self.tab.changes.run(
                self.tr("Add unit {0}").format(name.strip()),
                forward,
                lambda actor, uid: org.tree.delete_unit(actor, uid),
            )

        command = self._until_done(dialog, make)
        if command is not None:
            self.tab.select_unit(command.token)

    @Slot()
    def edit_unit(self) -> None:
        from ui.org.unit_dialogs import UnitDialog

        org, unit = self.org, self.tab.current_unit()
        if unit is None:
            return
        dialog = UnitDialog(self._units(), org.tree.suggest_code, unit.parent_id, unit, self.tab)

        def make() -> Any:
            _parent, kind, name, code = dialog.values()
            return self.tab.changes.run(
                self.tr("Edit unit {0}").format(unit.name),
                lambda actor, _old: org.tree.update_unit(actor, unit.id, name, kind, code),
                lambda actor, old: org.tree.update_unit(actor, unit.id, *old),
            )

        self._until_done(dialog, make)

    @Slot()
    def move_unit(self) -> None:
        from ui.org.unit_dialogs import MoveUnitDialog

        unit = self.tab.current_unit()
        if unit is None:
            return
        dialog = MoveUnitDialog(self._units(), unit, self.tab.units.is_below, self.tab)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.target_id() is not None:
            self.move_unit_to(unit.id, dialog.target_id(), -1)

    @Slot(object, object, int)
    def move_unit_to(self, unit_id: uuid.UUID, parent_id: uuid.UUID, position: int) -> None:
        """Move a unit (dropped in the tree, or chosen in the dialog) under ``parent_id`` at ``position`` (-1: last)."""
        org = self.org
        unit = self.tab.units.unit(unit_id)
        target = self.tab.units.unit(parent_id)
        if unit is None or target is None:
            return
        at = None if position < 0 else position
        command = self.tab.changes.run(
            self.tr("Move {0} under {1}").format(unit.name, target.name),
            lambda actor, _old: org.tree.move_unit(actor, unit_id, parent_id, at),
            lambda actor, old: org.tree.move_unit(actor, unit_id, *old),
        )
        if command is not None:
            self.tab.tree.setExpanded(self.tab.units.index_of(parent_id), True)
            self.tab.select_unit(unit_id)

    @Slot()
    def delete_unit(self) -> None:
        from ui.org.unit_dialogs import DeleteUnitDialog

        org, unit = self.org, self.tab.current_unit()
        if unit is None:
            return
        contents = org.tree.contents(unit.id)
        if contents.children:
            from gridapp.org.errors import OrgProblem

            show_problem(
                self.tab, OrgError(OrgProblem.UNIT_HAS_CHILDREN, count=contents.children), self.tr("Delete unit")
            )
            return
        dialog = DeleteUnitDialog(self._units(), unit, contents, self.tab)

        def make() -> Any:
            target = dialog.reassign_to()
            return self.tab.changes.run(
                self.tr("Delete unit {0}").format(unit.name),
                lambda actor, _record: org.tree.delete_unit(actor, unit.id, target),
                lambda actor, record: org.tree.restore_unit(actor, record) or record,
            )

        command = self._until_done(dialog, make)
        if command is not None and unit.parent_id is not None:
            self.tab.select_unit(unit.parent_id)

    @Slot()
    def org_chart(self) -> None:
        from gridapp.org.print_chart import chart_data, org_chart_pdf

        org, unit = self.org, self.tab.current_unit()
        if unit is None:
            return
        from ui.print_preview import PrintPreviewDialog  # imported when first used, not at start-up

        dialog = PrintPreviewDialog(
            self.tr("Org chart: {0}").format(unit.name),
            lambda progress: org_chart_pdf(chart_data(org, unit.id), progress),
            f"{unit.name}-组织架构图.pdf",
            self.tab,
        )
        dialog.exec()

    # people

    def _person_dialog(self, fields: Any = None) -> Any:
        from ui.org.person_dialogs import PersonDialog

        org = self.org
        unit = self.tab.current_unit()

        def add_post(unit_id: uuid.UUID, name: str) -> uuid.UUID | None:
            actor = self.tab.changes.actor()
            if actor is None:
                return None
            try:
                return org.people_edit.add_post(actor, unit_id, name)
            except OrgError as exc:
                show_problem(self.tab, exc)
                return None

        return PersonDialog(self._units(), org.people_edit.posts, add_post, fields, unit.id if unit else None, self.tab)

    @Slot()
    def add_person(self) -> None:
        org = self.org
        dialog = self._person_dialog()

        def make() -> Any:
            fields = dialog.fields()

            def forward(actor: Actor, person_id: uuid.UUID | None) -> uuid.UUID:
                if person_id is None:
                    return org.people_edit.add_person(actor, fields)
                org.people_edit.restore_person(actor, person_id)
                return person_id

            def backward(actor: Actor, person_id: uuid.UUID) -> uuid.UUID:
                org.people_edit.delete_person(actor, person_id)
                return person_id

            return self.tab.changes.run(self.tr("Add {0}").format(fields.name.strip()), forward, backward)

        command = self._until_done(dialog, make)
        if command is not None:
            self.tab.select_person(command.token)

    @Slot()
    def edit_person(self) -> None:
        org, person = self.org, self.tab.current_person()
        if person is None:
            return
        dialog = self._person_dialog(org.people_edit.fields(person.id))

        def make() -> Any:
            fields = dialog.fields()
            return self.tab.changes.run(
                self.tr("Edit {0}").format(person.name),
                lambda actor, _old: org.people_edit.update_person(actor, person.id, fields),
                lambda actor, old: org.people_edit.update_person(actor, person.id, old),
            )

        self._until_done(dialog, make)

    @Slot()
    def move_people(self) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout

        from ui.org.pickers import UnitPicker

        people = self.tab.selected_people()
        if not people:
            return
        dialog = QDialog(self.tab)
        dialog.setWindowTitle(self.tr("Move to unit"))
        picker = UnitPicker(self._units(), people[0].unit_id, dialog)
        picker.setObjectName("movePeopleTarget")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Move {0} people to:").format(len(people))))
        layout.addWidget(picker)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted and picker.unit() is not None:
            self.move_people_to([p.id for p in people], picker.unit().id)  # type: ignore[union-attr]

    @Slot(list, object)
    def move_people_to(self, person_ids: list[uuid.UUID], unit_id: uuid.UUID) -> None:
        org = self.org
        unit = self.tab.units.unit(unit_id)
        if unit is None or not person_ids:
            return
        self.tab.changes.run(
            self.tr("Move {0} people to {1}").format(len(person_ids), unit.name),
            lambda actor, _move: org.people_edit.move_people(actor, person_ids, unit_id),
            lambda actor, move: org.people_edit.place_people(actor, move) or move,
        )

    @Slot()
    def mark_left(self) -> None:
        from ui.org.person_dialogs import DateDialog

        org, person = self.org, self.tab.current_person()
        if person is None:
            return
        dialog = DateDialog(
            self.tr("Mark as left"),
            self.tr(
                "{0} left on the day below. Their roles and guardianship links end that day and the areas they "
                "claim become unclaimed. You can undo this."
            ).format(person.name),
            parent=self.tab,
        )

        def make() -> Any:
            day = dialog.day()
            return self.tab.changes.run(
                self.tr("{0} left").format(person.name),
                lambda actor, _record: org.people_edit.mark_left(actor, person.id, day),
                lambda actor, record: org.people_edit.undo_left(actor, record) or record,
            )

        self._until_done(dialog, make)

    @Slot()
    def return_to_work(self) -> None:
        org, person = self.org, self.tab.current_person()
        if person is None:
            return
        self.tab.changes.run(
            self.tr("{0} back at work").format(person.name),
            lambda actor, _day: org.people_edit.return_to_work(actor, person.id),
            lambda actor, day: org.people_edit.set_left_on(actor, person.id, day) or day,
        )

    @Slot()
    def delete_person(self) -> None:
        org, person = self.org, self.tab.current_person()
        if person is None or not self._confirm(
            self.tr("Delete person"),
            self.tr("Delete {0} ({1}), entered by mistake? Someone who left should be marked as left instead.").format(
                person.name, person.employee_no
            ),
        ):
            return

        def forward(actor: Actor, _token: Any) -> uuid.UUID:
            org.people_edit.delete_person(actor, person.id)
            return person.id

        self.tab.changes.run(
            self.tr("Delete {0}").format(person.name),
            forward,
            lambda actor, pid: org.people_edit.restore_person(actor, pid) or pid,
        )

    @Slot()
    def find(self) -> None:
        self.tab.pages.setCurrentIndex(0)
        self.tab.search.setFocus()
        self.tab.search.selectAll()
