"""A server database's upgrade without pg_dump: the administrator confirms, then the database opens with the upgrade."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from gridapp.errors import DatabaseOpenError, Problem
from ui.backup.words import backup_problem_text
from ui.tasks import Task

translate = QCoreApplication.translate


def confirm_upgrade_without_backup(window: QMainWindow, exc: BaseException) -> bool:
    """True when ``exc`` was this refusal and it has been answered (the opening restarted, or declined)."""
    if not isinstance(exc, DatabaseOpenError) or exc.problem is not Problem.UPGRADE_NEEDS_BACKUP:
        return False
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("Backups", "Upgrade without a backup?"), backup_problem_text(exc) or ""
    )
    box.setInformativeText(
        translate(
            "Backups", "Upgrade now without a backup? Only confirm when the database has been backed up on the server."
        )
    )
    upgrade = box.addButton(translate("Backups", "&Upgrade without a backup"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not upgrade:
        return False  # the usual failure message follows
    target = exc.location  # a server URL shown without its password, which comes from the keyring

    def open_with_upgrade(progress: object) -> object:
        from gridapp.services import open_workspace

        return open_workspace(target, progress, without_backup=True)  # type: ignore[arg-type]

    task = Task(open_with_upgrade, name="open database", parent=window)
    task.succeeded.connect(window.attach)  # type: ignore[attr-defined]
    task.failed.connect(window.show_open_failure)  # type: ignore[attr-defined]
    task.start()
    return True
