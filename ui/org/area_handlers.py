"""Handlers of the area and Excel actions: areas and their photos, placards, roster import and export."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMessageBox

from gridapp.actor import Actor
from gridapp.org.errors import OrgError
from gridapp.times import plant_today
from ui.file_dialogs import open_file_name, save_file_name
from ui.org.handlers import Handlers
from ui.org.messages import show_problem
from ui.progress import run_with_progress


class AreaHandlers(Handlers):
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
    def add_area(self) -> None:
        from ui.org.area_dialog import AreaDialog

        unit = self.tab.current_unit()
        if unit is None:
            return
        dialog = AreaDialog(self._units(), self._search(), unit_id=unit.id, parent=self.tab)
        self._until_done(
            dialog, lambda: self._area_change(self.tr("Add area {0}").format(dialog.name.text()), dialog, None)
        )

    @Slot()
    def edit_area(self) -> None:
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
    def delete_area(self) -> None:
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
    def print_placards(self) -> None:
        from gridapp.org.print_placard import placard_pdf

        org = self.org
        areas = self.tab.selected_areas() or self.tab.areas_model.rows()
        if not areas:
            return
        ids = [a.id for a in areas]

        def build(progress: Any) -> bytes:
            return placard_pdf([org.areas.placard(i) for i in ids], progress)

        name = f"{areas[0].name}-区域认领公示牌.pdf" if len(areas) == 1 else "区域认领公示牌.pdf"
        from ui.print_preview import PrintPreviewDialog  # imported when first used, not at start-up

        PrintPreviewDialog(self.tr("Area placards ({0})").format(len(ids)), build, name, self.tab).exec()

    # Excel

    @Slot()
    def import_roster(self) -> None:
        from ui.imports.dialog import file_filter
        from ui.org.import_dialog import RosterImportDialog

        path = open_file_name(self.tab, self.tr("Import roster"), "roster", file_filter())
        if path is None:
            return
        dialog = RosterImportDialog(self.org, path, self.tab.changes.actor, self.tab)
        dialog.exec()

    @Slot()
    def export_roster(self) -> None:
        org, unit, actor = self.org, self.tab.current_unit(), self.tab.context.require_actor(self.tab)
        if unit is None or actor is None:
            return
        suggested = f"{unit.name}-组织与人员-{plant_today().isoformat()}.xlsx"
        path = save_file_name(
            self.tab, self.tr("Export to Excel"), "xlsx", suggested, self.tr("Excel workbooks (*.xlsx)"), ".xlsx"
        )
        if path is None:
            return
        run_with_progress(
            self.tab,
            self.tr("Exporting to Excel…"),
            lambda progress: org.roster.export(actor, path, unit.id, progress),  # ROSTER_EXPORT, audited
            lambda saved: QMessageBox.information(
                self.tab, self.tr("Export to Excel"), self.tr("Saved {0}").format(saved)
            ),
            name="roster export",
        )
