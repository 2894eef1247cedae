"""Making organisation changes from the tab: as the logged-in person, a refusal in words, an undo step.

A change is a pair of functions passing a token between them: ``forward(actor, token)`` makes it (``token`` is None
the first time) and ``backward(actor, token)`` reverses it, each returning the token the other needs (the id of
what was added, the values before an edit, the record of a deletion). The first ``forward`` runs before the step is
pushed, so a refused change never reaches the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from gridapp.actor import Actor
from ui.org.messages import show_problem

if TYPE_CHECKING:
    from ui.context import AppContext

Step = Callable[[Actor, Any], Any]


class NoOperator(Exception):
    """Nobody is logged in at this PC, so no change can be made in their name."""


class OrgCommand(QUndoCommand):
    def __init__(self, text: str, forward: Step, backward: Step, token: Any, changes: Changes) -> None:
        super().__init__(text)
        self._forward = forward
        self._backward = backward
        self.token = token
        self._changes = changes
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo; the change was already made
            self._pushed = True
            return
        self._run(self._forward)

    def undo(self) -> None:
        self._run(self._backward)

    def _run(self, step: Step) -> None:
        actor = self._changes.actor()
        try:
            if actor is None:
                raise NoOperator
            with self._changes.making():
                self.token = step(actor, self.token)
        except Exception as exc:
            # The data moved on (another station, a later change): this step can no longer be reversed.
            self.setObsolete(True)
            # Said once the stack has finished its undo or redo, not from inside it.
            text = self.text()
            QTimer.singleShot(0, lambda exc=exc, text=text: self._changes.failed(exc, text))
        finally:
            self._changes.changed.emit()


class Changes(QObject):
    """The organisation tab's undo stack and the one way its widgets change data."""

    changed = Signal()  # after every change, undo and redo: views reload

    def __init__(self, context: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self._context = context
        self._widget = widget
        self.stack = QUndoStack(self)
        self.busy = False  # a step of this tab is being made: its notice is answered by ``changed`` instead

    @contextmanager
    def making(self) -> Iterator[None]:
        self.busy = True
        try:
            yield
        finally:
            self.busy = False

    def actor(self) -> Actor | None:
        return self._context.require_actor(self._widget)

    def run(self, text: str, forward: Step, backward: Step) -> OrgCommand | None:
        """Make a change and record it for undo; returns its undo step (``token`` holds what ``forward`` returned),
        or None when it was refused (the refusal has been shown)."""
        actor = self.actor()
        if actor is None:
            return None
        try:
            with self.making():
                token = forward(actor, None)
        except Exception as exc:
            self.failed(exc, text)
            self.changed.emit()  # a refusal may come from data changed elsewhere: show the current state
            return None
        command = OrgCommand(text, forward, backward, token, self)
        self.stack.push(command)
        self.changed.emit()
        return command

    def clear(self) -> None:
        """Forget the history (another database was opened: its steps cannot be undone here)."""
        self.stack.clear()

    def failed(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, NoOperator):
            return  # nobody is logged in: nothing to explain
        show_problem(self._widget, exc, title)
