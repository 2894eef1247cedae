"""What the organisation tab can do: its actions (toolbar, buttons, context menus, shortcuts) and when they apply.

The handlers live by subject in ``tree_handlers``, ``role_handlers`` and ``area_handlers``: each asks what it needs
in a dialog, then makes the change through ``Changes`` as one undo step whose reverse is a service call too; long
work (Excel, PDFs) runs in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from gridapp.security.rights import Right
from ui.org.area_handlers import AreaHandlers
from ui.org.role_handlers import RoleHandlers
from ui.org.tree_handlers import TreeHandlers
from ui.widgets import MenuButton

if TYPE_CHECKING:
    from ui.org.tab import OrgTab


class OrgActions(QObject):
    def __init__(self, tab: OrgTab) -> None:
        super().__init__(tab)
        self.tab = tab
        tree, roles, areas = TreeHandlers(tab), RoleHandlers(tab), AreaHandlers(tab)
        # What the tree's drops call (queued, see OrgTab).
        self.move_unit_to = tree.move_unit_to
        self.move_people_to = tree.move_people_to
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
        self.add_unit = make(self.tr("Add unit…"), tree.add_unit, "addUnit", "Ctrl+Shift+N",
                             self.tr("Add a unit below the selected one"))  # fmt: skip
        self.edit_unit = make(self.tr("Rename / edit unit…"), tree.edit_unit, "editUnit", "F2")
        self.move_unit = make(self.tr("Move unit…"), tree.move_unit, "moveUnit", "Ctrl+Shift+M",
                              self.tr("Move the unit under another (or drag it in the tree)"))  # fmt: skip
        self.delete_unit = make(self.tr("Delete unit…"), tree.delete_unit, "deleteUnit")
        self.org_chart = make(self.tr("Org chart…"), tree.org_chart, "orgChart", "Ctrl+P",
                              self.tr("Print the org chart of the selected unit"))  # fmt: skip
        # people
        self.add_person = make(self.tr("Add person…"), tree.add_person, "addPerson", "Ctrl+N")
        self.edit_person = make(self.tr("Edit…"), tree.edit_person, "editPerson")
        self.move_people = make(self.tr("Move to unit…"), tree.move_people, "movePeople", "Ctrl+M",
                                self.tr("Move the selected people to another unit (or drag them onto the tree)"))  # fmt: skip
        self.mark_left = make(self.tr("Mark as left…"), tree.mark_left, "markLeft")
        self.return_to_work = make(self.tr("Back at work"), tree.return_to_work, "returnToWork")
        self.delete_person = make(self.tr("Delete (entered by mistake)"), tree.delete_person, "deletePerson")
        self.find = make(self.tr("Find person"), tree.find, "findPerson", QKeySequence.StandardKey.Find)
        # roles
        self.assign_role = make(self.tr("Assign role…"), roles.assign_role, "assignRole", "Ctrl+R")
        self.end_role = make(self.tr("End role…"), roles.end_role, "endRole")
        self.remove_role = make(self.tr("Remove (entered by mistake)"), roles.remove_role, "removeRole")
        self.role_catalogue = make(self.tr("Role catalogue…"), roles.role_catalogue, "roleCatalogue")
        # guardianship
        self.add_link = make(self.tr("Add guardian link…"), roles.add_link, "addLink")
        self.end_link = make(self.tr("End link…"), roles.end_link, "endLink")
        self.remove_link = make(self.tr("Remove (entered by mistake)"), roles.remove_link, "removeLink")
        self.coverage = make(self.tr("Coverage report…"), roles.coverage, "coverageReport")
        self.guardianship_settings = make(self.tr("1+N settings…"), roles.guardianship_settings, "guardianshipSettings")
        # areas
        self.add_area = make(self.tr("Add area…"), areas.add_area, "addArea")
        self.edit_area = make(self.tr("Edit area…"), areas.edit_area, "editArea")
        self.delete_area = make(self.tr("Delete area"), areas.delete_area, "deleteArea")
        self.print_placards = make(self.tr("Print placards…"), areas.print_placards, "printPlacards",
                                   tip=self.tr("Print the selected areas' placards (all listed areas if none is selected)"))  # fmt: skip
        # Excel
        self.import_roster = make(self.tr("Import Excel…"), areas.import_roster, "importRoster")
        self.export_roster = make(self.tr("Export Excel…"), areas.export_roster, "exportRoster")

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
        more = MenuButton(self.tr("More"))
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
        """What applies to the selection and what the logged-in account may do (the services refuse the rest)."""
        t = self.tab
        ready = t.services is not None
        unit = t.current_unit() if ready else None
        person = t.current_person() if ready else None
        people = t.selected_people() if ready else []
        may = t.context.may
        # Changes are asked over the selected unit; plant-wide ones (catalogue, 1+N settings, the empty tree) over
        # any unit, and the service asks again over the plant's root.
        anywhere = ready and may(Right.UNIT_TREE)
        here = unit is not None and may(Right.UNIT_TREE, unit.id)
        self.import_roster.setEnabled(ready and may(Right.ROSTER_IMPORT))
        for action in (self.add_unit, self.role_catalogue, self.guardianship_settings):
            action.setEnabled(here if unit is not None else anywhere)
        for action in (self.org_chart, self.coverage):
            action.setEnabled(unit is not None)
        self.export_roster.setEnabled(unit is not None and may(Right.ROSTER_EXPORT, unit.id))
        for action in (self.edit_unit, self.add_person, self.assign_role, self.add_link, self.add_area):
            action.setEnabled(here)
        for action in (self.move_unit, self.delete_unit):
            action.setEnabled(here and unit is not None and unit.parent_id is not None)
        self.edit_person.setEnabled(here and person is not None)
        self.delete_person.setEnabled(here and person is not None)
        self.move_people.setEnabled(here and bool(people))
        self.mark_left.setEnabled(here and person is not None and person.left_on is None)
        self.return_to_work.setEnabled(here and person is not None and person.left_on is not None)
        assignment = t.current_assignment() if ready else None
        self.end_role.setEnabled(here and assignment is not None and assignment.ends_on is None)
        self.remove_role.setEnabled(here and assignment is not None)
        link = t.current_link() if ready else None
        self.end_link.setEnabled(here and link is not None)
        self.remove_link.setEnabled(here and link is not None)
        areas = t.selected_areas() if ready else []
        self.edit_area.setEnabled(here and len(areas) == 1)
        self.delete_area.setEnabled(here and len(areas) == 1)
        self.print_placards.setEnabled(bool(areas) or t.areas_model.rowCount() > 0)
