"""Asks every few seconds, off the UI thread, whether another PC or program wrote; its notices refresh the tabs.

The window shows a quiet line in the status bar while the database cannot be reached, and clears it by itself once
a poll succeeds again: no dialog, however long the network is away.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ui.errors import connection_state
from ui.tasks import Task

if TYPE_CHECKING:
    from gridapp.services import Services
    from gridapp.watch import ChangeWatcher

log = logging.getLogger(__name__)

SQLITE_MS = 1_000  # another program on the same file: within 2 s, the poll and the refresh included
SERVER_MS = 2_000  # another PC on the plant's server: within 5 s, the network and the refresh included


class ChangePoll(QObject):
    connection_lost = Signal(bool)  # True while polls fail, False once one succeeds again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._watcher: ChangeWatcher | None = None
        self._task: Task | None = None
        self.lost = False
        self.paused = False  # e.g. while the window is minimised: nobody looks

    def watch(self, services: Services | None) -> None:
        self.timer.stop()
        self._watcher = None
        if services is None:
            return
        from gridapp.watch import ChangeWatcher

        self._watcher = ChangeWatcher(services.db)
        self.timer.start(SQLITE_MS if services.db.location.is_sqlite else SERVER_MS)

    @Slot()
    def _on_timer_timeout(self) -> None:
        watcher = self._watcher
        if watcher is None or self.paused or self._task is not None:
            return
        self._task = Task(lambda _progress: len(watcher.poll()), name="watch for changes", parent=self)
        self._task.succeeded.connect(self._on_task_succeeded)
        self._task.failed.connect(self._on_task_failed)
        self._task.finished.connect(self._on_task_finished)
        self._task.start()

    @Slot(object)
    def _on_task_succeeded(self, _count: object) -> None:
        connection_state().set_lost(False)  # whoever else saw the loss (a failed read) hears it is back
        if self.lost:
            self.lost = False
            self.connection_lost.emit(False)

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        log.info("change poll failed: %s", error)
        connection_state().set_lost(True)
        if not self.lost:
            self.lost = True
            self.connection_lost.emit(True)

    @Slot()
    def _on_task_finished(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
