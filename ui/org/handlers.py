"""What the organisation tab's action handlers share: the tab, the service, asking in dialogs, pickers' searches."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

if TYPE_CHECKING:
    from gridapp.org.service import OrgService
    from ui.org.tab import OrgTab


class Handlers(QObject):
    """A group of the tab's action handlers; each asks in a dialog, then changes data through ``tab.changes``."""

    def __init__(self, tab: OrgTab) -> None:
        super().__init__(tab)
        self.tab = tab

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
