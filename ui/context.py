"""What every tab shares: the open services, who is logged in at this PC, and news that data changed elsewhere."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gridapp.actor import Actor

if TYPE_CHECKING:
    from gridapp.org.rows import PersonRow
    from gridapp.security.accounts import LoggedIn
    from gridapp.security.rights import Right
    from gridapp.services import Services


class AppContext(QObject):
    """Handed to each tab at construction; tabs listen to its signals instead of reaching into the main window."""

    services_changed = Signal(object)  # Services | None: a database was opened (or closed)
    operator_changed = Signal(object)  # Actor | None: someone else logged in at this PC
    noticed = Signal(object)  # gridapp.changes.Notice: a committed write changed data (here, in a task, elsewhere)
    issue_requested = Signal(object)  # uuid.UUID: someone asked to see this issue on the board
    round_requested = Signal(object, object)  # round id, item id or None: someone asked to see a recorded round
    meetings_requested = Signal(object)  # unit id: someone asked to see a unit's meetings (a missed one's alert)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.login: LoggedIn | None = None
        self.operator: PersonRow | None = None  # the logged-in account's person (None for a system account)

    def set_services(self, services: Services | None) -> None:
        if services is not self.services:
            self.login, self.operator = None, None
            if self._unsubscribe is not None:
                self._unsubscribe()
                self._unsubscribe = None
            if services is not None:
                # Every committed write's notices, onto the UI thread: a write made in a background task is
                # queued there, one made on the UI thread arrives at once (Qt's automatic connection).
                from gridapp.changes import Notice

                self._unsubscribe = services.db.notices.subscribe(Notice, self.noticed.emit)
        self.services = services
        self.services_changed.emit(services)
        self.operator_changed.emit(self.actor)

    def set_login(self, login: LoggedIn | None) -> None:
        """Someone proved who they are (``gridapp.security.accounts.AccountService.login``); every change the UI
        makes from now on is theirs."""
        self.login = login
        person_id = login.actor.person_id if login else None
        self.operator = self.services.org.person(person_id) if self.services and person_id else None
        self.operator_changed.emit(self.actor)

    def show_issue(self, issue_id: uuid.UUID) -> None:
        """Open the issue board on this issue (from a round's failed item, a link, …)."""
        self.issue_requested.emit(issue_id)

    def show_round(self, round_id: uuid.UUID, item_id: uuid.UUID | None = None) -> None:
        """Open the inspection tab on this recorded round, with ``item_id``'s result chosen (from an issue's link)."""
        self.round_requested.emit(round_id, item_id)

    def show_unit_meetings(self, unit_id: uuid.UUID) -> None:
        """Open the organisation tab's meetings page on this unit."""
        self.meetings_requested.emit(unit_id)

    def may(self, right: Right, unit_id: uuid.UUID | None = None) -> bool:
        """Whether the logged-in account may do ``right`` (over ``unit_id``): to hide or disable an action."""
        if self.services is None:
            return False
        return self.services.security.may(self.actor, right, unit_id)

    @property
    def actor(self) -> Actor | None:
        """The logged-in account as the Actor of a change; None before anyone logged in."""
        return self.login.actor if self.login and self.services else None

    def station_actor(self) -> Actor:
        """The station itself acting (loading the demo plant), when no person needs to be named."""
        assert self.services is not None
        return self.actor or self.services.db.system_actor()

    def require_actor(self, parent: object = None) -> Actor | None:
        """The logged-in account (the window is usable only after a login); None when nobody is."""
        return self.actor
