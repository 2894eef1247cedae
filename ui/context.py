"""What every tab shares: the open services, the operator at this PC, and news that data changed elsewhere."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from gridapp.actor import Actor

if TYPE_CHECKING:
    from gridapp.org.rows import PersonRow
    from gridapp.security.rights import Right
    from gridapp.services import Services

# ui.operator (and the organisation rows behind it) is imported when first needed: the window is shown without it.


class AppContext(QObject):
    """Handed to each tab at construction; tabs listen to its signals instead of reaching into the main window."""

    services_changed = Signal(object)  # Services | None: a database was opened (or closed)
    operator_changed = Signal(object)  # Actor | None: someone else now works at this PC
    data_changed = Signal(str)  # a capability ("org", "issues", …) changed data other tabs may show
    issue_requested = Signal(object)  # uuid.UUID: someone asked to see this issue on the board

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.operator: PersonRow | None = None

    def set_services(self, services: Services | None) -> None:
        from ui.operator import remembered_operator

        self.services = services
        self.operator = remembered_operator(services) if services else None
        self.services_changed.emit(services)
        self.operator_changed.emit(self.actor)

    def show_issue(self, issue_id: uuid.UUID) -> None:
        """Open the issue board on this issue (from a round's failed item, a link, …)."""
        self.issue_requested.emit(issue_id)

    def set_operator(self, person: PersonRow | None) -> None:
        from ui.operator import remember_operator

        self.operator = person
        remember_operator(person)
        self.operator_changed.emit(self.actor)

    def may(self, right: Right, unit_id: uuid.UUID | None = None) -> bool:
        """Whether the logged-in account may do ``right`` (over ``unit_id``): to hide or disable an action."""
        if self.services is None:
            return False
        return self.services.security.may(self.actor, right, unit_id)

    @property
    def actor(self) -> Actor | None:
        """The operator as the Actor of a change; None until someone is chosen."""
        if self.services is None or self.operator is None:
            return None
        station = self.services.db.station
        return Actor(station_id=station.id, person_id=self.operator.id, name=self.operator.name)

    def station_actor(self) -> Actor:
        """The station itself acting (loading the demo plant), when no person needs to be named."""
        assert self.services is not None
        return self.actor or self.services.db.system_actor()

    def require_actor(self, parent: QWidget) -> Actor | None:
        """The operator, asking who it is first when nobody has been chosen; None if the user declines."""
        if self.services is None:
            return None
        if self.operator is None:
            self.choose_operator(parent)
        return self.actor

    def choose_operator(self, parent: QWidget) -> None:
        if self.services is None:
            return
        from ui.operator import OperatorDialog

        dialog = OperatorDialog(self.services, parent)
        if dialog.exec() == OperatorDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.set_operator(dialog.chosen)
