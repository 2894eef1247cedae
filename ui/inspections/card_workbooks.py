"""A card's items to and from Excel: the export, and an import checked first and then confirmed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.file_dialogs import open_file_name, save_file_name
from ui.progress import run_with_progress

if TYPE_CHECKING:
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
        path = save_file_name(page, self.tr("Export items"), "card items", f"{page.post.name}{document.type.name}.xlsx",
                              self.tr("Excel (*.xlsx)"), ".xlsx")  # fmt: skip
        if path is None:
            return
        workbooks = page.services.inspections.workbooks
        run_with_progress(page, self.tr("Exporting…"), lambda p: workbooks.export_items(document.id, path, p),  # type: ignore[arg-type]
                          name="export items")  # fmt: skip

    def choose_and_import(self) -> None:
        from ui.imports.dialog import file_filter

        path = open_file_name(self.page, self.tr("Import items"), "card items", file_filter())
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """The two-step import: what the sheet's columns mean, then every row as it would be written."""
        from ui.inspections.card_import import CardImportDialog

        page = self.page
        document = page.document
        if document is None or document.id is None or page.services is None:
            return
        existing = {item.id for item in page.items.items}
        dialog = CardImportDialog(
            page.services.inspections.workbooks,
            document.id,
            existing,
            path,
            lambda: page.context.require_actor(page),
            page,
        )
        dialog.imported.connect(lambda _changes: page.changed_items())
        page.dialog = dialog
        dialog.open()
