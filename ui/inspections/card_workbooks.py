"""A card's items to and from Excel: the export, and an import checked first and then confirmed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.inspections.card_dialogs import ImportErrorsDialog
from ui.progress import run_with_progress

if TYPE_CHECKING:
    from gridapp.inspections.workbook import ImportPlan
    from ui.inspections.cards_page import CardsPage


class CardWorkbooks(QObject):
    def __init__(self, page: CardsPage) -> None:
        super().__init__(page)
        self.page = page

    def export(self) -> None:
        page = self.page
        document = page.document
        if document is None or document.id is None or page.services is None or page.post is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            page, self.tr("Export items"), f"{page.post.name}{document.type.name}.xlsx", self.tr("Excel (*.xlsx)")
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        workbooks = page.services.inspections.workbooks
        run_with_progress(page, self.tr("Exporting…"), lambda p: workbooks.export_items(document.id, path, p),  # type: ignore[arg-type]
                          name="export items")  # fmt: skip

    def choose_and_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.page, self.tr("Import items"), "", self.tr("Excel (*.xlsx)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Check the workbook first (in the background), show its problems or what it would change, then import."""
        page = self.page
        document = page.document
        if document is None or document.id is None or page.services is None:
            return
        workbooks = page.services.inspections.workbooks

        def planned(plan: ImportPlan) -> None:
            if plan.errors:
                dialog = ImportErrorsDialog(path.name, plan.errors, page)
                page.dialog = dialog
                dialog.open()
                return
            answer = QMessageBox.question(
                page,
                self.tr("Import items"),
                self.tr("{0} holds {1} items: {2} new, {3} changed, {4} removed from the card. Import them?").format(
                    path.name, plan.rows, plan.added, plan.updated, plan.removed
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            actor = page.context.require_actor(page)
            if actor is None:
                return
            run_with_progress(page, self.tr("Importing…"), lambda p: workbooks.import_items(actor, document.id, path, p),  # type: ignore[arg-type]
                              lambda _changes: page.changed_items(), name="import items")  # fmt: skip

        run_with_progress(page, self.tr("Checking the workbook…"), lambda p: workbooks.plan_import(document.id, path, p),  # type: ignore[arg-type]
                          planned, name="check workbook")  # fmt: skip
