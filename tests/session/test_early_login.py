"""The login asked at start while the database opens behind it (issue 16, start-up): typing begins with the window,
a login pressed early waits for the database, and anything unexpected falls back to the usual order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import main
from gridapp.db.identify import ready_for_login
from gridapp.services import open_workspace
from tests.conftest import ADMIN_PASSWORD, DEMO_PASSWORD
from ui.main_window import MainWindow
from ui.session.dialogs import InitAdminDialog, LoginDialog


@pytest.fixture
def plant_file(demo_db_file: Path) -> Path:
    """The demo plant after its first start: the system administrator exists."""
    services = open_workspace(str(demo_db_file)).services
    try:
        services.security.accounts.init_admin(ADMIN_PASSWORD)
    finally:
        services.close()
    return demo_db_file


def test_a_plant_with_its_administrator_is_ready_for_a_login(
    plant_file: Path, demo_db_file: Path, tmp_path: Path
) -> None:
    assert ready_for_login(plant_file)
    assert not ready_for_login(tmp_path / "missing.sqlite3")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    assert not ready_for_login(junk)
    con = sqlite3.connect(demo_db_file)
    con.execute("UPDATE alembic_version SET version_num = '0018'")  # an upgrade (and its questions) comes first
    con.commit()
    con.close()
    assert not ready_for_login(demo_db_file)


def test_no_administrator_means_the_first_start_questions(demo_db_file: Path) -> None:
    assert not ready_for_login(demo_db_file)  # the demo plant as loaded: its administrator is asked at first start


def test_a_login_typed_before_the_database_is_open_goes_ahead_when_it_is(qtbot, plant_file: Path) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = main.launch(str(plant_file))
    qtbot.addWidget(window)
    dialog = window.session.dialog
    assert isinstance(dialog, LoginDialog)  # with the window, before any event: the database is still opening
    assert window.services is None and not window.tabs.isVisible()
    dialog.login.setText("DH0001")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.accept()
    assert dialog.error.isVisible() and not dialog.ok.isEnabled()  # says it waits for the database
    assert window.context.actor is None
    qtbot.waitUntil(lambda: window.context.actor is not None, timeout=10_000)
    assert window.context.actor.name == "熊德明"
    assert window.tabs.isVisible() and window.session.dialog is None


def test_a_wrong_password_typed_early_is_refused_once_open(qtbot, plant_file: Path) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = main.launch(str(plant_file))
    qtbot.addWidget(window)
    dialog = window.session.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.login.setText("DH0001")
    dialog.password.setText("Wrong#2026")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=10_000)
    assert dialog.isVisible() and window.context.actor is None
    assert dialog.password.text() == "" and dialog.error.isVisible()  # the refusal in words, as usual
    assert "DH0001" in dialog.completer.model().stringList()  # logins complete once the database is open


def test_quit_before_the_database_is_open_closes_the_window(qtbot, plant_file: Path) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = main.launch(str(plant_file))
    qtbot.addWidget(window)
    dialog = window.session.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.reject()
    assert not window.isVisible()
    with qtbot.waitSignal(window.services_attached, timeout=10_000):
        pass  # the opening finishes harmlessly behind the closed window
    assert window.context.actor is None


def test_an_early_login_that_was_wrong_falls_back_to_the_first_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.session.ask_login_early()  # as if the look had promised a plant with its administrator
    early = window.session.dialog
    assert isinstance(early, LoginDialog)
    window.session.cancel_early()
    assert window.isVisible() and window.session.dialog is None  # closed without quitting
    window.close()
    fresh = main.launch(str(tmp_path / "fresh.sqlite3"))
    qtbot.addWidget(fresh)
    assert fresh.session.dialog is None  # nothing to log in to yet: no early login
    qtbot.waitUntil(lambda: isinstance(fresh.session.dialog, InitAdminDialog), timeout=10_000)
