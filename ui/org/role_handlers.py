"""Handlers of the role and guardianship actions: assign and end roles, the catalogue, 1+N links, coverage."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Slot

from gridapp.actor import Actor
from gridapp.org.kinds import PARTY_MEMBERS
from gridapp.org.rows import RoleRow
from ui.org.handlers import Handlers


class RoleHandlers(Handlers):
    @Slot()
    def assign_role(self) -> None:
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
            warning = org.roles.appointment_warning(role_id, person_id)
            if warning is not None and not self._confirm(
                self.tr("Not a party member"),
                self.tr(
                    "{0} is not a party member, and this plant gives “{1}” to party members. Appoint {0} anyway?"
                ).format(warning.person_name, warning.role_name),
            ):
                return None  # back to the dialog: pick someone else, or cancel

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
    def end_role(self) -> None:
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
    def remove_role(self) -> None:
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
    def role_catalogue(self) -> None:
        from ui.org.role_dialogs import RoleCatalogueDialog, RoleCatalogueModel

        org = self.org

        def update(role: RoleRow, name: str, in_use: bool) -> None:
            self.tab.changes.run(
                self.tr("Change role {0}").format(role.name),
                lambda actor, _old: org.roles.update_role(actor, role.id, name, in_use),
                lambda actor, old: org.roles.update_role(actor, role.id, old.name, old.in_use),
            )

        def set_party_required(role: RoleRow, required: bool) -> None:
            self.tab.changes.run(
                self.tr("Party membership for {0}").format(role.name),
                lambda actor, _old: org.roles.set_party_required(actor, role.id, required),
                lambda actor, old: org.roles.set_party_required(actor, role.id, old),
            )

        model = RoleCatalogueModel(update, self, set_party_required)
        model.set_rows(org.roles.roles())
        reload = lambda: model.set_rows(org.roles.roles())  # noqa: E731
        self.tab.changes.changed.connect(reload)
        try:
            RoleCatalogueDialog(model, self.tab).exec()
        finally:
            self.tab.changes.changed.disconnect(reload)

    # guardianship

    @Slot()
    def add_link(self) -> None:
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
    def end_link(self) -> None:
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
    def remove_link(self) -> None:
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
    def coverage(self) -> None:
        from ui.org.coverage_dialog import CoverageDialog

        unit = self.tab.current_unit()
        if unit is not None:
            CoverageDialog(self.org, unit.id, self.tab).exec()

    @Slot()
    def guardianship_settings(self) -> None:
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
