"""The backup and restore page: the verified backups with their date and row counts, a backup made now, and a restore.

A restore closes the database, backs the current file up, puts the chosen backup in its place and opens it again
(everyone logs in again: the restored file has its own accounts). The work runs in the background.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from gridapp.backup.sqlite import DAILY, MANUAL, PERIODIC, RESTORE, UPGRADE, Backup
from ui.errors import show_exception
from ui.progress import run_with_progress
from ui.row_table import RowTableModel

if TYPE_CHECKING:
    from ui.backup.menu import BackupMenu
    from ui.context import AppContext

translate = QCoreApplication.translate

REASONS = {
    DAILY: QT_TRANSLATE_NOOP("Backups", "daily (at start)"),
    PERIODIC: QT_TRANSLATE_NOOP("Backups", "every few hours"),
    UPGRADE: QT_TRANSLATE_NOOP("Backups", "before an upgrade"),
    RESTORE: QT_TRANSLATE_NOOP("Backups", "before a restore"),
    MANUAL: QT_TRANSLATE_NOOP("Backups", "made by hand"),
}


def reason_label(reason: str) -> str:
    source = REASONS.get(reason)
    return translate("Backups", source) if source else reason


class Column(enum.IntEnum):
    MADE_AT = 0
    REASON = 1
    PEOPLE = 2
    ISSUES = 3
    PHOTOS = 4
    SCHEMA = 5
    SIZE = 6


class BackupTableModel(RowTableModel[Backup]):
    columns = Column

    def title(self, column: Any) -> str:
        return {
            Column.MADE_AT: translate("Backups", "Made at"),
            Column.REASON: translate("Backups", "Why"),
            Column.PEOPLE: translate("Backups", "People"),
            Column.ISSUES: translate("Backups", "Issues"),
            Column.PHOTOS: translate("Backups", "Photos"),
            Column.SCHEMA: translate("Backups", "Schema"),
            Column.SIZE: translate("Backups", "Size"),
        }[column]

    def text(self, row: Backup, column: Any) -> str:
        if column == Column.MADE_AT:
            return f"{row.made_at:%Y-%m-%d %H:%M}"
        if column == Column.REASON:
            return reason_label(row.reason)
        if column == Column.PEOPLE:
            return str(row.counts.get("person", 0))
        if column == Column.ISSUES:
            return str(row.counts.get("issue", 0))
        if column == Column.PHOTOS:
            return str(row.photos)
        if column == Column.SCHEMA:
            return row.revision or ""
        return f"{row.size / 1_048_576:.1f} MB"

    def sort_value(self, row: Backup, column: Any) -> Any:
        return {
            Column.MADE_AT: row.made_at,
            Column.PEOPLE: row.counts.get("person", 0),
            Column.ISSUES: row.counts.get("issue", 0),
            Column.PHOTOS: row.photos,
            Column.SIZE: row.size,
        }.get(column, self.text(row, column))

    def tooltip(self, row: Backup, column: Any) -> str | None:
        counts = ", ".join(f"{table} {n}" for table, n in sorted(row.counts.items()) if n)
        return f"{row.name}\nSHA-256 {row.sha256}\n{counts}"

    def extra(self, row: Backup, column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.PEOPLE,
            Column.ISSUES,
            Column.PHOTOS,
            Column.SIZE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupDialog(QDialog):
    def __init__(self, menu: BackupMenu, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backup and restore"))
        self._menu, self._window, self._context = menu, window, context
        self.resize(820, 460)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_restore_clicked)
        self.backup_button = QPushButton(self.tr("Back up &now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.folder_button = QPushButton(self.tr("Open the backup &folder"))
        self.folder_button.clicked.connect(self._on_folder_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def path(self) -> Path | None:
        return self._menu.database_path()

    def reload(self) -> None:
        from gridapp.backup.sqlite import Retention, backup_folder, list_backups

        path = self.path()
        if path is None:
            self.model.set_rows([])
            self._update_buttons()
            return
        folder = backup_folder(path)
        retention = Retention.load(folder)
        self.intro.setText(
            self.tr(
                "Backups of {0} are kept in {1}. Each one was checked (integrity check and row counts) before it "
                "was listed. A backup is made at start when the newest is older than a day and after every {2} "
                "hours of work; {3} daily, {4} weekly and {5} monthly backups are kept (backup-settings.json in "
                "that folder). Photos are kept in the same folder, each once."
            ).format(
                path,
                folder,
                f"{retention.every_hours:g}",
                retention.daily,
                retention.weekly,
                retention.monthly,
            )
        )
        self.model.set_rows(list_backups(path))
        self.table.sortByColumn(Column.MADE_AT, Qt.SortOrder.DescendingOrder)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self._menu.busy)
        self.backup_button.setEnabled(self.path() is not None and not self._menu.busy)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0]) if rows else None

    @Slot()
    def _on_folder_clicked(self) -> None:
        from gridapp.backup.sqlite import backup_folder

        path = self.path()
        if path is not None:
            folder = backup_folder(path)
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @Slot()
    def _on_backup_clicked(self) -> None:
        task = self._menu.back_up(MANUAL)
        if task is not None:
            self._update_buttons()
            task.finished.connect(self.reload)
            task.failed.connect(lambda exc: show_exception(self, exc, self.tr("The backup failed")))

    @Slot()
    def _on_restore_clicked(self) -> None:
        backup = self.selected()
        path = self.path()
        services = self._context.services
        if backup is None or path is None or services is None or self._menu.busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the database with the backup of {0} ({1} people, {2} issues)?\n\n"
                "Everything entered since then is taken out of the database; the current file is backed up first "
                "and stays in the list. The database is closed and opened again, and everyone logs in again."
            ).format(f"{backup.made_at:%Y-%m-%d %H:%M}", backup.counts.get("person", 0), backup.counts.get("issue", 0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._menu.busy = True
        self._update_buttons()
        self._context.set_services(None)  # nothing reaches the old database from here on
        services.close()
        target = str(path)

        def work(progress: Any) -> Any:
            from gridapp.backup.sqlite import restore_backup
            from gridapp.services import open_workspace

            try:
                restored = restore_backup(path, backup)
            except Exception as exc:
                # The file was not replaced: open it again as it was, and say why the restore failed.
                return None, open_workspace(target), exc
            return restored, open_workspace(target), None

        def done(result: Any) -> None:
            restored, opened, failure = result
            self._menu.busy = False
            self._window.attach(opened)  # type: ignore[attr-defined]
            if failure is not None:
                show_exception(self, failure, self.tr("The backup could not be restored"))
            else:
                QMessageBox.information(
                    self,
                    self.tr("Restore a backup"),
                    self.tr("The backup of {0} was restored. The file it replaced was backed up as {1}.").format(
                        f"{backup.made_at:%Y-%m-%d %H:%M}",
                        restored.previous.name if restored.previous else str(restored.kept_damaged),
                    ),
                )
            self.reload()

        task = run_with_progress(
            self,
            self.tr("Restoring the backup…"),
            work,
            done,
            name="restore backup",
            failure_title=self.tr("The database could not be opened"),
        )
        task.failed.connect(self._on_restore_failed)

    @Slot(object)
    def _on_restore_failed(self, _exc: BaseException) -> None:
        self._menu.busy = False  # the progress dialog showed the error; the window stays without a database
        self.reload()
