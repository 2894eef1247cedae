"""What the organisation tab can do: its actions (toolbar, buttons, context menus, shortcuts) and their handlers.

Each handler asks what it needs in a dialog, then makes the change through ``Changes`` as one undo step whose
reverse is a service call too; long work (Excel, PDFs) runs in the background.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QToolBar, QToolButton

from gridapp.actor import Actor
from gridapp.org.errors import OrgError
from gridapp.org.kinds import PARTY_MEMBERS
from gridapp.org.rows import PersonRow, RoleRow
from ui.org.messages import show_problem
from ui.print_preview import PrintPreviewDialog
from ui.progress import run_with_progress

if TYPE_CHECKING:
    from gridapp.org.service import OrgService
    from ui.org.tab import OrgTab


class OrgActions(QObject):
    def __init__(self, tab: OrgTab) -> None:
        super().__init__(tab)
        self.tab = tab
        stack = tab.changes.stack
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut  # the org tab's keys do nothing on other tabs

        def make(text: str, slot: Any, name: str, keys: QKeySequence | str | None = None, tip: str = "") -> QAction:
            action = QAction(text, tab)
            action.setObjectName(name)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(scope)
            if tip:
                action.setToolTip(tip)
                action.setStatusTip(tip)
            action.triggered.connect(slot)
            tab.addAction(action)
            return action

        self.undo = stack.createUndoAction(tab, self.tr("Undo"))
        self.undo.setObjectName("orgUndo")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = stack.createRedoAction(tab, self.tr("Redo"))
        self.redo.setObjectName("orgRedo")
        # Ctrl+Y and Ctrl+Shift+Z, whatever the platform's own redo key is.
        keys = dict.fromkeys(
            [
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                QKeySequence("Ctrl+Y"),
                QKeySequence("Ctrl+Shift+Z"),
            ]
        )
        self.redo.setShortcuts(list(keys))
        for action in (self.undo, self.redo):
            action.setShortcutContext(scope)
            tab.addAction(action)
        # units
        self.add_unit = make(self.tr("Add unit…"), self._on_add_unit, "addUnit", "Ctrl+Shift+N",
                             self.tr("Add a unit below the selected one"))  # fmt: skip
        self.edit_unit = make(self.tr("Rename / edit unit…"), self._on_edit_unit, "editUnit", "F2")
        self.move_unit = make(self.tr("Move unit…"), self._on_move_unit, "moveUnit", "Ctrl+Shift+M",
                              self.tr("Move the unit under another (or drag it in the tree)"))  # fmt: skip
        self.delete_unit = make(self.tr("Delete unit…"), self._on_delete_unit, "deleteUnit")
        self.org_chart = make(self.tr("Org chart…"), self._on_org_chart, "orgChart", "Ctrl+P",
                              self.tr("Print the org chart of the selected unit"))  # fmt: skip
        # people
        self.add_person = make(self.tr("Add person…"), self._on_add_person, "addPerson", "Ctrl+N")
        self.edit_person = make(self.tr("Edit…"), self._on_edit_person, "editPerson")
        self.move_people = make(self.tr("Move to unit…"), self._on_move_people, "movePeople", "Ctrl+M",
                                self.tr("Move the selected people to another unit (or drag them onto the tree)"))  # fmt: skip
        self.mark_left = make(self.tr("Mark as left…"), self._on_mark_left, "markLeft")
        self.return_to_work = make(self.tr("Back at work"), self._on_return_to_work, "returnToWork")
        self.delete_person = make(self.tr("Delete (entered by mistake)"), self._on_delete_person, "deletePerson")
        self.find = make(self.tr("Find person"), self._on_find, "findPerson", QKeySequence.StandardKey.Find)
        # roles
        self.assign_role = make(self.tr("Assign role…"), self._on_assign_role, "assignRole", "Ctrl+R")
        self.end_role = make(self.tr("End role…"), self._on_end_role, "endRole")
        self.remove_role = make(self.tr("Remove (entered by mistake)"), self._on_remove_role, "removeRole")
        self.role_catalogue = make(self.tr("Role catalogue…"), self._on_role_catalogue, "roleCatalogue")
        # guardianship
        self.add_link = make(self.tr("Add guardian link…"), self._on_add_link, "addLink")
        self.end_link = make(self.tr("End link…"), self._on_end_link, "endLink")
        self.remove_link = make(self.tr("Remove (entered by mistake)"), self._on_remove_link, "removeLink")
        self.coverage = make(self.tr("Coverage report…"), self._on_coverage, "coverageReport")
        self.guardianship_settings = make(
            self.tr("1+N settings…"), self._on_guardianship_settings, "guardianshipSettings"
        )
        # areas
        self.add_area = make(self.tr("Add area…"), self._on_add_area, "addArea")
        self.edit_area = make(self.tr("Edit area…"), self._on_edit_area, "editArea")
        self.delete_area = make(self.tr("Delete area"), self._on_delete_area, "deleteArea")
        self.print_placards = make(self.tr("Print placards…"), self._on_print_placards, "printPlacards",
                                   tip=self.tr("Print the selected areas' placards (all listed areas if none is selected)"))  # fmt: skip
        # Excel
        self.import_roster = make(self.tr("Import Excel…"), self._on_import_roster, "importRoster")
        self.export_roster = make(self.tr("Export Excel…"), self._on_export_roster, "exportRoster")

    def toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("orgToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.undo, self.redo, None, self.add_unit, self.edit_unit, self.move_unit, self.delete_unit,
                       None, self.import_roster, self.export_roster, None, self.org_chart, self.coverage):  # fmt: skip
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
        more = QToolButton()
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addActions([self.role_catalogue, self.guardianship_settings, self.find])
        more.setMenu(menu)
        bar.addWidget(more)
        return bar

    def attach_context_menus(self) -> None:
        t = self.tab
        t.tree.addActions([self.add_unit, self.edit_unit, self.move_unit, self.delete_unit, self.org_chart])
        self.delete_unit.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_unit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        t.removeAction(self.delete_unit)
        t.table.addActions([self.edit_person, self.move_people, self.mark_left, self.return_to_work,
                            self.assign_role, self.add_link, self.delete_person])  # fmt: skip
        t.roles_table.addActions([self.end_role, self.remove_role])
        t.links_table.addActions([self.end_link, self.remove_link])
        t.areas_table.addActions([self.edit_area, self.delete_area, self.print_placards])

    def update_enabled(self) -> None:
        t = self.tab
        ready = t.services is not None
        unit = t.current_unit() if ready else None
        person = t.current_person() if ready else None
        people = t.selected_people() if ready else []
        for action in (self.add_unit, self.import_roster, self.role_catalogue, self.guardianship_settings):
            action.setEnabled(ready)
        for action in (self.edit_unit, self.org_chart, self.add_person, self.assign_role, self.add_link,
                       self.coverage, self.add_area, self.export_roster):  # fmt: skip
            action.setEnabled(unit is not None)
        for action in (self.move_unit, self.delete_unit):
            action.setEnabled(unit is not None and unit.parent_id is not None)
        self.edit_person.setEnabled(person is not None)
        self.delete_person.setEnabled(person is not None)
        self.move_people.setEnabled(bool(people))
        self.mark_left.setEnabled(person is not None and person.left_on is None)
        self.return_to_work.setEnabled(person is not None and person.left_on is not None)
        assignment = t.current_assignment() if ready else None
        self.end_role.setEnabled(assignment is not None and assignment.ends_on is None)
        self.remove_role.setEnabled(assignment is not None)
        link = t.current_link() if ready else None
        self.end_link.setEnabled(link is not None)
        self.remove_link.setEnabled(link is not None)
        areas = t.selected_areas() if ready else []
        self.edit_area.setEnabled(len(areas) == 1)
        self.delete_area.setEnabled(len(areas) == 1)
        self.print_placards.setEnabled(bool(areas) or t.areas_model.rowCount() > 0)

    # helpers

    @property
    def org(self) -> OrgService:
        assert self.tab.services is not None
        return self.tab.services.org

    def _units(self) -> list[Any]:
        return self.tab.units.units()

    def _search(self, members_only: bool = False) -> Any:
        org = self.org
        return lambda text: org.search_people(text, 30, party_members_only=members_only)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.tab, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _until_done(self, dialog: QDialog, make: Any) -> Any:
        """Show ``dialog`` until the change it asks for is made or the user cancels (typed values are kept)."""
        while dialog.exec() == QDialog.DialogCode.Accepted:
            command = make()
            if command is not None:
                return command
        return None

    # units

    @Slot()
    def _on_add_unit(self) -> None:
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
    def _on_edit_unit(self) -> None:
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
    def _on_move_unit(self) -> None:
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
    def _on_delete_unit(self) -> None:
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
    def _on_org_chart(self) -> None:
        from gridapp.org.print_chart import chart_data, org_chart_pdf

        org, unit = self.org, self.tab.current_unit()
        if unit is None:
            return
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
    def _on_add_person(self) -> None:
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
    def _on_edit_person(self) -> None:
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
    def _on_move_people(self) -> None:
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
    def _on_mark_left(self) -> None:
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
    def _on_return_to_work(self) -> None:
        org, person = self.org, self.tab.current_person()
        if person is None:
            return
        self.tab.changes.run(
            self.tr("{0} back at work").format(person.name),
            lambda actor, _day: org.people_edit.return_to_work(actor, person.id),
            lambda actor, day: org.people_edit.set_left_on(actor, person.id, day) or day,
        )

    @Slot()
    def _on_delete_person(self) -> None:
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
    def _on_find(self) -> None:
        self.tab.pages.setCurrentIndex(0)
        self.tab.search.setFocus()
        self.tab.search.selectAll()

    # roles

    @Slot()
    def _on_assign_role(self) -> None:
        from ui.org.role_dialogs import AssignRoleDialog

        org, unit = self.org, self.tab.current_unit()
        if unit is None:
            return
        roles = org.roles.roles(in_use_only=True)
        dialog = AssignRoleDialog(roles, self._units(), self._search(), unit.id, self.tab.current_person(), self.tab)

        def make() -> Any:
            role_id, person_id, unit_id, starts, ends = dialog.values()
            role = next(r for r in roles if r.id == role_id)
            person = dialog.person.person()

            def forward(actor: Actor, assignment_id: uuid.UUID | None) -> uuid.UUID:
                if assignment_id is None:
                    return org.roles.assign(actor, role_id, person_id, unit_id, starts, ends)
                org.roles.restore_assignment(actor, assignment_id)
                return assignment_id

            def backward(actor: Actor, assignment_id: uuid.UUID) -> uuid.UUID:
                org.roles.delete_assignment(actor, assignment_id)
                return assignment_id

            name = person.name if person else ""
            return self.tab.changes.run(self.tr("{0} becomes {1}").format(name, role.name), forward, backward)

        self._until_done(dialog, make)

    @Slot()
    def _on_end_role(self) -> None:
        from ui.org.person_dialogs import DateDialog

        org, assignment = self.org, self.tab.current_assignment()
        if assignment is None:
            return
        dialog = DateDialog(
            self.tr("End role"),
            self.tr("{0} holds “{1}” in {2} until the day below (the last day held). The history is kept.").format(
                assignment.person_name, assignment.role_name, assignment.unit_name
            ),
            parent=self.tab,
        )

        def make() -> Any:
            day = dialog.day()
            return self.tab.changes.run(
                self.tr("End {0} as {1}").format(assignment.person_name, assignment.role_name),
                lambda actor, _old: org.roles.set_end(actor, assignment.id, day),
                lambda actor, old: org.roles.set_end(actor, assignment.id, old),
            )

        self._until_done(dialog, make)

    @Slot()
    def _on_remove_role(self) -> None:
        org, assignment = self.org, self.tab.current_assignment()
        if assignment is None or not self._confirm(
            self.tr("Remove role"),
            self.tr("Remove “{0}: {1}” as entered by mistake? To keep the history, end the role instead.").format(
                assignment.role_name, assignment.person_name
            ),
        ):
            return

        def forward(actor: Actor, _token: Any) -> uuid.UUID:
            org.roles.delete_assignment(actor, assignment.id)
            return assignment.id

        self.tab.changes.run(
            self.tr("Remove {0} as {1}").format(assignment.person_name, assignment.role_name),
            forward,
            lambda actor, aid: org.roles.restore_assignment(actor, aid) or aid,
        )

    @Slot()
    def _on_role_catalogue(self) -> None:
        from ui.org.role_dialogs import RoleCatalogueDialog, RoleCatalogueModel

        org = self.org

        def update(role: RoleRow, name: str, in_use: bool) -> None:
            self.tab.changes.run(
                self.tr("Change role {0}").format(role.name),
                lambda actor, _old: org.roles.update_role(actor, role.id, name, in_use),
                lambda actor, old: org.roles.update_role(actor, role.id, old.name, old.in_use),
            )

        model = RoleCatalogueModel(update, self)
        model.set_rows(org.roles.roles())
        reload = lambda: model.set_rows(org.roles.roles())  # noqa: E731
        self.tab.changes.changed.connect(reload)
        try:
            RoleCatalogueDialog(model, self.tab).exec()
        finally:
            self.tab.changes.changed.disconnect(reload)

    # guardianship

    @Slot()
    def _on_add_link(self) -> None:
        from ui.org.guardianship_dialogs import LinkDialog

        org, unit = self.org, self.tab.current_unit()
        if unit is None:
            return
        person = self.tab.current_person()
        member = person if person and person.party_status in PARTY_MEMBERS else None
        staff = person if person and person.party_status not in PARTY_MEMBERS else None
        dialog = LinkDialog(
            self._search(members_only=True), self._search(), org.areas.areas(unit.id), member, staff, self.tab
        )

        def make() -> Any:
            guardian, ward, area, starts = dialog.values()

            def forward(actor: Actor, link_id: uuid.UUID | None) -> uuid.UUID:
                if link_id is not None:
                    org.guardianship.restore_link(actor, link_id)
                    return link_id
                if area is not None:
                    return org.guardianship.link_area(actor, guardian, area, starts)
                assert ward is not None
                return org.guardianship.link_person(actor, guardian, ward, starts)

            def backward(actor: Actor, link_id: uuid.UUID) -> uuid.UUID:
                org.guardianship.delete_link(actor, link_id)
                return link_id

            return self.tab.changes.run(self.tr("Add guardian link"), forward, backward)

        self._until_done(dialog, make)

    @Slot()
    def _on_end_link(self) -> None:
        from ui.org.person_dialogs import DateDialog

        org, link = self.org, self.tab.current_link()
        if link is None:
            return
        what = link.area_name or link.ward_name
        dialog = DateDialog(
            self.tr("End link"),
            self.tr("{0} answers for {1} until the day below.").format(link.guardian_name, what),
            parent=self.tab,
        )

        def make() -> Any:
            day = dialog.day()
            return self.tab.changes.run(
                self.tr("End link {0} – {1}").format(link.guardian_name, what),
                lambda actor, _old: org.guardianship.set_end(actor, link.id, day),
                lambda actor, old: org.guardianship.set_end(actor, link.id, old),
            )

        self._until_done(dialog, make)

    @Slot()
    def _on_remove_link(self) -> None:
        org, link = self.org, self.tab.current_link()
        if link is None:
            return

        def forward(actor: Actor, _token: Any) -> uuid.UUID:
            org.guardianship.delete_link(actor, link.id)
            return link.id

        self.tab.changes.run(
            self.tr("Remove link {0} – {1}").format(link.guardian_name, link.area_name or link.ward_name),
            forward,
            lambda actor, lid: org.guardianship.restore_link(actor, lid) or lid,
        )

    @Slot()
    def _on_coverage(self) -> None:
        from ui.org.coverage_dialog import CoverageDialog

        unit = self.tab.current_unit()
        if unit is not None:
            CoverageDialog(self.org, unit.id, self.tab).exec()

    @Slot()
    def _on_guardianship_settings(self) -> None:
        from ui.org.guardianship_dialogs import GuardianshipSettingsDialog

        g = self.org.guardianship
        dialog = GuardianshipSettingsDialog(g.max_wards(), g.covers_party_members(), self.tab)

        def make() -> Any:
            limit, covers = dialog.max_wards.value(), dialog.covers_members.isChecked()

            def apply(actor: Actor, values: tuple[int, bool]) -> tuple[int, bool]:
                return g.set_max_wards(actor, values[0]), g.set_covers_party_members(actor, values[1])

            return self.tab.changes.run(
                self.tr("Guardianship settings"), lambda actor, _old: apply(actor, (limit, covers)), apply
            )

        self._until_done(dialog, make)

    # areas

    def _area_change(self, title: str, dialog: Any, area_id: uuid.UUID | None) -> Any:
        from gridapp.org.areas import prepare_photo

        org = self.org
        fields = dialog.fields()
        photo = dialog.photo
        if dialog.photo_changed and photo is not None:
            try:
                photo = prepare_photo(photo)  # refuse a bad picture before anything is written
            except OrgError as exc:
                show_problem(self.tab, exc, title)
                return None
        set_photo = dialog.photo_changed

        def forward(actor: Actor, token: Any) -> Any:
            if area_id is None:  # adding: the token is the new area's id (None the first time)
                if token is None:
                    new = org.areas.add_area(actor, fields)
                    if set_photo and photo is not None:
                        org.areas.set_photo(actor, new, photo)
                    return new
                org.areas.restore_area(actor, token)
                return token
            before = org.areas.update_area(actor, area_id, fields)
            old_photo = org.areas.set_photo(actor, area_id, photo) if set_photo else None
            return before, old_photo

        def backward(actor: Actor, token: Any) -> Any:
            if area_id is None:
                org.areas.delete_area(actor, token)
                return token
            before, old_photo = token
            org.areas.update_area(actor, area_id, before)
            if set_photo:
                org.areas.set_photo(actor, area_id, old_photo)
            return token

        return self.tab.changes.run(title, forward, backward)

    @Slot()
    def _on_add_area(self) -> None:
        from ui.org.area_dialog import AreaDialog

        unit = self.tab.current_unit()
        if unit is None:
            return
        dialog = AreaDialog(self._units(), self._search(), unit_id=unit.id, parent=self.tab)
        self._until_done(
            dialog, lambda: self._area_change(self.tr("Add area {0}").format(dialog.name.text()), dialog, None)
        )

    @Slot()
    def _on_edit_area(self) -> None:
        from ui.org.area_dialog import AreaDialog

        org = self.org
        areas = self.tab.selected_areas()
        if len(areas) != 1:
            return
        area = areas[0]
        claimer = org.person(area.claimer_id) if area.claimer_id else None
        dialog = AreaDialog(
            self._units(), self._search(), org.areas.fields(area.id), claimer=claimer, photo=org.areas.photo(area.id),
            parent=self.tab,
        )  # fmt: skip
        self._until_done(dialog, lambda: self._area_change(self.tr("Edit area {0}").format(area.name), dialog, area.id))

    @Slot()
    def _on_delete_area(self) -> None:
        org = self.org
        areas = self.tab.selected_areas()
        if len(areas) != 1:
            return
        area = areas[0]

        def forward(actor: Actor, _token: Any) -> uuid.UUID:
            org.areas.delete_area(actor, area.id)
            return area.id

        self.tab.changes.run(
            self.tr("Delete area {0}").format(area.name),
            forward,
            lambda actor, aid: org.areas.restore_area(actor, aid) or aid,
        )

    @Slot()
    def _on_print_placards(self) -> None:
        from gridapp.org.print_placard import placard_pdf

        org = self.org
        areas = self.tab.selected_areas() or self.tab.areas_model.rows()
        if not areas:
            return
        ids = [a.id for a in areas]

        def build(progress: Any) -> bytes:
            return placard_pdf([org.areas.placard(i) for i in ids], progress)

        name = f"{areas[0].name}-区域认领公示牌.pdf" if len(areas) == 1 else "区域认领公示牌.pdf"
        PrintPreviewDialog(self.tr("Area placards ({0})").format(len(ids)), build, name, self.tab).exec()

    # Excel

    @Slot()
    def _on_import_roster(self) -> None:
        from ui.org.import_dialog import RosterImportDialog

        name, _ = QFileDialog.getOpenFileName(
            self.tab, self.tr("Import roster"), "", self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)")
        )
        if not name:
            return
        dialog = RosterImportDialog(self.org, Path(name), self.tab.changes.actor, self.tab)
        dialog.imported.connect(lambda _preview: self.tab.context.data_changed.emit("org"))
        dialog.exec()

    @Slot()
    def _on_export_roster(self) -> None:
        org, unit = self.org, self.tab.current_unit()
        if unit is None:
            return
        suggested = f"{unit.name}-组织与人员-{dt.date.today().isoformat()}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self.tab, self.tr("Export to Excel"), suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        run_with_progress(
            self.tab,
            self.tr("Exporting to Excel…"),
            lambda progress: org.roster.export(path, unit.id, progress),
            lambda saved: QMessageBox.information(
                self.tab, self.tr("Export to Excel"), self.tr("Saved {0}").format(saved)
            ),
            name="roster export",
        )

    def person_row(self, person_id: uuid.UUID) -> PersonRow | None:
        return self.org.person(person_id)
