"""File → Backup and restore…, and the automatic backups: one at start when the newest is older than a day, then one
after every few hours of work (``backups/backup-settings.json``), each in the background and verified before it counts.

A failed automatic backup is said in the status bar (and logged), never as a dialog in the middle of work.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from ui.tasks import Task

if TYPE_CHECKING:
    from ui.context import AppContext

log = logging.getLogger(__name__)

HOUR_MS = 3_600_000


class BackupMenu(QObject):
    def __init__(self, window: QMainWindow, context: AppContext, menu: QMenu) -> None:
        super().__init__(window)
        self._window, self._context = window, context
        self.action = QAction(self.tr("&Backup and restore…"), window)
        self.action.setObjectName("backupAction")
        self.action.setEnabled(False)
        self.action.triggered.connect(self.open)
        menu.addAction(self.action)
        self.dialog: Any = None
        self.busy = False  # one backup or restore at a time
        self.failure_label = QLabel()
        self.failure_label.setObjectName("backupFailure")
        self.failure_label.setStyleSheet("color: white; background: #b00020; padding: 0 6px;")
        self.failure_label.hide()
        window.statusBar().addPermanentWidget(self.failure_label)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        context.services_changed.connect(self._on_context_services_changed)

    def database_path(self) -> Path | None:
        services = self._context.services
        if services is None or not services.db.location.is_sqlite or not services.db.location.path:
            return None
        return Path(services.db.location.path)

    @Slot(object)
    def _on_context_services_changed(self, _services: object) -> None:
        path = self.database_path()
        self.action.setEnabled(path is not None)
        self._timer.stop()
        if path is None:
            return
        from gridapp.backup.sqlite import DAILY, Retention, backup_folder

        retention = Retention.load(backup_folder(path))
        if retention.every_hours > 0:
            self._timer.start(int(retention.every_hours * HOUR_MS))
        self.back_up(DAILY, if_older_than_hours=retention.start_after_hours)

    @Slot()
    def _on_timer_timeout(self) -> None:
        from gridapp.backup.sqlite import PERIODIC

        self.back_up(PERIODIC)

    def back_up(self, reason: str, if_older_than_hours: float | None = None) -> Task | None:
        """A verified backup in the background (when none is younger than ``if_older_than_hours``)."""
        path = self.database_path()
        if path is None or self.busy:
            return None
        from gridapp.backup.sqlite import backup_due, make_backup

        def work(_progress: object) -> object:
            if if_older_than_hours is not None and not backup_due(path, if_older_than_hours):
                return None
            return make_backup(path, reason)

        self.busy = True
        task = Task(work, name="automatic backup", parent=self)
        task.succeeded.connect(self._on_backup_succeeded)
        task.failed.connect(self._on_backup_failed)
        task.finished.connect(self._on_backup_finished)
        return task.start()

    @Slot(object)
    def _on_backup_succeeded(self, backup: Any) -> None:
        self.failure_label.hide()
        if backup is not None:
            self._window.statusBar().showMessage(self.tr("Backup made and verified: {0}").format(backup.name), 10000)
            if self.dialog is not None:
                self.dialog.reload()

    @Slot(object)
    def _on_backup_failed(self, exc: BaseException) -> None:
        log.error("automatic backup failed: %s", exc)
        self.failure_label.setText(self.tr("Automatic backup failed"))
        self.failure_label.setToolTip(
            self.tr("{0}\nThe earlier backups are kept. File → Backup and restore… tries again.").format(exc)
        )
        self.failure_label.show()

    @Slot()
    def _on_backup_finished(self) -> None:
        self.busy = False

    @Slot()
    def open(self) -> None:
        path = self.database_path()
        if path is None:
            return
        from ui.backup.page import BackupDialog

        if self.dialog is None:
            self.dialog = BackupDialog(self, self._window, self._context)
            self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.reload()

    @Slot()
    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


def install_backup(window: QMainWindow, context: AppContext, menu: QMenu) -> BackupMenu:
    return BackupMenu(window, context, menu)
