"""Making transitions from the board (a dropped card) or the detail panel (a button): who is acting, whether it
is allowed (and why not), the dialog, the service call, and news that the issue changed."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from gridapp.issues.clock import due_status
from gridapp.issues.errors import IssueInputError, TransitionRefused
from gridapp.issues.kinds import Action, DueStatus
from ui.issues import labels
from ui.issues.action_dialog import ActionDialog, ActionInput

if TYPE_CHECKING:
    from ui.context import AppContext


class IssueActions(QObject):
    changed = Signal(object)  # uuid of the issue that changed
    refused = Signal(str)  # a sentence saying why not

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self.dialog: ActionDialog | None = None  # the open dialog, if any (tests and the tab reach it)

    def request(self, issue_id: uuid.UUID, action: Action) -> ActionDialog | None:
        """Check, then open the action's dialog (non-modal to the event loop, modal to the window)."""
        services = self._context.services
        if services is None:
            return None
        actor = self._context.require_actor(self._parent)
        if actor is None:
            return None
        issue = services.issues.row(issue_id)
        if issue is None:
            self.refused.emit(self.tr("The issue no longer exists."))
            return None
        try:
            why = services.issues.refusal(actor, issue_id, action)
        except IssueInputError as exc:
            self.refused.emit(labels.input_text(exc))
            return None
        if why is not None:
            self.refused.emit(labels.refusal_text(TransitionRefused(action, why, state=issue.state)))
            return None
        overdue = due_status(issue.deadline_at, issue.deadline_soon_at, services.issues.now()) is DueStatus.OVERDUE

        def submit(values: ActionInput) -> str | None:
            try:
                services.issues.act(
                    actor,
                    issue_id,
                    action,
                    values.note,
                    assignee_id=values.assignee_id,  # type: ignore[arg-type]
                    due=values.due if action is Action.ASSIGN else None,
                    review_on=values.due if action is Action.HOLD else None,  # 挂账: the review date
                )
            except (TransitionRefused, IssueInputError) as exc:
                return labels.problem_text(exc)
            return None

        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ActionDialog(action, issue, services.org, submit, self._parent, overdue=overdue)
        self.dialog.accepted.connect(lambda: self._on_dialog_accepted(issue_id))
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()
        return self.dialog

    def _on_dialog_accepted(self, issue_id: uuid.UUID) -> None:
        self.changed.emit(issue_id)

    @Slot(int)
    def _on_dialog_finished(self, result: int) -> None:
        dialog = self.sender()
        if dialog is self.dialog:
            self.dialog = None
        if isinstance(dialog, ActionDialog):
            dialog.deleteLater()
