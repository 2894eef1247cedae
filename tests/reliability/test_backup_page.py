"""The backup page as a user drives it: the automatic backup at start, Back up now, and a restore that reopens."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import main
from gridapp.backup.sqlite import RESTORE, list_backups
from tests.session_helpers import sign_in
from ui.backup.page import BackupDialog, Column
from ui.main_window import MainWindow


def _names(path: Path) -> int:
    with closing(sqlite3.connect(path)) as con:
        return con.execute("SELECT count(*) FROM person WHERE name = '改过'").fetchone()[0]


def test_backup_page_backs_up_and_restores(qtbot, demo_db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = main.launch(str(demo_db_file))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.services_attached, timeout=10_000):
        pass
    sign_in(qtbot, window, "DH0001")
    # At start, with no backup younger than a day, one is made in the background.
    qtbot.waitUntil(lambda: len(list_backups(demo_db_file)) == 1 and not window.backup_menu.busy, timeout=10_000)
    assert window.backup_menu.action.isEnabled()
    window.backup_menu.action.trigger()
    dialog = window.backup_menu.dialog
    assert isinstance(dialog, BackupDialog) and dialog.isVisible()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, Column.PEOPLE).data() == "58"
    assert "backups" in dialog.intro.text()

    # Someone changes the data after the backup…
    with closing(sqlite3.connect(demo_db_file)) as con, con:
        con.execute("UPDATE person SET name = '改过' WHERE employee_no = 'DH0002'")
    assert _names(demo_db_file) == 1

    # …and restores it from the page.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(window.services_attached, timeout=20_000):
        dialog.restore_button.click()
    assert _names(demo_db_file) == 0
    reasons = [b.reason for b in list_backups(demo_db_file)]
    assert RESTORE in reasons  # the replaced file was backed up first
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5_000)
    dialog.close()
    window.close()
